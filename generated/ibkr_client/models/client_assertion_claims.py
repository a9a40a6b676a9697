from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClientAssertionClaims")


@_attrs_define
class ClientAssertionClaims:
    """The claims of a private_key_jwt client assertion (RFC 7523 section 3), signed RS256 with the
    client's private key; the header names the key (kid).

        Attributes:
            iss (str): The client id.
            sub (str): The client id again.
            aud (str): The token endpoint's URL.
            exp (int): Expiry, epoch seconds (a few minutes after iat).
            iat (int): Issue time, epoch seconds.
            jti (str): A unique id: the server refuses an assertion it has seen.
    """

    iss: str
    sub: str
    aud: str
    exp: int
    iat: int
    jti: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iss = self.iss

        sub = self.sub

        aud = self.aud

        exp = self.exp

        iat = self.iat

        jti = self.jti

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iss": iss,
                "sub": sub,
                "aud": aud,
                "exp": exp,
                "iat": iat,
                "jti": jti,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        iss = _source.pop("iss")

        sub = _source.pop("sub")

        aud = _source.pop("aud")

        exp = _source.pop("exp")

        iat = _source.pop("iat")

        jti = _source.pop("jti")

        _model = cls(
            iss=iss,
            sub=sub,
            aud=aud,
            exp=exp,
            iat=iat,
            jti=jti,
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
