from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.get_model_positions_request_sort_direction import (
    GetModelPositionsRequestSortDirection,
)
from ..models.get_model_positions_request_sort_field import (
    GetModelPositionsRequestSortField,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelPositionsRequest")


@_attrs_define
class GetModelPositionsRequest:
    """
    Attributes:
        limit (int | Unset):
        model (str | Unset):
        req_id (int | Unset):
        sort_direction (GetModelPositionsRequestSortDirection | Unset):
        sort_field (GetModelPositionsRequestSortField | Unset):
    """

    limit: int | Unset = UNSET
    model: str | Unset = UNSET
    req_id: int | Unset = UNSET
    sort_direction: GetModelPositionsRequestSortDirection | Unset = UNSET
    sort_field: GetModelPositionsRequestSortField | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        model = self.model

        req_id = self.req_id

        sort_direction: str | Unset = UNSET
        if not isinstance(self.sort_direction, Unset):
            sort_direction = self.sort_direction.value

        sort_field: str | Unset = UNSET
        if not isinstance(self.sort_field, Unset):
            sort_field = self.sort_field.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if sort_direction is not UNSET:
            field_dict["sortDirection"] = sort_direction
        if sort_field is not UNSET:
            field_dict["sortField"] = sort_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        limit = _source.pop("limit", UNSET)

        model = _source.pop("model", UNSET)

        req_id = _source.pop("reqID", UNSET)

        _sort_direction = _source.pop("sortDirection", UNSET)
        sort_direction: GetModelPositionsRequestSortDirection | Unset
        if isinstance(_sort_direction, Unset):
            sort_direction = UNSET
        else:
            sort_direction = GetModelPositionsRequestSortDirection(_sort_direction)

        _sort_field = _source.pop("sortField", UNSET)
        sort_field: GetModelPositionsRequestSortField | Unset
        if isinstance(_sort_field, Unset):
            sort_field = UNSET
        else:
            sort_field = GetModelPositionsRequestSortField(_sort_field)

        _model = cls(
            limit=limit,
            model=model,
            req_id=req_id,
            sort_direction=sort_direction,
            sort_field=sort_field,
        )

        return _model
