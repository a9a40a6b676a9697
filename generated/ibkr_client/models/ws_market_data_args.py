from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.market_data_field_id import MarketDataFieldId
from ..types import UNSET, Unset

T = TypeVar("T", bound="WsMarketDataArgs")


@_attrs_define
class WsMarketDataArgs:
    """Arguments of smd+CONID+{...}.

    Attributes:
        fields (list[MarketDataFieldId] | Unset): Market data field ids to stream (MarketDataFieldId), each as a string.
    """

    fields: list[MarketDataFieldId] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.value
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _fields = _source.pop("fields", UNSET)
        fields: list[MarketDataFieldId] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = MarketDataFieldId(fields_item_data)

                fields.append(fields_item)

        _model = cls(
            fields=fields,
        )

        return _model
