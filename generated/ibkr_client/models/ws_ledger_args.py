from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsLedgerArgs")


@_attrs_define
class WsLedgerArgs:
    """Arguments of sld+ACCOUNT+{...}; without keys and fields every currency and value is sent.

    Attributes:
        keys (list[str] | Unset): Ledger currency keys, "LedgerList" plus a currency code or BASE, e.g. "LedgerListEUR".
        fields (list[str] | Unset): Ledger values to receive, e.g. "cashBalance", "exchangeRate".
    """

    keys: list[str] | Unset = UNSET
    fields: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        keys: list[str] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        keys = cast(list[str], _source.pop("keys", UNSET))

        fields = cast(list[str], _source.pop("fields", UNSET))

        _model = cls(
            keys=keys,
            fields=fields,
        )

        return _model
