from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthLiveSessionToken")


@_attrs_define
class OAuthLiveSessionToken:
    """What the client needs to compute and check its live session token.

    Attributes:
        diffie_hellman_response (None | str | Unset): The server's Diffie-Hellman public value, hex (512 characters in
            full).
        live_session_token_signature (None | str | Unset): HMAC-SHA1 of the consumer key under the live session token,
            hex; proves the computed token.
        live_session_token_expiration (int | None | Unset): When the live session token expires, epoch milliseconds
            (about 24 hours ahead).
    """

    diffie_hellman_response: None | str | Unset = UNSET
    live_session_token_signature: None | str | Unset = UNSET
    live_session_token_expiration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diffie_hellman_response: None | str | Unset
        if isinstance(self.diffie_hellman_response, Unset):
            diffie_hellman_response = UNSET
        else:
            diffie_hellman_response = self.diffie_hellman_response

        live_session_token_signature: None | str | Unset
        if isinstance(self.live_session_token_signature, Unset):
            live_session_token_signature = UNSET
        else:
            live_session_token_signature = self.live_session_token_signature

        live_session_token_expiration: int | None | Unset
        if isinstance(self.live_session_token_expiration, Unset):
            live_session_token_expiration = UNSET
        else:
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

        def _parse_diffie_hellman_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diffie_hellman_response = _parse_diffie_hellman_response(
            _source.pop("diffie_hellman_response", UNSET)
        )

        def _parse_live_session_token_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        live_session_token_signature = _parse_live_session_token_signature(
            _source.pop("live_session_token_signature", UNSET)
        )

        def _parse_live_session_token_expiration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        live_session_token_expiration = _parse_live_session_token_expiration(
            _source.pop("live_session_token_expiration", UNSET)
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
