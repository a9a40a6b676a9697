"""ibkr_auth: authentication for the Interactive Brokers Web API as plain httpx.Auth plugins.

- `OAuth1aAuth`: OAuth 1.0a with the Diffie-Hellman live session token (sync and async).
- `OAuth2Auth`: OAuth 2.0 (client assertion or client secret, SSO session, bearer tokens).
- `ThirdPartyOAuth`: request token, authorization URL and access token for third parties.
- `GatewaySession`: the Client Portal Gateway (TLS choice, cookies, brokerage session).
- `FlexToken`: the Flex Web Service token.
- Pure crypto functions (`dh_challenge`, `compute_live_session_token`, ...), key loaders,
  websocket handshake helpers, `Secret`, and typed `errors`.

>>> from ibkr_auth import dh_challenge, Secret
>>> dh_challenge(dh_random=6, prime=23, generator=5)
'8'
>>> Secret("token")
Secret('***')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors

# Exports load on first use: a program that only needs one plugin (or only the typed errors,
# as the Flex parser does) does not import the crypto and JWT libraries of the others.
_EXPORTS = {
    "AccessToken": "third_party",
    "BrokerageSession": "gateway",
    "DHParameters": "keys",
    "FlexToken": "flex_token",
    "GatewaySession": "gateway",
    "LiveSession": "live_session",
    "OAuth1aAuth": "oauth",
    "OAuth2Auth": "oauth2",
    "OAuth2Config": "oauth2_config",
    "OAuth2Session": "oauth2",
    "OAuthConfig": "config",
    "Secret": "secret",
    "ThirdPartyOAuth": "third_party",
    "WebsocketHandshake": "websocket",
    "authorization_header": "base_string",
    "client_assertion": "jwt_signing",
    "compute_live_session_token": "crypto",
    "decrypt_access_token_secret": "crypto",
    "dh_challenge": "crypto",
    "gateway_handshake": "websocket",
    "hmac_sha256_signature": "crypto",
    "live_session_token_signature": "crypto",
    "load_dh_parameters": "keys",
    "load_private_key": "keys",
    "load_public_key": "keys",
    "load_signing_key": "jwt_signing",
    "oauth_handshake": "websocket",
    "parse_callback": "third_party",
    "parse_dh_parameters": "keys",
    "parse_private_key": "keys",
    "parse_public_key": "keys",
    "percent_encode": "base_string",
    "protect_in_logs": "redaction",
    "redact": "redaction",
    "rsa_sha256_signature": "crypto",
    "session_from_tickle": "websocket",
    "sign_jwt": "jwt_signing",
    "signature_base_string": "base_string",
    "signed_body": "jwt_signing",
    "websocket_url": "websocket",
}

if TYPE_CHECKING:
    from .base_string import authorization_header, percent_encode, signature_base_string
    from .config import OAuthConfig
    from .crypto import (
        compute_live_session_token,
        decrypt_access_token_secret,
        dh_challenge,
        hmac_sha256_signature,
        live_session_token_signature,
        rsa_sha256_signature,
    )
    from .flex_token import FlexToken
    from .gateway import BrokerageSession, GatewaySession
    from .jwt_signing import client_assertion, load_signing_key, sign_jwt, signed_body
    from .keys import (
        DHParameters,
        load_dh_parameters,
        load_private_key,
        load_public_key,
        parse_dh_parameters,
        parse_private_key,
        parse_public_key,
    )
    from .live_session import LiveSession
    from .oauth import OAuth1aAuth
    from .oauth2 import OAuth2Auth, OAuth2Session
    from .oauth2_config import OAuth2Config
    from .redaction import protect_in_logs, redact
    from .secret import Secret
    from .third_party import AccessToken, ThirdPartyOAuth, parse_callback
    from .websocket import (
        WebsocketHandshake,
        gateway_handshake,
        oauth_handshake,
        session_from_tickle,
        websocket_url,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ibkr_auth' has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "AccessToken",
    "BrokerageSession",
    "DHParameters",
    "FlexToken",
    "GatewaySession",
    "LiveSession",
    "OAuth1aAuth",
    "OAuth2Auth",
    "OAuth2Config",
    "OAuth2Session",
    "OAuthConfig",
    "Secret",
    "ThirdPartyOAuth",
    "WebsocketHandshake",
    "authorization_header",
    "client_assertion",
    "compute_live_session_token",
    "decrypt_access_token_secret",
    "dh_challenge",
    "errors",
    "gateway_handshake",
    "hmac_sha256_signature",
    "live_session_token_signature",
    "load_dh_parameters",
    "load_private_key",
    "load_public_key",
    "load_signing_key",
    "oauth_handshake",
    "parse_callback",
    "parse_dh_parameters",
    "parse_private_key",
    "parse_public_key",
    "percent_encode",
    "protect_in_logs",
    "redact",
    "rsa_sha256_signature",
    "session_from_tickle",
    "sign_jwt",
    "signature_base_string",
    "signed_body",
    "websocket_url",
]
