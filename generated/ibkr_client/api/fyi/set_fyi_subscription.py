from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.fyi_acknowledgement import FyiAcknowledgement
from ...models.fyi_subscription_change import FyiSubscriptionChange
from ...models.fyi_typecode import FyiTypecode
from ...types import Response, decode_json, path_segment


def _get_kwargs(
    typecode: FyiTypecode,
    *,
    body: FyiSubscriptionChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fyi/settings/{typecode}".format(
            typecode=path_segment("typecode", typecode),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = "set_fyi_subscription"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement:
    try:
        if response.status_code == 200:
            response_200 = FyiAcknowledgement.from_dict(decode_json(response))

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
) -> Response[ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    typecode: FyiTypecode,
    *,
    client: AuthenticatedClient | Client,
    body: FyiSubscriptionChange,
) -> Response[ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement]:
    """Enable or disable one FYI notification type

     Subscribes to (enabled: true) or unsubscribes from (enabled: false) the FYI
    notifications of one type. Only types whose settings row carries `A: 1` can be changed.

    Args:
        typecode (FyiTypecode): Code of an FYI notification type, from the documentation's FYI
            Typecodes table.
            AA (Account Activity) is not in the table but is in the documentation's example of
            GET /fyi/settings, so it is listed too.

            | Code | Notification type |
            | ---- | ----------------- |
            | BA | Borrow Availability |
            | CA | Comparable Algo |
            | DA | Dividends Advisory |
            | EA | Upcoming Earnings |
            | MF | Mutual Fund Advisory |
            | OE | Option Expiration |
            | PR | Portfolio Builder Rebalance |
            | SE | Suspend Order on Economic Event |
            | SG | Short Term Gain turning Long Term |
            | SM | System Messages |
            | T2 | Assignment Realizing Long-Term Gains |
            | TO | Takeover |
            | UA | User Alert |
            | M8 | M871 Trades |
            | PS | Platform Use Suggestions |
            | DL | Unexercised Option Loss Prevention Reminder |
            | PT | Position Transfer |
            | CB | Missing Cost Basis |
            | MS | Milestones |
            | TD | MiFID |
            | ST | Save Taxes |
            | TI | Trade Idea |
            | CT | Cash Transfer |
            | AA | Account Activity |
        body (FyiSubscriptionChange):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement]
    """

    kwargs = _get_kwargs(
        typecode=typecode,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    typecode: FyiTypecode,
    *,
    client: AuthenticatedClient | Client,
    body: FyiSubscriptionChange,
) -> ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement:
    """Enable or disable one FYI notification type

     Subscribes to (enabled: true) or unsubscribes from (enabled: false) the FYI
    notifications of one type. Only types whose settings row carries `A: 1` can be changed.

    Args:
        typecode (FyiTypecode): Code of an FYI notification type, from the documentation's FYI
            Typecodes table.
            AA (Account Activity) is not in the table but is in the documentation's example of
            GET /fyi/settings, so it is listed too.

            | Code | Notification type |
            | ---- | ----------------- |
            | BA | Borrow Availability |
            | CA | Comparable Algo |
            | DA | Dividends Advisory |
            | EA | Upcoming Earnings |
            | MF | Mutual Fund Advisory |
            | OE | Option Expiration |
            | PR | Portfolio Builder Rebalance |
            | SE | Suspend Order on Economic Event |
            | SG | Short Term Gain turning Long Term |
            | SM | System Messages |
            | T2 | Assignment Realizing Long-Term Gains |
            | TO | Takeover |
            | UA | User Alert |
            | M8 | M871 Trades |
            | PS | Platform Use Suggestions |
            | DL | Unexercised Option Loss Prevention Reminder |
            | PT | Position Transfer |
            | CB | Missing Cost Basis |
            | MS | Milestones |
            | TD | MiFID |
            | ST | Save Taxes |
            | TI | Trade Idea |
            | CT | Cash Transfer |
            | AA | Account Activity |
        body (FyiSubscriptionChange):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement
    """

    return sync_detailed(
        typecode=typecode,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    typecode: FyiTypecode,
    *,
    client: AuthenticatedClient | Client,
    body: FyiSubscriptionChange,
) -> Response[ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement]:
    """Enable or disable one FYI notification type

     Subscribes to (enabled: true) or unsubscribes from (enabled: false) the FYI
    notifications of one type. Only types whose settings row carries `A: 1` can be changed.

    Args:
        typecode (FyiTypecode): Code of an FYI notification type, from the documentation's FYI
            Typecodes table.
            AA (Account Activity) is not in the table but is in the documentation's example of
            GET /fyi/settings, so it is listed too.

            | Code | Notification type |
            | ---- | ----------------- |
            | BA | Borrow Availability |
            | CA | Comparable Algo |
            | DA | Dividends Advisory |
            | EA | Upcoming Earnings |
            | MF | Mutual Fund Advisory |
            | OE | Option Expiration |
            | PR | Portfolio Builder Rebalance |
            | SE | Suspend Order on Economic Event |
            | SG | Short Term Gain turning Long Term |
            | SM | System Messages |
            | T2 | Assignment Realizing Long-Term Gains |
            | TO | Takeover |
            | UA | User Alert |
            | M8 | M871 Trades |
            | PS | Platform Use Suggestions |
            | DL | Unexercised Option Loss Prevention Reminder |
            | PT | Position Transfer |
            | CB | Missing Cost Basis |
            | MS | Milestones |
            | TD | MiFID |
            | ST | Save Taxes |
            | TI | Trade Idea |
            | CT | Cash Transfer |
            | AA | Account Activity |
        body (FyiSubscriptionChange):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement]
    """

    kwargs = _get_kwargs(
        typecode=typecode,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    typecode: FyiTypecode,
    *,
    client: AuthenticatedClient | Client,
    body: FyiSubscriptionChange,
) -> ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement:
    """Enable or disable one FYI notification type

     Subscribes to (enabled: true) or unsubscribes from (enabled: false) the FYI
    notifications of one type. Only types whose settings row carries `A: 1` can be changed.

    Args:
        typecode (FyiTypecode): Code of an FYI notification type, from the documentation's FYI
            Typecodes table.
            AA (Account Activity) is not in the table but is in the documentation's example of
            GET /fyi/settings, so it is listed too.

            | Code | Notification type |
            | ---- | ----------------- |
            | BA | Borrow Availability |
            | CA | Comparable Algo |
            | DA | Dividends Advisory |
            | EA | Upcoming Earnings |
            | MF | Mutual Fund Advisory |
            | OE | Option Expiration |
            | PR | Portfolio Builder Rebalance |
            | SE | Suspend Order on Economic Event |
            | SG | Short Term Gain turning Long Term |
            | SM | System Messages |
            | T2 | Assignment Realizing Long-Term Gains |
            | TO | Takeover |
            | UA | User Alert |
            | M8 | M871 Trades |
            | PS | Platform Use Suggestions |
            | DL | Unexercised Option Loss Prevention Reminder |
            | PT | Position Transfer |
            | CB | Missing Cost Basis |
            | MS | Milestones |
            | TD | MiFID |
            | ST | Save Taxes |
            | TI | Trade Idea |
            | CT | Cash Transfer |
            | AA | Account Activity |
        body (FyiSubscriptionChange):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | FyiAcknowledgement
    """

    return (
        await asyncio_detailed(
            typecode=typecode,
            client=client,
            body=body,
        )
    ).parsed
