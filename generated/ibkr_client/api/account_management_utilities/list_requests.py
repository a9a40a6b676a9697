from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.list_requests_status import ListRequestsStatus
from ...models.problem_details import ProblemDetails
from ...models.request_details_response import RequestDetailsResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    end_date: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: str,
    status: ListRequestsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endDate"] = end_date

    params["limit"] = limit

    params["offset"] = offset

    params["startDate"] = start_date

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/requests",
        "params": params,
    }

    return _kwargs


OPERATION = "list_requests"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse:
    try:
        if response.status_code == 200:
            response_200 = RequestDetailsResponse.from_dict(decode_json(response))

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
    ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse
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
    end_date: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: str,
    status: ListRequestsStatus | Unset = UNSET,
) -> Response[
    ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse
]:
    """List Account Management requests within a date range

     The requests the client submitted (applications, updates, tasks) within a date range, with
    their status, with paging.

    Args:
        end_date (str):
        limit (int | Unset):
        offset (int | Unset):
        start_date (str):
        status (ListRequestsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse]
    """

    kwargs = _get_kwargs(
        end_date=end_date,
        limit=limit,
        offset=offset,
        start_date=start_date,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    end_date: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: str,
    status: ListRequestsStatus | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse:
    """List Account Management requests within a date range

     The requests the client submitted (applications, updates, tasks) within a date range, with
    their status, with paging.

    Args:
        end_date (str):
        limit (int | Unset):
        offset (int | Unset):
        start_date (str):
        status (ListRequestsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse
    """

    return sync_detailed(
        client=client,
        end_date=end_date,
        limit=limit,
        offset=offset,
        start_date=start_date,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    end_date: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: str,
    status: ListRequestsStatus | Unset = UNSET,
) -> Response[
    ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse
]:
    """List Account Management requests within a date range

     The requests the client submitted (applications, updates, tasks) within a date range, with
    their status, with paging.

    Args:
        end_date (str):
        limit (int | Unset):
        offset (int | Unset):
        start_date (str):
        status (ListRequestsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse]
    """

    kwargs = _get_kwargs(
        end_date=end_date,
        limit=limit,
        offset=offset,
        start_date=start_date,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    end_date: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: str,
    status: ListRequestsStatus | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse:
    """List Account Management requests within a date range

     The requests the client submitted (applications, updates, tasks) within a date range, with
    their status, with paging.

    Args:
        end_date (str):
        limit (int | Unset):
        offset (int | Unset):
        start_date (str):
        status (ListRequestsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequestDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            end_date=end_date,
            limit=limit,
            offset=offset,
            start_date=start_date,
            status=status,
        )
    ).parsed
