from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.problem_details import ProblemDetails
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response, decode_json


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/api/v1/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = "create_oauth2_access_token"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse:
    try:
        if response.status_code == 200:
            response_200 = TokenResponse.from_dict(decode_json(response))

            return response_200

        if response.status_code == 400:
            response_400 = ProblemDetails.from_dict(decode_json(response))

            return response_400

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(decode_json(response))

            return response_401

        if response.status_code == 500:
            response_500 = ProblemDetails.from_dict(decode_json(response))

            return response_500

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
) -> Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse]:
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
    body: TokenRequest,
) -> Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse]:
    """Obtain an OAuth 2.0 access token

     Client credentials grant (RFC 6749 section 4.4). The client authenticates with a signed
    client assertion (`private_key_jwt`, RFC 7523: a JWT signed with the key registered with
    IBKR, whose `iss` and `sub` are the client id and `aud` the token endpoint), or with its
    client secret in the form (`client_secret_post`) or in a Basic Authorization header
    (`client_secret_basic`). The answer is a bearer access token and its lifetime in seconds.
    ibkr_auth.OAuth2Auth makes this request.

    Args:
        body (TokenRequest): The form of a client credentials token request; which fields are
            present depends on the
            client authentication method.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse:
    """Obtain an OAuth 2.0 access token

     Client credentials grant (RFC 6749 section 4.4). The client authenticates with a signed
    client assertion (`private_key_jwt`, RFC 7523: a JWT signed with the key registered with
    IBKR, whose `iss` and `sub` are the client id and `aud` the token endpoint), or with its
    client secret in the form (`client_secret_post`) or in a Basic Authorization header
    (`client_secret_basic`). The answer is a bearer access token and its lifetime in seconds.
    ibkr_auth.OAuth2Auth makes this request.

    Args:
        body (TokenRequest): The form of a client credentials token request; which fields are
            present depends on the
            client authentication method.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse]:
    """Obtain an OAuth 2.0 access token

     Client credentials grant (RFC 6749 section 4.4). The client authenticates with a signed
    client assertion (`private_key_jwt`, RFC 7523: a JWT signed with the key registered with
    IBKR, whose `iss` and `sub` are the client id and `aud` the token endpoint), or with its
    client secret in the form (`client_secret_post`) or in a Basic Authorization header
    (`client_secret_basic`). The answer is a bearer access token and its lifetime in seconds.
    ibkr_auth.OAuth2Auth makes this request.

    Args:
        body (TokenRequest): The form of a client credentials token request; which fields are
            present depends on the
            client authentication method.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse:
    """Obtain an OAuth 2.0 access token

     Client credentials grant (RFC 6749 section 4.4). The client authenticates with a signed
    client assertion (`private_key_jwt`, RFC 7523: a JWT signed with the key registered with
    IBKR, whose `iss` and `sub` are the client id and `aud` the token endpoint), or with its
    client secret in the form (`client_secret_post`) or in a Basic Authorization header
    (`client_secret_basic`). The answer is a bearer access token and its lifetime in seconds.
    ibkr_auth.OAuth2Auth makes this request.

    Args:
        body (TokenRequest): The form of a client credentials token request; which fields are
            present depends on the
            client authentication method.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | ProblemDetails | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
