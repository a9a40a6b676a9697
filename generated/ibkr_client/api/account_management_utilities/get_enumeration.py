from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enumeration_response import EnumerationResponse
from ...models.enumeration_type import EnumerationType
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.get_enumeration_language import GetEnumerationLanguage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, decode_json, path_segment


def _get_kwargs(
    enumeration_type: str,
    *,
    type_: EnumerationType | Unset = UNSET,
    currency: str | Unset = UNSET,
    ib_entity: str | Unset = UNSET,
    md_status_non_pro: str | Unset = UNSET,
    form_number: str | Unset = UNSET,
    language: GetEnumerationLanguage | Unset = UNSET,
    account_id: str | Unset = UNSET,
    user_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["currency"] = currency

    params["ibEntity"] = ib_entity

    params["mdStatusNonPro"] = md_status_non_pro

    params["form-number"] = form_number

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params["accountId"] = account_id

    params["userName"] = user_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/enumerations/{enumeration_type}".format(
            enumeration_type=path_segment("enumerationType", enumeration_type),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_enumeration"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails:
    try:
        if response.status_code == 200:
            response_200 = EnumerationResponse.from_dict(decode_json(response))

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
) -> Response[
    EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    enumeration_type: str,
    *,
    client: AuthenticatedClient | Client,
    type_: EnumerationType | Unset = UNSET,
    currency: str | Unset = UNSET,
    ib_entity: str | Unset = UNSET,
    md_status_non_pro: str | Unset = UNSET,
    form_number: str | Unset = UNSET,
    language: GetEnumerationLanguage | Unset = UNSET,
    account_id: str | Unset = UNSET,
    user_name: str | Unset = UNSET,
) -> Response[
    EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
]:
    """Read the allowed values of an application field

     The current values of one enumeration used in account applications and transfers (exchange
    bundles, occupations, income ranges, ACATS and ATON brokers, ...). The enumeration is named
    in the path; IBKR's reference also declares it as the `type` query parameter, which this
    contract keeps for compatibility.

    Args:
        enumeration_type (str):
        type_ (EnumerationType | Unset):
        currency (str | Unset):
        ib_entity (str | Unset):
        md_status_non_pro (str | Unset):
        form_number (str | Unset):
        language (GetEnumerationLanguage | Unset):
        account_id (str | Unset):
        user_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        enumeration_type=enumeration_type,
        type_=type_,
        currency=currency,
        ib_entity=ib_entity,
        md_status_non_pro=md_status_non_pro,
        form_number=form_number,
        language=language,
        account_id=account_id,
        user_name=user_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enumeration_type: str,
    *,
    client: AuthenticatedClient | Client,
    type_: EnumerationType | Unset = UNSET,
    currency: str | Unset = UNSET,
    ib_entity: str | Unset = UNSET,
    md_status_non_pro: str | Unset = UNSET,
    form_number: str | Unset = UNSET,
    language: GetEnumerationLanguage | Unset = UNSET,
    account_id: str | Unset = UNSET,
    user_name: str | Unset = UNSET,
) -> EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails:
    """Read the allowed values of an application field

     The current values of one enumeration used in account applications and transfers (exchange
    bundles, occupations, income ranges, ACATS and ATON brokers, ...). The enumeration is named
    in the path; IBKR's reference also declares it as the `type` query parameter, which this
    contract keeps for compatibility.

    Args:
        enumeration_type (str):
        type_ (EnumerationType | Unset):
        currency (str | Unset):
        ib_entity (str | Unset):
        md_status_non_pro (str | Unset):
        form_number (str | Unset):
        language (GetEnumerationLanguage | Unset):
        account_id (str | Unset):
        user_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return sync_detailed(
        enumeration_type=enumeration_type,
        client=client,
        type_=type_,
        currency=currency,
        ib_entity=ib_entity,
        md_status_non_pro=md_status_non_pro,
        form_number=form_number,
        language=language,
        account_id=account_id,
        user_name=user_name,
    ).parsed


async def asyncio_detailed(
    enumeration_type: str,
    *,
    client: AuthenticatedClient | Client,
    type_: EnumerationType | Unset = UNSET,
    currency: str | Unset = UNSET,
    ib_entity: str | Unset = UNSET,
    md_status_non_pro: str | Unset = UNSET,
    form_number: str | Unset = UNSET,
    language: GetEnumerationLanguage | Unset = UNSET,
    account_id: str | Unset = UNSET,
    user_name: str | Unset = UNSET,
) -> Response[
    EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
]:
    """Read the allowed values of an application field

     The current values of one enumeration used in account applications and transfers (exchange
    bundles, occupations, income ranges, ACATS and ATON brokers, ...). The enumeration is named
    in the path; IBKR's reference also declares it as the `type` query parameter, which this
    contract keeps for compatibility.

    Args:
        enumeration_type (str):
        type_ (EnumerationType | Unset):
        currency (str | Unset):
        ib_entity (str | Unset):
        md_status_non_pro (str | Unset):
        form_number (str | Unset):
        language (GetEnumerationLanguage | Unset):
        account_id (str | Unset):
        user_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails]
    """

    kwargs = _get_kwargs(
        enumeration_type=enumeration_type,
        type_=type_,
        currency=currency,
        ib_entity=ib_entity,
        md_status_non_pro=md_status_non_pro,
        form_number=form_number,
        language=language,
        account_id=account_id,
        user_name=user_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enumeration_type: str,
    *,
    client: AuthenticatedClient | Client,
    type_: EnumerationType | Unset = UNSET,
    currency: str | Unset = UNSET,
    ib_entity: str | Unset = UNSET,
    md_status_non_pro: str | Unset = UNSET,
    form_number: str | Unset = UNSET,
    language: GetEnumerationLanguage | Unset = UNSET,
    account_id: str | Unset = UNSET,
    user_name: str | Unset = UNSET,
) -> EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails:
    """Read the allowed values of an application field

     The current values of one enumeration used in account applications and transfers (exchange
    bundles, occupations, income ranges, ACATS and ATON brokers, ...). The enumeration is named
    in the path; IBKR's reference also declares it as the `type` query parameter, which this
    contract keeps for compatibility.

    Args:
        enumeration_type (str):
        type_ (EnumerationType | Unset):
        currency (str | Unset):
        ib_entity (str | Unset):
        md_status_non_pro (str | Unset):
        form_number (str | Unset):
        language (GetEnumerationLanguage | Unset):
        account_id (str | Unset):
        user_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnumerationResponse | ErrorMessage | ErrorWithStatusCode | ProblemDetails
    """

    return (
        await asyncio_detailed(
            enumeration_type=enumeration_type,
            client=client,
            type_=type_,
            currency=currency,
            ib_entity=ib_entity,
            md_status_non_pro=md_status_non_pro,
            form_number=form_number,
            language=language,
            account_id=account_id,
            user_name=user_name,
        )
    ).parsed
