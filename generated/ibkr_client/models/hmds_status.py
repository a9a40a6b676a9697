from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_status_auth_status_type_0 import HmdsStatusAuthStatusType0


T = TypeVar("T", bound="HmdsStatus")


@_attrs_define
class HmdsStatus:
    """Historical market data service status; "no bridge" means no request is running.

    Attributes:
        error (None | str | Unset): The service state, e.g. "no bridge".
        auth_status (HmdsStatusAuthStatusType0 | None | Unset): Authentication state of the historical market data
            service.
    """

    error: None | str | Unset = UNSET
    auth_status: HmdsStatusAuthStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hmds_status_auth_status_type_0 import HmdsStatusAuthStatusType0  # noqa: PLC0415

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        auth_status: dict[str, Any] | None | Unset
        if isinstance(self.auth_status, Unset):
            auth_status = UNSET
        elif isinstance(self.auth_status, HmdsStatusAuthStatusType0):
            auth_status = self.auth_status.to_dict()
        else:
            auth_status = self.auth_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if auth_status is not UNSET:
            field_dict["authStatus"] = auth_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_status_auth_status_type_0 import HmdsStatusAuthStatusType0  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        def _parse_auth_status(
            data: object,
        ) -> HmdsStatusAuthStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_status_type_0 = HmdsStatusAuthStatusType0.from_dict(data)

                return auth_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HmdsStatusAuthStatusType0 | None | Unset, data)

        auth_status = _parse_auth_status(_source.pop("authStatus", UNSET))

        _model = cls(
            error=error,
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
