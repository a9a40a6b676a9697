from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pa_pnl_side import PaPnlSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaRealizedPnlEntry")


@_attrs_define
class PaRealizedPnlEntry:
    """Realised profit or loss of one day.

    Attributes:
        date (None | str | Unset): Date, yyyyMMdd.
        cur (None | str | Unset): Currency of the amount.
        fx_rate (float | None | Unset): Exchange rate to the requested currency.
        side (None | PaPnlSide | Unset):
        acctid (None | str | Unset): The account.
        amt (None | str | Unset): Amount gained or lost that day, as a decimal string.
        conid (None | str | Unset): Contract id, as a string.
    """

    date: None | str | Unset = UNSET
    cur: None | str | Unset = UNSET
    fx_rate: float | None | Unset = UNSET
    side: None | PaPnlSide | Unset = UNSET
    acctid: None | str | Unset = UNSET
    amt: None | str | Unset = UNSET
    conid: None | str | Unset = UNSET
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

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        elif isinstance(self.side, PaPnlSide):
            side = self.side.value
        else:
            side = self.side

        acctid: None | str | Unset
        if isinstance(self.acctid, Unset):
            acctid = UNSET
        else:
            acctid = self.acctid

        amt: None | str | Unset
        if isinstance(self.amt, Unset):
            amt = UNSET
        else:
            amt = self.amt

        conid: None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
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

        def _parse_side(data: object) -> None | PaPnlSide | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_0 = PaPnlSide(data)

                return side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaPnlSide | Unset, data)

        side = _parse_side(_source.pop("side", UNSET))

        def _parse_acctid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acctid = _parse_acctid(_source.pop("acctid", UNSET))

        def _parse_amt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amt = _parse_amt(_source.pop("amt", UNSET))

        def _parse_conid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

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
