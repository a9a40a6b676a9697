from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.secdef_search_result import SecdefSearchResult
from ...models.secdef_search_sec_type import SecdefSearchSecType
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    symbol: str,
    name: bool | Unset = UNSET,
    sec_type: SecdefSearchSecType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["name"] = name

    json_sec_type: str | Unset = UNSET
    if not isinstance(sec_type, Unset):
        json_sec_type = sec_type.value

    params["secType"] = json_sec_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/secdef/search",
        "params": params,
    }

    return _kwargs


OPERATION = "search_contracts"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]:
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = decode_json(response)
            for response_200_item_data in _response_200:
                response_200_item = SecdefSearchResult.from_dict(response_200_item_data)

                response_200.append(response_200_item)

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
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]]:
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
    symbol: str,
    name: bool | Unset = UNSET,
    sec_type: SecdefSearchSecType | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]]:
    """Search contracts by symbol, company name or bond issuer type

     Finds the underlying contracts that match a symbol (or a company name with name=true)
    and lists, per match, the derivative security types and months available. Call it
    before /iserver/secdef/strikes and /iserver/secdef/info. With a bond issuer type as
    symbol the answer carries bond entries with their issuers.

    Args:
        symbol (str):
        name (bool | Unset):
        sec_type (SecdefSearchSecType | Unset): Security type of the searched underlying.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        name=name,
        sec_type=sec_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    name: bool | Unset = UNSET,
    sec_type: SecdefSearchSecType | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]:
    """Search contracts by symbol, company name or bond issuer type

     Finds the underlying contracts that match a symbol (or a company name with name=true)
    and lists, per match, the derivative security types and months available. Call it
    before /iserver/secdef/strikes and /iserver/secdef/info. With a bond issuer type as
    symbol the answer carries bond entries with their issuers.

    Args:
        symbol (str):
        name (bool | Unset):
        sec_type (SecdefSearchSecType | Unset): Security type of the searched underlying.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        name=name,
        sec_type=sec_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    name: bool | Unset = UNSET,
    sec_type: SecdefSearchSecType | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]]:
    """Search contracts by symbol, company name or bond issuer type

     Finds the underlying contracts that match a symbol (or a company name with name=true)
    and lists, per match, the derivative security types and months available. Call it
    before /iserver/secdef/strikes and /iserver/secdef/info. With a bond issuer type as
    symbol the answer carries bond entries with their issuers.

    Args:
        symbol (str):
        name (bool | Unset):
        sec_type (SecdefSearchSecType | Unset): Security type of the searched underlying.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        name=name,
        sec_type=sec_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    name: bool | Unset = UNSET,
    sec_type: SecdefSearchSecType | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]:
    """Search contracts by symbol, company name or bond issuer type

     Finds the underlying contracts that match a symbol (or a company name with name=true)
    and lists, per match, the derivative security types and months available. Call it
    before /iserver/secdef/strikes and /iserver/secdef/info. With a bond issuer type as
    symbol the answer carries bond entries with their issuers.

    Args:
        symbol (str):
        name (bool | Unset):
        sec_type (SecdefSearchSecType | Unset): Security type of the searched underlying.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[SecdefSearchResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            name=name,
            sec_type=sec_type,
        )
    ).parsed
