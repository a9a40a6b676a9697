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
        a (int | None | Unset): 1 when the subscription can be changed; only sent for such types.
        fc (FyiTypecode | None | Unset):
        h (int | None | Unset): Whether the disclaimer was read, 0 unread or 1 read.
        fd (None | str | Unset): Detailed description of the notification type.
        fn (None | str | Unset): Human-readable title of the notification type.
        ss (int | None | str | Unset): Undocumented; meaning unknown.
    """

    a: int | None | Unset = UNSET
    fc: FyiTypecode | None | Unset = UNSET
    h: int | None | Unset = UNSET
    fd: None | str | Unset = UNSET
    fn: None | str | Unset = UNSET
    ss: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a: int | None | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        else:
            a = self.a

        fc: None | str | Unset
        if isinstance(self.fc, Unset):
            fc = UNSET
        elif isinstance(self.fc, FyiTypecode):
            fc = self.fc.value
        else:
            fc = self.fc

        h: int | None | Unset
        if isinstance(self.h, Unset):
            h = UNSET
        else:
            h = self.h

        fd: None | str | Unset
        if isinstance(self.fd, Unset):
            fd = UNSET
        else:
            fd = self.fd

        fn: None | str | Unset
        if isinstance(self.fn, Unset):
            fn = UNSET
        else:
            fn = self.fn

        ss: int | None | str | Unset
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

        def _parse_a(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        a = _parse_a(_source.pop("A", UNSET))

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

        def _parse_h(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        h = _parse_h(_source.pop("H", UNSET))

        def _parse_fd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fd = _parse_fd(_source.pop("FD", UNSET))

        def _parse_fn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fn = _parse_fn(_source.pop("FN", UNSET))

        def _parse_ss(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

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
