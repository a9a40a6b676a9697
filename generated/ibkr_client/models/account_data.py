from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_data_capabilities import AccountDataCapabilities
    from ..models.account_data_dividend_reinvestment import (
        AccountDataDividendReinvestment,
    )
    from ..models.account_data_fee_template import AccountDataFeeTemplate
    from ..models.account_data_mailing import AccountDataMailing
    from ..models.account_data_registered_address import AccountDataRegisteredAddress
    from ..models.account_data_stock_yield_program import AccountDataStockYieldProgram
    from ..models.account_data_tax_ids_item import AccountDataTaxIdsItem
    from ..models.account_data_tax_treaty_details_item import (
        AccountDataTaxTreatyDetailsItem,
    )


T = TypeVar("T", bound="AccountData")


@_attrs_define
class AccountData:
    """
    Attributes:
        account_alias (str | Unset):
        account_id (str | Unset):
        account_title (str | Unset):
        applicant_type (str | Unset):
        base_currency (str | Unset):
        business_description (str | Unset):
        capabilities (AccountDataCapabilities | Unset):
        class_action_program (str | Unset):
        clearing_status (str | Unset):
        clearing_status_description (str | Unset):
        country_of_corporation (str | Unset):
        date_approved (str | Unset):
        date_begun (str | Unset):
        date_closed (str | Unset):
        date_delinked (str | Unset):
        date_funded (str | Unset):
        date_linked (str | Unset):
        date_opened (str | Unset):
        dividend_reinvestment (AccountDataDividendReinvestment | Unset):
        email_address (str | Unset):
        equity (float | Unset):
        external_id (str | Unset):
        fee_template (AccountDataFeeTemplate | Unset):
        household (str | Unset):
        investment_objectives (list[str] | Unset):
        limited_option_trading (str | Unset):
        mailing (AccountDataMailing | Unset):
        main_account (str | Unset):
        margin (str | Unset):
        master_account_id (str | Unset):
        mifid_category (str | Unset):
        mifir_status (str | Unset):
        official_title (str | Unset):
        option_level (int | Unset):
        org_type (str | Unset):
        primary_user (str | Unset):
        process_type (str | Unset):
        property_profile (str | Unset):
        registered_address (AccountDataRegisteredAddress | Unset):
        risk_score (int | Unset):
        signatures (list[str] | Unset):
        source_account_id (str | Unset):
        state_code (str | Unset):
        stock_yield_program (AccountDataStockYieldProgram | Unset):
        sub_type (str | Unset):
        tax_ids (list[AccountDataTaxIdsItem] | Unset):
        tax_treaty_details (list[AccountDataTaxTreatyDetailsItem] | Unset):
        trade_intention_type (str | Unset):
        trust_type (str | Unset):
        us_tax_purpose_type (str | Unset):
    """

    account_alias: str | Unset = UNSET
    account_id: str | Unset = UNSET
    account_title: str | Unset = UNSET
    applicant_type: str | Unset = UNSET
    base_currency: str | Unset = UNSET
    business_description: str | Unset = UNSET
    capabilities: AccountDataCapabilities | Unset = UNSET
    class_action_program: str | Unset = UNSET
    clearing_status: str | Unset = UNSET
    clearing_status_description: str | Unset = UNSET
    country_of_corporation: str | Unset = UNSET
    date_approved: str | Unset = UNSET
    date_begun: str | Unset = UNSET
    date_closed: str | Unset = UNSET
    date_delinked: str | Unset = UNSET
    date_funded: str | Unset = UNSET
    date_linked: str | Unset = UNSET
    date_opened: str | Unset = UNSET
    dividend_reinvestment: AccountDataDividendReinvestment | Unset = UNSET
    email_address: str | Unset = UNSET
    equity: float | Unset = UNSET
    external_id: str | Unset = UNSET
    fee_template: AccountDataFeeTemplate | Unset = UNSET
    household: str | Unset = UNSET
    investment_objectives: list[str] | Unset = UNSET
    limited_option_trading: str | Unset = UNSET
    mailing: AccountDataMailing | Unset = UNSET
    main_account: str | Unset = UNSET
    margin: str | Unset = UNSET
    master_account_id: str | Unset = UNSET
    mifid_category: str | Unset = UNSET
    mifir_status: str | Unset = UNSET
    official_title: str | Unset = UNSET
    option_level: int | Unset = UNSET
    org_type: str | Unset = UNSET
    primary_user: str | Unset = UNSET
    process_type: str | Unset = UNSET
    property_profile: str | Unset = UNSET
    registered_address: AccountDataRegisteredAddress | Unset = UNSET
    risk_score: int | Unset = UNSET
    signatures: list[str] | Unset = UNSET
    source_account_id: str | Unset = UNSET
    state_code: str | Unset = UNSET
    stock_yield_program: AccountDataStockYieldProgram | Unset = UNSET
    sub_type: str | Unset = UNSET
    tax_ids: list[AccountDataTaxIdsItem] | Unset = UNSET
    tax_treaty_details: list[AccountDataTaxTreatyDetailsItem] | Unset = UNSET
    trade_intention_type: str | Unset = UNSET
    trust_type: str | Unset = UNSET
    us_tax_purpose_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_alias = self.account_alias

        account_id = self.account_id

        account_title = self.account_title

        applicant_type = self.applicant_type

        base_currency = self.base_currency

        business_description = self.business_description

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        class_action_program = self.class_action_program

        clearing_status = self.clearing_status

        clearing_status_description = self.clearing_status_description

        country_of_corporation = self.country_of_corporation

        date_approved = self.date_approved

        date_begun = self.date_begun

        date_closed = self.date_closed

        date_delinked = self.date_delinked

        date_funded = self.date_funded

        date_linked = self.date_linked

        date_opened = self.date_opened

        dividend_reinvestment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dividend_reinvestment, Unset):
            dividend_reinvestment = self.dividend_reinvestment.to_dict()

        email_address = self.email_address

        equity = self.equity

        external_id = self.external_id

        fee_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_template, Unset):
            fee_template = self.fee_template.to_dict()

        household = self.household

        investment_objectives: list[str] | Unset = UNSET
        if not isinstance(self.investment_objectives, Unset):
            investment_objectives = self.investment_objectives

        limited_option_trading = self.limited_option_trading

        mailing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing, Unset):
            mailing = self.mailing.to_dict()

        main_account = self.main_account

        margin = self.margin

        master_account_id = self.master_account_id

        mifid_category = self.mifid_category

        mifir_status = self.mifir_status

        official_title = self.official_title

        option_level = self.option_level

        org_type = self.org_type

        primary_user = self.primary_user

        process_type = self.process_type

        property_profile = self.property_profile

        registered_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registered_address, Unset):
            registered_address = self.registered_address.to_dict()

        risk_score = self.risk_score

        signatures: list[str] | Unset = UNSET
        if not isinstance(self.signatures, Unset):
            signatures = self.signatures

        source_account_id = self.source_account_id

        state_code = self.state_code

        stock_yield_program: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_yield_program, Unset):
            stock_yield_program = self.stock_yield_program.to_dict()

        sub_type = self.sub_type

        tax_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_ids, Unset):
            tax_ids = []
            for tax_ids_item_data in self.tax_ids:
                tax_ids_item = tax_ids_item_data.to_dict()
                tax_ids.append(tax_ids_item)

        tax_treaty_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_treaty_details, Unset):
            tax_treaty_details = []
            for tax_treaty_details_item_data in self.tax_treaty_details:
                tax_treaty_details_item = tax_treaty_details_item_data.to_dict()
                tax_treaty_details.append(tax_treaty_details_item)

        trade_intention_type = self.trade_intention_type

        trust_type = self.trust_type

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
        from ..models.account_data_capabilities import AccountDataCapabilities  # noqa: PLC0415
        from ..models.account_data_dividend_reinvestment import (
            AccountDataDividendReinvestment,  # noqa: PLC0415
        )
        from ..models.account_data_fee_template import AccountDataFeeTemplate  # noqa: PLC0415
        from ..models.account_data_mailing import AccountDataMailing  # noqa: PLC0415
        from ..models.account_data_registered_address import (
            AccountDataRegisteredAddress,  # noqa: PLC0415
        )
        from ..models.account_data_stock_yield_program import (
            AccountDataStockYieldProgram,  # noqa: PLC0415
        )
        from ..models.account_data_tax_ids_item import AccountDataTaxIdsItem  # noqa: PLC0415
        from ..models.account_data_tax_treaty_details_item import (
            AccountDataTaxTreatyDetailsItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_alias = _source.pop("accountAlias", UNSET)

        account_id = _source.pop("accountId", UNSET)

        account_title = _source.pop("accountTitle", UNSET)

        applicant_type = _source.pop("applicantType", UNSET)

        base_currency = _source.pop("baseCurrency", UNSET)

        business_description = _source.pop("businessDescription", UNSET)

        _capabilities = _source.pop("capabilities", UNSET)
        capabilities: AccountDataCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = AccountDataCapabilities.from_dict(_capabilities)

        class_action_program = _source.pop("class_action_program", UNSET)

        clearing_status = _source.pop("clearingStatus", UNSET)

        clearing_status_description = _source.pop("clearingStatusDescription", UNSET)

        country_of_corporation = _source.pop("countryOfCorporation", UNSET)

        date_approved = _source.pop("dateApproved", UNSET)

        date_begun = _source.pop("dateBegun", UNSET)

        date_closed = _source.pop("dateClosed", UNSET)

        date_delinked = _source.pop("dateDelinked", UNSET)

        date_funded = _source.pop("dateFunded", UNSET)

        date_linked = _source.pop("dateLinked", UNSET)

        date_opened = _source.pop("dateOpened", UNSET)

        _dividend_reinvestment = _source.pop("dividendReinvestment", UNSET)
        dividend_reinvestment: AccountDataDividendReinvestment | Unset
        if isinstance(_dividend_reinvestment, Unset):
            dividend_reinvestment = UNSET
        else:
            dividend_reinvestment = AccountDataDividendReinvestment.from_dict(
                _dividend_reinvestment
            )

        email_address = _source.pop("emailAddress", UNSET)

        equity = _source.pop("equity", UNSET)

        external_id = _source.pop("externalId", UNSET)

        _fee_template = _source.pop("feeTemplate", UNSET)
        fee_template: AccountDataFeeTemplate | Unset
        if isinstance(_fee_template, Unset):
            fee_template = UNSET
        else:
            fee_template = AccountDataFeeTemplate.from_dict(_fee_template)

        household = _source.pop("household", UNSET)

        investment_objectives = cast(
            list[str], _source.pop("investmentObjectives", UNSET)
        )

        limited_option_trading = _source.pop("limitedOptionTrading", UNSET)

        _mailing = _source.pop("mailing", UNSET)
        mailing: AccountDataMailing | Unset
        if isinstance(_mailing, Unset):
            mailing = UNSET
        else:
            mailing = AccountDataMailing.from_dict(_mailing)

        main_account = _source.pop("mainAccount", UNSET)

        margin = _source.pop("margin", UNSET)

        master_account_id = _source.pop("masterAccountId", UNSET)

        mifid_category = _source.pop("mifidCategory", UNSET)

        mifir_status = _source.pop("mifirStatus", UNSET)

        official_title = _source.pop("officialTitle", UNSET)

        option_level = _source.pop("optionLevel", UNSET)

        org_type = _source.pop("orgType", UNSET)

        primary_user = _source.pop("primaryUser", UNSET)

        process_type = _source.pop("processType", UNSET)

        property_profile = _source.pop("propertyProfile", UNSET)

        _registered_address = _source.pop("registeredAddress", UNSET)
        registered_address: AccountDataRegisteredAddress | Unset
        if isinstance(_registered_address, Unset):
            registered_address = UNSET
        else:
            registered_address = AccountDataRegisteredAddress.from_dict(
                _registered_address
            )

        risk_score = _source.pop("riskScore", UNSET)

        signatures = cast(list[str], _source.pop("signatures", UNSET))

        source_account_id = _source.pop("sourceAccountId", UNSET)

        state_code = _source.pop("stateCode", UNSET)

        _stock_yield_program = _source.pop("stockYieldProgram", UNSET)
        stock_yield_program: AccountDataStockYieldProgram | Unset
        if isinstance(_stock_yield_program, Unset):
            stock_yield_program = UNSET
        else:
            stock_yield_program = AccountDataStockYieldProgram.from_dict(
                _stock_yield_program
            )

        sub_type = _source.pop("subType", UNSET)

        _tax_ids = _source.pop("taxIds", UNSET)
        tax_ids: list[AccountDataTaxIdsItem] | Unset = UNSET
        if _tax_ids is not UNSET:
            tax_ids = []
            for tax_ids_item_data in _tax_ids:
                tax_ids_item = AccountDataTaxIdsItem.from_dict(tax_ids_item_data)

                tax_ids.append(tax_ids_item)

        _tax_treaty_details = _source.pop("taxTreatyDetails", UNSET)
        tax_treaty_details: list[AccountDataTaxTreatyDetailsItem] | Unset = UNSET
        if _tax_treaty_details is not UNSET:
            tax_treaty_details = []
            for tax_treaty_details_item_data in _tax_treaty_details:
                tax_treaty_details_item = AccountDataTaxTreatyDetailsItem.from_dict(
                    tax_treaty_details_item_data
                )

                tax_treaty_details.append(tax_treaty_details_item)

        trade_intention_type = _source.pop("tradeIntentionType", UNSET)

        trust_type = _source.pop("trustType", UNSET)

        us_tax_purpose_type = _source.pop("usTaxPurposeType", UNSET)

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
