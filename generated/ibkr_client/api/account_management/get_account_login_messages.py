from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.login_message_response import LoginMessageResponse
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/accounts/{account_id}/login-messages".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_account_login_messages"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoginMessageResponse | ProblemDetails:
    try:
        if response.status_code == 200:
            response_200 = LoginMessageResponse.from_dict(response.json())

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
) -> Response[LoginMessageResponse | ProblemDetails]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> Response[LoginMessageResponse | ProblemDetails]:
    """List an account's login messages

     The login messages of one account, optionally of one type.

    Args:
        account_id (str):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginMessageResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> LoginMessageResponse | ProblemDetails:
    """List an account's login messages

     The login messages of one account, optionally of one type.

    Args:
        account_id (str):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginMessageResponse | ProblemDetails
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> Response[LoginMessageResponse | ProblemDetails]:
    """List an account's login messages

     The login messages of one account, optionally of one type.

    Args:
        account_id (str):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginMessageResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> LoginMessageResponse | ProblemDetails:
    """List an account's login messages

     The login messages of one account, optionally of one type.

    Args:
        account_id (str):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginMessageResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            type_=type_,
        )
    ).parsed
