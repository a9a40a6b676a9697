from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.portfolio_combo_position import PortfolioComboPosition
from ...types import UNSET, Response, Unset, decode_json, path_segment


def _get_kwargs(
    account_id: str,
    *,
    nocache: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["nocache"] = nocache

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/{account_id}/combo/positions".format(
            account_id=path_segment("accountId", account_id),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_portfolio_combo_positions"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]:
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = decode_json(response)
            for response_200_item_data in _response_200:
                response_200_item = PortfolioComboPosition.from_dict(
                    response_200_item_data
                )

                response_200.append(response_200_item)

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
) -> Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]]:
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
    nocache: bool | Unset = False,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]]:
    """List the positions held as combinations

     Lists the positions of the account that were acquired as combinations (spreads), with
    their legs, ratios and the position of every leg.

    Args:
        account_id (str):
        nocache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        nocache=nocache,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    nocache: bool | Unset = False,
) -> ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]:
    """List the positions held as combinations

     Lists the positions of the account that were acquired as combinations (spreads), with
    their legs, ratios and the position of every leg.

    Args:
        account_id (str):
        nocache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        nocache=nocache,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    nocache: bool | Unset = False,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]]:
    """List the positions held as combinations

     Lists the positions of the account that were acquired as combinations (spreads), with
    their legs, ratios and the position of every leg.

    Args:
        account_id (str):
        nocache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        nocache=nocache,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    nocache: bool | Unset = False,
) -> ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]:
    """List the positions held as combinations

     Lists the positions of the account that were acquired as combinations (spreads), with
    their legs, ratios and the position of every leg.

    Args:
        account_id (str):
        nocache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[PortfolioComboPosition]
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            nocache=nocache,
        )
    ).parsed
