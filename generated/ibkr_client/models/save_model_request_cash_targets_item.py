from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveModelRequestCashTargetsItem")


@_attrs_define
class SaveModelRequestCashTargetsItem:
    """
    Attributes:
        ccy (str | Unset):
        target (float | Unset):
    """

    ccy: str | Unset = UNSET
    target: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ccy = self.ccy

        target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ccy is not UNSET:
            field_dict["ccy"] = ccy
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        ccy = _source.pop("ccy", UNSET)

        target = _source.pop("target", UNSET)

        _model = cls(
            ccy=ccy,
            target=target,
        )

        return _model
