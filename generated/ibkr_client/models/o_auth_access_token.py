from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthAccessToken")


@_attrs_define
class OAuthAccessToken:
    """An access token and its secret.

    Attributes:
        oauth_token (None | str | Unset): The access token.
        oauth_token_secret (None | str | Unset): The access token secret, base64, encrypted with the consumer's public
            encryption key.
        is_true (bool | None | Unset): A flag the reference names without saying what it means.
    """

    oauth_token: None | str | Unset = UNSET
    oauth_token_secret: None | str | Unset = UNSET
    is_true: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_token: None | str | Unset
        if isinstance(self.oauth_token, Unset):
            oauth_token = UNSET
        else:
            oauth_token = self.oauth_token

        oauth_token_secret: None | str | Unset
        if isinstance(self.oauth_token_secret, Unset):
            oauth_token_secret = UNSET
        else:
            oauth_token_secret = self.oauth_token_secret

        is_true: bool | None | Unset
        if isinstance(self.is_true, Unset):
            is_true = UNSET
        else:
            is_true = self.is_true

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oauth_token is not UNSET:
            field_dict["oauth_token"] = oauth_token
        if oauth_token_secret is not UNSET:
            field_dict["oauth_token_secret"] = oauth_token_secret
        if is_true is not UNSET:
            field_dict["is_true"] = is_true

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_oauth_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_token = _parse_oauth_token(_source.pop("oauth_token", UNSET))

        def _parse_oauth_token_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_token_secret = _parse_oauth_token_secret(
            _source.pop("oauth_token_secret", UNSET)
        )

        def _parse_is_true(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_true = _parse_is_true(_source.pop("is_true", UNSET))

        _model = cls(
            oauth_token=oauth_token,
            oauth_token_secret=oauth_token_secret,
            is_true=is_true,
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
