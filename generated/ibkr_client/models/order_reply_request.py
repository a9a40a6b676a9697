from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrderReplyRequest")


@_attrs_define
class OrderReplyRequest:
    """
    Attributes:
        confirmed (bool): True transmits the order, false discards it.
    """

    confirmed: bool

    def to_dict(self) -> dict[str, Any]:
        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "confirmed": confirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        confirmed = _source.pop("confirmed")

        _model = cls(
            confirmed=confirmed,
        )

        return _model
