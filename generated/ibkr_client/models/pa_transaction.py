from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaTransaction")


@_attrs_define
class PaTransaction:
    """One transaction.

    Attributes:
        date (None | str | Unset): Human-readable date, e.g. "Mon Dec 11 00:00:00 EST 2023".
        cur (None | str | Unset): Currency of the instrument.
        fx_rate (float | None | Unset): Exchange rate to the requested currency.
        pr (float | None | Unset): Price per share.
        qty (float | None | Unset): Quantity; negative for a sale.
        acctid (None | str | Unset): The account.
        amt (float | None | Unset): Total value of the transaction.
        conid (int | None | Unset): Contract id.
        type_ (None | str | Unset): Kind of transaction, e.g. Buy, Sell, Dividend.
        desc (None | str | Unset): Long name of the company.
        raw_date (None | str | Unset): Undocumented; the transaction date as yyyyMMdd.
    """

    date: None | str | Unset = UNSET
    cur: None | str | Unset = UNSET
    fx_rate: float | None | Unset = UNSET
    pr: float | None | Unset = UNSET
    qty: float | None | Unset = UNSET
    acctid: None | str | Unset = UNSET
    amt: float | None | Unset = UNSET
    conid: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    desc: None | str | Unset = UNSET
    raw_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        cur: None | str | Unset
        if isinstance(self.cur, Unset):
            cur = UNSET
        else:
            cur = self.cur

        fx_rate: float | None | Unset
        if isinstance(self.fx_rate, Unset):
            fx_rate = UNSET
        else:
            fx_rate = self.fx_rate

        pr: float | None | Unset
        if isinstance(self.pr, Unset):
            pr = UNSET
        else:
            pr = self.pr

        qty: float | None | Unset
        if isinstance(self.qty, Unset):
            qty = UNSET
        else:
            qty = self.qty

        acctid: None | str | Unset
        if isinstance(self.acctid, Unset):
            acctid = UNSET
        else:
            acctid = self.acctid

        amt: float | None | Unset
        if isinstance(self.amt, Unset):
            amt = UNSET
        else:
            amt = self.amt

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        raw_date: None | str | Unset
        if isinstance(self.raw_date, Unset):
            raw_date = UNSET
        else:
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

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(_source.pop("date", UNSET))

        def _parse_cur(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cur = _parse_cur(_source.pop("cur", UNSET))

        def _parse_fx_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fx_rate = _parse_fx_rate(_source.pop("fxRate", UNSET))

        def _parse_pr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pr = _parse_pr(_source.pop("pr", UNSET))

        def _parse_qty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        qty = _parse_qty(_source.pop("qty", UNSET))

        def _parse_acctid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acctid = _parse_acctid(_source.pop("acctid", UNSET))

        def _parse_amt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amt = _parse_amt(_source.pop("amt", UNSET))

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

        def _parse_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc = _parse_desc(_source.pop("desc", UNSET))

        def _parse_raw_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_date = _parse_raw_date(_source.pop("rawDate", UNSET))

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
