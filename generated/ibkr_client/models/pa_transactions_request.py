from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaTransactionsRequest")


@_attrs_define
class PaTransactionsRequest:
    """
    Attributes:
        acct_ids (list[str]): The accounts whose transactions to list.
        conids (list[int]): The contract to list transactions for; only one conid is supported.
        currency (str): Currency of the amounts. Required, though IBKR says it defaults to USD.
        days (int | Unset): Number of days of history; 90 when omitted. Documented as String, sent as a number.
    """

    acct_ids: list[str]
    conids: list[int]
    currency: str
    days: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        acct_ids = self.acct_ids

        conids = self.conids

        currency = self.currency

        days = self.days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acctIds": acct_ids,
                "conids": conids,
                "currency": currency,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        acct_ids = cast(list[str], _source.pop("acctIds"))

        conids = cast(list[int], _source.pop("conids"))

        currency = _source.pop("currency")

        days = _source.pop("days", UNSET)

        _model = cls(
            acct_ids=acct_ids,
            conids=conids,
            currency=currency,
            days=days,
        )

        return _model
