from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_info import ContractInfo
from ...models.contract_info_camel_case import ContractInfoCamelCase
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...types import Response, decode_json, path_segment


def _get_kwargs(
    conid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/contract/{conid}/info".format(
            conid=path_segment("conid", conid),
        ),
    }

    return _kwargs


OPERATION = "get_contract_info"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode:
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> ContractInfo | ContractInfoCamelCase:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = ContractInfo.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = ContractInfoCamelCase.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(decode_json(response))

            return response_200

        if response.status_code == 400:

            def _parse_response_400(data: object) -> ErrorMessage | ErrorWithStatusCode:
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

            response_400 = _parse_response_400(decode_json(response))

            return response_400

        if response.status_code == 401:

            def _parse_response_401(data: object) -> ErrorMessage | ErrorWithStatusCode:
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

            response_401 = _parse_response_401(decode_json(response))

            return response_401

        if response.status_code == 429:

            def _parse_response_429(data: object) -> ErrorMessage | ErrorWithStatusCode:
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

            response_429 = _parse_response_429(decode_json(response))

            return response_429

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
    ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode
]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    conid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode
]:
    """Full details of one contract

     Describes one contract: symbol, instrument type, exchanges, currency, trading class,
    multiplier and more. The documentation's field list names camelCase keys (conid,
    companyName, validExchanges, ...) while its example, and every recorded server, send
    snake_case keys (con_id, company_name, valid_exchanges, ...); both shapes are declared,
    the snake_case one first. `con_id` / `conid` tells them apart.

    Args:
        conid (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        conid=conid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode:
    """Full details of one contract

     Describes one contract: symbol, instrument type, exchanges, currency, trading class,
    multiplier and more. The documentation's field list names camelCase keys (conid,
    companyName, validExchanges, ...) while its example, and every recorded server, send
    snake_case keys (con_id, company_name, valid_exchanges, ...); both shapes are declared,
    the snake_case one first. `con_id` / `conid` tells them apart.

    Args:
        conid (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode
    """

    return sync_detailed(
        conid=conid,
        client=client,
    ).parsed


async def asyncio_detailed(
    conid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode
]:
    """Full details of one contract

     Describes one contract: symbol, instrument type, exchanges, currency, trading class,
    multiplier and more. The documentation's field list names camelCase keys (conid,
    companyName, validExchanges, ...) while its example, and every recorded server, send
    snake_case keys (con_id, company_name, valid_exchanges, ...); both shapes are declared,
    the snake_case one first. `con_id` / `conid` tells them apart.

    Args:
        conid (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode]
    """

    kwargs = _get_kwargs(
        conid=conid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode:
    """Full details of one contract

     Describes one contract: symbol, instrument type, exchanges, currency, trading class,
    multiplier and more. The documentation's field list names camelCase keys (conid,
    companyName, validExchanges, ...) while its example, and every recorded server, send
    snake_case keys (con_id, company_name, valid_exchanges, ...); both shapes are declared,
    the snake_case one first. `con_id` / `conid` tells them apart.

    Args:
        conid (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractInfo | ContractInfoCamelCase | ErrorMessage | ErrorWithStatusCode
    """

    return (
        await asyncio_detailed(
            conid=conid,
            client=client,
        )
    ).parsed
