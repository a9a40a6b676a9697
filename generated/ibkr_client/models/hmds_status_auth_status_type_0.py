from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HmdsStatusAuthStatusType0")


@_attrs_define
class HmdsStatusAuthStatusType0:
    """Authentication state of the historical market data service.

    Attributes:
        authenticated (bool | None | Unset): Whether the service is authenticated.
        connected (bool | None | Unset): Whether the service is connected.
    """

    authenticated: bool | None | Unset = UNSET
    connected: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authenticated: bool | None | Unset
        if isinstance(self.authenticated, Unset):
            authenticated = UNSET
        else:
            authenticated = self.authenticated

        connected: bool | None | Unset
        if isinstance(self.connected, Unset):
            connected = UNSET
        else:
            connected = self.connected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authenticated is not UNSET:
            field_dict["authenticated"] = authenticated
        if connected is not UNSET:
            field_dict["connected"] = connected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_authenticated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        authenticated = _parse_authenticated(_source.pop("authenticated", UNSET))

        def _parse_connected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        connected = _parse_connected(_source.pop("connected", UNSET))

        _model = cls(
            authenticated=authenticated,
            connected=connected,
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
