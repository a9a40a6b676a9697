from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplexAssetTransferInstructionNonDisclosedDetail")


@_attrs_define
class ComplexAssetTransferInstructionNonDisclosedDetail:
    """
    Attributes:
        settle_date (str):
        trade_date (str):
        buyer_sell_bic (str | Unset):
        member_account_id (str | Unset):
        pset_bic (str | Unset):
        reag_deag_bic (str | Unset):
        safe_keeping_account_id (str | Unset):
    """

    settle_date: str
    trade_date: str
    buyer_sell_bic: str | Unset = UNSET
    member_account_id: str | Unset = UNSET
    pset_bic: str | Unset = UNSET
    reag_deag_bic: str | Unset = UNSET
    safe_keeping_account_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        settle_date = self.settle_date

        trade_date = self.trade_date

        buyer_sell_bic = self.buyer_sell_bic

        member_account_id = self.member_account_id

        pset_bic = self.pset_bic

        reag_deag_bic = self.reag_deag_bic

        safe_keeping_account_id = self.safe_keeping_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "settleDate": settle_date,
                "tradeDate": trade_date,
            }
        )
        if buyer_sell_bic is not UNSET:
            field_dict["buyerSellBic"] = buyer_sell_bic
        if member_account_id is not UNSET:
            field_dict["memberAccountId"] = member_account_id
        if pset_bic is not UNSET:
            field_dict["psetBic"] = pset_bic
        if reag_deag_bic is not UNSET:
            field_dict["reagDeagBic"] = reag_deag_bic
        if safe_keeping_account_id is not UNSET:
            field_dict["safeKeepingAccountId"] = safe_keeping_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        settle_date = _source.pop("settleDate")

        trade_date = _source.pop("tradeDate")

        buyer_sell_bic = _source.pop("buyerSellBic", UNSET)

        member_account_id = _source.pop("memberAccountId", UNSET)

        pset_bic = _source.pop("psetBic", UNSET)

        reag_deag_bic = _source.pop("reagDeagBic", UNSET)

        safe_keeping_account_id = _source.pop("safeKeepingAccountId", UNSET)

        _model = cls(
            settle_date=settle_date,
            trade_date=trade_date,
            buyer_sell_bic=buyer_sell_bic,
            member_account_id=member_account_id,
            pset_bic=pset_bic,
            reag_deag_bic=reag_deag_bic,
            safe_keeping_account_id=safe_keeping_account_id,
        )

        return _model
