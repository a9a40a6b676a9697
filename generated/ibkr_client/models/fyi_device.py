from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiDevice")


@_attrs_define
class FyiDevice:
    """A device that can receive FYI notifications.

    Attributes:
        nm (str | Unset): Human-readable device name.
        i (str | Unset): Device identifier (used to delete the device).
        ui (str | Unset): Unique device id.
        a (int | Unset): Whether delivery to the device is enabled, 0 disabled or 1 enabled.
    """

    nm: str | Unset = UNSET
    i: str | Unset = UNSET
    ui: str | Unset = UNSET
    a: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm = self.nm

        i = self.i

        ui = self.ui

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
        nm = _source.pop("NM", UNSET)

        i = _source.pop("I", UNSET)

        ui = _source.pop("UI", UNSET)

        a = _source.pop("A", UNSET)

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
