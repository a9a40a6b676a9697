from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.secdef_info import SecdefInfo
from ...models.secdef_right import SecdefRight
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    conid: str,
    sectype: str,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: SecdefRight | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["conid"] = conid

    params["sectype"] = sectype

    params["month"] = month

    params["exchange"] = exchange

    params["strike"] = strike

    json_right: str | Unset = UNSET
    if not isinstance(right, Unset):
        json_right = right.value

    params["right"] = json_right

    params["issuerId"] = issuer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/secdef/info",
        "params": params,
    }

    return _kwargs


OPERATION = "get_secdef_info"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo:
    try:
        if response.status_code == 200:

            def _parse_response_200(data: object) -> list[SecdefInfo] | SecdefInfo:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = SecdefInfo.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = SecdefInfo.from_dict(
                        response_200_type_1_item_data
                    )

                    response_200_type_1.append(response_200_type_1_item)

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
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo]:
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
    conid: str,
    sectype: str,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: SecdefRight | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo]:
    """Contract details of a derivative, cash, CFD or bond

     Resolves an underlying (plus month, strike, right or bond issuer) to the matching
    futures, options, warrants, cash, CFD or bond contracts and describes them. Call
    /iserver/secdef/search first, and for options, warrants and futures options
    /iserver/secdef/strikes as well. A bad conid gets HTTP 500 whose "error" string holds a
    whole JSON document.

    Args:
        conid (str):
        sectype (str):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (SecdefRight | Unset): C for a call, P for a put.
        issuer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo]
    """

    kwargs = _get_kwargs(
        conid=conid,
        sectype=sectype,
        month=month,
        exchange=exchange,
        strike=strike,
        right=right,
        issuer_id=issuer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    conid: str,
    sectype: str,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: SecdefRight | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo:
    """Contract details of a derivative, cash, CFD or bond

     Resolves an underlying (plus month, strike, right or bond issuer) to the matching
    futures, options, warrants, cash, CFD or bond contracts and describes them. Call
    /iserver/secdef/search first, and for options, warrants and futures options
    /iserver/secdef/strikes as well. A bad conid gets HTTP 500 whose "error" string holds a
    whole JSON document.

    Args:
        conid (str):
        sectype (str):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (SecdefRight | Unset): C for a call, P for a put.
        issuer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo
    """

    return sync_detailed(
        client=client,
        conid=conid,
        sectype=sectype,
        month=month,
        exchange=exchange,
        strike=strike,
        right=right,
        issuer_id=issuer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    conid: str,
    sectype: str,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: SecdefRight | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
) -> Response[ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo]:
    """Contract details of a derivative, cash, CFD or bond

     Resolves an underlying (plus month, strike, right or bond issuer) to the matching
    futures, options, warrants, cash, CFD or bond contracts and describes them. Call
    /iserver/secdef/search first, and for options, warrants and futures options
    /iserver/secdef/strikes as well. A bad conid gets HTTP 500 whose "error" string holds a
    whole JSON document.

    Args:
        conid (str):
        sectype (str):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (SecdefRight | Unset): C for a call, P for a put.
        issuer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo]
    """

    kwargs = _get_kwargs(
        conid=conid,
        sectype=sectype,
        month=month,
        exchange=exchange,
        strike=strike,
        right=right,
        issuer_id=issuer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    conid: str,
    sectype: str,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: SecdefRight | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo:
    """Contract details of a derivative, cash, CFD or bond

     Resolves an underlying (plus month, strike, right or bond issuer) to the matching
    futures, options, warrants, cash, CFD or bond contracts and describes them. Call
    /iserver/secdef/search first, and for options, warrants and futures options
    /iserver/secdef/strikes as well. A bad conid gets HTTP 500 whose "error" string holds a
    whole JSON document.

    Args:
        conid (str):
        sectype (str):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (SecdefRight | Unset): C for a call, P for a put.
        issuer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | list[SecdefInfo] | SecdefInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            conid=conid,
            sectype=sectype,
            month=month,
            exchange=exchange,
            strike=strike,
            right=right,
            issuer_id=issuer_id,
        )
    ).parsed
