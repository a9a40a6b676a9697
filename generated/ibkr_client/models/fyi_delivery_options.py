from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fyi_device import FyiDevice


T = TypeVar("T", bound="FyiDeliveryOptions")


@_attrs_define
class FyiDeliveryOptions:
    """
    Attributes:
        m (int | Unset): Whether delivery by email is enabled, 0 disabled or 1 enabled.
        e (list[FyiDevice] | Unset): The devices that can receive notifications.
    """

    m: int | Unset = UNSET
    e: list[FyiDevice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        m = self.m

        e: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.e, Unset):
            e = []
            for e_item_data in self.e:
                e_item = e_item_data.to_dict()
                e.append(e_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if m is not UNSET:
            field_dict["M"] = m
        if e is not UNSET:
            field_dict["E"] = e

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fyi_device import FyiDevice  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        m = _source.pop("M", UNSET)

        _e = _source.pop("E", UNSET)
        e: list[FyiDevice] | Unset = UNSET
        if _e is not UNSET:
            e = []
            for e_item_data in _e:
                e_item = FyiDevice.from_dict(e_item_data)

                e.append(e_item)

        _model = cls(
            m=m,
            e=e,
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
