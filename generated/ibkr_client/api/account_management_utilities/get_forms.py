from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_file_response import FormFileResponse
from ...models.get_forms_projection import GetFormsProjection
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    form_no: list[str] | Unset = UNSET,
    get_docs: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    language: str | Unset = UNSET,
    projection: GetFormsProjection | Unset = GetFormsProjection.NONE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_form_no: list[str] | Unset = UNSET
    if not isinstance(form_no, Unset):
        json_form_no = form_no

    if not isinstance(json_form_no, Unset):
        params["formNo"] = ",".join(str(item) for item in json_form_no)

    params["getDocs"] = get_docs

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["language"] = language

    json_projection: str | Unset = UNSET
    if not isinstance(projection, Unset):
        json_projection = projection.value

    params["projection"] = json_projection

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/forms",
        "params": params,
    }

    return _kwargs


OPERATION = "get_forms"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FormFileResponse | ProblemDetails:
    try:
        if response.status_code == 200:
            response_200 = FormFileResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ProblemDetails.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(response.json())

            return response_401

        if response.status_code == 403:
            response_403 = ProblemDetails.from_dict(response.json())

            return response_403

        if response.status_code == 415:
            response_415 = ProblemDetails.from_dict(response.json())

            return response_415

        if response.status_code == 500:
            response_500 = ProblemDetails.from_dict(response.json())

            return response_500

    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise errors.UnexpectedResponse(OPERATION, response, exc) from exc
    raise errors.UnexpectedStatus(OPERATION, response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FormFileResponse | ProblemDetails]:
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
    form_no: list[str] | Unset = UNSET,
    get_docs: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    language: str | Unset = UNSET,
    projection: GetFormsProjection | Unset = GetFormsProjection.NONE,
) -> Response[FormFileResponse | ProblemDetails]:
    """Fetch IBKR's forms

     Forms (agreements, disclosures, tax forms) by number, with their file data or documents
    depending on `projection`.

    Args:
        form_no (list[str] | Unset):
        get_docs (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        language (str | Unset):
        projection (GetFormsProjection | Unset):  Default: GetFormsProjection.NONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormFileResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        form_no=form_no,
        get_docs=get_docs,
        from_date=from_date,
        to_date=to_date,
        language=language,
        projection=projection,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    form_no: list[str] | Unset = UNSET,
    get_docs: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    language: str | Unset = UNSET,
    projection: GetFormsProjection | Unset = GetFormsProjection.NONE,
) -> FormFileResponse | ProblemDetails:
    """Fetch IBKR's forms

     Forms (agreements, disclosures, tax forms) by number, with their file data or documents
    depending on `projection`.

    Args:
        form_no (list[str] | Unset):
        get_docs (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        language (str | Unset):
        projection (GetFormsProjection | Unset):  Default: GetFormsProjection.NONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormFileResponse | ProblemDetails
    """

    return sync_detailed(
        client=client,
        form_no=form_no,
        get_docs=get_docs,
        from_date=from_date,
        to_date=to_date,
        language=language,
        projection=projection,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    form_no: list[str] | Unset = UNSET,
    get_docs: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    language: str | Unset = UNSET,
    projection: GetFormsProjection | Unset = GetFormsProjection.NONE,
) -> Response[FormFileResponse | ProblemDetails]:
    """Fetch IBKR's forms

     Forms (agreements, disclosures, tax forms) by number, with their file data or documents
    depending on `projection`.

    Args:
        form_no (list[str] | Unset):
        get_docs (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        language (str | Unset):
        projection (GetFormsProjection | Unset):  Default: GetFormsProjection.NONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormFileResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        form_no=form_no,
        get_docs=get_docs,
        from_date=from_date,
        to_date=to_date,
        language=language,
        projection=projection,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    form_no: list[str] | Unset = UNSET,
    get_docs: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    language: str | Unset = UNSET,
    projection: GetFormsProjection | Unset = GetFormsProjection.NONE,
) -> FormFileResponse | ProblemDetails:
    """Fetch IBKR's forms

     Forms (agreements, disclosures, tax forms) by number, with their file data or documents
    depending on `projection`.

    Args:
        form_no (list[str] | Unset):
        get_docs (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        language (str | Unset):
        projection (GetFormsProjection | Unset):  Default: GetFormsProjection.NONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormFileResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            form_no=form_no,
            get_docs=get_docs,
            from_date=from_date,
            to_date=to_date,
            language=language,
            projection=projection,
        )
    ).parsed
