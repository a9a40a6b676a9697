from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveModelRequestPositionTargetsItem")


@_attrs_define
class SaveModelRequestPositionTargetsItem:
    """
    Attributes:
        conid (int | Unset):
        target (float | Unset):
    """

    conid: int | Unset = UNSET
    target: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        conid = self.conid

        target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        conid = _source.pop("conid", UNSET)

        target = _source.pop("target", UNSET)

        _model = cls(
            conid=conid,
            target=target,
        )

        return _model
