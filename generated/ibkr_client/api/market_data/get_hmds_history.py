from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.hmds_bar_type import HmdsBarType
from ...models.hmds_direction import HmdsDirection
from ...models.hmds_history import HmdsHistory
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    conid: int,
    period: str,
    bar: str,
    outside_rth: bool | Unset = UNSET,
    start_time: str | Unset = UNSET,
    direction: HmdsDirection | Unset = UNSET,
    bar_type: HmdsBarType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["conid"] = conid

    params["period"] = period

    params["bar"] = bar

    params["outsideRth"] = outside_rth

    params["startTime"] = start_time

    json_direction: int | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    json_bar_type: str | Unset = UNSET
    if not isinstance(bar_type, Unset):
        json_bar_type = bar_type.value

    params["barType"] = json_bar_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hmds/history",
        "params": params,
    }

    return _kwargs


OPERATION = "get_hmds_history"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | HmdsHistory | str:
    try:
        if response.status_code == 200:
            response_200 = HmdsHistory.from_dict(decode_json(response))

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

        if response.status_code == 404:
            response_404 = response.text
            return response_404

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
) -> Response[ErrorMessage | ErrorWithStatusCode | HmdsHistory | str]:
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
    period: str,
    bar: str,
    outside_rth: bool | Unset = UNSET,
    start_time: str | Unset = UNSET,
    direction: HmdsDirection | Unset = UNSET,
    bar_type: HmdsBarType | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | HmdsHistory | str]:
    """Get historical bars from the historical data server (beta)

     Returns bars of one contract straight from the historical market data service (HMDS).
    The first request of a session only starts the service and is answered 404 with an
    HTML page; repeat it to get data.

    `period` is a number and a case-sensitive unit: S (seconds), d, w, m (month), y.
    `bar` is a number and a unit: secs, mins, hrs, d or w. The documentation's bar table
    (duration: smallest–largest bar unit): 60 S, 3600 S, 14400 S, 28800 S: secs – mins;
    1 d, 1 w: mins – hrs; 1 m: mins – d; 1 y: d – w. Keep the number of bars to a few
    thousand per request.

    Args:
        conid (int):
        period (str): Duration of a request to the historical data server: a number and a case-
            sensitive
            unit, S (seconds), d (day), w (week), m (month) or y (year).
        bar (str): Bar size for the historical data server: a number and a case-sensitive unit,
            secs
            (or sec), mins, hrs, d or w.
        outside_rth (bool | Unset):
        start_time (str | Unset):
        direction (HmdsDirection | Unset): -1: from startTime towards now; 1: from now back over
            the period.
        bar_type (HmdsBarType | Unset): What the bars of the historical data server measure.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | HmdsHistory | str]
    """

    kwargs = _get_kwargs(
        conid=conid,
        period=period,
        bar=bar,
        outside_rth=outside_rth,
        start_time=start_time,
        direction=direction,
        bar_type=bar_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    conid: int,
    period: str,
    bar: str,
    outside_rth: bool | Unset = UNSET,
    start_time: str | Unset = UNSET,
    direction: HmdsDirection | Unset = UNSET,
    bar_type: HmdsBarType | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | HmdsHistory | str:
    """Get historical bars from the historical data server (beta)

     Returns bars of one contract straight from the historical market data service (HMDS).
    The first request of a session only starts the service and is answered 404 with an
    HTML page; repeat it to get data.

    `period` is a number and a case-sensitive unit: S (seconds), d, w, m (month), y.
    `bar` is a number and a unit: secs, mins, hrs, d or w. The documentation's bar table
    (duration: smallest–largest bar unit): 60 S, 3600 S, 14400 S, 28800 S: secs – mins;
    1 d, 1 w: mins – hrs; 1 m: mins – d; 1 y: d – w. Keep the number of bars to a few
    thousand per request.

    Args:
        conid (int):
        period (str): Duration of a request to the historical data server: a number and a case-
            sensitive
            unit, S (seconds), d (day), w (week), m (month) or y (year).
        bar (str): Bar size for the historical data server: a number and a case-sensitive unit,
            secs
            (or sec), mins, hrs, d or w.
        outside_rth (bool | Unset):
        start_time (str | Unset):
        direction (HmdsDirection | Unset): -1: from startTime towards now; 1: from now back over
            the period.
        bar_type (HmdsBarType | Unset): What the bars of the historical data server measure.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | HmdsHistory | str
    """

    return sync_detailed(
        client=client,
        conid=conid,
        period=period,
        bar=bar,
        outside_rth=outside_rth,
        start_time=start_time,
        direction=direction,
        bar_type=bar_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    conid: int,
    period: str,
    bar: str,
    outside_rth: bool | Unset = UNSET,
    start_time: str | Unset = UNSET,
    direction: HmdsDirection | Unset = UNSET,
    bar_type: HmdsBarType | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | HmdsHistory | str]:
    """Get historical bars from the historical data server (beta)

     Returns bars of one contract straight from the historical market data service (HMDS).
    The first request of a session only starts the service and is answered 404 with an
    HTML page; repeat it to get data.

    `period` is a number and a case-sensitive unit: S (seconds), d, w, m (month), y.
    `bar` is a number and a unit: secs, mins, hrs, d or w. The documentation's bar table
    (duration: smallest–largest bar unit): 60 S, 3600 S, 14400 S, 28800 S: secs – mins;
    1 d, 1 w: mins – hrs; 1 m: mins – d; 1 y: d – w. Keep the number of bars to a few
    thousand per request.

    Args:
        conid (int):
        period (str): Duration of a request to the historical data server: a number and a case-
            sensitive
            unit, S (seconds), d (day), w (week), m (month) or y (year).
        bar (str): Bar size for the historical data server: a number and a case-sensitive unit,
            secs
            (or sec), mins, hrs, d or w.
        outside_rth (bool | Unset):
        start_time (str | Unset):
        direction (HmdsDirection | Unset): -1: from startTime towards now; 1: from now back over
            the period.
        bar_type (HmdsBarType | Unset): What the bars of the historical data server measure.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | HmdsHistory | str]
    """

    kwargs = _get_kwargs(
        conid=conid,
        period=period,
        bar=bar,
        outside_rth=outside_rth,
        start_time=start_time,
        direction=direction,
        bar_type=bar_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    conid: int,
    period: str,
    bar: str,
    outside_rth: bool | Unset = UNSET,
    start_time: str | Unset = UNSET,
    direction: HmdsDirection | Unset = UNSET,
    bar_type: HmdsBarType | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | HmdsHistory | str:
    """Get historical bars from the historical data server (beta)

     Returns bars of one contract straight from the historical market data service (HMDS).
    The first request of a session only starts the service and is answered 404 with an
    HTML page; repeat it to get data.

    `period` is a number and a case-sensitive unit: S (seconds), d, w, m (month), y.
    `bar` is a number and a unit: secs, mins, hrs, d or w. The documentation's bar table
    (duration: smallest–largest bar unit): 60 S, 3600 S, 14400 S, 28800 S: secs – mins;
    1 d, 1 w: mins – hrs; 1 m: mins – d; 1 y: d – w. Keep the number of bars to a few
    thousand per request.

    Args:
        conid (int):
        period (str): Duration of a request to the historical data server: a number and a case-
            sensitive
            unit, S (seconds), d (day), w (week), m (month) or y (year).
        bar (str): Bar size for the historical data server: a number and a case-sensitive unit,
            secs
            (or sec), mins, hrs, d or w.
        outside_rth (bool | Unset):
        start_time (str | Unset):
        direction (HmdsDirection | Unset): -1: from startTime towards now; 1: from now back over
            the period.
        bar_type (HmdsBarType | Unset): What the bars of the historical data server measure.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | HmdsHistory | str
    """

    return (
        await asyncio_detailed(
            client=client,
            conid=conid,
            period=period,
            bar=bar,
            outside_rth=outside_rth,
            start_time=start_time,
            direction=direction,
            bar_type=bar_type,
        )
    ).parsed
