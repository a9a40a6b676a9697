from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.fyi_disclaimer import FyiDisclaimer
from ...models.fyi_typecode import FyiTypecode
from ...types import Response, decode_json, path_segment


def _get_kwargs(
    typecode: FyiTypecode,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fyi/disclaimer/{typecode}".format(
            typecode=path_segment("typecode", typecode),
        ),
    }

    return _kwargs


OPERATION = "get_fyi_disclaimer"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | FyiDisclaimer:
    try:
        if response.status_code == 200:
            response_200 = FyiDisclaimer.from_dict(decode_json(response))

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
) -> Response[ErrorMessage | ErrorWithStatusCode | FyiDisclaimer]:
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
) -> Response[ErrorMessage | ErrorWithStatusCode | FyiDisclaimer]:
    """Read the disclaimer of one FYI notification type

     Returns the disclaimer text that goes with the FYI notifications of one type.

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

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | FyiDisclaimer]
    """

    kwargs = _get_kwargs(
        typecode=typecode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    typecode: FyiTypecode,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | ErrorWithStatusCode | FyiDisclaimer:
    """Read the disclaimer of one FYI notification type

     Returns the disclaimer text that goes with the FYI notifications of one type.

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

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | FyiDisclaimer
    """

    return sync_detailed(
        typecode=typecode,
        client=client,
    ).parsed


async def asyncio_detailed(
    typecode: FyiTypecode,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | ErrorWithStatusCode | FyiDisclaimer]:
    """Read the disclaimer of one FYI notification type

     Returns the disclaimer text that goes with the FYI notifications of one type.

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

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | FyiDisclaimer]
    """

    kwargs = _get_kwargs(
        typecode=typecode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    typecode: FyiTypecode,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | ErrorWithStatusCode | FyiDisclaimer:
    """Read the disclaimer of one FYI notification type

     Returns the disclaimer text that goes with the FYI notifications of one type.

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

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | FyiDisclaimer
    """

    return (
        await asyncio_detailed(
            typecode=typecode,
            client=client,
        )
    ).parsed
