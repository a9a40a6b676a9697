from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.trade_confirmation_request import TradeConfirmationRequest
from ...models.trade_confirmation_response import TradeConfirmationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TradeConfirmationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gw/api/v1/trade-confirmations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = "get_trade_confirmations"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | TradeConfirmationResponse:
    try:
        if response.status_code == 200:
            response_200 = TradeConfirmationResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ProblemDetails.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(response.json())

            return response_401

        if response.status_code == 402:
            response_402 = ProblemDetails.from_dict(response.json())

            return response_402

        if response.status_code == 403:
            response_403 = ProblemDetails.from_dict(response.json())

            return response_403

        if response.status_code == 500:
            response_500 = ProblemDetails.from_dict(response.json())

            return response_500

    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise errors.UnexpectedResponse(OPERATION, response, exc) from exc
    raise errors.UnexpectedStatus(OPERATION, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | TradeConfirmationResponse]:
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
    body: TradeConfirmationRequest,
) -> Response[ProblemDetails | TradeConfirmationResponse]:
    """Fetch trade confirmations

     The trade confirmations of an account for a date range, in the requested format.

    Args:
        body (TradeConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TradeConfirmationResponse]
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
    body: TradeConfirmationRequest,
) -> ProblemDetails | TradeConfirmationResponse:
    """Fetch trade confirmations

     The trade confirmations of an account for a date range, in the requested format.

    Args:
        body (TradeConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TradeConfirmationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TradeConfirmationRequest,
) -> Response[ProblemDetails | TradeConfirmationResponse]:
    """Fetch trade confirmations

     The trade confirmations of an account for a date range, in the requested format.

    Args:
        body (TradeConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TradeConfirmationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TradeConfirmationRequest,
) -> ProblemDetails | TradeConfirmationResponse:
    """Fetch trade confirmations

     The trade confirmations of an account for a date range, in the requested format.

    Args:
        body (TradeConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TradeConfirmationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
