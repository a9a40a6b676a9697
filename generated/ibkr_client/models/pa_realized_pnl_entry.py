from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pa_pnl_side import PaPnlSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaRealizedPnlEntry")


@_attrs_define
class PaRealizedPnlEntry:
    """Realised profit or loss of one day.

    Attributes:
        date (str | Unset): Date, yyyyMMdd.
        cur (str | Unset): Currency of the amount.
        fx_rate (float | Unset): Exchange rate to the requested currency.
        side (PaPnlSide | Unset): L for a loss, G for a gain.
        acctid (str | Unset): The account.
        amt (str | Unset): Amount gained or lost that day, as a decimal string.
        conid (str | Unset): Contract id, as a string.
    """

    date: str | Unset = UNSET
    cur: str | Unset = UNSET
    fx_rate: float | Unset = UNSET
    side: PaPnlSide | Unset = UNSET
    acctid: str | Unset = UNSET
    amt: str | Unset = UNSET
    conid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        cur = self.cur

        fx_rate = self.fx_rate

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        acctid = self.acctid

        amt = self.amt

        conid = self.conid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if cur is not UNSET:
            field_dict["cur"] = cur
        if fx_rate is not UNSET:
            field_dict["fxRate"] = fx_rate
        if side is not UNSET:
            field_dict["side"] = side
        if acctid is not UNSET:
            field_dict["acctid"] = acctid
        if amt is not UNSET:
            field_dict["amt"] = amt
        if conid is not UNSET:
            field_dict["conid"] = conid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        date = _source.pop("date", UNSET)

        cur = _source.pop("cur", UNSET)

        fx_rate = _source.pop("fxRate", UNSET)

        _side = _source.pop("side", UNSET)
        side: PaPnlSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = PaPnlSide(_side)

        acctid = _source.pop("acctid", UNSET)

        amt = _source.pop("amt", UNSET)

        conid = _source.pop("conid", UNSET)

        _model = cls(
            date=date,
            cur=cur,
            fx_rate=fx_rate,
            side=side,
            acctid=acctid,
            amt=amt,
            conid=conid,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
