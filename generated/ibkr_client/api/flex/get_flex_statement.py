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
        "url": "/GetStatement",
        "params": params,
    }

    return _kwargs


OPERATION = "get_flex_statement"


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
    """Retrieve a generated Flex report

     Fetches the report that SendRequest generated, by its reference code. The XML answer is
    the report itself (FlexQueryResponse, see spec/flex/*.xsd) or, when it is not ready or
    the request failed, a FlexStatementResponse envelope with ErrorCode and ErrorMessage
    (e.g. 1019 "Statement generation in progress": wait and retry), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme). Every request needs a User-Agent header. Limited to
    1 request per second and 10 per minute per token. Large reports take longer to generate.

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
    """Retrieve a generated Flex report

     Fetches the report that SendRequest generated, by its reference code. The XML answer is
    the report itself (FlexQueryResponse, see spec/flex/*.xsd) or, when it is not ready or
    the request failed, a FlexStatementResponse envelope with ErrorCode and ErrorMessage
    (e.g. 1019 "Statement generation in progress": wait and retry), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme). Every request needs a User-Agent header. Limited to
    1 request per second and 10 per minute per token. Large reports take longer to generate.

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
    """Retrieve a generated Flex report

     Fetches the report that SendRequest generated, by its reference code. The XML answer is
    the report itself (FlexQueryResponse, see spec/flex/*.xsd) or, when it is not ready or
    the request failed, a FlexStatementResponse envelope with ErrorCode and ErrorMessage
    (e.g. 1019 "Statement generation in progress": wait and retry), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme). Every request needs a User-Agent header. Limited to
    1 request per second and 10 per minute per token. Large reports take longer to generate.

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
    """Retrieve a generated Flex report

     Fetches the report that SendRequest generated, by its reference code. The XML answer is
    the report itself (FlexQueryResponse, see spec/flex/*.xsd) or, when it is not ready or
    the request failed, a FlexStatementResponse envelope with ErrorCode and ErrorMessage
    (e.g. 1019 "Statement generation in progress": wait and retry), always with HTTP 200.

    Authentication is the Flex Web Service token in the `t` query parameter (the root
    document's `flexToken` scheme). Every request needs a User-Agent header. Limited to
    1 request per second and 10 per minute per token. Large reports take longer to generate.

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
