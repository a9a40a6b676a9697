from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.o_auth_realm import OAuthRealm
from ..models.o_auth_signature_method import OAuthSignatureMethod

T = TypeVar("T", bound="OAuthLiveSessionTokenParameters")


@_attrs_define
class OAuthLiveSessionTokenParameters:
    """The OAuth parameters of POST /oauth/live_session_token, sent in the Authorization
    header (not as a body). realm is added to the header but not to the signature base
    string.

        Attributes:
            oauth_consumer_key (str): The consumer key (set in the Self Service Portal, or TESTCONS).
            oauth_token (str): The access token, from /oauth/access_token or the Self Service Portal.
            oauth_signature_method (OAuthSignatureMethod): Signature method of the token requests; only RSA-SHA256 is
                supported.
            oauth_signature (str): Base64 RSA-SHA256 (PKCS#1 v1.5) signature of the prefixed base string, URL-encoded.
            oauth_timestamp (str): Seconds since the epoch; never lower than in an earlier request.
            oauth_nonce (str): A random string, unique per request.
            diffie_hellman_challenge (str): 2 raised to a random 256-bit value, modulo the consumer's Diffie-Hellman prime,
                in hex.
            realm (OAuthRealm): test_realm with the TESTCONS consumer key, limited_poa with one's own key.
    """

    oauth_consumer_key: str
    oauth_token: str
    oauth_signature_method: OAuthSignatureMethod
    oauth_signature: str
    oauth_timestamp: str
    oauth_nonce: str
    diffie_hellman_challenge: str
    realm: OAuthRealm

    def to_dict(self) -> dict[str, Any]:
        oauth_consumer_key = self.oauth_consumer_key

        oauth_token = self.oauth_token

        oauth_signature_method = self.oauth_signature_method.value

        oauth_signature = self.oauth_signature

        oauth_timestamp = self.oauth_timestamp

        oauth_nonce = self.oauth_nonce

        diffie_hellman_challenge = self.diffie_hellman_challenge

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
                "diffie_hellman_challenge": diffie_hellman_challenge,
                "realm": realm,
            }
        )

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

        diffie_hellman_challenge = _source.pop("diffie_hellman_challenge")

        realm = OAuthRealm(_source.pop("realm"))

        _model = cls(
            oauth_consumer_key=oauth_consumer_key,
            oauth_token=oauth_token,
            oauth_signature_method=oauth_signature_method,
            oauth_signature=oauth_signature,
            oauth_timestamp=oauth_timestamp,
            oauth_nonce=oauth_nonce,
            diffie_hellman_challenge=diffie_hellman_challenge,
            realm=realm,
        )

        return _model
