from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_features import AllowedFeatures
    from ..models.brokerage_accounts_acct_props_type_0 import (
        BrokerageAccountsAcctPropsType0,
    )
    from ..models.brokerage_accounts_aliases_type_0 import BrokerageAccountsAliasesType0
    from ..models.brokerage_accounts_chart_periods_type_0 import (
        BrokerageAccountsChartPeriodsType0,
    )
    from ..models.server_info import ServerInfo


T = TypeVar("T", bound="BrokerageAccounts")


@_attrs_define
class BrokerageAccounts:
    """
    Attributes:
        accounts (list[str] | None | Unset): Every account id the user can trade.
        acct_props (BrokerageAccountsAcctPropsType0 | None | Unset): Properties per account id (an open map keyed by
            account id).
        aliases (BrokerageAccountsAliasesType0 | None | Unset): Alias per account id (an open map keyed by account id).
        allow_features (AllowedFeatures | None | Unset):
        chart_periods (BrokerageAccountsChartPeriodsType0 | None | Unset): Chart periods per security type (an open map
            keyed by security type).
        groups (list[str] | None | Unset): Affiliated allocation groups.
        profiles (list[str] | None | Unset): Affiliated allocation profiles.
        selected_account (None | str | Unset): The currently selected account.
        server_info (None | ServerInfo | Unset):
        session_id (None | str | Unset): Id of the current session.
        isFT (bool | None | Unset): Fractional trading access.
        is_paper (bool | None | Unset): Paper trading account.
        isFt (bool | None | Unset): Whether the user trades for a fund (FT) account structure.
    """

    accounts: list[str] | None | Unset = UNSET
    acct_props: BrokerageAccountsAcctPropsType0 | None | Unset = UNSET
    aliases: BrokerageAccountsAliasesType0 | None | Unset = UNSET
    allow_features: AllowedFeatures | None | Unset = UNSET
    chart_periods: BrokerageAccountsChartPeriodsType0 | None | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
    profiles: list[str] | None | Unset = UNSET
    selected_account: None | str | Unset = UNSET
    server_info: None | ServerInfo | Unset = UNSET
    session_id: None | str | Unset = UNSET
    isFT: bool | None | Unset = UNSET
    is_paper: bool | None | Unset = UNSET
    isFt: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.allowed_features import AllowedFeatures  # noqa: PLC0415
        from ..models.brokerage_accounts_acct_props_type_0 import (
            BrokerageAccountsAcctPropsType0,  # noqa: PLC0415
        )
        from ..models.brokerage_accounts_aliases_type_0 import (
            BrokerageAccountsAliasesType0,  # noqa: PLC0415
        )
        from ..models.brokerage_accounts_chart_periods_type_0 import (
            BrokerageAccountsChartPeriodsType0,  # noqa: PLC0415
        )
        from ..models.server_info import ServerInfo  # noqa: PLC0415

        accounts: list[str] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, list):
            accounts = self.accounts

        else:
            accounts = self.accounts

        acct_props: dict[str, Any] | None | Unset
        if isinstance(self.acct_props, Unset):
            acct_props = UNSET
        elif isinstance(self.acct_props, BrokerageAccountsAcctPropsType0):
            acct_props = self.acct_props.to_dict()
        else:
            acct_props = self.acct_props

        aliases: dict[str, Any] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, BrokerageAccountsAliasesType0):
            aliases = self.aliases.to_dict()
        else:
            aliases = self.aliases

        allow_features: dict[str, Any] | None | Unset
        if isinstance(self.allow_features, Unset):
            allow_features = UNSET
        elif isinstance(self.allow_features, AllowedFeatures):
            allow_features = self.allow_features.to_dict()
        else:
            allow_features = self.allow_features

        chart_periods: dict[str, Any] | None | Unset
        if isinstance(self.chart_periods, Unset):
            chart_periods = UNSET
        elif isinstance(self.chart_periods, BrokerageAccountsChartPeriodsType0):
            chart_periods = self.chart_periods.to_dict()
        else:
            chart_periods = self.chart_periods

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        profiles: list[str] | None | Unset
        if isinstance(self.profiles, Unset):
            profiles = UNSET
        elif isinstance(self.profiles, list):
            profiles = self.profiles

        else:
            profiles = self.profiles

        selected_account: None | str | Unset
        if isinstance(self.selected_account, Unset):
            selected_account = UNSET
        else:
            selected_account = self.selected_account

        server_info: dict[str, Any] | None | Unset
        if isinstance(self.server_info, Unset):
            server_info = UNSET
        elif isinstance(self.server_info, ServerInfo):
            server_info = self.server_info.to_dict()
        else:
            server_info = self.server_info

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        isFT: bool | None | Unset
        if isinstance(self.isFT, Unset):
            isFT = UNSET
        else:
            isFT = self.isFT

        is_paper: bool | None | Unset
        if isinstance(self.is_paper, Unset):
            is_paper = UNSET
        else:
            is_paper = self.is_paper

        isFt: bool | None | Unset
        if isinstance(self.isFt, Unset):
            isFt = UNSET
        else:
            isFt = self.isFt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if acct_props is not UNSET:
            field_dict["acctProps"] = acct_props
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if allow_features is not UNSET:
            field_dict["allowFeatures"] = allow_features
        if chart_periods is not UNSET:
            field_dict["chartPeriods"] = chart_periods
        if groups is not UNSET:
            field_dict["groups"] = groups
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if selected_account is not UNSET:
            field_dict["selectedAccount"] = selected_account
        if server_info is not UNSET:
            field_dict["serverInfo"] = server_info
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if isFT is not UNSET:
            field_dict["isFT"] = isFT
        if is_paper is not UNSET:
            field_dict["isPaper"] = is_paper
        if isFt is not UNSET:
            field_dict["isFt"] = isFt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowed_features import AllowedFeatures  # noqa: PLC0415
        from ..models.brokerage_accounts_acct_props_type_0 import (
            BrokerageAccountsAcctPropsType0,  # noqa: PLC0415
        )
        from ..models.brokerage_accounts_aliases_type_0 import (
            BrokerageAccountsAliasesType0,  # noqa: PLC0415
        )
        from ..models.brokerage_accounts_chart_periods_type_0 import (
            BrokerageAccountsChartPeriodsType0,  # noqa: PLC0415
        )
        from ..models.server_info import ServerInfo  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_accounts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accounts_type_0 = cast(list[str], data)

                return accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        accounts = _parse_accounts(_source.pop("accounts", UNSET))

        def _parse_acct_props(
            data: object,
        ) -> BrokerageAccountsAcctPropsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acct_props_type_0 = BrokerageAccountsAcctPropsType0.from_dict(data)

                return acct_props_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrokerageAccountsAcctPropsType0 | None | Unset, data)

        acct_props = _parse_acct_props(_source.pop("acctProps", UNSET))

        def _parse_aliases(
            data: object,
        ) -> BrokerageAccountsAliasesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aliases_type_0 = BrokerageAccountsAliasesType0.from_dict(data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrokerageAccountsAliasesType0 | None | Unset, data)

        aliases = _parse_aliases(_source.pop("aliases", UNSET))

        def _parse_allow_features(data: object) -> AllowedFeatures | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allow_features_type_0 = AllowedFeatures.from_dict(data)

                return allow_features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllowedFeatures | None | Unset, data)

        allow_features = _parse_allow_features(_source.pop("allowFeatures", UNSET))

        def _parse_chart_periods(
            data: object,
        ) -> BrokerageAccountsChartPeriodsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                chart_periods_type_0 = BrokerageAccountsChartPeriodsType0.from_dict(
                    data
                )

                return chart_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrokerageAccountsChartPeriodsType0 | None | Unset, data)

        chart_periods = _parse_chart_periods(_source.pop("chartPeriods", UNSET))

        def _parse_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[str], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        groups = _parse_groups(_source.pop("groups", UNSET))

        def _parse_profiles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profiles_type_0 = cast(list[str], data)

                return profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        profiles = _parse_profiles(_source.pop("profiles", UNSET))

        def _parse_selected_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_account = _parse_selected_account(
            _source.pop("selectedAccount", UNSET)
        )

        def _parse_server_info(data: object) -> None | ServerInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_info_type_0 = ServerInfo.from_dict(data)

                return server_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerInfo | Unset, data)

        server_info = _parse_server_info(_source.pop("serverInfo", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(_source.pop("sessionId", UNSET))

        def _parse_isFT(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        isFT = _parse_isFT(_source.pop("isFT", UNSET))

        def _parse_is_paper(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_paper = _parse_is_paper(_source.pop("isPaper", UNSET))

        def _parse_isFt(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        isFt = _parse_isFt(_source.pop("isFt", UNSET))

        _model = cls(
            accounts=accounts,
            acct_props=acct_props,
            aliases=aliases,
            allow_features=allow_features,
            chart_periods=chart_periods,
            groups=groups,
            profiles=profiles,
            selected_account=selected_account,
            server_info=server_info,
            session_id=session_id,
            isFT=isFT,
            is_paper=is_paper,
            isFt=isFt,
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
