from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoSessionClaims")


@_attrs_define
class SsoSessionClaims:
    """The claims of the signed JWT that opens an SSO session, besides iss (the client id), iat and
    exp.

        Attributes:
            credential (str): The end user's IBKR username.
            ip (str): The end user's IP address.
            alternative_ips (list[str] | Unset): Other addresses the user may come from.
            service (str | Unset): The service the session is for (optional).
    """

    credential: str
    ip: str
    alternative_ips: list[str] | Unset = UNSET
    service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential = self.credential

        ip = self.ip

        alternative_ips: list[str] | Unset = UNSET
        if not isinstance(self.alternative_ips, Unset):
            alternative_ips = self.alternative_ips

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential": credential,
                "ip": ip,
            }
        )
        if alternative_ips is not UNSET:
            field_dict["alternativeIps"] = alternative_ips
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        credential = _source.pop("credential")

        ip = _source.pop("ip")

        alternative_ips = cast(list[str], _source.pop("alternativeIps", UNSET))

        service = _source.pop("service", UNSET)

        _model = cls(
            credential=credential,
            ip=ip,
            alternative_ips=alternative_ips,
            service=service,
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
