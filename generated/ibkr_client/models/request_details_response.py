from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_detail import RequestDetail


T = TypeVar("T", bound="RequestDetailsResponse")


@_attrs_define
class RequestDetailsResponse:
    """
    Attributes:
        limit (int | Unset):
        offset (int | Unset):
        request_details (list[RequestDetail] | Unset):
        total (int | Unset):
    """

    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    request_details: list[RequestDetail] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        request_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request_details, Unset):
            request_details = []
            for request_details_item_data in self.request_details:
                request_details_item = request_details_item_data.to_dict()
                request_details.append(request_details_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if request_details is not UNSET:
            field_dict["requestDetails"] = request_details
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_detail import RequestDetail  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        limit = _source.pop("limit", UNSET)

        offset = _source.pop("offset", UNSET)

        _request_details = _source.pop("requestDetails", UNSET)
        request_details: list[RequestDetail] | Unset = UNSET
        if _request_details is not UNSET:
            request_details = []
            for request_details_item_data in _request_details:
                request_details_item = RequestDetail.from_dict(
                    request_details_item_data
                )

                request_details.append(request_details_item)

        total = _source.pop("total", UNSET)

        _model = cls(
            limit=limit,
            offset=offset,
            request_details=request_details,
            total=total,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
