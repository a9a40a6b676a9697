from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_data import AccountData
    from ..models.account_details_response_decedents_type_0_item import (
        AccountDetailsResponseDecedentsType0Item,
    )
    from ..models.account_details_response_financial_information_type_0 import (
        AccountDetailsResponseFinancialInformationType0,
    )
    from ..models.account_details_response_market_data_type_0_item import (
        AccountDetailsResponseMarketDataType0Item,
    )
    from ..models.account_details_response_sources_of_wealth_type_0_item import (
        AccountDetailsResponseSourcesOfWealthType0Item,
    )
    from ..models.account_details_response_with_holding_statement_type_0 import (
        AccountDetailsResponseWithHoldingStatementType0,
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
        account (AccountData | None | Unset):
        associated_entities (list[AssociatedEntity] | None | Unset):
        associated_persons (list[AssociatedPerson] | None | Unset):
        decedents (list[AccountDetailsResponseDecedentsType0Item] | None | Unset):
        entity_ira_beneficiaries (list[EntityIRABene] | None | Unset):
        error (ErrorResponse | None | Unset):
        error_description (None | str | Unset):
        financial_information (AccountDetailsResponseFinancialInformationType0 | None | Unset):
        has_error (bool | None | Unset):
        individual_ira_beneficiaries (list[IndividualIRABene] | None | Unset):
        market_data (list[AccountDetailsResponseMarketDataType0Item] | None | Unset):
        restrictions (list[RestrictionInfo] | None | Unset):
        sources_of_wealth (list[AccountDetailsResponseSourcesOfWealthType0Item] | None | Unset):
        trade_bundles (list[str] | None | Unset):
        with_holding_statement (AccountDetailsResponseWithHoldingStatementType0 | None | Unset):
    """

    account: AccountData | None | Unset = UNSET
    associated_entities: list[AssociatedEntity] | None | Unset = UNSET
    associated_persons: list[AssociatedPerson] | None | Unset = UNSET
    decedents: list[AccountDetailsResponseDecedentsType0Item] | None | Unset = UNSET
    entity_ira_beneficiaries: list[EntityIRABene] | None | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    error_description: None | str | Unset = UNSET
    financial_information: (
        AccountDetailsResponseFinancialInformationType0 | None | Unset
    ) = UNSET
    has_error: bool | None | Unset = UNSET
    individual_ira_beneficiaries: list[IndividualIRABene] | None | Unset = UNSET
    market_data: list[AccountDetailsResponseMarketDataType0Item] | None | Unset = UNSET
    restrictions: list[RestrictionInfo] | None | Unset = UNSET
    sources_of_wealth: (
        list[AccountDetailsResponseSourcesOfWealthType0Item] | None | Unset
    ) = UNSET
    trade_bundles: list[str] | None | Unset = UNSET
    with_holding_statement: (
        AccountDetailsResponseWithHoldingStatementType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_data import AccountData  # noqa: PLC0415
        from ..models.account_details_response_financial_information_type_0 import (
            AccountDetailsResponseFinancialInformationType0,  # noqa: PLC0415
        )
        from ..models.account_details_response_with_holding_statement_type_0 import (
            AccountDetailsResponseWithHoldingStatementType0,  # noqa: PLC0415
        )
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, AccountData):
            account = self.account.to_dict()
        else:
            account = self.account

        associated_entities: list[dict[str, Any]] | None | Unset
        if isinstance(self.associated_entities, Unset):
            associated_entities = UNSET
        elif isinstance(self.associated_entities, list):
            associated_entities = []
            for associated_entities_type_0_item_data in self.associated_entities:
                associated_entities_type_0_item = (
                    associated_entities_type_0_item_data.to_dict()
                )
                associated_entities.append(associated_entities_type_0_item)

        else:
            associated_entities = self.associated_entities

        associated_persons: list[dict[str, Any]] | None | Unset
        if isinstance(self.associated_persons, Unset):
            associated_persons = UNSET
        elif isinstance(self.associated_persons, list):
            associated_persons = []
            for associated_persons_type_0_item_data in self.associated_persons:
                associated_persons_type_0_item = (
                    associated_persons_type_0_item_data.to_dict()
                )
                associated_persons.append(associated_persons_type_0_item)

        else:
            associated_persons = self.associated_persons

        decedents: list[dict[str, Any]] | None | Unset
        if isinstance(self.decedents, Unset):
            decedents = UNSET
        elif isinstance(self.decedents, list):
            decedents = []
            for decedents_type_0_item_data in self.decedents:
                decedents_type_0_item = decedents_type_0_item_data.to_dict()
                decedents.append(decedents_type_0_item)

        else:
            decedents = self.decedents

        entity_ira_beneficiaries: list[dict[str, Any]] | None | Unset
        if isinstance(self.entity_ira_beneficiaries, Unset):
            entity_ira_beneficiaries = UNSET
        elif isinstance(self.entity_ira_beneficiaries, list):
            entity_ira_beneficiaries = []
            for (
                entity_ira_beneficiaries_type_0_item_data
            ) in self.entity_ira_beneficiaries:
                entity_ira_beneficiaries_type_0_item = (
                    entity_ira_beneficiaries_type_0_item_data.to_dict()
                )
                entity_ira_beneficiaries.append(entity_ira_beneficiaries_type_0_item)

        else:
            entity_ira_beneficiaries = self.entity_ira_beneficiaries

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        financial_information: dict[str, Any] | None | Unset
        if isinstance(self.financial_information, Unset):
            financial_information = UNSET
        elif isinstance(
            self.financial_information, AccountDetailsResponseFinancialInformationType0
        ):
            financial_information = self.financial_information.to_dict()
        else:
            financial_information = self.financial_information

        has_error: bool | None | Unset
        if isinstance(self.has_error, Unset):
            has_error = UNSET
        else:
            has_error = self.has_error

        individual_ira_beneficiaries: list[dict[str, Any]] | None | Unset
        if isinstance(self.individual_ira_beneficiaries, Unset):
            individual_ira_beneficiaries = UNSET
        elif isinstance(self.individual_ira_beneficiaries, list):
            individual_ira_beneficiaries = []
            for (
                individual_ira_beneficiaries_type_0_item_data
            ) in self.individual_ira_beneficiaries:
                individual_ira_beneficiaries_type_0_item = (
                    individual_ira_beneficiaries_type_0_item_data.to_dict()
                )
                individual_ira_beneficiaries.append(
                    individual_ira_beneficiaries_type_0_item
                )

        else:
            individual_ira_beneficiaries = self.individual_ira_beneficiaries

        market_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.market_data, Unset):
            market_data = UNSET
        elif isinstance(self.market_data, list):
            market_data = []
            for market_data_type_0_item_data in self.market_data:
                market_data_type_0_item = market_data_type_0_item_data.to_dict()
                market_data.append(market_data_type_0_item)

        else:
            market_data = self.market_data

        restrictions: list[dict[str, Any]] | None | Unset
        if isinstance(self.restrictions, Unset):
            restrictions = UNSET
        elif isinstance(self.restrictions, list):
            restrictions = []
            for restrictions_type_0_item_data in self.restrictions:
                restrictions_type_0_item = restrictions_type_0_item_data.to_dict()
                restrictions.append(restrictions_type_0_item)

        else:
            restrictions = self.restrictions

        sources_of_wealth: list[dict[str, Any]] | None | Unset
        if isinstance(self.sources_of_wealth, Unset):
            sources_of_wealth = UNSET
        elif isinstance(self.sources_of_wealth, list):
            sources_of_wealth = []
            for sources_of_wealth_type_0_item_data in self.sources_of_wealth:
                sources_of_wealth_type_0_item = (
                    sources_of_wealth_type_0_item_data.to_dict()
                )
                sources_of_wealth.append(sources_of_wealth_type_0_item)

        else:
            sources_of_wealth = self.sources_of_wealth

        trade_bundles: list[str] | None | Unset
        if isinstance(self.trade_bundles, Unset):
            trade_bundles = UNSET
        elif isinstance(self.trade_bundles, list):
            trade_bundles = self.trade_bundles

        else:
            trade_bundles = self.trade_bundles

        with_holding_statement: dict[str, Any] | None | Unset
        if isinstance(self.with_holding_statement, Unset):
            with_holding_statement = UNSET
        elif isinstance(
            self.with_holding_statement, AccountDetailsResponseWithHoldingStatementType0
        ):
            with_holding_statement = self.with_holding_statement.to_dict()
        else:
            with_holding_statement = self.with_holding_statement

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
        from ..models.account_details_response_decedents_type_0_item import (
            AccountDetailsResponseDecedentsType0Item,  # noqa: PLC0415
        )
        from ..models.account_details_response_financial_information_type_0 import (
            AccountDetailsResponseFinancialInformationType0,  # noqa: PLC0415
        )
        from ..models.account_details_response_market_data_type_0_item import (
            AccountDetailsResponseMarketDataType0Item,  # noqa: PLC0415
        )
        from ..models.account_details_response_sources_of_wealth_type_0_item import (
            AccountDetailsResponseSourcesOfWealthType0Item,  # noqa: PLC0415
        )
        from ..models.account_details_response_with_holding_statement_type_0 import (
            AccountDetailsResponseWithHoldingStatementType0,  # noqa: PLC0415
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

        def _parse_account(data: object) -> AccountData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = AccountData.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountData | None | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_associated_entities(
            data: object,
        ) -> list[AssociatedEntity] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                associated_entities_type_0 = []
                _associated_entities_type_0 = data
                for associated_entities_type_0_item_data in _associated_entities_type_0:
                    associated_entities_type_0_item = AssociatedEntity.from_dict(
                        associated_entities_type_0_item_data
                    )

                    associated_entities_type_0.append(associated_entities_type_0_item)

                return associated_entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssociatedEntity] | None | Unset, data)

        associated_entities = _parse_associated_entities(
            _source.pop("associatedEntities", UNSET)
        )

        def _parse_associated_persons(
            data: object,
        ) -> list[AssociatedPerson] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                associated_persons_type_0 = []
                _associated_persons_type_0 = data
                for associated_persons_type_0_item_data in _associated_persons_type_0:
                    associated_persons_type_0_item = AssociatedPerson.from_dict(
                        associated_persons_type_0_item_data
                    )

                    associated_persons_type_0.append(associated_persons_type_0_item)

                return associated_persons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssociatedPerson] | None | Unset, data)

        associated_persons = _parse_associated_persons(
            _source.pop("associatedPersons", UNSET)
        )

        def _parse_decedents(
            data: object,
        ) -> list[AccountDetailsResponseDecedentsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                decedents_type_0 = []
                _decedents_type_0 = data
                for decedents_type_0_item_data in _decedents_type_0:
                    decedents_type_0_item = (
                        AccountDetailsResponseDecedentsType0Item.from_dict(
                            decedents_type_0_item_data
                        )
                    )

                    decedents_type_0.append(decedents_type_0_item)

                return decedents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AccountDetailsResponseDecedentsType0Item] | None | Unset, data
            )

        decedents = _parse_decedents(_source.pop("decedents", UNSET))

        def _parse_entity_ira_beneficiaries(
            data: object,
        ) -> list[EntityIRABene] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entity_ira_beneficiaries_type_0 = []
                _entity_ira_beneficiaries_type_0 = data
                for (
                    entity_ira_beneficiaries_type_0_item_data
                ) in _entity_ira_beneficiaries_type_0:
                    entity_ira_beneficiaries_type_0_item = EntityIRABene.from_dict(
                        entity_ira_beneficiaries_type_0_item_data
                    )

                    entity_ira_beneficiaries_type_0.append(
                        entity_ira_beneficiaries_type_0_item
                    )

                return entity_ira_beneficiaries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EntityIRABene] | None | Unset, data)

        entity_ira_beneficiaries = _parse_entity_ira_beneficiaries(
            _source.pop("entityIRABeneficiaries", UNSET)
        )

        def _parse_error(data: object) -> ErrorResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorResponse.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | None | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(
            _source.pop("errorDescription", UNSET)
        )

        def _parse_financial_information(
            data: object,
        ) -> AccountDetailsResponseFinancialInformationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                financial_information_type_0 = (
                    AccountDetailsResponseFinancialInformationType0.from_dict(data)
                )

                return financial_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AccountDetailsResponseFinancialInformationType0 | None | Unset, data
            )

        financial_information = _parse_financial_information(
            _source.pop("financialInformation", UNSET)
        )

        def _parse_has_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_error = _parse_has_error(_source.pop("hasError", UNSET))

        def _parse_individual_ira_beneficiaries(
            data: object,
        ) -> list[IndividualIRABene] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                individual_ira_beneficiaries_type_0 = []
                _individual_ira_beneficiaries_type_0 = data
                for (
                    individual_ira_beneficiaries_type_0_item_data
                ) in _individual_ira_beneficiaries_type_0:
                    individual_ira_beneficiaries_type_0_item = (
                        IndividualIRABene.from_dict(
                            individual_ira_beneficiaries_type_0_item_data
                        )
                    )

                    individual_ira_beneficiaries_type_0.append(
                        individual_ira_beneficiaries_type_0_item
                    )

                return individual_ira_beneficiaries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IndividualIRABene] | None | Unset, data)

        individual_ira_beneficiaries = _parse_individual_ira_beneficiaries(
            _source.pop("individualIRABeneficiaries", UNSET)
        )

        def _parse_market_data(
            data: object,
        ) -> list[AccountDetailsResponseMarketDataType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                market_data_type_0 = []
                _market_data_type_0 = data
                for market_data_type_0_item_data in _market_data_type_0:
                    market_data_type_0_item = (
                        AccountDetailsResponseMarketDataType0Item.from_dict(
                            market_data_type_0_item_data
                        )
                    )

                    market_data_type_0.append(market_data_type_0_item)

                return market_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AccountDetailsResponseMarketDataType0Item] | None | Unset, data
            )

        market_data = _parse_market_data(_source.pop("marketData", UNSET))

        def _parse_restrictions(data: object) -> list[RestrictionInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                restrictions_type_0 = []
                _restrictions_type_0 = data
                for restrictions_type_0_item_data in _restrictions_type_0:
                    restrictions_type_0_item = RestrictionInfo.from_dict(
                        restrictions_type_0_item_data
                    )

                    restrictions_type_0.append(restrictions_type_0_item)

                return restrictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RestrictionInfo] | None | Unset, data)

        restrictions = _parse_restrictions(_source.pop("restrictions", UNSET))

        def _parse_sources_of_wealth(
            data: object,
        ) -> list[AccountDetailsResponseSourcesOfWealthType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sources_of_wealth_type_0 = []
                _sources_of_wealth_type_0 = data
                for sources_of_wealth_type_0_item_data in _sources_of_wealth_type_0:
                    sources_of_wealth_type_0_item = (
                        AccountDetailsResponseSourcesOfWealthType0Item.from_dict(
                            sources_of_wealth_type_0_item_data
                        )
                    )

                    sources_of_wealth_type_0.append(sources_of_wealth_type_0_item)

                return sources_of_wealth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AccountDetailsResponseSourcesOfWealthType0Item] | None | Unset,
                data,
            )

        sources_of_wealth = _parse_sources_of_wealth(
            _source.pop("sourcesOfWealth", UNSET)
        )

        def _parse_trade_bundles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trade_bundles_type_0 = cast(list[str], data)

                return trade_bundles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        trade_bundles = _parse_trade_bundles(_source.pop("tradeBundles", UNSET))

        def _parse_with_holding_statement(
            data: object,
        ) -> AccountDetailsResponseWithHoldingStatementType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                with_holding_statement_type_0 = (
                    AccountDetailsResponseWithHoldingStatementType0.from_dict(data)
                )

                return with_holding_statement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AccountDetailsResponseWithHoldingStatementType0 | None | Unset, data
            )

        with_holding_statement = _parse_with_holding_statement(
            _source.pop("withHoldingStatement", UNSET)
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
