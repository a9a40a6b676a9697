from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_details import AlertDetails
from ...models.alert_query_type import AlertQueryType
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...types import UNSET, Response, decode_json, path_segment


def _get_kwargs(
    order_id: int,
    *,
    type_: AlertQueryType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/account/alert/{order_id}".format(
            order_id=path_segment("order_id", order_id),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_alert"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertDetails | ErrorMessage | ErrorWithStatusCode:
    try:
        if response.status_code == 200:
            response_200 = AlertDetails.from_dict(decode_json(response))

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
) -> Response[AlertDetails | ErrorMessage | ErrorWithStatusCode]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    type_: AlertQueryType,
) -> Response[AlertDetails | ErrorMessage | ErrorWithStatusCode]:
    """Get the details of one alert

     Returns the full definition of one alert (notification settings, time in force and every
    condition), given the id returned when it was created or listed.

    Args:
        order_id (int):
        type_ (AlertQueryType): The query type of GET /iserver/account/alert/{order_id}; always
            "Q".

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertDetails | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    type_: AlertQueryType,
) -> AlertDetails | ErrorMessage | ErrorWithStatusCode:
    """Get the details of one alert

     Returns the full definition of one alert (notification settings, time in force and every
    condition), given the id returned when it was created or listed.

    Args:
        order_id (int):
        type_ (AlertQueryType): The query type of GET /iserver/account/alert/{order_id}; always
            "Q".

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertDetails | ErrorMessage | ErrorWithStatusCode
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    type_: AlertQueryType,
) -> Response[AlertDetails | ErrorMessage | ErrorWithStatusCode]:
    """Get the details of one alert

     Returns the full definition of one alert (notification settings, time in force and every
    condition), given the id returned when it was created or listed.

    Args:
        order_id (int):
        type_ (AlertQueryType): The query type of GET /iserver/account/alert/{order_id}; always
            "Q".

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertDetails | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    type_: AlertQueryType,
) -> AlertDetails | ErrorMessage | ErrorWithStatusCode:
    """Get the details of one alert

     Returns the full definition of one alert (notification settings, time in force and every
    condition), given the id returned when it was created or listed.

    Args:
        order_id (int):
        type_ (AlertQueryType): The query type of GET /iserver/account/alert/{order_id}; always
            "Q".

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertDetails | ErrorMessage | ErrorWithStatusCode
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            type_=type_,
        )
    ).parsed
