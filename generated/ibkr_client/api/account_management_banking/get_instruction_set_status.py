from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_multi_status_response import BulkMultiStatusResponse
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


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
            instruction_set_id=quote(str(instruction_set_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_instruction_set_status"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkMultiStatusResponse | ProblemDetails:
    try:
        if response.status_code == 200:
            response_200 = BulkMultiStatusResponse.from_dict(response.json())

            return response_200

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(response.json())

            return response_401

        if response.status_code == 404:
            response_404 = ProblemDetails.from_dict(response.json())

            return response_404

        if response.status_code == 500:
            response_500 = ProblemDetails.from_dict(response.json())

            return response_500

    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise errors.UnexpectedResponse(OPERATION, response, exc) from exc
    raise errors.UnexpectedStatus(OPERATION, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkMultiStatusResponse | ProblemDetails]:
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
) -> Response[BulkMultiStatusResponse | ProblemDetails]:
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
        Response[BulkMultiStatusResponse | ProblemDetails]
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
) -> BulkMultiStatusResponse | ProblemDetails:
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
        BulkMultiStatusResponse | ProblemDetails
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
) -> Response[BulkMultiStatusResponse | ProblemDetails]:
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
        Response[BulkMultiStatusResponse | ProblemDetails]
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
) -> BulkMultiStatusResponse | ProblemDetails:
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
        BulkMultiStatusResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            instruction_set_id=instruction_set_id,
            client=client,
            client_id=client_id,
        )
    ).parsed
