"""The live session token (LST): its request (POST /oauth/live_session_token) and the
computation and validation of the token from the response.

Both steps are pure given their inputs (nonce, timestamp, DH random value), which is what
makes them testable against known answers.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .config import OAuthConfig
from .crypto import (
    compute_live_session_token,
    decode_live_session_token,
    dh_challenge,
    live_session_token_signature,
)
from .errors import LiveSessionTokenError
from .redaction import protect_in_logs
from .secret import Secret
from .token_requests import RSA_SHA256, rsa_signed_post, string_field

LIVE_SESSION_TOKEN_PATH = "/oauth/live_session_token"


@dataclass(frozen=True, repr=False)
class LiveSession:
    """A validated live session token, its decoded HMAC key, and when to renew it."""

    token: Secret[str]
    key: Secret[bytes]
    expires_at: float
    """Epoch seconds, from ``live_session_token_expiration`` (epoch milliseconds)."""
    renew_at: float
    """Epoch seconds after which the plugin obtains a new token."""

    def __repr__(self) -> str:
        return f"LiveSession(expires_at={self.expires_at!r}, renew_at={self.renew_at!r})"


def live_session_token_request(
    config: OAuthConfig, *, dh_random: int, nonce: str, timestamp: str
) -> httpx.Request:
    """The signed POST /oauth/live_session_token request, with the prepend in the base string."""
    dh = config.dh_parameters
    params = {
        "diffie_hellman_challenge": dh_challenge(dh_random, dh.prime, dh.generator),
        "oauth_consumer_key": config.consumer_key,
        "oauth_nonce": nonce,
        "oauth_signature_method": RSA_SHA256,
        "oauth_timestamp": timestamp,
        "oauth_token": config.access_token.reveal(),
    }
    return rsa_signed_post(
        config.base_url + LIVE_SESSION_TOKEN_PATH,
        params,
        signature_key=config.signature_key.reveal(),
        realm=config.realm,
        prepend=config.prepend.reveal(),
    )


def live_session_from_response(
    body: Mapping[str, Any],
    config: OAuthConfig,
    *,
    dh_random: int,
    now: float,
    renew_margin: float,
) -> LiveSession:
    """Compute the LST from the response, check it against ``live_session_token_signature``
    and decide when to renew it: `renew_margin` seconds before expiry, or halfway through its
    life if that is shorter."""
    endpoint = LIVE_SESSION_TOKEN_PATH
    dh_response = string_field(body, "diffie_hellman_response", endpoint)
    expected = string_field(body, "live_session_token_signature", endpoint)
    expiration_ms = body.get("live_session_token_expiration")
    if not isinstance(expiration_ms, int | float) or isinstance(expiration_ms, bool):
        raise LiveSessionTokenError("live_session_token_expiration is missing or not a number")
    token = compute_live_session_token(
        dh_response, dh_random, config.dh_parameters.prime, config.prepend.reveal())
    computed = live_session_token_signature(token, config.consumer_key)
    if not hmac.compare_digest(computed.encode(), expected.lower().encode()):
        raise LiveSessionTokenError(
            "live session token signature mismatch: check the access token secret, the "
            "encryption key and the Diffie-Hellman parameters")
    expires_at = expiration_ms / 1000
    margin = min(renew_margin, max(expires_at - now, 0) / 2)
    return LiveSession(
        token=Secret(token),
        key=Secret(decode_live_session_token(token)),
        expires_at=expires_at,
        renew_at=expires_at - margin,
    )


def live_session_from_record(data: Mapping[str, Any]) -> LiveSession | None:
    """A live session another process obtained and shared (see `ibkr_auth.shared_state`),
    or None when the record is not one.

    >>> live_session_from_record({"token": "AAAA", "expires_at": 2.0, "renew_at": 1.0})
    LiveSession(expires_at=2.0, renew_at=1.0)
    >>> live_session_from_record({"token": 7}) is None
    True
    """
    token, expires_at, renew_at = data.get("token"), data.get("expires_at"), data.get("renew_at")
    if (not isinstance(token, str) or not isinstance(expires_at, int | float)
            or not isinstance(renew_at, int | float)):
        return None
    try:
        key = decode_live_session_token(token)
    except LiveSessionTokenError:
        return None
    protect_in_logs(Secret(token))
    return LiveSession(Secret(token), Secret(key), float(expires_at), float(renew_at))
