from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.market_data_field_id import MarketDataFieldId
from ...models.market_data_snapshot import MarketDataSnapshot
from ...types import UNSET, Response, decode_json


def _get_kwargs(
    *,
    conids: list[str],
    fields: list[MarketDataFieldId],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_conids = conids

    params["conids"] = ",".join(str(item) for item in json_conids)

    json_fields = []
    for fields_item_data in fields:
        fields_item = fields_item_data.value
        json_fields.append(fields_item)

    params["fields"] = ",".join(str(item) for item in json_fields)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/marketdata/snapshot",
        "params": params,
    }

    return _kwargs


OPERATION = "get_market_data_snapshot"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]:
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = decode_json(response)
            for response_200_item_data in _response_200:
                response_200_item = MarketDataSnapshot.from_dict(response_200_item_data)

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
) -> Response[ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]]:
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
    conids: list[str],
    fields: list[MarketDataFieldId],
) -> Response[ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]]:
    """Get a market data snapshot of one or more contracts

     Returns the current values of the requested market data fields for each contract.
    The first request for a contract only opens the stream on the server (a pre-flight)
    and answers without field values; ask again to get them, and some fields take a few
    moments more. Call GET /iserver/accounts once beforehand, and for derivatives search
    the contract with /iserver/secdef/search first.

    Each answer object is keyed by field id (see MarketDataFieldId for the ids and their
    meaning); the values are strings. Field 6509 tells whether the data is real time,
    delayed or frozen.

    Args:
        conids (list[str]):
        fields (list[MarketDataFieldId]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]]
    """

    kwargs = _get_kwargs(
        conids=conids,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    conids: list[str],
    fields: list[MarketDataFieldId],
) -> ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]:
    """Get a market data snapshot of one or more contracts

     Returns the current values of the requested market data fields for each contract.
    The first request for a contract only opens the stream on the server (a pre-flight)
    and answers without field values; ask again to get them, and some fields take a few
    moments more. Call GET /iserver/accounts once beforehand, and for derivatives search
    the contract with /iserver/secdef/search first.

    Each answer object is keyed by field id (see MarketDataFieldId for the ids and their
    meaning); the values are strings. Field 6509 tells whether the data is real time,
    delayed or frozen.

    Args:
        conids (list[str]):
        fields (list[MarketDataFieldId]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]
    """

    return sync_detailed(
        client=client,
        conids=conids,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    conids: list[str],
    fields: list[MarketDataFieldId],
) -> Response[ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]]:
    """Get a market data snapshot of one or more contracts

     Returns the current values of the requested market data fields for each contract.
    The first request for a contract only opens the stream on the server (a pre-flight)
    and answers without field values; ask again to get them, and some fields take a few
    moments more. Call GET /iserver/accounts once beforehand, and for derivatives search
    the contract with /iserver/secdef/search first.

    Each answer object is keyed by field id (see MarketDataFieldId for the ids and their
    meaning); the values are strings. Field 6509 tells whether the data is real time,
    delayed or frozen.

    Args:
        conids (list[str]):
        fields (list[MarketDataFieldId]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]]
    """

    kwargs = _get_kwargs(
        conids=conids,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    conids: list[str],
    fields: list[MarketDataFieldId],
) -> ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]:
    """Get a market data snapshot of one or more contracts

     Returns the current values of the requested market data fields for each contract.
    The first request for a contract only opens the stream on the server (a pre-flight)
    and answers without field values; ask again to get them, and some fields take a few
    moments more. Call GET /iserver/accounts once beforehand, and for derivatives search
    the contract with /iserver/secdef/search first.

    Each answer object is keyed by field id (see MarketDataFieldId for the ids and their
    meaning); the values are strings. Field 6509 tells whether the data is real time,
    delayed or frozen.

    Args:
        conids (list[str]):
        fields (list[MarketDataFieldId]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[MarketDataSnapshot]
    """

    return (
        await asyncio_detailed(
            client=client,
            conids=conids,
            fields=fields,
        )
    ).parsed
