from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.portfolio_account import PortfolioAccount
from ...models.portfolio_subaccounts_page import PortfolioSubaccountsPage
from ...types import UNSET, Response, decode_json


def _get_kwargs(
    *,
    page: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/subaccounts2",
        "params": params,
    }

    return _kwargs


OPERATION = "get_portfolio_subaccounts_page"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioAccount]
    | PortfolioSubaccountsPage
):
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> list[PortfolioAccount] | PortfolioSubaccountsPage:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    response_200_type_0 = []
                    _response_200_type_0 = data
                    for response_200_type_0_item_data in _response_200_type_0:
                        response_200_type_0_item = PortfolioAccount.from_dict(
                            response_200_type_0_item_data
                        )

                        response_200_type_0.append(response_200_type_0_item)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = PortfolioSubaccountsPage.from_dict(data)

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
    | list[PortfolioAccount]
    | PortfolioSubaccountsPage
]:
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
    page: int,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioAccount]
    | PortfolioSubaccountsPage
]:
    """List the sub-accounts of a large structure, 20 per page

     For tiered structures with more than 100 sub-accounts: lists the viewable sub-accounts,
    20 per page. Call it before any other /portfolio endpoint for those sub-accounts.

    The documentation disagrees with itself on the answer: its field list describes a page
    envelope (`metadata` with total, pageSize and pageNum, plus `subaccounts`), its example
    is a bare array of accounts, as recorded servers answer. Both shapes are accepted.

    Args:
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioAccount] | PortfolioSubaccountsPage]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioAccount]
    | PortfolioSubaccountsPage
):
    """List the sub-accounts of a large structure, 20 per page

     For tiered structures with more than 100 sub-accounts: lists the viewable sub-accounts,
    20 per page. Call it before any other /portfolio endpoint for those sub-accounts.

    The documentation disagrees with itself on the answer: its field list describes a page
    envelope (`metadata` with total, pageSize and pageNum, plus `subaccounts`), its example
    is a bare array of accounts, as recorded servers answer. Both shapes are accepted.

    Args:
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[PortfolioAccount] | PortfolioSubaccountsPage
    """

    return sync_detailed(
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioAccount]
    | PortfolioSubaccountsPage
]:
    """List the sub-accounts of a large structure, 20 per page

     For tiered structures with more than 100 sub-accounts: lists the viewable sub-accounts,
    20 per page. Call it before any other /portfolio endpoint for those sub-accounts.

    The documentation disagrees with itself on the answer: its field list describes a page
    envelope (`metadata` with total, pageSize and pageNum, plus `subaccounts`), its example
    is a bare array of accounts, as recorded servers answer. Both shapes are accepted.

    Args:
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioAccount] | PortfolioSubaccountsPage]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[PortfolioAccount]
    | PortfolioSubaccountsPage
):
    """List the sub-accounts of a large structure, 20 per page

     For tiered structures with more than 100 sub-accounts: lists the viewable sub-accounts,
    20 per page. Call it before any other /portfolio endpoint for those sub-accounts.

    The documentation disagrees with itself on the answer: its field list describes a page
    envelope (`metadata` with total, pageSize and pageNum, plus `subaccounts`), its example
    is a bare array of accounts, as recorded servers answer. Both shapes are accepted.

    Args:
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[PortfolioAccount] | PortfolioSubaccountsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
        )
    ).parsed
