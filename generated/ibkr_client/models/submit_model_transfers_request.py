from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitModelTransfersRequest")


@_attrs_define
class SubmitModelTransfersRequest:
    """
    Attributes:
        fp_order_id (int | Unset):
        req_id (int | Unset):
    """

    fp_order_id: int | Unset = UNSET
    req_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fp_order_id = self.fp_order_id

        req_id = self.req_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fp_order_id is not UNSET:
            field_dict["fpOrderId"] = fp_order_id
        if req_id is not UNSET:
            field_dict["reqID"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        fp_order_id = _source.pop("fpOrderId", UNSET)

        req_id = _source.pop("reqID", UNSET)

        _model = cls(
            fp_order_id=fp_order_id,
            req_id=req_id,
        )

        return _model
