from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiDevice")


@_attrs_define
class FyiDevice:
    """A device that can receive FYI notifications.

    Attributes:
        nm (None | str | Unset): Human-readable device name.
        i (None | str | Unset): Device identifier (used to delete the device).
        ui (None | str | Unset): Unique device id.
        a (int | None | Unset): Whether delivery to the device is enabled, 0 disabled or 1 enabled.
    """

    nm: None | str | Unset = UNSET
    i: None | str | Unset = UNSET
    ui: None | str | Unset = UNSET
    a: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm: None | str | Unset
        if isinstance(self.nm, Unset):
            nm = UNSET
        else:
            nm = self.nm

        i: None | str | Unset
        if isinstance(self.i, Unset):
            i = UNSET
        else:
            i = self.i

        ui: None | str | Unset
        if isinstance(self.ui, Unset):
            ui = UNSET
        else:
            ui = self.ui

        a: int | None | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        else:
            a = self.a

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm is not UNSET:
            field_dict["NM"] = nm
        if i is not UNSET:
            field_dict["I"] = i
        if ui is not UNSET:
            field_dict["UI"] = ui
        if a is not UNSET:
            field_dict["A"] = a

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_nm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nm = _parse_nm(_source.pop("NM", UNSET))

        def _parse_i(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        i = _parse_i(_source.pop("I", UNSET))

        def _parse_ui(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ui = _parse_ui(_source.pop("UI", UNSET))

        def _parse_a(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        a = _parse_a(_source.pop("A", UNSET))

        _model = cls(
            nm=nm,
            i=i,
            ui=ui,
            a=a,
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
