from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_data import AccountData
    from ..models.account_details_response_decedents_item import (
        AccountDetailsResponseDecedentsItem,
    )
    from ..models.account_details_response_financial_information import (
        AccountDetailsResponseFinancialInformation,
    )
    from ..models.account_details_response_market_data_item import (
        AccountDetailsResponseMarketDataItem,
    )
    from ..models.account_details_response_sources_of_wealth_item import (
        AccountDetailsResponseSourcesOfWealthItem,
    )
    from ..models.account_details_response_with_holding_statement import (
        AccountDetailsResponseWithHoldingStatement,
    )
    from ..models.associated_entity import AssociatedEntity
    from ..models.associated_person import AssociatedPerson
    from ..models.entity_ira_bene import EntityIRABene
    from ..models.error_response import ErrorResponse
    from ..models.individual_ira_bene import IndividualIRABene
    from ..models.restriction_info import RestrictionInfo


T = TypeVar("T", bound="AccountDetailsResponse")


@_attrs_define
class AccountDetailsResponse:
    """
    Attributes:
        account (AccountData | Unset):
        associated_entities (list[AssociatedEntity] | Unset):
        associated_persons (list[AssociatedPerson] | Unset):
        decedents (list[AccountDetailsResponseDecedentsItem] | Unset):
        entity_ira_beneficiaries (list[EntityIRABene] | Unset):
        error (ErrorResponse | Unset):
        error_description (str | Unset):
        financial_information (AccountDetailsResponseFinancialInformation | Unset):
        has_error (bool | Unset):
        individual_ira_beneficiaries (list[IndividualIRABene] | Unset):
        market_data (list[AccountDetailsResponseMarketDataItem] | Unset):
        restrictions (list[RestrictionInfo] | Unset):
        sources_of_wealth (list[AccountDetailsResponseSourcesOfWealthItem] | Unset):
        trade_bundles (list[str] | Unset):
        with_holding_statement (AccountDetailsResponseWithHoldingStatement | Unset):
    """

    account: AccountData | Unset = UNSET
    associated_entities: list[AssociatedEntity] | Unset = UNSET
    associated_persons: list[AssociatedPerson] | Unset = UNSET
    decedents: list[AccountDetailsResponseDecedentsItem] | Unset = UNSET
    entity_ira_beneficiaries: list[EntityIRABene] | Unset = UNSET
    error: ErrorResponse | Unset = UNSET
    error_description: str | Unset = UNSET
    financial_information: AccountDetailsResponseFinancialInformation | Unset = UNSET
    has_error: bool | Unset = UNSET
    individual_ira_beneficiaries: list[IndividualIRABene] | Unset = UNSET
    market_data: list[AccountDetailsResponseMarketDataItem] | Unset = UNSET
    restrictions: list[RestrictionInfo] | Unset = UNSET
    sources_of_wealth: list[AccountDetailsResponseSourcesOfWealthItem] | Unset = UNSET
    trade_bundles: list[str] | Unset = UNSET
    with_holding_statement: AccountDetailsResponseWithHoldingStatement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        associated_entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_entities, Unset):
            associated_entities = []
            for associated_entities_item_data in self.associated_entities:
                associated_entities_item = associated_entities_item_data.to_dict()
                associated_entities.append(associated_entities_item)

        associated_persons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_persons, Unset):
            associated_persons = []
            for associated_persons_item_data in self.associated_persons:
                associated_persons_item = associated_persons_item_data.to_dict()
                associated_persons.append(associated_persons_item)

        decedents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.decedents, Unset):
            decedents = []
            for decedents_item_data in self.decedents:
                decedents_item = decedents_item_data.to_dict()
                decedents.append(decedents_item)

        entity_ira_beneficiaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_ira_beneficiaries, Unset):
            entity_ira_beneficiaries = []
            for entity_ira_beneficiaries_item_data in self.entity_ira_beneficiaries:
                entity_ira_beneficiaries_item = (
                    entity_ira_beneficiaries_item_data.to_dict()
                )
                entity_ira_beneficiaries.append(entity_ira_beneficiaries_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        error_description = self.error_description

        financial_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_information, Unset):
            financial_information = self.financial_information.to_dict()

        has_error = self.has_error

        individual_ira_beneficiaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.individual_ira_beneficiaries, Unset):
            individual_ira_beneficiaries = []
            for (
                individual_ira_beneficiaries_item_data
            ) in self.individual_ira_beneficiaries:
                individual_ira_beneficiaries_item = (
                    individual_ira_beneficiaries_item_data.to_dict()
                )
                individual_ira_beneficiaries.append(individual_ira_beneficiaries_item)

        market_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.market_data, Unset):
            market_data = []
            for market_data_item_data in self.market_data:
                market_data_item = market_data_item_data.to_dict()
                market_data.append(market_data_item)

        restrictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.restrictions, Unset):
            restrictions = []
            for restrictions_item_data in self.restrictions:
                restrictions_item = restrictions_item_data.to_dict()
                restrictions.append(restrictions_item)

        sources_of_wealth: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources_of_wealth, Unset):
            sources_of_wealth = []
            for sources_of_wealth_item_data in self.sources_of_wealth:
                sources_of_wealth_item = sources_of_wealth_item_data.to_dict()
                sources_of_wealth.append(sources_of_wealth_item)

        trade_bundles: list[str] | Unset = UNSET
        if not isinstance(self.trade_bundles, Unset):
            trade_bundles = self.trade_bundles

        with_holding_statement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.with_holding_statement, Unset):
            with_holding_statement = self.with_holding_statement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if associated_entities is not UNSET:
            field_dict["associatedEntities"] = associated_entities
        if associated_persons is not UNSET:
            field_dict["associatedPersons"] = associated_persons
        if decedents is not UNSET:
            field_dict["decedents"] = decedents
        if entity_ira_beneficiaries is not UNSET:
            field_dict["entityIRABeneficiaries"] = entity_ira_beneficiaries
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if financial_information is not UNSET:
            field_dict["financialInformation"] = financial_information
        if has_error is not UNSET:
            field_dict["hasError"] = has_error
        if individual_ira_beneficiaries is not UNSET:
            field_dict["individualIRABeneficiaries"] = individual_ira_beneficiaries
        if market_data is not UNSET:
            field_dict["marketData"] = market_data
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if sources_of_wealth is not UNSET:
            field_dict["sourcesOfWealth"] = sources_of_wealth
        if trade_bundles is not UNSET:
            field_dict["tradeBundles"] = trade_bundles
        if with_holding_statement is not UNSET:
            field_dict["withHoldingStatement"] = with_holding_statement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_data import AccountData  # noqa: PLC0415
        from ..models.account_details_response_decedents_item import (
            AccountDetailsResponseDecedentsItem,  # noqa: PLC0415
        )
        from ..models.account_details_response_financial_information import (
            AccountDetailsResponseFinancialInformation,  # noqa: PLC0415
        )
        from ..models.account_details_response_market_data_item import (
            AccountDetailsResponseMarketDataItem,  # noqa: PLC0415
        )
        from ..models.account_details_response_sources_of_wealth_item import (
            AccountDetailsResponseSourcesOfWealthItem,  # noqa: PLC0415
        )
        from ..models.account_details_response_with_holding_statement import (
            AccountDetailsResponseWithHoldingStatement,  # noqa: PLC0415
        )
        from ..models.associated_entity import AssociatedEntity  # noqa: PLC0415
        from ..models.associated_person import AssociatedPerson  # noqa: PLC0415
        from ..models.entity_ira_bene import EntityIRABene  # noqa: PLC0415
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.individual_ira_bene import IndividualIRABene  # noqa: PLC0415
        from ..models.restriction_info import RestrictionInfo  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _account = _source.pop("account", UNSET)
        account: AccountData | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountData.from_dict(_account)

        _associated_entities = _source.pop("associatedEntities", UNSET)
        associated_entities: list[AssociatedEntity] | Unset = UNSET
        if _associated_entities is not UNSET:
            associated_entities = []
            for associated_entities_item_data in _associated_entities:
                associated_entities_item = AssociatedEntity.from_dict(
                    associated_entities_item_data
                )

                associated_entities.append(associated_entities_item)

        _associated_persons = _source.pop("associatedPersons", UNSET)
        associated_persons: list[AssociatedPerson] | Unset = UNSET
        if _associated_persons is not UNSET:
            associated_persons = []
            for associated_persons_item_data in _associated_persons:
                associated_persons_item = AssociatedPerson.from_dict(
                    associated_persons_item_data
                )

                associated_persons.append(associated_persons_item)

        _decedents = _source.pop("decedents", UNSET)
        decedents: list[AccountDetailsResponseDecedentsItem] | Unset = UNSET
        if _decedents is not UNSET:
            decedents = []
            for decedents_item_data in _decedents:
                decedents_item = AccountDetailsResponseDecedentsItem.from_dict(
                    decedents_item_data
                )

                decedents.append(decedents_item)

        _entity_ira_beneficiaries = _source.pop("entityIRABeneficiaries", UNSET)
        entity_ira_beneficiaries: list[EntityIRABene] | Unset = UNSET
        if _entity_ira_beneficiaries is not UNSET:
            entity_ira_beneficiaries = []
            for entity_ira_beneficiaries_item_data in _entity_ira_beneficiaries:
                entity_ira_beneficiaries_item = EntityIRABene.from_dict(
                    entity_ira_beneficiaries_item_data
                )

                entity_ira_beneficiaries.append(entity_ira_beneficiaries_item)

        _error = _source.pop("error", UNSET)
        error: ErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorResponse.from_dict(_error)

        error_description = _source.pop("errorDescription", UNSET)

        _financial_information = _source.pop("financialInformation", UNSET)
        financial_information: AccountDetailsResponseFinancialInformation | Unset
        if isinstance(_financial_information, Unset):
            financial_information = UNSET
        else:
            financial_information = (
                AccountDetailsResponseFinancialInformation.from_dict(
                    _financial_information
                )
            )

        has_error = _source.pop("hasError", UNSET)

        _individual_ira_beneficiaries = _source.pop("individualIRABeneficiaries", UNSET)
        individual_ira_beneficiaries: list[IndividualIRABene] | Unset = UNSET
        if _individual_ira_beneficiaries is not UNSET:
            individual_ira_beneficiaries = []
            for individual_ira_beneficiaries_item_data in _individual_ira_beneficiaries:
                individual_ira_beneficiaries_item = IndividualIRABene.from_dict(
                    individual_ira_beneficiaries_item_data
                )

                individual_ira_beneficiaries.append(individual_ira_beneficiaries_item)

        _market_data = _source.pop("marketData", UNSET)
        market_data: list[AccountDetailsResponseMarketDataItem] | Unset = UNSET
        if _market_data is not UNSET:
            market_data = []
            for market_data_item_data in _market_data:
                market_data_item = AccountDetailsResponseMarketDataItem.from_dict(
                    market_data_item_data
                )

                market_data.append(market_data_item)

        _restrictions = _source.pop("restrictions", UNSET)
        restrictions: list[RestrictionInfo] | Unset = UNSET
        if _restrictions is not UNSET:
            restrictions = []
            for restrictions_item_data in _restrictions:
                restrictions_item = RestrictionInfo.from_dict(restrictions_item_data)

                restrictions.append(restrictions_item)

        _sources_of_wealth = _source.pop("sourcesOfWealth", UNSET)
        sources_of_wealth: list[AccountDetailsResponseSourcesOfWealthItem] | Unset = (
            UNSET
        )
        if _sources_of_wealth is not UNSET:
            sources_of_wealth = []
            for sources_of_wealth_item_data in _sources_of_wealth:
                sources_of_wealth_item = (
                    AccountDetailsResponseSourcesOfWealthItem.from_dict(
                        sources_of_wealth_item_data
                    )
                )

                sources_of_wealth.append(sources_of_wealth_item)

        trade_bundles = cast(list[str], _source.pop("tradeBundles", UNSET))

        _with_holding_statement = _source.pop("withHoldingStatement", UNSET)
        with_holding_statement: AccountDetailsResponseWithHoldingStatement | Unset
        if isinstance(_with_holding_statement, Unset):
            with_holding_statement = UNSET
        else:
            with_holding_statement = (
                AccountDetailsResponseWithHoldingStatement.from_dict(
                    _with_holding_statement
                )
            )

        _model = cls(
            account=account,
            associated_entities=associated_entities,
            associated_persons=associated_persons,
            decedents=decedents,
            entity_ira_beneficiaries=entity_ira_beneficiaries,
            error=error,
            error_description=error_description,
            financial_information=financial_information,
            has_error=has_error,
            individual_ira_beneficiaries=individual_ira_beneficiaries,
            market_data=market_data,
            restrictions=restrictions,
            sources_of_wealth=sources_of_wealth,
            trade_bundles=trade_bundles,
            with_holding_statement=with_holding_statement,
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
