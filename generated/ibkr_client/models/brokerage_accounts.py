from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_features import AllowedFeatures
    from ..models.brokerage_accounts_acct_props import BrokerageAccountsAcctProps
    from ..models.brokerage_accounts_aliases import BrokerageAccountsAliases
    from ..models.brokerage_accounts_chart_periods import BrokerageAccountsChartPeriods
    from ..models.server_info import ServerInfo


T = TypeVar("T", bound="BrokerageAccounts")


@_attrs_define
class BrokerageAccounts:
    """
    Attributes:
        accounts (list[str] | Unset): Every account id the user can trade.
        acct_props (BrokerageAccountsAcctProps | Unset): Properties per account id (an open map keyed by account id).
        aliases (BrokerageAccountsAliases | Unset): Alias per account id (an open map keyed by account id).
        allow_features (AllowedFeatures | Unset): Features the user may use.
        chart_periods (BrokerageAccountsChartPeriods | Unset): Chart periods per security type (an open map keyed by
            security type).
        groups (list[str] | Unset): Affiliated allocation groups.
        profiles (list[str] | Unset): Affiliated allocation profiles.
        selected_account (str | Unset): The currently selected account.
        server_info (ServerInfo | Unset): The IBKR server behind the session (internal use).
        session_id (str | Unset): Id of the current session.
        is_ft (bool | Unset): Fractional trading access.
        is_paper (bool | Unset): Paper trading account.
    """

    accounts: list[str] | Unset = UNSET
    acct_props: BrokerageAccountsAcctProps | Unset = UNSET
    aliases: BrokerageAccountsAliases | Unset = UNSET
    allow_features: AllowedFeatures | Unset = UNSET
    chart_periods: BrokerageAccountsChartPeriods | Unset = UNSET
    groups: list[str] | Unset = UNSET
    profiles: list[str] | Unset = UNSET
    selected_account: str | Unset = UNSET
    server_info: ServerInfo | Unset = UNSET
    session_id: str | Unset = UNSET
    is_ft: bool | Unset = UNSET
    is_paper: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts: list[str] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts

        acct_props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acct_props, Unset):
            acct_props = self.acct_props.to_dict()

        aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases.to_dict()

        allow_features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allow_features, Unset):
            allow_features = self.allow_features.to_dict()

        chart_periods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chart_periods, Unset):
            chart_periods = self.chart_periods.to_dict()

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        profiles: list[str] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = self.profiles

        selected_account = self.selected_account

        server_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_info, Unset):
            server_info = self.server_info.to_dict()

        session_id = self.session_id

        is_ft = self.is_ft

        is_paper = self.is_paper

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
        if is_ft is not UNSET:
            field_dict["isFT"] = is_ft
        if is_paper is not UNSET:
            field_dict["isPaper"] = is_paper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowed_features import AllowedFeatures  # noqa: PLC0415
        from ..models.brokerage_accounts_acct_props import BrokerageAccountsAcctProps  # noqa: PLC0415
        from ..models.brokerage_accounts_aliases import BrokerageAccountsAliases  # noqa: PLC0415
        from ..models.brokerage_accounts_chart_periods import (
            BrokerageAccountsChartPeriods,  # noqa: PLC0415
        )
        from ..models.server_info import ServerInfo  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        accounts = cast(list[str], _source.pop("accounts", UNSET))

        _acct_props = _source.pop("acctProps", UNSET)
        acct_props: BrokerageAccountsAcctProps | Unset
        if isinstance(_acct_props, Unset):
            acct_props = UNSET
        else:
            acct_props = BrokerageAccountsAcctProps.from_dict(_acct_props)

        _aliases = _source.pop("aliases", UNSET)
        aliases: BrokerageAccountsAliases | Unset
        if isinstance(_aliases, Unset):
            aliases = UNSET
        else:
            aliases = BrokerageAccountsAliases.from_dict(_aliases)

        _allow_features = _source.pop("allowFeatures", UNSET)
        allow_features: AllowedFeatures | Unset
        if isinstance(_allow_features, Unset):
            allow_features = UNSET
        else:
            allow_features = AllowedFeatures.from_dict(_allow_features)

        _chart_periods = _source.pop("chartPeriods", UNSET)
        chart_periods: BrokerageAccountsChartPeriods | Unset
        if isinstance(_chart_periods, Unset):
            chart_periods = UNSET
        else:
            chart_periods = BrokerageAccountsChartPeriods.from_dict(_chart_periods)

        groups = cast(list[str], _source.pop("groups", UNSET))

        profiles = cast(list[str], _source.pop("profiles", UNSET))

        selected_account = _source.pop("selectedAccount", UNSET)

        _server_info = _source.pop("serverInfo", UNSET)
        server_info: ServerInfo | Unset
        if isinstance(_server_info, Unset):
            server_info = UNSET
        else:
            server_info = ServerInfo.from_dict(_server_info)

        session_id = _source.pop("sessionId", UNSET)

        is_ft = _source.pop("isFT", UNSET)

        is_paper = _source.pop("isPaper", UNSET)

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
            is_ft=is_ft,
            is_paper=is_paper,
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
