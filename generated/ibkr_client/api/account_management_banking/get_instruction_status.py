from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deposit_funds_polling_response import DepositFundsPollingResponse
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.instruction_polling_response import InstructionPollingResponse
from ...models.instruction_response import InstructionResponse
from ...models.problem_details import ProblemDetails
from ...models.query_ira_contributions_response import QueryIRAContributionsResponse
from ...models.query_recent_instruction_response import QueryRecentInstructionResponse
from ...types import UNSET, Response, Unset, decode_json, path_segment


def _get_kwargs(
    instruction_id: int,
    *,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client-id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/instructions/{instruction_id}".format(
            instruction_id=path_segment("instructionId", instruction_id),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_instruction_status"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DepositFundsPollingResponse
    | InstructionPollingResponse
    | InstructionResponse
    | QueryIRAContributionsResponse
    | QueryRecentInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
):
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> (
                DepositFundsPollingResponse
                | InstructionPollingResponse
                | InstructionResponse
                | QueryIRAContributionsResponse
                | QueryRecentInstructionResponse
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_get_instruction_status_response_type_0 = (
                        InstructionPollingResponse.from_dict(data)
                    )

                    return componentsschemas_get_instruction_status_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_get_instruction_status_response_type_1 = (
                        InstructionResponse.from_dict(data)
                    )

                    return componentsschemas_get_instruction_status_response_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_get_instruction_status_response_type_2 = (
                        QueryRecentInstructionResponse.from_dict(data)
                    )

                    return componentsschemas_get_instruction_status_response_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_get_instruction_status_response_type_3 = (
                        DepositFundsPollingResponse.from_dict(data)
                    )

                    return componentsschemas_get_instruction_status_response_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_instruction_status_response_type_4 = (
                    QueryIRAContributionsResponse.from_dict(data)
                )

                return componentsschemas_get_instruction_status_response_type_4

            response_200 = _parse_response_200(decode_json(response))

            return response_200

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(decode_json(response))

            return response_401

        if response.status_code == 404:
            response_404 = ProblemDetails.from_dict(decode_json(response))

            return response_404

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
    DepositFundsPollingResponse
    | InstructionPollingResponse
    | InstructionResponse
    | QueryIRAContributionsResponse
    | QueryRecentInstructionResponse
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
    instruction_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> Response[
    DepositFundsPollingResponse
    | InstructionPollingResponse
    | InstructionResponse
    | QueryIRAContributionsResponse
    | QueryRecentInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
]:
    """Read an instruction's status

     The status and, once processed, the result of an instruction, by IBKR's instruction id.

    Args:
        instruction_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositFundsPollingResponse | InstructionPollingResponse | InstructionResponse | QueryIRAContributionsResponse | QueryRecentInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        instruction_id=instruction_id,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instruction_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> (
    DepositFundsPollingResponse
    | InstructionPollingResponse
    | InstructionResponse
    | QueryIRAContributionsResponse
    | QueryRecentInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
):
    """Read an instruction's status

     The status and, once processed, the result of an instruction, by IBKR's instruction id.

    Args:
        instruction_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositFundsPollingResponse | InstructionPollingResponse | InstructionResponse | QueryIRAContributionsResponse | QueryRecentInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return sync_detailed(
        instruction_id=instruction_id,
        client=client,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    instruction_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> Response[
    DepositFundsPollingResponse
    | InstructionPollingResponse
    | InstructionResponse
    | QueryIRAContributionsResponse
    | QueryRecentInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
]:
    """Read an instruction's status

     The status and, once processed, the result of an instruction, by IBKR's instruction id.

    Args:
        instruction_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositFundsPollingResponse | InstructionPollingResponse | InstructionResponse | QueryIRAContributionsResponse | QueryRecentInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        instruction_id=instruction_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instruction_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> (
    DepositFundsPollingResponse
    | InstructionPollingResponse
    | InstructionResponse
    | QueryIRAContributionsResponse
    | QueryRecentInstructionResponse
    | ErrorMessage
    | ErrorWithStatusCode
    | ProblemDetails
):
    """Read an instruction's status

     The status and, once processed, the result of an instruction, by IBKR's instruction id.

    Args:
        instruction_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositFundsPollingResponse | InstructionPollingResponse | InstructionResponse | QueryIRAContributionsResponse | QueryRecentInstructionResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return (
        await asyncio_detailed(
            instruction_id=instruction_id,
            client=client,
            client_id=client_id,
        )
    ).parsed
