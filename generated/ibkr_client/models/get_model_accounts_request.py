from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelAccountsRequest")


@_attrs_define
class GetModelAccountsRequest:
    """
    Attributes:
        calc_pnls (bool | Unset):
        model (str | Unset):
        req_id (int | Unset):
    """

    calc_pnls: bool | Unset = UNSET
    model: str | Unset = UNSET
    req_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        calc_pnls = self.calc_pnls

        model = self.model

        req_id = self.req_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if calc_pnls is not UNSET:
            field_dict["calcPnls"] = calc_pnls
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        calc_pnls = _source.pop("calcPnls", UNSET)

        model = _source.pop("model", UNSET)

        req_id = _source.pop("reqID", UNSET)

        _model = cls(
            calc_pnls=calc_pnls,
            model=model,
            req_id=req_id,
        )

        return _model
