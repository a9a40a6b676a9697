from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fyi_typecode import FyiTypecode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiDisclaimer")


@_attrs_define
class FyiDisclaimer:
    """
    Attributes:
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
        dt (str | Unset): The disclaimer text.
    """

    fc: FyiTypecode | Unset = UNSET
    dt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fc: str | Unset = UNSET
        if not isinstance(self.fc, Unset):
            fc = self.fc.value

        dt = self.dt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fc is not UNSET:
            field_dict["FC"] = fc
        if dt is not UNSET:
            field_dict["DT"] = dt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _fc = _source.pop("FC", UNSET)
        fc: FyiTypecode | Unset
        if isinstance(_fc, Unset):
            fc = UNSET
        else:
            fc = FyiTypecode(_fc)

        dt = _source.pop("DT", UNSET)

        _model = cls(
            fc=fc,
            dt=dt,
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
