from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.live_orders import LiveOrders
from ...models.order_status_filter import OrderStatusFilter
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    filters: list[OrderStatusFilter] | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filters: list[str] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = []
        for filters_item_data in filters:
            filters_item = filters_item_data.value
            json_filters.append(filters_item)

    if not isinstance(json_filters, Unset):
        params["filters"] = ",".join(str(item) for item in json_filters)

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/account/orders",
        "params": params,
    }

    return _kwargs


OPERATION = "get_live_orders"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | LiveOrders:
    try:
        if response.status_code == 200:
            response_200 = LiveOrders.from_dict(decode_json(response))

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
) -> Response[ErrorMessage | ErrorWithStatusCode | LiveOrders]:
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
    filters: list[OrderStatusFilter] | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | LiveOrders]:
    """List the live orders of the selected account

     Lists the orders of the current day for the selected account (switch accounts with
    /iserver/account first): submitted, filled and cancelled ones, at most 1000. The first
    call of a session starts the server's order feed and may answer with an empty list
    (a pre-flight request): call again. Filtering by status stops order details from
    reaching the websocket "sor" topic; a later call with `force=true` clears that.

    Args:
        filters (list[OrderStatusFilter] | Unset):
        force (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | LiveOrders]
    """

    kwargs = _get_kwargs(
        filters=filters,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filters: list[OrderStatusFilter] | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | LiveOrders:
    """List the live orders of the selected account

     Lists the orders of the current day for the selected account (switch accounts with
    /iserver/account first): submitted, filled and cancelled ones, at most 1000. The first
    call of a session starts the server's order feed and may answer with an empty list
    (a pre-flight request): call again. Filtering by status stops order details from
    reaching the websocket "sor" topic; a later call with `force=true` clears that.

    Args:
        filters (list[OrderStatusFilter] | Unset):
        force (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | LiveOrders
    """

    return sync_detailed(
        client=client,
        filters=filters,
        force=force,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filters: list[OrderStatusFilter] | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | LiveOrders]:
    """List the live orders of the selected account

     Lists the orders of the current day for the selected account (switch accounts with
    /iserver/account first): submitted, filled and cancelled ones, at most 1000. The first
    call of a session starts the server's order feed and may answer with an empty list
    (a pre-flight request): call again. Filtering by status stops order details from
    reaching the websocket "sor" topic; a later call with `force=true` clears that.

    Args:
        filters (list[OrderStatusFilter] | Unset):
        force (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | LiveOrders]
    """

    kwargs = _get_kwargs(
        filters=filters,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filters: list[OrderStatusFilter] | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | LiveOrders:
    """List the live orders of the selected account

     Lists the orders of the current day for the selected account (switch accounts with
    /iserver/account first): submitted, filled and cancelled ones, at most 1000. The first
    call of a session starts the server's order feed and may answer with an empty list
    (a pre-flight request): call again. Filtering by status stops order details from
    reaching the websocket "sor" topic; a later call with `force=true` clears that.

    Args:
        filters (list[OrderStatusFilter] | Unset):
        force (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | LiveOrders
    """

    return (
        await asyncio_detailed(
            client=client,
            filters=filters,
            force=force,
        )
    ).parsed
