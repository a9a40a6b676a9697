from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.error_with_status_code import ErrorWithStatusCode
from ...models.problem_details import ProblemDetails
from ...models.required_forms_response import RequiredFormsResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    account_type: str | Unset = UNSET,
    additional_account: bool | Unset = UNSET,
    additional_applicant: bool | Unset = UNSET,
    applicant_type: str | Unset = UNSET,
    capability: list[str] | Unset = UNSET,
    fa_trading_account: bool | Unset = UNSET,
    ira: bool | Unset = UNSET,
    ira_type: str | Unset = UNSET,
    mifid_category: str | Unset = UNSET,
    process_type: str | Unset = UNSET,
    requested_fcbp: bool | Unset = UNSET,
    requested_syep: bool | Unset = UNSET,
    residence_country: str | Unset = UNSET,
    trading_permissions: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountType"] = account_type

    params["additionalAccount"] = additional_account

    params["additionalApplicant"] = additional_applicant

    params["applicantType"] = applicant_type

    json_capability: list[str] | Unset = UNSET
    if not isinstance(capability, Unset):
        json_capability = capability

    if not isinstance(json_capability, Unset):
        params["capability"] = ",".join(str(item) for item in json_capability)

    params["faTradingAccount"] = fa_trading_account

    params["ira"] = ira

    params["iraType"] = ira_type

    params["mifidCategory"] = mifid_category

    params["processType"] = process_type

    params["requestedFCBP"] = requested_fcbp

    params["requestedSYEP"] = requested_syep

    params["residenceCountry"] = residence_country

    json_trading_permissions: list[str] | Unset = UNSET
    if not isinstance(trading_permissions, Unset):
        json_trading_permissions = trading_permissions

    if not isinstance(json_trading_permissions, Unset):
        params["tradingPermissions"] = ",".join(
            str(item) for item in json_trading_permissions
        )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gw/api/v1/forms/required-forms",
        "params": params,
    }

    return _kwargs


