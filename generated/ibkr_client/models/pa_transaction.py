from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaTransaction")


@_attrs_define
class PaTransaction:
    """One transaction.

    Attributes:
        date (str | Unset): Human-readable date, e.g. "Mon Dec 11 00:00:00 EST 2023".
        cur (str | Unset): Currency of the instrument.
        fx_rate (float | Unset): Exchange rate to the requested currency.
        pr (float | Unset): Price per share.
        qty (float | Unset): Quantity; negative for a sale.
        acctid (str | Unset): The account.
        amt (float | Unset): Total value of the transaction.
        conid (int | Unset): Contract id.
        type_ (str | Unset): Kind of transaction, e.g. Buy, Sell, Dividend.
        desc (str | Unset): Long name of the company.
        raw_date (str | Unset): Undocumented; the transaction date as yyyyMMdd.
    """

    date: str | Unset = UNSET
    cur: str | Unset = UNSET
    fx_rate: float | Unset = UNSET
    pr: float | Unset = UNSET
    qty: float | Unset = UNSET
    acctid: str | Unset = UNSET
    amt: float | Unset = UNSET
    conid: int | Unset = UNSET
    type_: str | Unset = UNSET
    desc: str | Unset = UNSET
    raw_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        cur = self.cur

        fx_rate = self.fx_rate

        pr = self.pr

        qty = self.qty

        acctid = self.acctid

        amt = self.amt

        conid = self.conid

        type_ = self.type_

        desc = self.desc

        raw_date = self.raw_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if cur is not UNSET:
            field_dict["cur"] = cur
        if fx_rate is not UNSET:
            field_dict["fxRate"] = fx_rate
        if pr is not UNSET:
            field_dict["pr"] = pr
        if qty is not UNSET:
            field_dict["qty"] = qty
        if acctid is not UNSET:
            field_dict["acctid"] = acctid
        if amt is not UNSET:
            field_dict["amt"] = amt
        if conid is not UNSET:
            field_dict["conid"] = conid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if desc is not UNSET:
            field_dict["desc"] = desc
        if raw_date is not UNSET:
            field_dict["rawDate"] = raw_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        date = _source.pop("date", UNSET)

        cur = _source.pop("cur", UNSET)

        fx_rate = _source.pop("fxRate", UNSET)

        pr = _source.pop("pr", UNSET)

        qty = _source.pop("qty", UNSET)

        acctid = _source.pop("acctid", UNSET)

        amt = _source.pop("amt", UNSET)

        conid = _source.pop("conid", UNSET)

        type_ = _source.pop("type", UNSET)

        desc = _source.pop("desc", UNSET)

        raw_date = _source.pop("rawDate", UNSET)

        _model = cls(
            date=date,
            cur=cur,
            fx_rate=fx_rate,
            pr=pr,
            qty=qty,
            acctid=acctid,
            amt=amt,
            conid=conid,
            type_=type_,
            desc=desc,
            raw_date=raw_date,
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
