from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.o_auth_live_session_token import OAuthLiveSessionToken
from ...types import Response, decode_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/live_session_token",
    }

    return _kwargs


OPERATION = "get_live_session_token"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken:
    try:
        if response.status_code == 200:
            response_200 = OAuthLiveSessionToken.from_dict(decode_json(response))

            return response_200

        if response.status_code == 400:

            def _parse_response_400(data: object) -> ErrorMessage | ErrorWithStatusCode:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_body_type_0 = ErrorWithStatusCode.from_dict(
                        data
                    )

                    return componentsschemas_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorMessage.from_dict(data)

                return componentsschemas_error_body_type_1

            response_400 = _parse_response_400(decode_json(response))

            return response_400

        if response.status_code == 401:

            def _parse_response_401(data: object) -> ErrorMessage | ErrorWithStatusCode:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_body_type_0 = ErrorWithStatusCode.from_dict(
                        data
                    )

                    return componentsschemas_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorMessage.from_dict(data)

                return componentsschemas_error_body_type_1

            response_401 = _parse_response_401(decode_json(response))

            return response_401

        if response.status_code == 429:

            def _parse_response_429(data: object) -> ErrorMessage | ErrorWithStatusCode:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_body_type_0 = ErrorWithStatusCode.from_dict(
                        data
                    )

                    return componentsschemas_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorMessage.from_dict(data)

                return componentsschemas_error_body_type_1

            response_429 = _parse_response_429(decode_json(response))

            return response_429

        if 400 <= response.status_code <= 499:

            def _parse_response_4xx(data: object) -> ErrorMessage | ErrorWithStatusCode:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_body_type_0 = ErrorWithStatusCode.from_dict(
                        data
                    )

                    return componentsschemas_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorMessage.from_dict(data)

                return componentsschemas_error_body_type_1

            response_4xx = _parse_response_4xx(decode_json(response))

            return response_4xx

        if 500 <= response.status_code <= 599:

            def _parse_response_5xx(data: object) -> ErrorMessage | ErrorWithStatusCode:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_body_type_0 = ErrorWithStatusCode.from_dict(
                        data
                    )

                    return componentsschemas_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorMessage.from_dict(data)

                return componentsschemas_error_body_type_1

            response_5xx = _parse_response_5xx(decode_json(response))

            return response_5xx

    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise errors.UnexpectedResponse(OPERATION, response, exc) from exc
    raise errors.UnexpectedStatus(OPERATION, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken]:
    """Obtain the Diffie-Hellman material of a live session token

     Final step of OAuth, valid for about 24 hours: sends a Diffie-Hellman challenge
    (2^random mod prime, hex) and receives the server's Diffie-Hellman response. The client
    computes the live session token from it and the decrypted access token secret, and
    checks it against live_session_token_signature (HMAC-SHA1 of the consumer key). The
    token then signs every request (HMAC-SHA256); /iserver/auth/ssodh/init still has to
    open the brokerage session.

    No body. The Authorization header carries oauth_consumer_key, oauth_token (the access
    token), oauth_signature_method (RSA-SHA256), oauth_signature, oauth_timestamp,
    oauth_nonce, diffie_hellman_challenge and realm: see the
    OAuthLiveSessionTokenParameters schema. The base string is prefixed with the hex of the
    decrypted access token secret. Requests need a User-Agent header. A consumer key
    registered in the Self Service Portal is refused with 401 "invalid consumer" until the
    following weekend reset.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken:
    """Obtain the Diffie-Hellman material of a live session token

     Final step of OAuth, valid for about 24 hours: sends a Diffie-Hellman challenge
    (2^random mod prime, hex) and receives the server's Diffie-Hellman response. The client
    computes the live session token from it and the decrypted access token secret, and
    checks it against live_session_token_signature (HMAC-SHA1 of the consumer key). The
    token then signs every request (HMAC-SHA256); /iserver/auth/ssodh/init still has to
    open the brokerage session.

    No body. The Authorization header carries oauth_consumer_key, oauth_token (the access
    token), oauth_signature_method (RSA-SHA256), oauth_signature, oauth_timestamp,
    oauth_nonce, diffie_hellman_challenge and realm: see the
    OAuthLiveSessionTokenParameters schema. The base string is prefixed with the hex of the
    decrypted access token secret. Requests need a User-Agent header. A consumer key
    registered in the Self Service Portal is refused with 401 "invalid consumer" until the
    following weekend reset.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken]:
    """Obtain the Diffie-Hellman material of a live session token

     Final step of OAuth, valid for about 24 hours: sends a Diffie-Hellman challenge
    (2^random mod prime, hex) and receives the server's Diffie-Hellman response. The client
    computes the live session token from it and the decrypted access token secret, and
    checks it against live_session_token_signature (HMAC-SHA1 of the consumer key). The
    token then signs every request (HMAC-SHA256); /iserver/auth/ssodh/init still has to
    open the brokerage session.

    No body. The Authorization header carries oauth_consumer_key, oauth_token (the access
    token), oauth_signature_method (RSA-SHA256), oauth_signature, oauth_timestamp,
    oauth_nonce, diffie_hellman_challenge and realm: see the
    OAuthLiveSessionTokenParameters schema. The base string is prefixed with the hex of the
    decrypted access token secret. Requests need a User-Agent header. A consumer key
    registered in the Self Service Portal is refused with 401 "invalid consumer" until the
    following weekend reset.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken:
    """Obtain the Diffie-Hellman material of a live session token

     Final step of OAuth, valid for about 24 hours: sends a Diffie-Hellman challenge
    (2^random mod prime, hex) and receives the server's Diffie-Hellman response. The client
    computes the live session token from it and the decrypted access token secret, and
    checks it against live_session_token_signature (HMAC-SHA1 of the consumer key). The
    token then signs every request (HMAC-SHA256); /iserver/auth/ssodh/init still has to
    open the brokerage session.

    No body. The Authorization header carries oauth_consumer_key, oauth_token (the access
    token), oauth_signature_method (RSA-SHA256), oauth_signature, oauth_timestamp,
    oauth_nonce, diffie_hellman_challenge and realm: see the
    OAuthLiveSessionTokenParameters schema. The base string is prefixed with the hex of the
    decrypted access token secret. Requests need a User-Agent header. A consumer key
    registered in the Self Service Portal is refused with 401 "invalid consumer" until the
    following weekend reset.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | OAuthLiveSessionToken
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
