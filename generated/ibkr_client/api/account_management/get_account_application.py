from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.file_details_response import FileDetailsResponse
from ...models.problem_details import ProblemDetails
from ...models.response_file_response import ResponseFileResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    account_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["externalId"] = external_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/accounts",
        "params": params,
    }

    return _kwargs


OPERATION = "get_account_application"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | FileDetailsResponse
    | ResponseFileResponse
    | ProblemDetails
):
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> FileDetailsResponse | ResponseFileResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_get_account_application_response_type_0 = (
                        FileDetailsResponse.from_dict(data)
                    )

                    return componentsschemas_get_account_application_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_account_application_response_type_1 = (
                    ResponseFileResponse.from_dict(data)
                )

                return componentsschemas_get_account_application_response_type_1

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
    | FileDetailsResponse
    | ResponseFileResponse
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
    account_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | FileDetailsResponse
    | ResponseFileResponse
    | ProblemDetails
]:
    """Read a processed account application

     The application an account was opened with and IBKR's answer to it, found by the IBKR
    account id or by the id the client gave it (`externalId`). Only accounts opened through the
    API have one.

    Args:
        account_id (str | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | FileDetailsResponse | ResponseFileResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        external_id=external_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | FileDetailsResponse
    | ResponseFileResponse
    | ProblemDetails
):
    """Read a processed account application

     The application an account was opened with and IBKR's answer to it, found by the IBKR
    account id or by the id the client gave it (`externalId`). Only accounts opened through the
    API have one.

    Args:
        account_id (str | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | FileDetailsResponse | ResponseFileResponse | ProblemDetails
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        external_id=external_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> Response[
    ErrorMessage
    | ErrorWithStatusCode
    | FileDetailsResponse
    | ResponseFileResponse
    | ProblemDetails
]:
    """Read a processed account application

     The application an account was opened with and IBKR's answer to it, found by the IBKR
    account id or by the id the client gave it (`externalId`). Only accounts opened through the
    API have one.

    Args:
        account_id (str | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | FileDetailsResponse | ResponseFileResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        external_id=external_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> (
    ErrorMessage
    | ErrorWithStatusCode
    | FileDetailsResponse
    | ResponseFileResponse
    | ProblemDetails
):
    """Read a processed account application

     The application an account was opened with and IBKR's answer to it, found by the IBKR
    account id or by the id the client gave it (`externalId`). Only accounts opened through the
    API have one.

    Args:
        account_id (str | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | FileDetailsResponse | ResponseFileResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            external_id=external_id,
        )
    ).parsed
