from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fyi_typecode import FyiTypecode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiSetting")


@_attrs_define
class FyiSetting:
    """One FYI notification type and the user's subscription to it.

    Attributes:
        a (int | Unset): 1 when the subscription can be changed; only sent for such types.
        fc (FyiTypecode | Unset): Code of an FYI notification type, from the documentation's FYI Typecodes table.
            AA (Account Activity) is not in the table but is in the documentation's example of
            GET /fyi/settings, so it is listed too.

            | Code | Notification type |
            | ---- | ----------------- |
            | BA | Borrow Availability |
            | CA | Comparable Algo |
            | DA | Dividends Advisory |
            | EA | Upcoming Earnings |
            | MF | Mutual Fund Advisory |
            | OE | Option Expiration |
            | PR | Portfolio Builder Rebalance |
            | SE | Suspend Order on Economic Event |
            | SG | Short Term Gain turning Long Term |
            | SM | System Messages |
            | T2 | Assignment Realizing Long-Term Gains |
            | TO | Takeover |
            | UA | User Alert |
            | M8 | M871 Trades |
            | PS | Platform Use Suggestions |
            | DL | Unexercised Option Loss Prevention Reminder |
            | PT | Position Transfer |
            | CB | Missing Cost Basis |
            | MS | Milestones |
            | TD | MiFID |
            | ST | Save Taxes |
            | TI | Trade Idea |
            | CT | Cash Transfer |
            | AA | Account Activity |
        h (int | Unset): Whether the disclaimer was read, 0 unread or 1 read.
        fd (str | Unset): Detailed description of the notification type.
        fn (str | Unset): Human-readable title of the notification type.
        ss (int | str | Unset): Undocumented; meaning unknown.
    """

    a: int | Unset = UNSET
    fc: FyiTypecode | Unset = UNSET
    h: int | Unset = UNSET
    fd: str | Unset = UNSET
    fn: str | Unset = UNSET
    ss: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a = self.a

        fc: str | Unset = UNSET
        if not isinstance(self.fc, Unset):
            fc = self.fc.value

        h = self.h

        fd = self.fd

        fn = self.fn

        ss: int | str | Unset
        if isinstance(self.ss, Unset):
            ss = UNSET
        else:
            ss = self.ss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if a is not UNSET:
            field_dict["A"] = a
        if fc is not UNSET:
            field_dict["FC"] = fc
        if h is not UNSET:
            field_dict["H"] = h
        if fd is not UNSET:
            field_dict["FD"] = fd
        if fn is not UNSET:
            field_dict["FN"] = fn
        if ss is not UNSET:
            field_dict["SS"] = ss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        a = _source.pop("A", UNSET)

        _fc = _source.pop("FC", UNSET)
        fc: FyiTypecode | Unset
        if isinstance(_fc, Unset):
            fc = UNSET
        else:
            fc = FyiTypecode(_fc)

        h = _source.pop("H", UNSET)

        fd = _source.pop("FD", UNSET)

        fn = _source.pop("FN", UNSET)

        def _parse_ss(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ss = _parse_ss(_source.pop("SS", UNSET))

        _model = cls(
            a=a,
            fc=fc,
            h=h,
            fd=fd,
            fn=fn,
            ss=ss,
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
