from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.o_auth_realm import OAuthRealm
from ..models.o_auth_signature_method import OAuthSignatureMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthAccessTokenParameters")


@_attrs_define
class OAuthAccessTokenParameters:
    """The OAuth parameters of POST /oauth/access_token, sent in the Authorization header
    (not as a body).

        Attributes:
            oauth_consumer_key (str): The consumer key obtained when registering with IBKR.
            oauth_token (str): The request token from /oauth/request_token.
            oauth_signature_method (OAuthSignatureMethod): Signature method of the token requests; only RSA-SHA256 is
                supported.
            oauth_signature (str): Base64 RSA-SHA256 (PKCS#1 v1.5) signature of the base string, URL-encoded.
            oauth_timestamp (str): Seconds since the epoch; never lower than in an earlier request.
            oauth_nonce (str): A random string, unique per request.
            oauth_verifier (str): The verifier IBKR appended to the callback URL after the user authorised.
            oauth_callback (str | Unset): Sent by the documentation's Python sample, absent from its parameter list.
            realm (OAuthRealm | Unset): test_realm with the TESTCONS consumer key, limited_poa with one's own key.
    """

    oauth_consumer_key: str
    oauth_token: str
    oauth_signature_method: OAuthSignatureMethod
    oauth_signature: str
    oauth_timestamp: str
    oauth_nonce: str
    oauth_verifier: str
    oauth_callback: str | Unset = UNSET
    realm: OAuthRealm | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        oauth_consumer_key = self.oauth_consumer_key

        oauth_token = self.oauth_token

        oauth_signature_method = self.oauth_signature_method.value

        oauth_signature = self.oauth_signature

        oauth_timestamp = self.oauth_timestamp

        oauth_nonce = self.oauth_nonce

        oauth_verifier = self.oauth_verifier

        oauth_callback = self.oauth_callback

        realm: str | Unset = UNSET
        if not isinstance(self.realm, Unset):
            realm = self.realm.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oauth_consumer_key": oauth_consumer_key,
                "oauth_token": oauth_token,
                "oauth_signature_method": oauth_signature_method,
                "oauth_signature": oauth_signature,
                "oauth_timestamp": oauth_timestamp,
                "oauth_nonce": oauth_nonce,
                "oauth_verifier": oauth_verifier,
            }
        )
        if oauth_callback is not UNSET:
            field_dict["oauth_callback"] = oauth_callback
        if realm is not UNSET:
            field_dict["realm"] = realm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        oauth_consumer_key = _source.pop("oauth_consumer_key")

        oauth_token = _source.pop("oauth_token")

        oauth_signature_method = OAuthSignatureMethod(
            _source.pop("oauth_signature_method")
        )

        oauth_signature = _source.pop("oauth_signature")

        oauth_timestamp = _source.pop("oauth_timestamp")

        oauth_nonce = _source.pop("oauth_nonce")

        oauth_verifier = _source.pop("oauth_verifier")

        oauth_callback = _source.pop("oauth_callback", UNSET)

        _realm = _source.pop("realm", UNSET)
        realm: OAuthRealm | Unset
        if isinstance(_realm, Unset):
            realm = UNSET
        else:
            realm = OAuthRealm(_realm)

        _model = cls(
            oauth_consumer_key=oauth_consumer_key,
            oauth_token=oauth_token,
            oauth_signature_method=oauth_signature_method,
            oauth_signature=oauth_signature,
            oauth_timestamp=oauth_timestamp,
            oauth_nonce=oauth_nonce,
            oauth_verifier=oauth_verifier,
            oauth_callback=oauth_callback,
            realm=realm,
        )

        return _model
