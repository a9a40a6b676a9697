from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flex_version import FlexVersion
from ...types import UNSET, Response


def _get_kwargs(
    *,
    t: str,
    q: str,
    v: FlexVersion,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["t"] = t

    params["q"] = q

    json_v = v.value
    params["v"] = json_v

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/SendRequest",
        "params": params,
    }

    return _kwargs


OPERATION = "request_flex_report"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str:
    try:
        if response.status_code == 200:
            response_200 = response.text
            return response_200

    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise errors.UnexpectedResponse(OPERATION, response, exc) from exc
    raise errors.UnexpectedStatus(OPERATION, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str]:
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
    t: str,
    q: str,
    v: FlexVersion,
) -> Response[str]:
    """Generate a Flex report from a saved Flex Query

     Asks IBKR to generate an instance of a Flex Query (Activity or Trade Confirmation)
    saved in Client Portal. The XML answer (a FlexStatementResponse envelope, see
    spec/flex/*.xsd) carries Status Success and a ReferenceCode to pass to GetStatement, or
    Status Fail with an ErrorCode and ErrorMessage (1001-1021), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme), not OAuth or the Gateway session. Every request needs a
    User-Agent header (any value). Limited to 1 request per second and 10 per minute per
    token (error 1018 beyond that). Activity data changes once a day; do not poll.

    Args:
        t (str):
        q (str):
        v (FlexVersion): Flex Web Service version.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        t=t,
        q=q,
        v=v,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    t: str,
    q: str,
    v: FlexVersion,
) -> str:
    """Generate a Flex report from a saved Flex Query

     Asks IBKR to generate an instance of a Flex Query (Activity or Trade Confirmation)
    saved in Client Portal. The XML answer (a FlexStatementResponse envelope, see
    spec/flex/*.xsd) carries Status Success and a ReferenceCode to pass to GetStatement, or
    Status Fail with an ErrorCode and ErrorMessage (1001-1021), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme), not OAuth or the Gateway session. Every request needs a
    User-Agent header (any value). Limited to 1 request per second and 10 per minute per
    token (error 1018 beyond that). Activity data changes once a day; do not poll.

    Args:
        t (str):
        q (str):
        v (FlexVersion): Flex Web Service version.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        t=t,
        q=q,
        v=v,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    t: str,
    q: str,
    v: FlexVersion,
) -> Response[str]:
    """Generate a Flex report from a saved Flex Query

     Asks IBKR to generate an instance of a Flex Query (Activity or Trade Confirmation)
    saved in Client Portal. The XML answer (a FlexStatementResponse envelope, see
    spec/flex/*.xsd) carries Status Success and a ReferenceCode to pass to GetStatement, or
    Status Fail with an ErrorCode and ErrorMessage (1001-1021), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme), not OAuth or the Gateway session. Every request needs a
    User-Agent header (any value). Limited to 1 request per second and 10 per minute per
    token (error 1018 beyond that). Activity data changes once a day; do not poll.

    Args:
        t (str):
        q (str):
        v (FlexVersion): Flex Web Service version.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        t=t,
        q=q,
        v=v,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    t: str,
    q: str,
    v: FlexVersion,
) -> str:
    """Generate a Flex report from a saved Flex Query

     Asks IBKR to generate an instance of a Flex Query (Activity or Trade Confirmation)
    saved in Client Portal. The XML answer (a FlexStatementResponse envelope, see
    spec/flex/*.xsd) carries Status Success and a ReferenceCode to pass to GetStatement, or
    Status Fail with an ErrorCode and ErrorMessage (1001-1021), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme), not OAuth or the Gateway session. Every request needs a
    User-Agent header (any value). Limited to 1 request per second and 10 per minute per
    token (error 1018 beyond that). Activity data changes once a day; do not poll.

    Args:
        t (str):
        q (str):
        v (FlexVersion): Flex Web Service version.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            t=t,
            q=q,
            v=v,
        )
    ).parsed
