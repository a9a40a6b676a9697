from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_order_acknowledgement import CancelOrderAcknowledgement
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.order_rejection import OrderRejection
from ...types import UNSET, Response, Unset, decode_json, path_segment


def _get_kwargs(
    account_id: str,
    order_id: str,
    *,
    manual_indicator: bool | Unset = UNSET,
    ext_operator: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["manualIndicator"] = manual_indicator

    params["extOperator"] = ext_operator

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/iserver/account/{account_id}/order/{order_id}".format(
            account_id=path_segment("accountId", account_id),
            order_id=path_segment("orderId", order_id),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "cancel_order"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode:
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> CancelOrderAcknowledgement | OrderRejection:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_cancel_order_response_type_0 = (
                        CancelOrderAcknowledgement.from_dict(data)
                    )

                    return componentsschemas_cancel_order_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cancel_order_response_type_1 = (
                    OrderRejection.from_dict(data)
                )

                return componentsschemas_cancel_order_response_type_1

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
) -> Response[
    CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    manual_indicator: bool | Unset = UNSET,
    ext_operator: str | Unset = UNSET,
) -> Response[
    CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode
]:
    """Cancel an open order, or all of them

     Cancels one open order, or every open order when orderId is -1; call /iserver/accounts
    first. Futures and futures options need manualIndicator and extOperator (CME Rule
    536-B). An order that does not exist answers `{"error": ...}`; an unknown order can
    also answer 503 after a few seconds.

    Args:
        account_id (str):
        order_id (str):
        manual_indicator (bool | Unset):
        ext_operator (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
        manual_indicator=manual_indicator,
        ext_operator=ext_operator,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    manual_indicator: bool | Unset = UNSET,
    ext_operator: str | Unset = UNSET,
) -> CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode:
    """Cancel an open order, or all of them

     Cancels one open order, or every open order when orderId is -1; call /iserver/accounts
    first. Futures and futures options need manualIndicator and extOperator (CME Rule
    536-B). An order that does not exist answers `{"error": ...}`; an unknown order can
    also answer 503 after a few seconds.

    Args:
        account_id (str):
        order_id (str):
        manual_indicator (bool | Unset):
        ext_operator (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode
    """

    return sync_detailed(
        account_id=account_id,
        order_id=order_id,
        client=client,
        manual_indicator=manual_indicator,
        ext_operator=ext_operator,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    manual_indicator: bool | Unset = UNSET,
    ext_operator: str | Unset = UNSET,
) -> Response[
    CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode
]:
    """Cancel an open order, or all of them

     Cancels one open order, or every open order when orderId is -1; call /iserver/accounts
    first. Futures and futures options need manualIndicator and extOperator (CME Rule
    536-B). An order that does not exist answers `{"error": ...}`; an unknown order can
    also answer 503 after a few seconds.

    Args:
        account_id (str):
        order_id (str):
        manual_indicator (bool | Unset):
        ext_operator (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
        manual_indicator=manual_indicator,
        ext_operator=ext_operator,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    manual_indicator: bool | Unset = UNSET,
    ext_operator: str | Unset = UNSET,
) -> CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode:
    """Cancel an open order, or all of them

     Cancels one open order, or every open order when orderId is -1; call /iserver/accounts
    first. Futures and futures options need manualIndicator and extOperator (CME Rule
    536-B). An order that does not exist answers `{"error": ...}`; an unknown order can
    also answer 503 after a few seconds.

    Args:
        account_id (str):
        order_id (str):
        manual_indicator (bool | Unset):
        ext_operator (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderAcknowledgement | OrderRejection | ErrorMessage | ErrorWithStatusCode
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            order_id=order_id,
            client=client,
            manual_indicator=manual_indicator,
            ext_operator=ext_operator,
        )
    ).parsed
