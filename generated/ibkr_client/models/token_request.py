from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """The form of a client credentials token request; which fields are present depends on the
    client authentication method.

        Attributes:
            grant_type (Literal['client_credentials']): Always client_credentials.
            client_assertion_type (Literal['urn:ietf:params:oauth:client-assertion-type:jwt-bearer'] | Unset):
                private_key_jwt: the assertion type of RFC 7523.
            client_assertion (str | Unset): A JSON Web Token in compact JWS serialisation: three base64url parts joined by
                dots.
            client_id (str | Unset): client_secret_post: the client id.
            client_secret (str | Unset): client_secret_post: the client secret.
            scope (str | Unset): Space-separated scopes asked for (optional).
    """

    grant_type: Literal["client_credentials"]
    client_assertion_type: (
        Literal["urn:ietf:params:oauth:client-assertion-type:jwt-bearer"] | Unset
    ) = UNSET
    client_assertion: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    scope: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        client_assertion_type = self.client_assertion_type

        client_assertion = self.client_assertion

        client_id = self.client_id

        client_secret = self.client_secret

        scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_assertion_type is not UNSET:
            field_dict["client_assertion_type"] = client_assertion_type
        if client_assertion is not UNSET:
            field_dict["client_assertion"] = client_assertion
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        grant_type = cast(Literal["client_credentials"], _source.pop("grant_type"))
        if grant_type != "client_credentials":
            raise ValueError(
                f"grant_type must match const 'client_credentials', got '{grant_type}'"
            )

        client_assertion_type = cast(
            Literal["urn:ietf:params:oauth:client-assertion-type:jwt-bearer"] | Unset,
            _source.pop("client_assertion_type", UNSET),
        )
        if (
            client_assertion_type
            != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            and not isinstance(client_assertion_type, Unset)
        ):
            raise ValueError(
                f"client_assertion_type must match const 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', got '{client_assertion_type}'"
            )

        client_assertion = _source.pop("client_assertion", UNSET)

        client_id = _source.pop("client_id", UNSET)

        client_secret = _source.pop("client_secret", UNSET)

        scope = _source.pop("scope", UNSET)

        _model = cls(
            grant_type=grant_type,
            client_assertion_type=client_assertion_type,
            client_assertion=client_assertion,
            client_id=client_id,
            client_secret=client_secret,
            scope=scope,
        )

        return _model
