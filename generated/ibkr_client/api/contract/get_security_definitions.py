from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.trsrv_secdef_response import TrsrvSecdefResponse
from ...types import UNSET, Response, decode_json


def _get_kwargs(
    *,
    conids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_conids = conids

    params["conids"] = ",".join(str(item) for item in json_conids)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trsrv/secdef",
        "params": params,
    }

    return _kwargs


OPERATION = "get_security_definitions"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse:
    try:
        if response.status_code == 200:
            response_200 = TrsrvSecdefResponse.from_dict(decode_json(response))

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
) -> Response[ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse]:
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
    conids: list[int],
) -> Response[ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse]:
    """Security definitions for a list of contract ids

     Looks up the full security definition (names, exchanges, asset class, expiry, sector,
    increment and display rules) of one or more contracts given by conid.

    Args:
        conids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse]
    """

    kwargs = _get_kwargs(
        conids=conids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    conids: list[int],
) -> ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse:
    """Security definitions for a list of contract ids

     Looks up the full security definition (names, exchanges, asset class, expiry, sector,
    increment and display rules) of one or more contracts given by conid.

    Args:
        conids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse
    """

    return sync_detailed(
        client=client,
        conids=conids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    conids: list[int],
) -> Response[ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse]:
    """Security definitions for a list of contract ids

     Looks up the full security definition (names, exchanges, asset class, expiry, sector,
    increment and display rules) of one or more contracts given by conid.

    Args:
        conids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse]
    """

    kwargs = _get_kwargs(
        conids=conids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    conids: list[int],
) -> ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse:
    """Security definitions for a list of contract ids

     Looks up the full security definition (names, exchanges, asset class, expiry, sector,
    increment and display rules) of one or more contracts given by conid.

    Args:
        conids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | TrsrvSecdefResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            conids=conids,
        )
    ).parsed
