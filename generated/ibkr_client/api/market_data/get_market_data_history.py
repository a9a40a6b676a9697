from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.market_data_history import MarketDataHistory
from ...models.market_data_history_bar import MarketDataHistoryBar
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    conid: int,
    exchange: str | Unset = UNSET,
    period: str | Unset = UNSET,
    bar: MarketDataHistoryBar,
    start_time: str | Unset = UNSET,
    outside_rth: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["conid"] = conid

    params["exchange"] = exchange

    params["period"] = period

    json_bar = bar.value
    params["bar"] = json_bar

    params["startTime"] = start_time

    params["outsideRth"] = outside_rth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/marketdata/history",
        "params": params,
    }

    return _kwargs


OPERATION = "get_market_data_history"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | MarketDataHistory:
    try:
        if response.status_code == 200:
            response_200 = MarketDataHistory.from_dict(decode_json(response))

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

        if response.status_code == 500:

            def _parse_response_500(data: object) -> ErrorMessage | ErrorWithStatusCode:
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

            response_500 = _parse_response_500(decode_json(response))

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
) -> Response[ErrorMessage | ErrorWithStatusCode | MarketDataHistory]:
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
    conid: int,
    exchange: str | Unset = UNSET,
    period: str | Unset = UNSET,
    bar: MarketDataHistoryBar,
    start_time: str | Unset = UNSET,
    outside_rth: bool | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | MarketDataHistory]:
    """Get historical bars of one contract

     Returns open, high, low, close and volume bars of one contract over a period, at most
    1000 bars per request. `period` and `bar` must fit together; from the documentation's
    step size table (period: smallest–largest bar, default bar):

    | period | bar | default bar |
    | ------ | --- | ----------- |
    | 1min | 1min | 1min |
    | 1h | 1min – 8h | 1min |
    | 1d | 1min – 8h | 1min |
    | 1w | 10min – 1w | 15min |
    | 1m | 1h – 1m | 30min |
    | 3m | 2h – 1m | 1d |
    | 6m | 4h – 1m | 1d |
    | 1y | 8h – 1m | 1d |
    | 2y | 1d – 1m | 1d |
    | 3y | 1d – 1m | 1w |
    | 15y | 1w – 1m | 1w |

    At most 5 requests may run at once; more are answered 429.

    Args:
        conid (int):
        exchange (str | Unset):
        period (str | Unset): Duration of a history request on GET /iserver/marketdata/history: a
            number and a unit,
            within {1-30}min, {1-8}h, {1-1000}d, {1-792}w, {1-182}m (months) or {1-15}y.
        bar (MarketDataHistoryBar): Bar size of GET /iserver/marketdata/history: minutes (min),
            hours (h), a day (1d),
            a week (1w) or a month (1m).
        start_time (str | Unset):
        outside_rth (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | MarketDataHistory]
    """

    kwargs = _get_kwargs(
        conid=conid,
        exchange=exchange,
        period=period,
        bar=bar,
        start_time=start_time,
        outside_rth=outside_rth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    conid: int,
    exchange: str | Unset = UNSET,
    period: str | Unset = UNSET,
    bar: MarketDataHistoryBar,
    start_time: str | Unset = UNSET,
    outside_rth: bool | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | MarketDataHistory:
    """Get historical bars of one contract

     Returns open, high, low, close and volume bars of one contract over a period, at most
    1000 bars per request. `period` and `bar` must fit together; from the documentation's
    step size table (period: smallest–largest bar, default bar):

    | period | bar | default bar |
    | ------ | --- | ----------- |
    | 1min | 1min | 1min |
    | 1h | 1min – 8h | 1min |
    | 1d | 1min – 8h | 1min |
    | 1w | 10min – 1w | 15min |
    | 1m | 1h – 1m | 30min |
    | 3m | 2h – 1m | 1d |
    | 6m | 4h – 1m | 1d |
    | 1y | 8h – 1m | 1d |
    | 2y | 1d – 1m | 1d |
    | 3y | 1d – 1m | 1w |
    | 15y | 1w – 1m | 1w |

    At most 5 requests may run at once; more are answered 429.

    Args:
        conid (int):
        exchange (str | Unset):
        period (str | Unset): Duration of a history request on GET /iserver/marketdata/history: a
            number and a unit,
            within {1-30}min, {1-8}h, {1-1000}d, {1-792}w, {1-182}m (months) or {1-15}y.
        bar (MarketDataHistoryBar): Bar size of GET /iserver/marketdata/history: minutes (min),
            hours (h), a day (1d),
            a week (1w) or a month (1m).
        start_time (str | Unset):
        outside_rth (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | MarketDataHistory
    """

    return sync_detailed(
        client=client,
        conid=conid,
        exchange=exchange,
        period=period,
        bar=bar,
        start_time=start_time,
        outside_rth=outside_rth,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    conid: int,
    exchange: str | Unset = UNSET,
    period: str | Unset = UNSET,
    bar: MarketDataHistoryBar,
    start_time: str | Unset = UNSET,
    outside_rth: bool | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | MarketDataHistory]:
    """Get historical bars of one contract

     Returns open, high, low, close and volume bars of one contract over a period, at most
    1000 bars per request. `period` and `bar` must fit together; from the documentation's
    step size table (period: smallest–largest bar, default bar):

    | period | bar | default bar |
    | ------ | --- | ----------- |
    | 1min | 1min | 1min |
    | 1h | 1min – 8h | 1min |
    | 1d | 1min – 8h | 1min |
    | 1w | 10min – 1w | 15min |
    | 1m | 1h – 1m | 30min |
    | 3m | 2h – 1m | 1d |
    | 6m | 4h – 1m | 1d |
    | 1y | 8h – 1m | 1d |
    | 2y | 1d – 1m | 1d |
    | 3y | 1d – 1m | 1w |
    | 15y | 1w – 1m | 1w |

    At most 5 requests may run at once; more are answered 429.

    Args:
        conid (int):
        exchange (str | Unset):
        period (str | Unset): Duration of a history request on GET /iserver/marketdata/history: a
            number and a unit,
            within {1-30}min, {1-8}h, {1-1000}d, {1-792}w, {1-182}m (months) or {1-15}y.
        bar (MarketDataHistoryBar): Bar size of GET /iserver/marketdata/history: minutes (min),
            hours (h), a day (1d),
            a week (1w) or a month (1m).
        start_time (str | Unset):
        outside_rth (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | MarketDataHistory]
    """

    kwargs = _get_kwargs(
        conid=conid,
        exchange=exchange,
        period=period,
        bar=bar,
        start_time=start_time,
        outside_rth=outside_rth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    conid: int,
    exchange: str | Unset = UNSET,
    period: str | Unset = UNSET,
    bar: MarketDataHistoryBar,
    start_time: str | Unset = UNSET,
    outside_rth: bool | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | MarketDataHistory:
    """Get historical bars of one contract

     Returns open, high, low, close and volume bars of one contract over a period, at most
    1000 bars per request. `period` and `bar` must fit together; from the documentation's
    step size table (period: smallest–largest bar, default bar):

    | period | bar | default bar |
    | ------ | --- | ----------- |
    | 1min | 1min | 1min |
    | 1h | 1min – 8h | 1min |
    | 1d | 1min – 8h | 1min |
    | 1w | 10min – 1w | 15min |
    | 1m | 1h – 1m | 30min |
    | 3m | 2h – 1m | 1d |
    | 6m | 4h – 1m | 1d |
    | 1y | 8h – 1m | 1d |
    | 2y | 1d – 1m | 1d |
    | 3y | 1d – 1m | 1w |
    | 15y | 1w – 1m | 1w |

    At most 5 requests may run at once; more are answered 429.

    Args:
        conid (int):
        exchange (str | Unset):
        period (str | Unset): Duration of a history request on GET /iserver/marketdata/history: a
            number and a unit,
            within {1-30}min, {1-8}h, {1-1000}d, {1-792}w, {1-182}m (months) or {1-15}y.
        bar (MarketDataHistoryBar): Bar size of GET /iserver/marketdata/history: minutes (min),
            hours (h), a day (1d),
            a week (1w) or a month (1m).
        start_time (str | Unset):
        outside_rth (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | MarketDataHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            conid=conid,
            exchange=exchange,
            period=period,
            bar=bar,
            start_time=start_time,
            outside_rth=outside_rth,
        )
    ).parsed
