"""RSA-SHA256-signed OAuth token requests (request token, access token, live session token)
and the reading of their responses.

Building a request is pure: it returns an `httpx.Request` that any client, sync or async, can
send. Reading a response turns IBKR's error body into a typed `OAuthRequestError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from Crypto.PublicKey.RSA import RsaKey

from .base_string import authorization_header, signature_base_string
from .crypto import rsa_sha256_signature_with_key
from .errors import OAuthRequestError
from .redaction import redact

RSA_SHA256 = "RSA-SHA256"
HMAC_SHA256 = "HMAC-SHA256"

USER_AGENT = "ibkr-webapi (python-httpx)"

# IBKR lists these as required on every request (httpx adds Host and Connection). Requests
# sent from an auth flow replace the User-Agent with the one of the request being signed.
REQUIRED_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip,deflate", "User-Agent": USER_AGENT}
_MAX_ERROR_TEXT = 200


def rsa_signed_post(
    url: str,
    oauth_params: Mapping[str, str],
    *,
    signature_key: RsaKey,
    realm: str,
    prepend: str = "",
) -> httpx.Request:
    """A POST to `url` without a body, signed with RSA-SHA256 in the Authorization header."""
    base_string = signature_base_string("POST", url, oauth_params, prepend)
    signed = {**oauth_params,
              "oauth_signature": rsa_sha256_signature_with_key(base_string, signature_key)}
    headers = {**REQUIRED_HEADERS, "Authorization": authorization_header(signed, realm)}
    return httpx.Request("POST", url, headers=headers)


def server_error_text(response: httpx.Response) -> str:
    """IBKR's error text from ``{"error": ..., "statusCode": ...}``, else the reason phrase.

    >>> server_error_text(httpx.Response(401, json={"error": "invalid consumer"}))
    'invalid consumer'
    """
    try:
        body = response.json()
    except (ValueError, RecursionError):  # RecursionError: a body nested 100k levels deep
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        text = body["error"]
    else:
        text = response.reason_phrase or "no error text"
    return redact(text[:_MAX_ERROR_TEXT])


def json_object(response: httpx.Response, endpoint: str) -> dict[str, Any]:
    """The JSON object of a successful token response; `OAuthRequestError` otherwise.

    The response body must already be read.
    """
    if response.status_code != 200:
        raise OAuthRequestError(endpoint, response.status_code, server_error_text(response))
    try:
        body = response.json()
    except (ValueError, RecursionError):  # RecursionError: a body nested 100k levels deep
        body = None
    if not isinstance(body, dict):
        raise OAuthRequestError(endpoint, response.status_code, "response is not a JSON object")
    return body


def string_field(body: Mapping[str, Any], name: str, endpoint: str) -> str:
    """A required string field of a token response (the value itself is never reported)."""
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise OAuthRequestError(endpoint, 200, f"response has no string field {name!r}")
    return value
