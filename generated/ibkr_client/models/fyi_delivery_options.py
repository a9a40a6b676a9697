from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        m (int | None | Unset): Whether delivery by email is enabled, 0 disabled or 1 enabled.
        e (list[FyiDevice] | None | Unset): The devices that can receive notifications.
    """

    m: int | None | Unset = UNSET
    e: list[FyiDevice] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        m: int | None | Unset
        if isinstance(self.m, Unset):
            m = UNSET
        else:
            m = self.m

        e: list[dict[str, Any]] | None | Unset
        if isinstance(self.e, Unset):
            e = UNSET
        elif isinstance(self.e, list):
            e = []
            for e_type_0_item_data in self.e:
                e_type_0_item = e_type_0_item_data.to_dict()
                e.append(e_type_0_item)

        else:
            e = self.e

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

        def _parse_m(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        m = _parse_m(_source.pop("M", UNSET))

        def _parse_e(data: object) -> list[FyiDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                e_type_0 = []
                _e_type_0 = data
                for e_type_0_item_data in _e_type_0:
                    e_type_0_item = FyiDevice.from_dict(e_type_0_item_data)

                    e_type_0.append(e_type_0_item)

                return e_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FyiDevice] | None | Unset, data)

        e = _parse_e(_source.pop("E", UNSET))

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
