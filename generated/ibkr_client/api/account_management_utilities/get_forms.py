from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.form_file_response import FormFileResponse
from ...models.get_forms_projection import GetFormsProjection
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, decode_json


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
) -> ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails:
    try:
        if response.status_code == 200:
            response_200 = FormFileResponse.from_dict(decode_json(response))

            return response_200

        if response.status_code == 400:
            response_400 = ProblemDetails.from_dict(decode_json(response))

            return response_400

        if response.status_code == 401:
            response_401 = ProblemDetails.from_dict(decode_json(response))

            return response_401

        if response.status_code == 403:
            response_403 = ProblemDetails.from_dict(decode_json(response))

            return response_403

        if response.status_code == 415:
            response_415 = ProblemDetails.from_dict(decode_json(response))

            return response_415

        if response.status_code == 500:
            response_500 = ProblemDetails.from_dict(decode_json(response))

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
) -> Response[ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails]:
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
) -> Response[ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails]:
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
        Response[ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails]
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
) -> ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails:
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
        ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails
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
) -> Response[ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails]:
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
        Response[ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails]
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
) -> ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails:
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
        ErrorMessage | ErrorWithStatusCode | FormFileResponse | ProblemDetails
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
