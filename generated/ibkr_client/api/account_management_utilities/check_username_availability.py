from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.user_name_available_response import UserNameAvailableResponse
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/validations/usernames/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


OPERATION = "check_username_availability"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | UserNameAvailableResponse:
    try:
        if response.status_code == 200:
            response_200 = UserNameAvailableResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ProblemDetails.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(response.json())

            return response_401

        if response.status_code == 403:
            response_403 = ProblemDetails.from_dict(response.json())

            return response_403

        if response.status_code == 415:
            response_415 = ProblemDetails.from_dict(response.json())

            return response_415

        if response.status_code == 500:
            response_500 = ProblemDetails.from_dict(response.json())

            return response_500

    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise errors.UnexpectedResponse(OPERATION, response, exc) from exc
    raise errors.UnexpectedStatus(OPERATION, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | UserNameAvailableResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemDetails | UserNameAvailableResponse]:
    """Check that a username is valid and free

     Whether a username can be given to a new end user.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UserNameAvailableResponse]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> ProblemDetails | UserNameAvailableResponse:
    """Check that a username is valid and free

     Whether a username can be given to a new end user.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | UserNameAvailableResponse
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemDetails | UserNameAvailableResponse]:
    """Check that a username is valid and free

     Whether a username can be given to a new end user.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UserNameAvailableResponse]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> ProblemDetails | UserNameAvailableResponse:
    """Check that a username is valid and free

     Whether a username can be given to a new end user.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | UserNameAvailableResponse
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
