from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.get_account_tasks_type import GetAccountTasksType
from ...models.pending_tasks_response import PendingTasksResponse
from ...models.problem_details import ProblemDetails
from ...models.registration_tasks_response import RegistrationTasksResponse
from ...types import UNSET, Response, Unset, decode_json, path_segment


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
            account_id=path_segment("accountId", account_id),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_account_tasks"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | PendingTasksResponse
    | RegistrationTasksResponse
    | ProblemDetails
):
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

            response_200 = _parse_response_200(decode_json(response))

            return response_200

        if response.status_code == 400:
            response_400 = ProblemDetails.from_dict(decode_json(response))

            return response_400

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(decode_json(response))

            return response_401

        if response.status_code == 403:
            response_403 = ProblemDetails.from_dict(decode_json(response))

            return response_403

        if response.status_code == 415:
            response_415 = ProblemDetails.from_dict(decode_json(response))

            return response_415

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
    ErrorMessage
    | ErrorWithStatusCode
    | PendingTasksResponse
    | RegistrationTasksResponse
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
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: GetAccountTasksType | Unset = GetAccountTasksType.REGISTRATION,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | PendingTasksResponse
    | RegistrationTasksResponse
    | ProblemDetails
]:
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
        Response[ErrorMessage | ErrorWithStatusCode | PendingTasksResponse | RegistrationTasksResponse | ProblemDetails]
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
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | PendingTasksResponse
    | RegistrationTasksResponse
    | ProblemDetails
):
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
        ErrorMessage | ErrorWithStatusCode | PendingTasksResponse | RegistrationTasksResponse | ProblemDetails
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
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | PendingTasksResponse
    | RegistrationTasksResponse
    | ProblemDetails
]:
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
        Response[ErrorMessage | ErrorWithStatusCode | PendingTasksResponse | RegistrationTasksResponse | ProblemDetails]
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
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | PendingTasksResponse
    | RegistrationTasksResponse
    | ProblemDetails
):
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
        ErrorMessage | ErrorWithStatusCode | PendingTasksResponse | RegistrationTasksResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            type_=type_,
        )
    ).parsed
