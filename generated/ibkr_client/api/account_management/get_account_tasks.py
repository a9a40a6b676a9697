from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_account_tasks_type import GetAccountTasksType
from ...models.pending_tasks_response import PendingTasksResponse
from ...models.problem_details import ProblemDetails
from ...models.registration_tasks_response import RegistrationTasksResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    type_: GetAccountTasksType | Unset = GetAccountTasksType.REGISTRATION,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/accounts/{account_id}/tasks".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_account_tasks"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PendingTasksResponse | RegistrationTasksResponse | ProblemDetails:
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> PendingTasksResponse | RegistrationTasksResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_get_account_tasks_response_type_0 = (
                        RegistrationTasksResponse.from_dict(data)
                    )

                    return componentsschemas_get_account_tasks_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_account_tasks_response_type_1 = (
                    PendingTasksResponse.from_dict(data)
                )

                return componentsschemas_get_account_tasks_response_type_1

            response_200 = _parse_response_200(response.json())

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
) -> Response[PendingTasksResponse | RegistrationTasksResponse | ProblemDetails]:
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
    type_: GetAccountTasksType | Unset = GetAccountTasksType.REGISTRATION,
) -> Response[PendingTasksResponse | RegistrationTasksResponse | ProblemDetails]:
    """List an account's registration or pending tasks

     The registration tasks assigned to the account (`type=registration`, the default), or the
    tasks still pending before IBKR approves it (`type=pending`).

    Args:
        account_id (str):
        type_ (GetAccountTasksType | Unset):  Default: GetAccountTasksType.REGISTRATION.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PendingTasksResponse | RegistrationTasksResponse | ProblemDetails]
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
    type_: GetAccountTasksType | Unset = GetAccountTasksType.REGISTRATION,
) -> PendingTasksResponse | RegistrationTasksResponse | ProblemDetails:
    """List an account's registration or pending tasks

     The registration tasks assigned to the account (`type=registration`, the default), or the
    tasks still pending before IBKR approves it (`type=pending`).

    Args:
        account_id (str):
        type_ (GetAccountTasksType | Unset):  Default: GetAccountTasksType.REGISTRATION.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PendingTasksResponse | RegistrationTasksResponse | ProblemDetails
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
    type_: GetAccountTasksType | Unset = GetAccountTasksType.REGISTRATION,
) -> Response[PendingTasksResponse | RegistrationTasksResponse | ProblemDetails]:
    """List an account's registration or pending tasks

     The registration tasks assigned to the account (`type=registration`, the default), or the
    tasks still pending before IBKR approves it (`type=pending`).

    Args:
        account_id (str):
        type_ (GetAccountTasksType | Unset):  Default: GetAccountTasksType.REGISTRATION.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PendingTasksResponse | RegistrationTasksResponse | ProblemDetails]
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
    type_: GetAccountTasksType | Unset = GetAccountTasksType.REGISTRATION,
) -> PendingTasksResponse | RegistrationTasksResponse | ProblemDetails:
    """List an account's registration or pending tasks

     The registration tasks assigned to the account (`type=registration`, the default), or the
    tasks still pending before IBKR approves it (`type=pending`).

    Args:
        account_id (str):
        type_ (GetAccountTasksType | Unset):  Default: GetAccountTasksType.REGISTRATION.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PendingTasksResponse | RegistrationTasksResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            type_=type_,
        )
    ).parsed
