from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthLiveSessionToken")


@_attrs_define
class OAuthLiveSessionToken:
    """What the client needs to compute and check its live session token.

    Attributes:
        diffie_hellman_response (str | Unset): The server's Diffie-Hellman public value, hex (512 characters in full).
        live_session_token_signature (str | Unset): HMAC-SHA1 of the consumer key under the live session token, hex;
            proves the computed token.
        live_session_token_expiration (int | Unset): When the live session token expires, epoch milliseconds (about 24
            hours ahead).
    """

    diffie_hellman_response: str | Unset = UNSET
    live_session_token_signature: str | Unset = UNSET
    live_session_token_expiration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diffie_hellman_response = self.diffie_hellman_response

        live_session_token_signature = self.live_session_token_signature

        live_session_token_expiration = self.live_session_token_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if diffie_hellman_response is not UNSET:
            field_dict["diffie_hellman_response"] = diffie_hellman_response
        if live_session_token_signature is not UNSET:
            field_dict["live_session_token_signature"] = live_session_token_signature
        if live_session_token_expiration is not UNSET:
            field_dict["live_session_token_expiration"] = live_session_token_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        diffie_hellman_response = _source.pop("diffie_hellman_response", UNSET)

        live_session_token_signature = _source.pop(
            "live_session_token_signature", UNSET
        )

        live_session_token_expiration = _source.pop(
            "live_session_token_expiration", UNSET
        )

        _model = cls(
            diffie_hellman_response=diffie_hellman_response,
            live_session_token_signature=live_session_token_signature,
            live_session_token_expiration=live_session_token_expiration,
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
