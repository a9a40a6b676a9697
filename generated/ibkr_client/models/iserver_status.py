from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_status import AuthStatus


T = TypeVar("T", bound="IserverStatus")


@_attrs_define
class IserverStatus:
    """
    Attributes:
        auth_status (AuthStatus | None | Unset):
    """

    auth_status: AuthStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_status import AuthStatus  # noqa: PLC0415

        auth_status: dict[str, Any] | None | Unset
        if isinstance(self.auth_status, Unset):
            auth_status = UNSET
        elif isinstance(self.auth_status, AuthStatus):
            auth_status = self.auth_status.to_dict()
        else:
            auth_status = self.auth_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_status is not UNSET:
            field_dict["authStatus"] = auth_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_status import AuthStatus  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_auth_status(data: object) -> AuthStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_status_type_0 = AuthStatus.from_dict(data)

                return auth_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthStatus | None | Unset, data)

        auth_status = _parse_auth_status(_source.pop("authStatus", UNSET))

        _model = cls(
            auth_status=auth_status,
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
