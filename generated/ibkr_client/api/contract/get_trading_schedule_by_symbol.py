from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.schedule_asset_class import ScheduleAssetClass
from ...models.secdef_schedule_venue import SecdefScheduleVenue
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    asset_class: ScheduleAssetClass,
    conid: str,
    symbol: str,
    exchange: str | Unset = UNSET,
    exchange_filter: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_asset_class = asset_class.value
    params["assetClass"] = json_asset_class

    params["conid"] = conid

    params["symbol"] = symbol

    params["exchange"] = exchange

    json_exchange_filter: list[str] | Unset = UNSET
    if not isinstance(exchange_filter, Unset):
        json_exchange_filter = exchange_filter

    if not isinstance(json_exchange_filter, Unset):
        params["exchangeFilter"] = ",".join(str(item) for item in json_exchange_filter)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trsrv/secdef/schedule",
        "params": params,
    }

    return _kwargs


OPERATION = "get_trading_schedule_by_symbol"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]:
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = decode_json(response)
            for response_200_item_data in _response_200:
                response_200_item = SecdefScheduleVenue.from_dict(
                    response_200_item_data
                )

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
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]]:
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
    asset_class: ScheduleAssetClass,
    conid: str,
    symbol: str,
    exchange: str | Unset = UNSET,
    exchange_filter: list[str] | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]]:
    """Trading schedule of a contract, up to a month ahead

     Returns the trading venues of a contract with their trading days: liquid sessions and
    total trading hours, in the exchange's time zone, for up to a month.

    Args:
        asset_class (ScheduleAssetClass): STK stock, OPT option, FUT future, CFD contract for
            difference, WAR warrant, SWP forex,
            FND mutual fund, BND bond, ICS inter-commodity spread.
        conid (str):
        symbol (str):
        exchange (str | Unset):
        exchange_filter (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
        conid=conid,
        symbol=symbol,
        exchange=exchange,
        exchange_filter=exchange_filter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asset_class: ScheduleAssetClass,
    conid: str,
    symbol: str,
    exchange: str | Unset = UNSET,
    exchange_filter: list[str] | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]:
    """Trading schedule of a contract, up to a month ahead

     Returns the trading venues of a contract with their trading days: liquid sessions and
    total trading hours, in the exchange's time zone, for up to a month.

    Args:
        asset_class (ScheduleAssetClass): STK stock, OPT option, FUT future, CFD contract for
            difference, WAR warrant, SWP forex,
            FND mutual fund, BND bond, ICS inter-commodity spread.
        conid (str):
        symbol (str):
        exchange (str | Unset):
        exchange_filter (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]
    """

    return sync_detailed(
        client=client,
        asset_class=asset_class,
        conid=conid,
        symbol=symbol,
        exchange=exchange,
        exchange_filter=exchange_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset_class: ScheduleAssetClass,
    conid: str,
    symbol: str,
    exchange: str | Unset = UNSET,
    exchange_filter: list[str] | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]]:
    """Trading schedule of a contract, up to a month ahead

     Returns the trading venues of a contract with their trading days: liquid sessions and
    total trading hours, in the exchange's time zone, for up to a month.

    Args:
        asset_class (ScheduleAssetClass): STK stock, OPT option, FUT future, CFD contract for
            difference, WAR warrant, SWP forex,
            FND mutual fund, BND bond, ICS inter-commodity spread.
        conid (str):
        symbol (str):
        exchange (str | Unset):
        exchange_filter (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
        conid=conid,
        symbol=symbol,
        exchange=exchange,
        exchange_filter=exchange_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asset_class: ScheduleAssetClass,
    conid: str,
    symbol: str,
    exchange: str | Unset = UNSET,
    exchange_filter: list[str] | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]:
    """Trading schedule of a contract, up to a month ahead

     Returns the trading venues of a contract with their trading days: liquid sessions and
    total trading hours, in the exchange's time zone, for up to a month.

    Args:
        asset_class (ScheduleAssetClass): STK stock, OPT option, FUT future, CFD contract for
            difference, WAR warrant, SWP forex,
            FND mutual fund, BND bond, ICS inter-commodity spread.
        conid (str):
        symbol (str):
        exchange (str | Unset):
        exchange_filter (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[SecdefScheduleVenue]
    """

    return (
        await asyncio_detailed(
            client=client,
            asset_class=asset_class,
            conid=conid,
            symbol=symbol,
            exchange=exchange,
            exchange_filter=exchange_filter,
        )
    ).parsed
