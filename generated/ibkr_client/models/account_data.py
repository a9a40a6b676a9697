from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_data_capabilities_type_0 import AccountDataCapabilitiesType0
    from ..models.account_data_dividend_reinvestment_type_0 import (
        AccountDataDividendReinvestmentType0,
    )
    from ..models.account_data_fee_template_type_0 import AccountDataFeeTemplateType0
    from ..models.account_data_mailing_type_0 import AccountDataMailingType0
    from ..models.account_data_registered_address_type_0 import (
        AccountDataRegisteredAddressType0,
    )
    from ..models.account_data_stock_yield_program_type_0 import (
        AccountDataStockYieldProgramType0,
    )
    from ..models.account_data_tax_ids_type_0_item import AccountDataTaxIdsType0Item
    from ..models.account_data_tax_treaty_details_type_0_item import (
        AccountDataTaxTreatyDetailsType0Item,
    )


T = TypeVar("T", bound="AccountData")


@_attrs_define
class AccountData:
    """
    Attributes:
        account_alias (None | str | Unset):
        account_id (None | str | Unset):
        account_title (None | str | Unset):
        applicant_type (None | str | Unset):
        base_currency (None | str | Unset):
        business_description (None | str | Unset):
        capabilities (AccountDataCapabilitiesType0 | None | Unset):
        class_action_program (None | str | Unset):
        clearing_status (None | str | Unset):
        clearing_status_description (None | str | Unset):
        country_of_corporation (None | str | Unset):
        date_approved (None | str | Unset):
        date_begun (None | str | Unset):
        date_closed (None | str | Unset):
        date_delinked (None | str | Unset):
        date_funded (None | str | Unset):
        date_linked (None | str | Unset):
        date_opened (None | str | Unset):
        dividend_reinvestment (AccountDataDividendReinvestmentType0 | None | Unset):
        email_address (None | str | Unset):
        equity (float | None | Unset):
        external_id (None | str | Unset):
        fee_template (AccountDataFeeTemplateType0 | None | Unset):
        household (None | str | Unset):
        investment_objectives (list[str] | None | Unset):
        limited_option_trading (None | str | Unset):
        mailing (AccountDataMailingType0 | None | Unset):
        main_account (None | str | Unset):
        margin (None | str | Unset):
        master_account_id (None | str | Unset):
        mifid_category (None | str | Unset):
        mifir_status (None | str | Unset):
        official_title (None | str | Unset):
        option_level (int | None | Unset):
        org_type (None | str | Unset):
        primary_user (None | str | Unset):
        process_type (None | str | Unset):
        property_profile (None | str | Unset):
        registered_address (AccountDataRegisteredAddressType0 | None | Unset):
        risk_score (int | None | Unset):
        signatures (list[str] | None | Unset):
        source_account_id (None | str | Unset):
        state_code (None | str | Unset):
        stock_yield_program (AccountDataStockYieldProgramType0 | None | Unset):
        sub_type (None | str | Unset):
        tax_ids (list[AccountDataTaxIdsType0Item] | None | Unset):
        tax_treaty_details (list[AccountDataTaxTreatyDetailsType0Item] | None | Unset):
        trade_intention_type (None | str | Unset):
        trust_type (None | str | Unset):
        us_tax_purpose_type (None | str | Unset):
    """

    account_alias: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    account_title: None | str | Unset = UNSET
    applicant_type: None | str | Unset = UNSET
    base_currency: None | str | Unset = UNSET
    business_description: None | str | Unset = UNSET
    capabilities: AccountDataCapabilitiesType0 | None | Unset = UNSET
    class_action_program: None | str | Unset = UNSET
    clearing_status: None | str | Unset = UNSET
    clearing_status_description: None | str | Unset = UNSET
    country_of_corporation: None | str | Unset = UNSET
    date_approved: None | str | Unset = UNSET
    date_begun: None | str | Unset = UNSET
    date_closed: None | str | Unset = UNSET
    date_delinked: None | str | Unset = UNSET
    date_funded: None | str | Unset = UNSET
    date_linked: None | str | Unset = UNSET
    date_opened: None | str | Unset = UNSET
    dividend_reinvestment: AccountDataDividendReinvestmentType0 | None | Unset = UNSET
    email_address: None | str | Unset = UNSET
    equity: float | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    fee_template: AccountDataFeeTemplateType0 | None | Unset = UNSET
    household: None | str | Unset = UNSET
    investment_objectives: list[str] | None | Unset = UNSET
    limited_option_trading: None | str | Unset = UNSET
    mailing: AccountDataMailingType0 | None | Unset = UNSET
    main_account: None | str | Unset = UNSET
    margin: None | str | Unset = UNSET
    master_account_id: None | str | Unset = UNSET
    mifid_category: None | str | Unset = UNSET
    mifir_status: None | str | Unset = UNSET
    official_title: None | str | Unset = UNSET
    option_level: int | None | Unset = UNSET
    org_type: None | str | Unset = UNSET
    primary_user: None | str | Unset = UNSET
    process_type: None | str | Unset = UNSET
    property_profile: None | str | Unset = UNSET
    registered_address: AccountDataRegisteredAddressType0 | None | Unset = UNSET
    risk_score: int | None | Unset = UNSET
    signatures: list[str] | None | Unset = UNSET
    source_account_id: None | str | Unset = UNSET
    state_code: None | str | Unset = UNSET
    stock_yield_program: AccountDataStockYieldProgramType0 | None | Unset = UNSET
    sub_type: None | str | Unset = UNSET
    tax_ids: list[AccountDataTaxIdsType0Item] | None | Unset = UNSET
    tax_treaty_details: list[AccountDataTaxTreatyDetailsType0Item] | None | Unset = (
        UNSET
    )
    trade_intention_type: None | str | Unset = UNSET
    trust_type: None | str | Unset = UNSET
    us_tax_purpose_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_data_capabilities_type_0 import (
            AccountDataCapabilitiesType0,  # noqa: PLC0415
        )
        from ..models.account_data_dividend_reinvestment_type_0 import (
            AccountDataDividendReinvestmentType0,  # noqa: PLC0415
        )
        from ..models.account_data_fee_template_type_0 import (
            AccountDataFeeTemplateType0,  # noqa: PLC0415
        )
        from ..models.account_data_mailing_type_0 import AccountDataMailingType0  # noqa: PLC0415
        from ..models.account_data_registered_address_type_0 import (
            AccountDataRegisteredAddressType0,  # noqa: PLC0415
        )
        from ..models.account_data_stock_yield_program_type_0 import (
            AccountDataStockYieldProgramType0,  # noqa: PLC0415
        )

        account_alias: None | str | Unset
        if isinstance(self.account_alias, Unset):
            account_alias = UNSET
        else:
            account_alias = self.account_alias

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_title: None | str | Unset
        if isinstance(self.account_title, Unset):
            account_title = UNSET
        else:
            account_title = self.account_title

        applicant_type: None | str | Unset
        if isinstance(self.applicant_type, Unset):
            applicant_type = UNSET
        else:
            applicant_type = self.applicant_type

        base_currency: None | str | Unset
        if isinstance(self.base_currency, Unset):
            base_currency = UNSET
        else:
            base_currency = self.base_currency

        business_description: None | str | Unset
        if isinstance(self.business_description, Unset):
            business_description = UNSET
        else:
            business_description = self.business_description

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, AccountDataCapabilitiesType0):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        class_action_program: None | str | Unset
        if isinstance(self.class_action_program, Unset):
            class_action_program = UNSET
        else:
            class_action_program = self.class_action_program

        clearing_status: None | str | Unset
        if isinstance(self.clearing_status, Unset):
            clearing_status = UNSET
        else:
            clearing_status = self.clearing_status

        clearing_status_description: None | str | Unset
        if isinstance(self.clearing_status_description, Unset):
            clearing_status_description = UNSET
        else:
            clearing_status_description = self.clearing_status_description

        country_of_corporation: None | str | Unset
        if isinstance(self.country_of_corporation, Unset):
            country_of_corporation = UNSET
        else:
            country_of_corporation = self.country_of_corporation

        date_approved: None | str | Unset
        if isinstance(self.date_approved, Unset):
            date_approved = UNSET
        else:
            date_approved = self.date_approved

        date_begun: None | str | Unset
        if isinstance(self.date_begun, Unset):
            date_begun = UNSET
        else:
            date_begun = self.date_begun

        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        else:
            date_closed = self.date_closed

        date_delinked: None | str | Unset
        if isinstance(self.date_delinked, Unset):
            date_delinked = UNSET
        else:
            date_delinked = self.date_delinked

        date_funded: None | str | Unset
        if isinstance(self.date_funded, Unset):
            date_funded = UNSET
        else:
            date_funded = self.date_funded

        date_linked: None | str | Unset
        if isinstance(self.date_linked, Unset):
            date_linked = UNSET
        else:
            date_linked = self.date_linked

        date_opened: None | str | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        else:
            date_opened = self.date_opened

        dividend_reinvestment: dict[str, Any] | None | Unset
        if isinstance(self.dividend_reinvestment, Unset):
            dividend_reinvestment = UNSET
        elif isinstance(
            self.dividend_reinvestment, AccountDataDividendReinvestmentType0
        ):
            dividend_reinvestment = self.dividend_reinvestment.to_dict()
        else:
            dividend_reinvestment = self.dividend_reinvestment

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        equity: float | None | Unset
        if isinstance(self.equity, Unset):
            equity = UNSET
        else:
            equity = self.equity

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        fee_template: dict[str, Any] | None | Unset
        if isinstance(self.fee_template, Unset):
            fee_template = UNSET
        elif isinstance(self.fee_template, AccountDataFeeTemplateType0):
            fee_template = self.fee_template.to_dict()
        else:
            fee_template = self.fee_template

        household: None | str | Unset
        if isinstance(self.household, Unset):
            household = UNSET
        else:
            household = self.household

        investment_objectives: list[str] | None | Unset
        if isinstance(self.investment_objectives, Unset):
            investment_objectives = UNSET
        elif isinstance(self.investment_objectives, list):
            investment_objectives = self.investment_objectives

        else:
            investment_objectives = self.investment_objectives

        limited_option_trading: None | str | Unset
        if isinstance(self.limited_option_trading, Unset):
            limited_option_trading = UNSET
        else:
            limited_option_trading = self.limited_option_trading

        mailing: dict[str, Any] | None | Unset
        if isinstance(self.mailing, Unset):
            mailing = UNSET
        elif isinstance(self.mailing, AccountDataMailingType0):
            mailing = self.mailing.to_dict()
        else:
            mailing = self.mailing

        main_account: None | str | Unset
        if isinstance(self.main_account, Unset):
            main_account = UNSET
        else:
            main_account = self.main_account

        margin: None | str | Unset
        if isinstance(self.margin, Unset):
            margin = UNSET
        else:
            margin = self.margin

        master_account_id: None | str | Unset
        if isinstance(self.master_account_id, Unset):
            master_account_id = UNSET
        else:
            master_account_id = self.master_account_id

        mifid_category: None | str | Unset
        if isinstance(self.mifid_category, Unset):
            mifid_category = UNSET
        else:
            mifid_category = self.mifid_category

        mifir_status: None | str | Unset
        if isinstance(self.mifir_status, Unset):
            mifir_status = UNSET
        else:
            mifir_status = self.mifir_status

        official_title: None | str | Unset
        if isinstance(self.official_title, Unset):
            official_title = UNSET
        else:
            official_title = self.official_title

        option_level: int | None | Unset
        if isinstance(self.option_level, Unset):
            option_level = UNSET
        else:
            option_level = self.option_level

        org_type: None | str | Unset
        if isinstance(self.org_type, Unset):
            org_type = UNSET
        else:
            org_type = self.org_type

        primary_user: None | str | Unset
        if isinstance(self.primary_user, Unset):
            primary_user = UNSET
        else:
            primary_user = self.primary_user

        process_type: None | str | Unset
        if isinstance(self.process_type, Unset):
            process_type = UNSET
        else:
            process_type = self.process_type

        property_profile: None | str | Unset
        if isinstance(self.property_profile, Unset):
            property_profile = UNSET
        else:
            property_profile = self.property_profile

        registered_address: dict[str, Any] | None | Unset
        if isinstance(self.registered_address, Unset):
            registered_address = UNSET
        elif isinstance(self.registered_address, AccountDataRegisteredAddressType0):
            registered_address = self.registered_address.to_dict()
        else:
            registered_address = self.registered_address

        risk_score: int | None | Unset
        if isinstance(self.risk_score, Unset):
            risk_score = UNSET
        else:
            risk_score = self.risk_score

        signatures: list[str] | None | Unset
        if isinstance(self.signatures, Unset):
            signatures = UNSET
        elif isinstance(self.signatures, list):
            signatures = self.signatures

        else:
            signatures = self.signatures

        source_account_id: None | str | Unset
        if isinstance(self.source_account_id, Unset):
            source_account_id = UNSET
        else:
            source_account_id = self.source_account_id

        state_code: None | str | Unset
        if isinstance(self.state_code, Unset):
            state_code = UNSET
        else:
            state_code = self.state_code

        stock_yield_program: dict[str, Any] | None | Unset
        if isinstance(self.stock_yield_program, Unset):
            stock_yield_program = UNSET
        elif isinstance(self.stock_yield_program, AccountDataStockYieldProgramType0):
            stock_yield_program = self.stock_yield_program.to_dict()
        else:
            stock_yield_program = self.stock_yield_program

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        tax_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_ids, Unset):
            tax_ids = UNSET
        elif isinstance(self.tax_ids, list):
            tax_ids = []
            for tax_ids_type_0_item_data in self.tax_ids:
                tax_ids_type_0_item = tax_ids_type_0_item_data.to_dict()
                tax_ids.append(tax_ids_type_0_item)

        else:
            tax_ids = self.tax_ids

        tax_treaty_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_treaty_details, Unset):
            tax_treaty_details = UNSET
        elif isinstance(self.tax_treaty_details, list):
            tax_treaty_details = []
            for tax_treaty_details_type_0_item_data in self.tax_treaty_details:
                tax_treaty_details_type_0_item = (
                    tax_treaty_details_type_0_item_data.to_dict()
                )
                tax_treaty_details.append(tax_treaty_details_type_0_item)

        else:
            tax_treaty_details = self.tax_treaty_details

        trade_intention_type: None | str | Unset
        if isinstance(self.trade_intention_type, Unset):
            trade_intention_type = UNSET
        else:
            trade_intention_type = self.trade_intention_type

        trust_type: None | str | Unset
        if isinstance(self.trust_type, Unset):
            trust_type = UNSET
        else:
            trust_type = self.trust_type

        us_tax_purpose_type: None | str | Unset
        if isinstance(self.us_tax_purpose_type, Unset):
            us_tax_purpose_type = UNSET
        else:
            us_tax_purpose_type = self.us_tax_purpose_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_alias is not UNSET:
            field_dict["accountAlias"] = account_alias
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_title is not UNSET:
            field_dict["accountTitle"] = account_title
        if applicant_type is not UNSET:
            field_dict["applicantType"] = applicant_type
        if base_currency is not UNSET:
            field_dict["baseCurrency"] = base_currency
        if business_description is not UNSET:
            field_dict["businessDescription"] = business_description
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if class_action_program is not UNSET:
            field_dict["class_action_program"] = class_action_program
        if clearing_status is not UNSET:
            field_dict["clearingStatus"] = clearing_status
        if clearing_status_description is not UNSET:
            field_dict["clearingStatusDescription"] = clearing_status_description
        if country_of_corporation is not UNSET:
            field_dict["countryOfCorporation"] = country_of_corporation
        if date_approved is not UNSET:
            field_dict["dateApproved"] = date_approved
        if date_begun is not UNSET:
            field_dict["dateBegun"] = date_begun
        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        if date_delinked is not UNSET:
            field_dict["dateDelinked"] = date_delinked
        if date_funded is not UNSET:
            field_dict["dateFunded"] = date_funded
        if date_linked is not UNSET:
            field_dict["dateLinked"] = date_linked
        if date_opened is not UNSET:
            field_dict["dateOpened"] = date_opened
        if dividend_reinvestment is not UNSET:
            field_dict["dividendReinvestment"] = dividend_reinvestment
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if equity is not UNSET:
            field_dict["equity"] = equity
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if fee_template is not UNSET:
            field_dict["feeTemplate"] = fee_template
        if household is not UNSET:
            field_dict["household"] = household
        if investment_objectives is not UNSET:
            field_dict["investmentObjectives"] = investment_objectives
        if limited_option_trading is not UNSET:
            field_dict["limitedOptionTrading"] = limited_option_trading
        if mailing is not UNSET:
            field_dict["mailing"] = mailing
        if main_account is not UNSET:
            field_dict["mainAccount"] = main_account
        if margin is not UNSET:
            field_dict["margin"] = margin
        if master_account_id is not UNSET:
            field_dict["masterAccountId"] = master_account_id
        if mifid_category is not UNSET:
            field_dict["mifidCategory"] = mifid_category
        if mifir_status is not UNSET:
            field_dict["mifirStatus"] = mifir_status
        if official_title is not UNSET:
            field_dict["officialTitle"] = official_title
        if option_level is not UNSET:
            field_dict["optionLevel"] = option_level
        if org_type is not UNSET:
            field_dict["orgType"] = org_type
        if primary_user is not UNSET:
            field_dict["primaryUser"] = primary_user
        if process_type is not UNSET:
            field_dict["processType"] = process_type
        if property_profile is not UNSET:
            field_dict["propertyProfile"] = property_profile
        if registered_address is not UNSET:
            field_dict["registeredAddress"] = registered_address
        if risk_score is not UNSET:
            field_dict["riskScore"] = risk_score
        if signatures is not UNSET:
            field_dict["signatures"] = signatures
        if source_account_id is not UNSET:
            field_dict["sourceAccountId"] = source_account_id
        if state_code is not UNSET:
            field_dict["stateCode"] = state_code
        if stock_yield_program is not UNSET:
            field_dict["stockYieldProgram"] = stock_yield_program
        if sub_type is not UNSET:
            field_dict["subType"] = sub_type
        if tax_ids is not UNSET:
            field_dict["taxIds"] = tax_ids
        if tax_treaty_details is not UNSET:
            field_dict["taxTreatyDetails"] = tax_treaty_details
        if trade_intention_type is not UNSET:
            field_dict["tradeIntentionType"] = trade_intention_type
        if trust_type is not UNSET:
            field_dict["trustType"] = trust_type
        if us_tax_purpose_type is not UNSET:
            field_dict["usTaxPurposeType"] = us_tax_purpose_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_data_capabilities_type_0 import (
            AccountDataCapabilitiesType0,  # noqa: PLC0415
        )
        from ..models.account_data_dividend_reinvestment_type_0 import (
            AccountDataDividendReinvestmentType0,  # noqa: PLC0415
        )
        from ..models.account_data_fee_template_type_0 import (
            AccountDataFeeTemplateType0,  # noqa: PLC0415
        )
        from ..models.account_data_mailing_type_0 import AccountDataMailingType0  # noqa: PLC0415
        from ..models.account_data_registered_address_type_0 import (
            AccountDataRegisteredAddressType0,  # noqa: PLC0415
        )
        from ..models.account_data_stock_yield_program_type_0 import (
            AccountDataStockYieldProgramType0,  # noqa: PLC0415
        )
        from ..models.account_data_tax_ids_type_0_item import AccountDataTaxIdsType0Item  # noqa: PLC0415
        from ..models.account_data_tax_treaty_details_type_0_item import (
            AccountDataTaxTreatyDetailsType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_account_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_alias = _parse_account_alias(_source.pop("accountAlias", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_account_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_title = _parse_account_title(_source.pop("accountTitle", UNSET))

        def _parse_applicant_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applicant_type = _parse_applicant_type(_source.pop("applicantType", UNSET))

        def _parse_base_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_currency = _parse_base_currency(_source.pop("baseCurrency", UNSET))

        def _parse_business_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_description = _parse_business_description(
            _source.pop("businessDescription", UNSET)
        )

        def _parse_capabilities(
            data: object,
        ) -> AccountDataCapabilitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capabilities_type_0 = AccountDataCapabilitiesType0.from_dict(data)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountDataCapabilitiesType0 | None | Unset, data)

        capabilities = _parse_capabilities(_source.pop("capabilities", UNSET))

        def _parse_class_action_program(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        class_action_program = _parse_class_action_program(
            _source.pop("class_action_program", UNSET)
        )

        def _parse_clearing_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearing_status = _parse_clearing_status(_source.pop("clearingStatus", UNSET))

        def _parse_clearing_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearing_status_description = _parse_clearing_status_description(
            _source.pop("clearingStatusDescription", UNSET)
        )

        def _parse_country_of_corporation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_corporation = _parse_country_of_corporation(
            _source.pop("countryOfCorporation", UNSET)
        )

        def _parse_date_approved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_approved = _parse_date_approved(_source.pop("dateApproved", UNSET))

        def _parse_date_begun(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_begun = _parse_date_begun(_source.pop("dateBegun", UNSET))

        def _parse_date_closed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_closed = _parse_date_closed(_source.pop("dateClosed", UNSET))

        def _parse_date_delinked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_delinked = _parse_date_delinked(_source.pop("dateDelinked", UNSET))

        def _parse_date_funded(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_funded = _parse_date_funded(_source.pop("dateFunded", UNSET))

        def _parse_date_linked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_linked = _parse_date_linked(_source.pop("dateLinked", UNSET))

        def _parse_date_opened(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_opened = _parse_date_opened(_source.pop("dateOpened", UNSET))

        def _parse_dividend_reinvestment(
            data: object,
        ) -> AccountDataDividendReinvestmentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dividend_reinvestment_type_0 = (
                    AccountDataDividendReinvestmentType0.from_dict(data)
                )

                return dividend_reinvestment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountDataDividendReinvestmentType0 | None | Unset, data)

        dividend_reinvestment = _parse_dividend_reinvestment(
            _source.pop("dividendReinvestment", UNSET)
        )

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(_source.pop("emailAddress", UNSET))

        def _parse_equity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equity = _parse_equity(_source.pop("equity", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(_source.pop("externalId", UNSET))

        def _parse_fee_template(
            data: object,
        ) -> AccountDataFeeTemplateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fee_template_type_0 = AccountDataFeeTemplateType0.from_dict(data)

                return fee_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountDataFeeTemplateType0 | None | Unset, data)

        fee_template = _parse_fee_template(_source.pop("feeTemplate", UNSET))

        def _parse_household(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        household = _parse_household(_source.pop("household", UNSET))

        def _parse_investment_objectives(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                investment_objectives_type_0 = cast(list[str], data)

                return investment_objectives_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        investment_objectives = _parse_investment_objectives(
            _source.pop("investmentObjectives", UNSET)
        )

        def _parse_limited_option_trading(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limited_option_trading = _parse_limited_option_trading(
            _source.pop("limitedOptionTrading", UNSET)
        )

        def _parse_mailing(data: object) -> AccountDataMailingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailing_type_0 = AccountDataMailingType0.from_dict(data)

                return mailing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountDataMailingType0 | None | Unset, data)

        mailing = _parse_mailing(_source.pop("mailing", UNSET))

        def _parse_main_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_account = _parse_main_account(_source.pop("mainAccount", UNSET))

        def _parse_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin = _parse_margin(_source.pop("margin", UNSET))

        def _parse_master_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_account_id = _parse_master_account_id(
            _source.pop("masterAccountId", UNSET)
        )

        def _parse_mifid_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mifid_category = _parse_mifid_category(_source.pop("mifidCategory", UNSET))

        def _parse_mifir_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mifir_status = _parse_mifir_status(_source.pop("mifirStatus", UNSET))

        def _parse_official_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        official_title = _parse_official_title(_source.pop("officialTitle", UNSET))

        def _parse_option_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        option_level = _parse_option_level(_source.pop("optionLevel", UNSET))

        def _parse_org_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_type = _parse_org_type(_source.pop("orgType", UNSET))

        def _parse_primary_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_user = _parse_primary_user(_source.pop("primaryUser", UNSET))

        def _parse_process_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_type = _parse_process_type(_source.pop("processType", UNSET))

        def _parse_property_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        property_profile = _parse_property_profile(
            _source.pop("propertyProfile", UNSET)
        )

        def _parse_registered_address(
            data: object,
        ) -> AccountDataRegisteredAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registered_address_type_0 = AccountDataRegisteredAddressType0.from_dict(
                    data
                )

                return registered_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountDataRegisteredAddressType0 | None | Unset, data)

        registered_address = _parse_registered_address(
            _source.pop("registeredAddress", UNSET)
        )

        def _parse_risk_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_score = _parse_risk_score(_source.pop("riskScore", UNSET))

        def _parse_signatures(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signatures_type_0 = cast(list[str], data)

                return signatures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        signatures = _parse_signatures(_source.pop("signatures", UNSET))

        def _parse_source_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_account_id = _parse_source_account_id(
            _source.pop("sourceAccountId", UNSET)
        )

        def _parse_state_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_code = _parse_state_code(_source.pop("stateCode", UNSET))

        def _parse_stock_yield_program(
            data: object,
        ) -> AccountDataStockYieldProgramType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stock_yield_program_type_0 = (
                    AccountDataStockYieldProgramType0.from_dict(data)
                )

                return stock_yield_program_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountDataStockYieldProgramType0 | None | Unset, data)

        stock_yield_program = _parse_stock_yield_program(
            _source.pop("stockYieldProgram", UNSET)
        )

        def _parse_sub_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_type = _parse_sub_type(_source.pop("subType", UNSET))

        def _parse_tax_ids(
            data: object,
        ) -> list[AccountDataTaxIdsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_ids_type_0 = []
                _tax_ids_type_0 = data
                for tax_ids_type_0_item_data in _tax_ids_type_0:
                    tax_ids_type_0_item = AccountDataTaxIdsType0Item.from_dict(
                        tax_ids_type_0_item_data
                    )

                    tax_ids_type_0.append(tax_ids_type_0_item)

                return tax_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountDataTaxIdsType0Item] | None | Unset, data)

        tax_ids = _parse_tax_ids(_source.pop("taxIds", UNSET))

        def _parse_tax_treaty_details(
            data: object,
        ) -> list[AccountDataTaxTreatyDetailsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_treaty_details_type_0 = []
                _tax_treaty_details_type_0 = data
                for tax_treaty_details_type_0_item_data in _tax_treaty_details_type_0:
                    tax_treaty_details_type_0_item = (
                        AccountDataTaxTreatyDetailsType0Item.from_dict(
                            tax_treaty_details_type_0_item_data
                        )
                    )

                    tax_treaty_details_type_0.append(tax_treaty_details_type_0_item)

                return tax_treaty_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountDataTaxTreatyDetailsType0Item] | None | Unset, data)

        tax_treaty_details = _parse_tax_treaty_details(
            _source.pop("taxTreatyDetails", UNSET)
        )

        def _parse_trade_intention_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trade_intention_type = _parse_trade_intention_type(
            _source.pop("tradeIntentionType", UNSET)
        )

        def _parse_trust_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trust_type = _parse_trust_type(_source.pop("trustType", UNSET))

        def _parse_us_tax_purpose_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        us_tax_purpose_type = _parse_us_tax_purpose_type(
            _source.pop("usTaxPurposeType", UNSET)
        )

        _model = cls(
            account_alias=account_alias,
            account_id=account_id,
            account_title=account_title,
            applicant_type=applicant_type,
            base_currency=base_currency,
            business_description=business_description,
            capabilities=capabilities,
            class_action_program=class_action_program,
            clearing_status=clearing_status,
            clearing_status_description=clearing_status_description,
            country_of_corporation=country_of_corporation,
            date_approved=date_approved,
            date_begun=date_begun,
            date_closed=date_closed,
            date_delinked=date_delinked,
            date_funded=date_funded,
            date_linked=date_linked,
            date_opened=date_opened,
            dividend_reinvestment=dividend_reinvestment,
            email_address=email_address,
            equity=equity,
            external_id=external_id,
            fee_template=fee_template,
            household=household,
            investment_objectives=investment_objectives,
            limited_option_trading=limited_option_trading,
            mailing=mailing,
            main_account=main_account,
            margin=margin,
            master_account_id=master_account_id,
            mifid_category=mifid_category,
            mifir_status=mifir_status,
            official_title=official_title,
            option_level=option_level,
            org_type=org_type,
            primary_user=primary_user,
            process_type=process_type,
            property_profile=property_profile,
            registered_address=registered_address,
            risk_score=risk_score,
            signatures=signatures,
            source_account_id=source_account_id,
            state_code=state_code,
            stock_yield_program=stock_yield_program,
            sub_type=sub_type,
            tax_ids=tax_ids,
            tax_treaty_details=tax_treaty_details,
            trade_intention_type=trade_intention_type,
            trust_type=trust_type,
            us_tax_purpose_type=us_tax_purpose_type,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
