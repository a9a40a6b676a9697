from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fyi_typecode import FyiTypecode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiNotification")


@_attrs_define
class FyiNotification:
    """One FYI notification.

    Attributes:
        d (str | Unset): When the notification was sent, epoch seconds as a decimal string ("1702469440.0").
        id (str | Unset): Id of the notification.
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
        md (str | Unset): Content of the notification (may contain line breaks and HTML).
        ms (str | Unset): Title of the notification.
        r (int | Unset): Whether the notification was read, 0 unread or 1 read.
        ht (int | Unset): Not described by the documentation (in its example only); 0 in every sample.
    """

    d: str | Unset = UNSET
    id: str | Unset = UNSET
    fc: FyiTypecode | Unset = UNSET
    md: str | Unset = UNSET
    ms: str | Unset = UNSET
    r: int | Unset = UNSET
    ht: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = self.d

        id = self.id

        fc: str | Unset = UNSET
        if not isinstance(self.fc, Unset):
            fc = self.fc.value

        md = self.md

        ms = self.ms

        r = self.r

        ht = self.ht

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if d is not UNSET:
            field_dict["D"] = d
        if id is not UNSET:
            field_dict["ID"] = id
        if fc is not UNSET:
            field_dict["FC"] = fc
        if md is not UNSET:
            field_dict["MD"] = md
        if ms is not UNSET:
            field_dict["MS"] = ms
        if r is not UNSET:
            field_dict["R"] = r
        if ht is not UNSET:
            field_dict["HT"] = ht

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        d = _source.pop("D", UNSET)

        id = _source.pop("ID", UNSET)

        _fc = _source.pop("FC", UNSET)
        fc: FyiTypecode | Unset
        if isinstance(_fc, Unset):
            fc = UNSET
        else:
            fc = FyiTypecode(_fc)

        md = _source.pop("MD", UNSET)

        ms = _source.pop("MS", UNSET)

        r = _source.pop("R", UNSET)

        ht = _source.pop("HT", UNSET)

        _model = cls(
            d=d,
            id=id,
            fc=fc,
            md=md,
            ms=ms,
            r=r,
            ht=ht,
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
