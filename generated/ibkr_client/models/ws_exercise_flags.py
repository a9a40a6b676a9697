from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsExerciseFlags")


@_attrs_define
class WsExerciseFlags:
    """State of the exercise or hold choice.

    Attributes:
        confirm (bool | Unset): Confirmation needed.
        confirm_final (bool | Unset): Final confirmation needed.
        enabled (bool | Unset): The choice is available.
    """

    confirm: bool | Unset = UNSET
    confirm_final: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm = self.confirm

        confirm_final = self.confirm_final

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if confirm_final is not UNSET:
            field_dict["confirm_final"] = confirm_final
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        confirm = _source.pop("confirm", UNSET)

        confirm_final = _source.pop("confirm_final", UNSET)

        enabled = _source.pop("enabled", UNSET)

        _model = cls(
            confirm=confirm,
            confirm_final=confirm_final,
            enabled=enabled,
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
