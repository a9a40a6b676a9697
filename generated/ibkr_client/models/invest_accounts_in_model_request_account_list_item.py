from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvestAccountsInModelRequestAccountListItem")


@_attrs_define
class InvestAccountsInModelRequestAccountListItem:
    """
    Attributes:
        account (str | Unset):
        amt_to_invest (float | Unset):
    """

    account: str | Unset = UNSET
    amt_to_invest: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        amt_to_invest = self.amt_to_invest

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if amt_to_invest is not UNSET:
            field_dict["amtToInvest"] = amt_to_invest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account = _source.pop("account", UNSET)

        amt_to_invest = _source.pop("amtToInvest", UNSET)

        _model = cls(
            account=account,
            amt_to_invest=amt_to_invest,
        )

        return _model
