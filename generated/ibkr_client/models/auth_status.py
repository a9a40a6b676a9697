from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_info import ServerInfo


T = TypeVar("T", bound="AuthStatus")


@_attrs_define
class AuthStatus:
    """Status of the brokerage session.

    Attributes:
        authenticated (bool | Unset): Whether the brokerage session is authenticated.
        competing (bool | Unset): Whether another connection holds a competing brokerage session.
        connected (bool | Unset): Whether the gateway is connected to the brokerage backend, authenticated or not.
        message (str | Unset): A message about the status; empty for authenticated sessions.
        mac (None | str | Unset): IBKR MAC information (internal use).
        server_info (ServerInfo | Unset): The IBKR server behind the session (internal use).
        hardware_info (str | Unset): IBKR hardware information (internal use).
        fail (str | Unset): Why the status could not be obtained, when it could not.
        established (bool | Unset): Undocumented; whether the brokerage session is fully established.
        passed (bool | Unset): Undocumented; seen in the ssodh/init answer over OAuth.
    """

    authenticated: bool | Unset = UNSET
    competing: bool | Unset = UNSET
    connected: bool | Unset = UNSET
    message: str | Unset = UNSET
    mac: None | str | Unset = UNSET
    server_info: ServerInfo | Unset = UNSET
    hardware_info: str | Unset = UNSET
    fail: str | Unset = UNSET
    established: bool | Unset = UNSET
    passed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authenticated = self.authenticated

        competing = self.competing

        connected = self.connected

        message = self.message

        mac: None | str | Unset
        if isinstance(self.mac, Unset):
            mac = UNSET
        else:
            mac = self.mac

        server_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_info, Unset):
            server_info = self.server_info.to_dict()

        hardware_info = self.hardware_info

        fail = self.fail

        established = self.established

        passed = self.passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authenticated is not UNSET:
            field_dict["authenticated"] = authenticated
        if competing is not UNSET:
            field_dict["competing"] = competing
        if connected is not UNSET:
            field_dict["connected"] = connected
        if message is not UNSET:
            field_dict["message"] = message
        if mac is not UNSET:
            field_dict["MAC"] = mac
        if server_info is not UNSET:
            field_dict["serverInfo"] = server_info
        if hardware_info is not UNSET:
            field_dict["hardware_info"] = hardware_info
        if fail is not UNSET:
            field_dict["fail"] = fail
        if established is not UNSET:
            field_dict["established"] = established
        if passed is not UNSET:
            field_dict["passed"] = passed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_info import ServerInfo  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        authenticated = _source.pop("authenticated", UNSET)

        competing = _source.pop("competing", UNSET)

        connected = _source.pop("connected", UNSET)

        message = _source.pop("message", UNSET)

        def _parse_mac(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mac = _parse_mac(_source.pop("MAC", UNSET))

        _server_info = _source.pop("serverInfo", UNSET)
        server_info: ServerInfo | Unset
        if isinstance(_server_info, Unset):
            server_info = UNSET
        else:
            server_info = ServerInfo.from_dict(_server_info)

        hardware_info = _source.pop("hardware_info", UNSET)

        fail = _source.pop("fail", UNSET)

        established = _source.pop("established", UNSET)

        passed = _source.pop("passed", UNSET)

        _model = cls(
            authenticated=authenticated,
            competing=competing,
            connected=connected,
            message=message,
            mac=mac,
            server_info=server_info,
            hardware_info=hardware_info,
            fail=fail,
            established=established,
            passed=passed,
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
