from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.portfolio_cache_invalidated import PortfolioCacheInvalidated
from ...models.portfolio_invalidate_cache_request import PortfolioInvalidateCacheRequest
from ...models.portfolio_position import PortfolioPosition
from ...types import UNSET, Response, Unset, decode_json, path_segment


def _get_kwargs(
    account_id: str,
    *,
    body: PortfolioInvalidateCacheRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/{account_id}/positions/invalidate".format(
            account_id=path_segment("accountId", account_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = "invalidate_portfolio_positions_cache"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioPosition]
    | PortfolioCacheInvalidated
):
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> list[PortfolioPosition] | PortfolioCacheInvalidated:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    response_200_type_0 = []
                    _response_200_type_0 = data
                    for response_200_type_0_item_data in _response_200_type_0:
                        response_200_type_0_item = PortfolioPosition.from_dict(
                            response_200_type_0_item_data
                        )

                        response_200_type_0.append(response_200_type_0_item)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = PortfolioCacheInvalidated.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(decode_json(response))

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
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioPosition]
    | PortfolioCacheInvalidated
]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioInvalidateCacheRequest | Unset = UNSET,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioPosition]
    | PortfolioCacheInvalidated
]:
    """Drop the server's cached positions of an account

     Invalidates the server-side cache of the account's positions, after which the server
    reloads /portfolio/{accountId}/positions/0. The documentation sends an empty JSON object
    as the body.

    Args:
        account_id (str):
        body (PortfolioInvalidateCacheRequest | Unset): The empty object the documentation sends.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioPosition] | PortfolioCacheInvalidated]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioInvalidateCacheRequest | Unset = UNSET,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioPosition]
    | PortfolioCacheInvalidated
):
    """Drop the server's cached positions of an account

     Invalidates the server-side cache of the account's positions, after which the server
    reloads /portfolio/{accountId}/positions/0. The documentation sends an empty JSON object
    as the body.

    Args:
        account_id (str):
        body (PortfolioInvalidateCacheRequest | Unset): The empty object the documentation sends.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[PortfolioPosition] | PortfolioCacheInvalidated
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioInvalidateCacheRequest | Unset = UNSET,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioPosition]
    | PortfolioCacheInvalidated
]:
    """Drop the server's cached positions of an account

     Invalidates the server-side cache of the account's positions, after which the server
    reloads /portfolio/{accountId}/positions/0. The documentation sends an empty JSON object
    as the body.

    Args:
        account_id (str):
        body (PortfolioInvalidateCacheRequest | Unset): The empty object the documentation sends.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioPosition] | PortfolioCacheInvalidated]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioInvalidateCacheRequest | Unset = UNSET,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioPosition]
    | PortfolioCacheInvalidated
):
    """Drop the server's cached positions of an account

     Invalidates the server-side cache of the account's positions, after which the server
    reloads /portfolio/{accountId}/positions/0. The documentation sends an empty JSON object
    as the body.

    Args:
        account_id (str):
        body (PortfolioInvalidateCacheRequest | Unset): The empty object the documentation sends.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[PortfolioPosition] | PortfolioCacheInvalidated
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
