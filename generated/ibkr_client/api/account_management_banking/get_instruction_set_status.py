from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_multi_status_response import BulkMultiStatusResponse
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, decode_json, path_segment


def _get_kwargs(
    instruction_set_id: int,
    *,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client-id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/instruction-sets/{instruction_set_id}".format(
            instruction_set_id=path_segment("instructionSetId", instruction_set_id),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_instruction_set_status"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails:
    try:
        if response.status_code == 200:
            response_200 = BulkMultiStatusResponse.from_dict(decode_json(response))

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
    BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    instruction_set_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> Response[
    BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
]:
    """Read the status of an instruction set

     The status of every instruction submitted together in a bulk request.

    Args:
        instruction_set_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        instruction_set_id=instruction_set_id,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instruction_set_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails:
    """Read the status of an instruction set

     The status of every instruction submitted together in a bulk request.

    Args:
        instruction_set_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return sync_detailed(
        instruction_set_id=instruction_set_id,
        client=client,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    instruction_set_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> Response[
    BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
]:
    """Read the status of an instruction set

     The status of every instruction submitted together in a bulk request.

    Args:
        instruction_set_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        instruction_set_id=instruction_set_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instruction_set_id: int,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails:
    """Read the status of an instruction set

     The status of every instruction submitted together in a bulk request.

    Args:
        instruction_set_id (int):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkMultiStatusResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return (
        await asyncio_detailed(
            instruction_set_id=instruction_set_id,
            client=client,
            client_id=client_id,
        )
    ).parsed
