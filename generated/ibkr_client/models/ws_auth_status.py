from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsAuthStatus")


@_attrs_define
class WsAuthStatus:
    """Brokerage session status.

    Attributes:
        authenticated (bool | Unset): Whether the brokerage session is authenticated.
        connected (bool | Unset): Undocumented; whether the session is connected to the backend.
        established (bool | Unset): Undocumented; whether the brokerage session is fully established.
        competing (bool | Unset): Undocumented; whether another session competes for the brokerage session.
        message (str | Unset): Undocumented; a status message, often empty.
        fail (str | Unset): Undocumented; why the session failed, often empty.
        server_name (str | Unset): Undocumented; name of the server holding the session.
        server_version (str | Unset): Undocumented; build of that server.
        username (str | Unset): Undocumented; the user name of the session.
    """

    authenticated: bool | Unset = UNSET
    connected: bool | Unset = UNSET
    established: bool | Unset = UNSET
    competing: bool | Unset = UNSET
    message: str | Unset = UNSET
    fail: str | Unset = UNSET
    server_name: str | Unset = UNSET
    server_version: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authenticated = self.authenticated

        connected = self.connected

        established = self.established

        competing = self.competing

        message = self.message

        fail = self.fail

        server_name = self.server_name

        server_version = self.server_version

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authenticated is not UNSET:
            field_dict["authenticated"] = authenticated
        if connected is not UNSET:
            field_dict["connected"] = connected
        if established is not UNSET:
            field_dict["established"] = established
        if competing is not UNSET:
            field_dict["competing"] = competing
        if message is not UNSET:
            field_dict["message"] = message
        if fail is not UNSET:
            field_dict["fail"] = fail
        if server_name is not UNSET:
            field_dict["serverName"] = server_name
        if server_version is not UNSET:
            field_dict["serverVersion"] = server_version
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        authenticated = _source.pop("authenticated", UNSET)

        connected = _source.pop("connected", UNSET)

        established = _source.pop("established", UNSET)

        competing = _source.pop("competing", UNSET)

        message = _source.pop("message", UNSET)

        fail = _source.pop("fail", UNSET)

        server_name = _source.pop("serverName", UNSET)

        server_version = _source.pop("serverVersion", UNSET)

        username = _source.pop("username", UNSET)

        _model = cls(
            authenticated=authenticated,
            connected=connected,
            established=established,
            competing=competing,
            message=message,
            fail=fail,
            server_name=server_name,
            server_version=server_version,
            username=username,
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