OPERATION = "list_required_forms"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse:
    try:
        if response.status_code == 200:
            response_200 = RequiredFormsResponse.from_dict(decode_json(response))

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
    ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse
]:
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
    account_type: str | Unset = UNSET,
    additional_account: bool | Unset = UNSET,
    additional_applicant: bool | Unset = UNSET,
    applicant_type: str | Unset = UNSET,
    capability: list[str] | Unset = UNSET,
    fa_trading_account: bool | Unset = UNSET,
    ira: bool | Unset = UNSET,
    ira_type: str | Unset = UNSET,
    mifid_category: str | Unset = UNSET,
    process_type: str | Unset = UNSET,
    requested_fcbp: bool | Unset = UNSET,
    requested_syep: bool | Unset = UNSET,
    residence_country: str | Unset = UNSET,
    trading_permissions: list[str] | Unset = UNSET,
) -> Response[
    ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse
]:
    """List the forms an application needs

     The forms an account application must include, given the applicant, the account type, the
    country of residence and the requested capabilities and permissions.

    Args:
        account_type (str | Unset):
        additional_account (bool | Unset):
        additional_applicant (bool | Unset):
        applicant_type (str | Unset):
        capability (list[str] | Unset):
        fa_trading_account (bool | Unset):
        ira (bool | Unset):
        ira_type (str | Unset):
        mifid_category (str | Unset):
        process_type (str | Unset):
        requested_fcbp (bool | Unset):
        requested_syep (bool | Unset):
        residence_country (str | Unset):
        trading_permissions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse]
    """

    kwargs = _get_kwargs(
        account_type=account_type,
        additional_account=additional_account,
        additional_applicant=additional_applicant,
        applicant_type=applicant_type,
        capability=capability,
        fa_trading_account=fa_trading_account,
        ira=ira,
        ira_type=ira_type,
        mifid_category=mifid_category,
        process_type=process_type,
        requested_fcbp=requested_fcbp,
        requested_syep=requested_syep,
        residence_country=residence_country,
        trading_permissions=trading_permissions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_type: str | Unset = UNSET,
    additional_account: bool | Unset = UNSET,
    additional_applicant: bool | Unset = UNSET,
    applicant_type: str | Unset = UNSET,
    capability: list[str] | Unset = UNSET,
    fa_trading_account: bool | Unset = UNSET,
    ira: bool | Unset = UNSET,
    ira_type: str | Unset = UNSET,
    mifid_category: str | Unset = UNSET,
    process_type: str | Unset = UNSET,
    requested_fcbp: bool | Unset = UNSET,
    requested_syep: bool | Unset = UNSET,
    residence_country: str | Unset = UNSET,
    trading_permissions: list[str] | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse:
    """List the forms an application needs

     The forms an account application must include, given the applicant, the account type, the
    country of residence and the requested capabilities and permissions.

    Args:
        account_type (str | Unset):
        additional_account (bool | Unset):
        additional_applicant (bool | Unset):
        applicant_type (str | Unset):
        capability (list[str] | Unset):
        fa_trading_account (bool | Unset):
        ira (bool | Unset):
        ira_type (str | Unset):
        mifid_category (str | Unset):
        process_type (str | Unset):
        requested_fcbp (bool | Unset):
        requested_syep (bool | Unset):
        residence_country (str | Unset):
        trading_permissions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse
    """

    return sync_detailed(
        client=client,
        account_type=account_type,
        additional_account=additional_account,
        additional_applicant=additional_applicant,
        applicant_type=applicant_type,
        capability=capability,
        fa_trading_account=fa_trading_account,
        ira=ira,
        ira_type=ira_type,
        mifid_category=mifid_category,
        process_type=process_type,
        requested_fcbp=requested_fcbp,
        requested_syep=requested_syep,
        residence_country=residence_country,
        trading_permissions=trading_permissions,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_type: str | Unset = UNSET,
    additional_account: bool | Unset = UNSET,
    additional_applicant: bool | Unset = UNSET,
    applicant_type: str | Unset = UNSET,
    capability: list[str] | Unset = UNSET,
    fa_trading_account: bool | Unset = UNSET,
    ira: bool | Unset = UNSET,
    ira_type: str | Unset = UNSET,
    mifid_category: str | Unset = UNSET,
    process_type: str | Unset = UNSET,
    requested_fcbp: bool | Unset = UNSET,
    requested_syep: bool | Unset = UNSET,
    residence_country: str | Unset = UNSET,
    trading_permissions: list[str] | Unset = UNSET,
) -> Response[
    ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse
]:
    """List the forms an application needs

     The forms an account application must include, given the applicant, the account type, the
    country of residence and the requested capabilities and permissions.

    Args:
        account_type (str | Unset):
        additional_account (bool | Unset):
        additional_applicant (bool | Unset):
        applicant_type (str | Unset):
        capability (list[str] | Unset):
        fa_trading_account (bool | Unset):
        ira (bool | Unset):
        ira_type (str | Unset):
        mifid_category (str | Unset):
        process_type (str | Unset):
        requested_fcbp (bool | Unset):
        requested_syep (bool | Unset):
        residence_country (str | Unset):
        trading_permissions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse]
    """

    kwargs = _get_kwargs(
        account_type=account_type,
        additional_account=additional_account,
        additional_applicant=additional_applicant,
        applicant_type=applicant_type,
        capability=capability,
        fa_trading_account=fa_trading_account,
        ira=ira,
        ira_type=ira_type,
        mifid_category=mifid_category,
        process_type=process_type,
        requested_fcbp=requested_fcbp,
        requested_syep=requested_syep,
        residence_country=residence_country,
        trading_permissions=trading_permissions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_type: str | Unset = UNSET,
    additional_account: bool | Unset = UNSET,
    additional_applicant: bool | Unset = UNSET,
    applicant_type: str | Unset = UNSET,
    capability: list[str] | Unset = UNSET,
    fa_trading_account: bool | Unset = UNSET,
    ira: bool | Unset = UNSET,
    ira_type: str | Unset = UNSET,
    mifid_category: str | Unset = UNSET,
    process_type: str | Unset = UNSET,
    requested_fcbp: bool | Unset = UNSET,
    requested_syep: bool | Unset = UNSET,
    residence_country: str | Unset = UNSET,
    trading_permissions: list[str] | Unset = UNSET,
) -> ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse:
    """List the forms an application needs

     The forms an account application must include, given the applicant, the account type, the
    country of residence and the requested capabilities and permissions.

    Args:
        account_type (str | Unset):
        additional_account (bool | Unset):
        additional_applicant (bool | Unset):
        applicant_type (str | Unset):
        capability (list[str] | Unset):
        fa_trading_account (bool | Unset):
        ira (bool | Unset):
        ira_type (str | Unset):
        mifid_category (str | Unset):
        process_type (str | Unset):
        requested_fcbp (bool | Unset):
        requested_syep (bool | Unset):
        residence_country (str | Unset):
        trading_permissions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status code the spec does not declare.
        errors.UnexpectedResponse: If a declared status comes with a body that does not parse.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorWithStatusCode | ProblemDetails | RequiredFormsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_type=account_type,
            additional_account=additional_account,
            additional_applicant=additional_applicant,
            applicant_type=applicant_type,
            capability=capability,
            fa_trading_account=fa_trading_account,
            ira=ira,
            ira_type=ira_type,
            mifid_category=mifid_category,
            process_type=process_type,
            requested_fcbp=requested_fcbp,
            requested_syep=requested_syep,
            residence_country=residence_country,
            trading_permissions=trading_permissions,
        )
    ).parsed
