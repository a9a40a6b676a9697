from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarketDataUnsubscribeRequest")


@_attrs_define
class MarketDataUnsubscribeRequest:
    """
    Attributes:
        conid (int): Contract id whose market data stream is to be closed.
    """

    conid: int

    def to_dict(self) -> dict[str, Any]:
        conid = self.conid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conid": conid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        conid = _source.pop("conid")

        _model = cls(
            conid=conid,
        )

        return _model
