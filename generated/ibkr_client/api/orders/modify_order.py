from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.order_acknowledgement import OrderAcknowledgement
from ...models.order_prompt import OrderPrompt
from ...models.order_question import OrderQuestion
from ...models.order_rejection import OrderRejection
from ...models.order_request import OrderRequest
from ...types import Response, decode_json, path_segment


def _get_kwargs(
    account_id: str,
    order_id: str,
    *,
    body: OrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/iserver/account/{account_id}/order/{order_id}".format(
            account_id=path_segment("accountId", account_id),
            order_id=path_segment("orderId", order_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = "modify_order"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[OrderAcknowledgement | OrderQuestion]
    | OrderPrompt
    | OrderRejection
):
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> (
                list[OrderAcknowledgement | OrderQuestion]
                | OrderPrompt
                | OrderRejection
            ):
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_order_submission_response_order_submission_items = []
                    _componentsschemas_order_submission_response_order_submission_items = data
                    for componentsschemas_order_submission_response_order_submission_items_item_data in _componentsschemas_order_submission_response_order_submission_items:

                        def _parse_componentsschemas_order_submission_response_order_submission_items_item(
                            data: object,
                        ) -> OrderAcknowledgement | OrderQuestion:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_order_submission_item_type_0 = (
                                    OrderQuestion.from_dict(data)
                                )

                                return componentsschemas_order_submission_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_order_submission_item_type_1 = (
                                OrderAcknowledgement.from_dict(data)
                            )

                            return componentsschemas_order_submission_item_type_1

                        componentsschemas_order_submission_response_order_submission_items_item = _parse_componentsschemas_order_submission_response_order_submission_items_item(
                            componentsschemas_order_submission_response_order_submission_items_item_data
                        )

                        componentsschemas_order_submission_response_order_submission_items.append(
                            componentsschemas_order_submission_response_order_submission_items_item
                        )

                    return componentsschemas_order_submission_response_order_submission_items
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_order_submission_response_type_1 = (
                        OrderRejection.from_dict(data)
                    )

                    return componentsschemas_order_submission_response_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_submission_response_type_2 = (
                    OrderPrompt.from_dict(data)
                )

                return componentsschemas_order_submission_response_type_2

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

        if response.status_code == 500:

            def _parse_response_500(data: object) -> ErrorMessage | ErrorWithStatusCode:
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

            response_500 = _parse_response_500(decode_json(response))

            return response_500

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
    ErrorMessage
    | ErrorWithStatusCode
    | list[OrderAcknowledgement | OrderQuestion]
    | OrderPrompt
    | OrderRejection
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
    body: OrderRequest,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | list[OrderAcknowledgement | OrderQuestion]
    | OrderPrompt
    | OrderRejection
]:
    """Modify an open order

     Replaces the parameters of an open order. Send the whole order as originally placed,
    with the changed values; call /iserver/accounts first. Like placement, the answer can
    be acknowledgements, questions to answer, or an order rejection.

    Args:
        account_id (str):
        order_id (str):
        body (OrderRequest): One order. Give conid (SMART routing) or conidex (direct routing, or
            a combo), and
            quantity, cashQty (crypto and forex only) or fxQty (currency conversion only).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[OrderAcknowledgement | OrderQuestion] | OrderPrompt | OrderRejection]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
        body=body,
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
    body: OrderRequest,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[OrderAcknowledgement | OrderQuestion]
    | OrderPrompt
    | OrderRejection
):
    """Modify an open order

     Replaces the parameters of an open order. Send the whole order as originally placed,
    with the changed values; call /iserver/accounts first. Like placement, the answer can
    be acknowledgements, questions to answer, or an order rejection.

    Args:
        account_id (str):
        order_id (str):
        body (OrderRequest): One order. Give conid (SMART routing) or conidex (direct routing, or
            a combo), and
            quantity, cashQty (crypto and forex only) or fxQty (currency conversion only).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[OrderAcknowledgement | OrderQuestion] | OrderPrompt | OrderRejection
    """

    return sync_detailed(
        account_id=account_id,
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderRequest,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | list[OrderAcknowledgement | OrderQuestion]
    | OrderPrompt
    | OrderRejection
]:
    """Modify an open order

     Replaces the parameters of an open order. Send the whole order as originally placed,
    with the changed values; call /iserver/accounts first. Like placement, the answer can
    be acknowledgements, questions to answer, or an order rejection.

    Args:
        account_id (str):
        order_id (str):
        body (OrderRequest): One order. Give conid (SMART routing) or conidex (direct routing, or
            a combo), and
            quantity, cashQty (crypto and forex only) or fxQty (currency conversion only).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[OrderAcknowledgement | OrderQuestion] | OrderPrompt | OrderRejection]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderRequest,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | list[OrderAcknowledgement | OrderQuestion]
    | OrderPrompt
    | OrderRejection
):
    """Modify an open order

     Replaces the parameters of an open order. Send the whole order as originally placed,
    with the changed values; call /iserver/accounts first. Like placement, the answer can
    be acknowledgements, questions to answer, or an order rejection.

    Args:
        account_id (str):
        order_id (str):
        body (OrderRequest): One order. Give conid (SMART routing) or conidex (direct routing, or
            a combo), and
            quantity, cashQty (crypto and forex only) or fxQty (currency conversion only).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[OrderAcknowledgement | OrderQuestion] | OrderPrompt | OrderRejection
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
