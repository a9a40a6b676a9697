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
        authenticated (bool | None | Unset): Whether the brokerage session is authenticated.
        competing (bool | None | Unset): Whether another connection holds a competing brokerage session.
        connected (bool | None | Unset): Whether the gateway is connected to the brokerage backend, authenticated or
            not.
        message (None | str | Unset): A message about the status; empty for authenticated sessions.
        mac (None | str | Unset): IBKR MAC information (internal use).
        server_info (None | ServerInfo | Unset):
        hardware_info (None | str | Unset): IBKR hardware information (internal use).
        fail (None | str | Unset): Why the status could not be obtained, when it could not.
        established (bool | None | Unset): Undocumented; whether the brokerage session is fully established.
        passed (bool | None | Unset): Undocumented; seen in the ssodh/init answer over OAuth.
    """

    authenticated: bool | None | Unset = UNSET
    competing: bool | None | Unset = UNSET
    connected: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    mac: None | str | Unset = UNSET
    server_info: None | ServerInfo | Unset = UNSET
    hardware_info: None | str | Unset = UNSET
    fail: None | str | Unset = UNSET
    established: bool | None | Unset = UNSET
    passed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server_info import ServerInfo  # noqa: PLC0415

        authenticated: bool | None | Unset
        if isinstance(self.authenticated, Unset):
            authenticated = UNSET
        else:
            authenticated = self.authenticated

        competing: bool | None | Unset
        if isinstance(self.competing, Unset):
            competing = UNSET
        else:
            competing = self.competing

        connected: bool | None | Unset
        if isinstance(self.connected, Unset):
            connected = UNSET
        else:
            connected = self.connected

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        mac: None | str | Unset
        if isinstance(self.mac, Unset):
            mac = UNSET
        else:
            mac = self.mac

        server_info: dict[str, Any] | None | Unset
        if isinstance(self.server_info, Unset):
            server_info = UNSET
        elif isinstance(self.server_info, ServerInfo):
            server_info = self.server_info.to_dict()
        else:
            server_info = self.server_info

        hardware_info: None | str | Unset
        if isinstance(self.hardware_info, Unset):
            hardware_info = UNSET
        else:
            hardware_info = self.hardware_info

        fail: None | str | Unset
        if isinstance(self.fail, Unset):
            fail = UNSET
        else:
            fail = self.fail

        established: bool | None | Unset
        if isinstance(self.established, Unset):
            established = UNSET
        else:
            established = self.established

        passed: bool | None | Unset
        if isinstance(self.passed, Unset):
            passed = UNSET
        else:
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

        def _parse_authenticated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        authenticated = _parse_authenticated(_source.pop("authenticated", UNSET))

        def _parse_competing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        competing = _parse_competing(_source.pop("competing", UNSET))

        def _parse_connected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        connected = _parse_connected(_source.pop("connected", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(_source.pop("message", UNSET))

        def _parse_mac(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mac = _parse_mac(_source.pop("MAC", UNSET))

        def _parse_server_info(data: object) -> None | ServerInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_info_type_0 = ServerInfo.from_dict(data)

                return server_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerInfo | Unset, data)

        server_info = _parse_server_info(_source.pop("serverInfo", UNSET))

        def _parse_hardware_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hardware_info = _parse_hardware_info(_source.pop("hardware_info", UNSET))

        def _parse_fail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail = _parse_fail(_source.pop("fail", UNSET))

        def _parse_established(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        established = _parse_established(_source.pop("established", UNSET))

        def _parse_passed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        passed = _parse_passed(_source.pop("passed", UNSET))

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
