from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dynamic_account_search import DynamicAccountSearch
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...types import Response, decode_json, path_segment


def _get_kwargs(
    search_pattern: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/account/search/{search_pattern}".format(
            search_pattern=path_segment("searchPattern", search_pattern),
        ),
    }

    return _kwargs


OPERATION = "search_dynamic_accounts"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode:
    try:
        if response.status_code == 200:
            response_200 = DynamicAccountSearch.from_dict(decode_json(response))

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

        if response.status_code == 503:

            def _parse_response_503(data: object) -> ErrorMessage | ErrorWithStatusCode:
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

            response_503 = _parse_response_503(decode_json(response))

            return response_503

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
) -> Response[DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    search_pattern: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode]:
    """Search the accounts of a dynamic-account broker

     For brokers with the DYNACCT property only, who receive no account list at login: finds
    the accounts whose id matches a pattern ("DU" matches every paper account). Other users
    get a 503 "Details currently unavailable" error.

    Args:
        search_pattern (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        search_pattern=search_pattern,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    search_pattern: str,
    *,
    client: AuthenticatedClient | Client,
) -> DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode:
    """Search the accounts of a dynamic-account broker

     For brokers with the DYNACCT property only, who receive no account list at login: finds
    the accounts whose id matches a pattern ("DU" matches every paper account). Other users
    get a 503 "Details currently unavailable" error.

    Args:
        search_pattern (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode
    """

    return sync_detailed(
        search_pattern=search_pattern,
        client=client,
    ).parsed


async def asyncio_detailed(
    search_pattern: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode]:
    """Search the accounts of a dynamic-account broker

     For brokers with the DYNACCT property only, who receive no account list at login: finds
    the accounts whose id matches a pattern ("DU" matches every paper account). Other users
    get a 503 "Details currently unavailable" error.

    Args:
        search_pattern (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        search_pattern=search_pattern,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    search_pattern: str,
    *,
    client: AuthenticatedClient | Client,
) -> DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode:
    """Search the accounts of a dynamic-account broker

     For brokers with the DYNACCT property only, who receive no account list at login: finds
    the accounts whose id matches a pattern ("DU" matches every paper account). Other users
    get a 503 "Details currently unavailable" error.

    Args:
        search_pattern (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DynamicAccountSearch | ErrorMessage | ErrorWithStatusCode
    """

    return (
        await asyncio_detailed(
            search_pattern=search_pattern,
            client=client,
        )
    ).parsed
