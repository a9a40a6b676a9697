from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fyi_typecode import FyiTypecode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiNotification")


@_attrs_define
class FyiNotification:
    """One FYI notification.

    Attributes:
        d (None | str | Unset): When the notification was sent, epoch seconds as a decimal string ("1702469440.0").
        id (None | str | Unset): Id of the notification.
        fc (FyiTypecode | None | Unset):
        md (None | str | Unset): Content of the notification (may contain line breaks and HTML).
        ms (None | str | Unset): Title of the notification.
        r (int | None | Unset): Whether the notification was read, 0 unread or 1 read.
        ht (int | None | Unset): Not described by the documentation (in its example only); 0 in every sample.
    """

    d: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    fc: FyiTypecode | None | Unset = UNSET
    md: None | str | Unset = UNSET
    ms: None | str | Unset = UNSET
    r: int | None | Unset = UNSET
    ht: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: None | str | Unset
        if isinstance(self.d, Unset):
            d = UNSET
        else:
            d = self.d

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        fc: None | str | Unset
        if isinstance(self.fc, Unset):
            fc = UNSET
        elif isinstance(self.fc, FyiTypecode):
            fc = self.fc.value
        else:
            fc = self.fc

        md: None | str | Unset
        if isinstance(self.md, Unset):
            md = UNSET
        else:
            md = self.md

        ms: None | str | Unset
        if isinstance(self.ms, Unset):
            ms = UNSET
        else:
            ms = self.ms

        r: int | None | Unset
        if isinstance(self.r, Unset):
            r = UNSET
        else:
            r = self.r

        ht: int | None | Unset
        if isinstance(self.ht, Unset):
            ht = UNSET
        else:
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

        def _parse_d(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        d = _parse_d(_source.pop("D", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("ID", UNSET))

        def _parse_fc(data: object) -> FyiTypecode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fc_type_0 = FyiTypecode(data)

                return fc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FyiTypecode | None | Unset, data)

        fc = _parse_fc(_source.pop("FC", UNSET))

        def _parse_md(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        md = _parse_md(_source.pop("MD", UNSET))

        def _parse_ms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ms = _parse_ms(_source.pop("MS", UNSET))

        def _parse_r(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        r = _parse_r(_source.pop("R", UNSET))

        def _parse_ht(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ht = _parse_ht(_source.pop("HT", UNSET))

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
