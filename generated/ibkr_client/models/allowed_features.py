from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedFeatures")


@_attrs_define
class AllowedFeatures:
    """Features the user may use.

    Attributes:
        show_gfis (bool | None | Unset): Market data access.
        show_eu_cost_report (bool | None | Unset): EU cost report access.
        allow_event_contract (bool | None | Unset): Event contracts may be traded.
        allow_fx_conv (bool | None | Unset): Currencies may be converted.
        allow_financial_lens (bool | None | Unset): Financial Lens access.
        allow_mta (bool | None | Unset): Mobile trading alerts.
        allow_type_ahead (bool | None | Unset): Type-ahead support in Client Portal.
        allow_event_trading (bool | None | Unset): Event Trader access.
        snapshot_refresh_timeout (int | None | Unset): Refresh window for snapshot data, in seconds.
        lite_user (bool | None | Unset): IBKR Lite user.
        show_web_news (bool | None | Unset): News feeds on the web.
        research (bool | None | Unset): Research access.
        debug_pnl (bool | None | Unset): The debugPnl endpoint may be used.
        show_tax_opt (bool | None | Unset): Tax Optimizer access.
        show_impact_dashboard (bool | None | Unset): Impact Dashboard access.
        allow_dyn_account (bool | None | Unset): Dynamic account changes.
        allow_crypto (bool | None | Unset): Crypto currencies may be traded.
        allowed_asset_types (None | str | Unset): Comma-separated asset types the account may trade, e.g. "STK,CRYPTO".
            The field
            list says bool; the example, and every recording, send a string.
        allow_fa (bool | None | Unset): Undocumented; financial advisor features.
        allow_lite_under_pro (bool | None | Unset): Undocumented; IBKR Lite accounts under a Pro user.
        restrict_trade_subscription (bool | None | Unset): Undocumented; trading subscriptions are restricted.
        show_uk_user_labels (bool | None | Unset): Undocumented; UK user labels are shown.
        side_by_side (bool | None | Unset): Undocumented; side-by-side layout in Client Portal.
    """

    show_gfis: bool | None | Unset = UNSET
    show_eu_cost_report: bool | None | Unset = UNSET
    allow_event_contract: bool | None | Unset = UNSET
    allow_fx_conv: bool | None | Unset = UNSET
    allow_financial_lens: bool | None | Unset = UNSET
    allow_mta: bool | None | Unset = UNSET
    allow_type_ahead: bool | None | Unset = UNSET
    allow_event_trading: bool | None | Unset = UNSET
    snapshot_refresh_timeout: int | None | Unset = UNSET
    lite_user: bool | None | Unset = UNSET
    show_web_news: bool | None | Unset = UNSET
    research: bool | None | Unset = UNSET
    debug_pnl: bool | None | Unset = UNSET
    show_tax_opt: bool | None | Unset = UNSET
    show_impact_dashboard: bool | None | Unset = UNSET
    allow_dyn_account: bool | None | Unset = UNSET
    allow_crypto: bool | None | Unset = UNSET
    allowed_asset_types: None | str | Unset = UNSET
    allow_fa: bool | None | Unset = UNSET
    allow_lite_under_pro: bool | None | Unset = UNSET
    restrict_trade_subscription: bool | None | Unset = UNSET
    show_uk_user_labels: bool | None | Unset = UNSET
    side_by_side: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_gfis: bool | None | Unset
        if isinstance(self.show_gfis, Unset):
            show_gfis = UNSET
        else:
            show_gfis = self.show_gfis

        show_eu_cost_report: bool | None | Unset
        if isinstance(self.show_eu_cost_report, Unset):
            show_eu_cost_report = UNSET
        else:
            show_eu_cost_report = self.show_eu_cost_report

        allow_event_contract: bool | None | Unset
        if isinstance(self.allow_event_contract, Unset):
            allow_event_contract = UNSET
        else:
            allow_event_contract = self.allow_event_contract

        allow_fx_conv: bool | None | Unset
        if isinstance(self.allow_fx_conv, Unset):
            allow_fx_conv = UNSET
        else:
            allow_fx_conv = self.allow_fx_conv

        allow_financial_lens: bool | None | Unset
        if isinstance(self.allow_financial_lens, Unset):
            allow_financial_lens = UNSET
        else:
            allow_financial_lens = self.allow_financial_lens

        allow_mta: bool | None | Unset
        if isinstance(self.allow_mta, Unset):
            allow_mta = UNSET
        else:
            allow_mta = self.allow_mta

        allow_type_ahead: bool | None | Unset
        if isinstance(self.allow_type_ahead, Unset):
            allow_type_ahead = UNSET
        else:
            allow_type_ahead = self.allow_type_ahead

        allow_event_trading: bool | None | Unset
        if isinstance(self.allow_event_trading, Unset):
            allow_event_trading = UNSET
        else:
            allow_event_trading = self.allow_event_trading

        snapshot_refresh_timeout: int | None | Unset
        if isinstance(self.snapshot_refresh_timeout, Unset):
            snapshot_refresh_timeout = UNSET
        else:
            snapshot_refresh_timeout = self.snapshot_refresh_timeout

        lite_user: bool | None | Unset
        if isinstance(self.lite_user, Unset):
            lite_user = UNSET
        else:
            lite_user = self.lite_user

        show_web_news: bool | None | Unset
        if isinstance(self.show_web_news, Unset):
            show_web_news = UNSET
        else:
            show_web_news = self.show_web_news

        research: bool | None | Unset
        if isinstance(self.research, Unset):
            research = UNSET
        else:
            research = self.research

        debug_pnl: bool | None | Unset
        if isinstance(self.debug_pnl, Unset):
            debug_pnl = UNSET
        else:
            debug_pnl = self.debug_pnl

        show_tax_opt: bool | None | Unset
        if isinstance(self.show_tax_opt, Unset):
            show_tax_opt = UNSET
        else:
            show_tax_opt = self.show_tax_opt

        show_impact_dashboard: bool | None | Unset
        if isinstance(self.show_impact_dashboard, Unset):
            show_impact_dashboard = UNSET
        else:
            show_impact_dashboard = self.show_impact_dashboard

        allow_dyn_account: bool | None | Unset
        if isinstance(self.allow_dyn_account, Unset):
            allow_dyn_account = UNSET
        else:
            allow_dyn_account = self.allow_dyn_account

        allow_crypto: bool | None | Unset
        if isinstance(self.allow_crypto, Unset):
            allow_crypto = UNSET
        else:
            allow_crypto = self.allow_crypto

        allowed_asset_types: None | str | Unset
        if isinstance(self.allowed_asset_types, Unset):
            allowed_asset_types = UNSET
        else:
            allowed_asset_types = self.allowed_asset_types

        allow_fa: bool | None | Unset
        if isinstance(self.allow_fa, Unset):
            allow_fa = UNSET
        else:
            allow_fa = self.allow_fa

        allow_lite_under_pro: bool | None | Unset
        if isinstance(self.allow_lite_under_pro, Unset):
            allow_lite_under_pro = UNSET
        else:
            allow_lite_under_pro = self.allow_lite_under_pro

        restrict_trade_subscription: bool | None | Unset
        if isinstance(self.restrict_trade_subscription, Unset):
            restrict_trade_subscription = UNSET
        else:
            restrict_trade_subscription = self.restrict_trade_subscription

        show_uk_user_labels: bool | None | Unset
        if isinstance(self.show_uk_user_labels, Unset):
            show_uk_user_labels = UNSET
        else:
            show_uk_user_labels = self.show_uk_user_labels

        side_by_side: bool | None | Unset
        if isinstance(self.side_by_side, Unset):
            side_by_side = UNSET
        else:
            side_by_side = self.side_by_side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_gfis is not UNSET:
            field_dict["showGFIS"] = show_gfis
        if show_eu_cost_report is not UNSET:
            field_dict["showEUCostReport"] = show_eu_cost_report
        if allow_event_contract is not UNSET:
            field_dict["allowEventContract"] = allow_event_contract
        if allow_fx_conv is not UNSET:
            field_dict["allowFXConv"] = allow_fx_conv
        if allow_financial_lens is not UNSET:
            field_dict["allowFinancialLens"] = allow_financial_lens
        if allow_mta is not UNSET:
            field_dict["allowMTA"] = allow_mta
        if allow_type_ahead is not UNSET:
            field_dict["allowTypeAhead"] = allow_type_ahead
        if allow_event_trading is not UNSET:
            field_dict["allowEventTrading"] = allow_event_trading
        if snapshot_refresh_timeout is not UNSET:
            field_dict["snapshotRefreshTimeout"] = snapshot_refresh_timeout
        if lite_user is not UNSET:
            field_dict["liteUser"] = lite_user
        if show_web_news is not UNSET:
            field_dict["showWebNews"] = show_web_news
        if research is not UNSET:
            field_dict["research"] = research
        if debug_pnl is not UNSET:
            field_dict["debugPnl"] = debug_pnl
        if show_tax_opt is not UNSET:
            field_dict["showTaxOpt"] = show_tax_opt
        if show_impact_dashboard is not UNSET:
            field_dict["showImpactDashboard"] = show_impact_dashboard
        if allow_dyn_account is not UNSET:
            field_dict["allowDynAccount"] = allow_dyn_account
        if allow_crypto is not UNSET:
            field_dict["allowCrypto"] = allow_crypto
        if allowed_asset_types is not UNSET:
            field_dict["allowedAssetTypes"] = allowed_asset_types
        if allow_fa is not UNSET:
            field_dict["allowFA"] = allow_fa
        if allow_lite_under_pro is not UNSET:
            field_dict["allowLiteUnderPro"] = allow_lite_under_pro
        if restrict_trade_subscription is not UNSET:
            field_dict["restrictTradeSubscription"] = restrict_trade_subscription
        if show_uk_user_labels is not UNSET:
            field_dict["showUkUserLabels"] = show_uk_user_labels
        if side_by_side is not UNSET:
            field_dict["sideBySide"] = side_by_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_show_gfis(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_gfis = _parse_show_gfis(_source.pop("showGFIS", UNSET))

        def _parse_show_eu_cost_report(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_eu_cost_report = _parse_show_eu_cost_report(
            _source.pop("showEUCostReport", UNSET)
        )

        def _parse_allow_event_contract(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_event_contract = _parse_allow_event_contract(
            _source.pop("allowEventContract", UNSET)
        )

        def _parse_allow_fx_conv(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_fx_conv = _parse_allow_fx_conv(_source.pop("allowFXConv", UNSET))

        def _parse_allow_financial_lens(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_financial_lens = _parse_allow_financial_lens(
            _source.pop("allowFinancialLens", UNSET)
        )

        def _parse_allow_mta(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_mta = _parse_allow_mta(_source.pop("allowMTA", UNSET))

        def _parse_allow_type_ahead(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_type_ahead = _parse_allow_type_ahead(_source.pop("allowTypeAhead", UNSET))

        def _parse_allow_event_trading(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_event_trading = _parse_allow_event_trading(
            _source.pop("allowEventTrading", UNSET)
        )

        def _parse_snapshot_refresh_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        snapshot_refresh_timeout = _parse_snapshot_refresh_timeout(
            _source.pop("snapshotRefreshTimeout", UNSET)
        )

        def _parse_lite_user(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        lite_user = _parse_lite_user(_source.pop("liteUser", UNSET))

        def _parse_show_web_news(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_web_news = _parse_show_web_news(_source.pop("showWebNews", UNSET))

        def _parse_research(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        research = _parse_research(_source.pop("research", UNSET))

        def _parse_debug_pnl(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        debug_pnl = _parse_debug_pnl(_source.pop("debugPnl", UNSET))

        def _parse_show_tax_opt(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_tax_opt = _parse_show_tax_opt(_source.pop("showTaxOpt", UNSET))

        def _parse_show_impact_dashboard(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_impact_dashboard = _parse_show_impact_dashboard(
            _source.pop("showImpactDashboard", UNSET)
        )

        def _parse_allow_dyn_account(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_dyn_account = _parse_allow_dyn_account(
            _source.pop("allowDynAccount", UNSET)
        )

        def _parse_allow_crypto(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_crypto = _parse_allow_crypto(_source.pop("allowCrypto", UNSET))

        def _parse_allowed_asset_types(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allowed_asset_types = _parse_allowed_asset_types(
            _source.pop("allowedAssetTypes", UNSET)
        )

        def _parse_allow_fa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_fa = _parse_allow_fa(_source.pop("allowFA", UNSET))

        def _parse_allow_lite_under_pro(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_lite_under_pro = _parse_allow_lite_under_pro(
            _source.pop("allowLiteUnderPro", UNSET)
        )

        def _parse_restrict_trade_subscription(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restrict_trade_subscription = _parse_restrict_trade_subscription(
            _source.pop("restrictTradeSubscription", UNSET)
        )

        def _parse_show_uk_user_labels(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_uk_user_labels = _parse_show_uk_user_labels(
            _source.pop("showUkUserLabels", UNSET)
        )

        def _parse_side_by_side(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        side_by_side = _parse_side_by_side(_source.pop("sideBySide", UNSET))

        _model = cls(
            show_gfis=show_gfis,
            show_eu_cost_report=show_eu_cost_report,
            allow_event_contract=allow_event_contract,
            allow_fx_conv=allow_fx_conv,
            allow_financial_lens=allow_financial_lens,
            allow_mta=allow_mta,
            allow_type_ahead=allow_type_ahead,
            allow_event_trading=allow_event_trading,
            snapshot_refresh_timeout=snapshot_refresh_timeout,
            lite_user=lite_user,
            show_web_news=show_web_news,
            research=research,
            debug_pnl=debug_pnl,
            show_tax_opt=show_tax_opt,
            show_impact_dashboard=show_impact_dashboard,
            allow_dyn_account=allow_dyn_account,
            allow_crypto=allow_crypto,
            allowed_asset_types=allowed_asset_types,
            allow_fa=allow_fa,
            allow_lite_under_pro=allow_lite_under_pro,
            restrict_trade_subscription=restrict_trade_subscription,
            show_uk_user_labels=show_uk_user_labels,
            side_by_side=side_by_side,
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
