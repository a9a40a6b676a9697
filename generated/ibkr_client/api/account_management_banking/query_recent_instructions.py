from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asynchronous_instruction_response import AsynchronousInstructionResponse
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.problem_details import ProblemDetails
from ...models.query_recent_instructions_request import QueryRecentInstructionsRequest
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    body: QueryRecentInstructionsRequest,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["client-id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gw/api/v1/instructions/query",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = "query_recent_instructions"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AsynchronousInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
):
    try:
        if response.status_code == 202:
            response_202 = AsynchronousInstructionResponse.from_dict(
                decode_json(response)
            )

            return response_202

        if response.status_code == 400:
            response_400 = ProblemDetails.from_dict(decode_json(response))

            return response_400

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(decode_json(response))

            return response_401

        if response.status_code == 403:
            response_403 = ProblemDetails.from_dict(decode_json(response))

            return response_403

        if response.status_code == 422:
            response_422 = ProblemDetails.from_dict(decode_json(response))

            return response_422

        if response.status_code == 500:
            response_500 = ProblemDetails.from_dict(decode_json(response))

            return response_500

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
    AsynchronousInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
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
    body: QueryRecentInstructionsRequest,
    client_id: str | Unset = UNSET,
) -> Response[
    AsynchronousInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
]:
    """Query an account's recent transactions

     Starts a query of the account's instructions of the last 30 days (at most), optionally of
    one transaction type; the result is read with get_instruction_status.

    Args:
        client_id (str | Unset):
        body (QueryRecentInstructionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsynchronousInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: QueryRecentInstructionsRequest,
    client_id: str | Unset = UNSET,
) -> (
    AsynchronousInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
):
    """Query an account's recent transactions

     Starts a query of the account's instructions of the last 30 days (at most), optionally of
    one transaction type; the result is read with get_instruction_status.

    Args:
        client_id (str | Unset):
        body (QueryRecentInstructionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsynchronousInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueryRecentInstructionsRequest,
    client_id: str | Unset = UNSET,
) -> Response[
    AsynchronousInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
]:
    """Query an account's recent transactions

     Starts a query of the account's instructions of the last 30 days (at most), optionally of
    one transaction type; the result is read with get_instruction_status.

    Args:
        client_id (str | Unset):
        body (QueryRecentInstructionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsynchronousInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QueryRecentInstructionsRequest,
    client_id: str | Unset = UNSET,
) -> (
    AsynchronousInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
):
    """Query an account's recent transactions

     Starts a query of the account's instructions of the last 30 days (at most), optionally of
    one transaction type; the result is read with get_instruction_status.

    Args:
        client_id (str | Unset):
        body (QueryRecentInstructionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsynchronousInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            client_id=client_id,
        )
    ).parsed
