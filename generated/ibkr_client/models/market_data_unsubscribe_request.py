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
        # "_source", not "d": IBKR has a field named "D", whose Python name would shadow it.
        _source = dict(src_dict)
        conid = _source.pop("conid")

        market_data_unsubscribe_request = cls(
            conid=conid,
        )

        return market_data_unsubscribe_request
