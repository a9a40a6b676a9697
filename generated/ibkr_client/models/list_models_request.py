from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ListModelsRequest")


@_attrs_define
class ListModelsRequest:
    """
    Attributes:
        req_id (int):
    """

    req_id: int

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqID": req_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        req_id = _source.pop("reqID")

        _model = cls(
            req_id=req_id,
        )

        return _model
