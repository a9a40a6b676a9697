from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedFeatures")


@_attrs_define
class AllowedFeatures:
    """Features the user may use.

    Attributes:
        show_gfis (bool | Unset): Market data access.
        show_eu_cost_report (bool | Unset): EU cost report access.
        allow_event_contract (bool | Unset): Event contracts may be traded.
        allow_fx_conv (bool | Unset): Currencies may be converted.
        allow_financial_lens (bool | Unset): Financial Lens access.
        allow_mta (bool | Unset): Mobile trading alerts.
        allow_type_ahead (bool | Unset): Type-ahead support in Client Portal.
        allow_event_trading (bool | Unset): Event Trader access.
        snapshot_refresh_timeout (int | Unset): Refresh window for snapshot data, in seconds.
        lite_user (bool | Unset): IBKR Lite user.
        show_web_news (bool | Unset): News feeds on the web.
        research (bool | Unset): Research access.
        debug_pnl (bool | Unset): The debugPnl endpoint may be used.
        show_tax_opt (bool | Unset): Tax Optimizer access.
        show_impact_dashboard (bool | Unset): Impact Dashboard access.
        allow_dyn_account (bool | Unset): Dynamic account changes.
        allow_crypto (bool | Unset): Crypto currencies may be traded.
        allowed_asset_types (str | Unset): Comma-separated asset types the account may trade, e.g. "STK,CRYPTO". The
            field
            list says bool; the example, and every recording, send a string.
        allow_fa (bool | Unset): Undocumented; financial advisor features.
        allow_lite_under_pro (bool | Unset): Undocumented; IBKR Lite accounts under a Pro user.
        restrict_trade_subscription (bool | Unset): Undocumented; trading subscriptions are restricted.
        show_uk_user_labels (bool | Unset): Undocumented; UK user labels are shown.
        side_by_side (bool | Unset): Undocumented; side-by-side layout in Client Portal.
    """

    show_gfis: bool | Unset = UNSET
    show_eu_cost_report: bool | Unset = UNSET
    allow_event_contract: bool | Unset = UNSET
    allow_fx_conv: bool | Unset = UNSET
    allow_financial_lens: bool | Unset = UNSET
    allow_mta: bool | Unset = UNSET
    allow_type_ahead: bool | Unset = UNSET
    allow_event_trading: bool | Unset = UNSET
    snapshot_refresh_timeout: int | Unset = UNSET
    lite_user: bool | Unset = UNSET
    show_web_news: bool | Unset = UNSET
    research: bool | Unset = UNSET
    debug_pnl: bool | Unset = UNSET
    show_tax_opt: bool | Unset = UNSET
    show_impact_dashboard: bool | Unset = UNSET
    allow_dyn_account: bool | Unset = UNSET
    allow_crypto: bool | Unset = UNSET
    allowed_asset_types: str | Unset = UNSET
    allow_fa: bool | Unset = UNSET
    allow_lite_under_pro: bool | Unset = UNSET
    restrict_trade_subscription: bool | Unset = UNSET
    show_uk_user_labels: bool | Unset = UNSET
    side_by_side: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_gfis = self.show_gfis

        show_eu_cost_report = self.show_eu_cost_report

        allow_event_contract = self.allow_event_contract

        allow_fx_conv = self.allow_fx_conv

        allow_financial_lens = self.allow_financial_lens

        allow_mta = self.allow_mta

        allow_type_ahead = self.allow_type_ahead

        allow_event_trading = self.allow_event_trading

        snapshot_refresh_timeout = self.snapshot_refresh_timeout

        lite_user = self.lite_user

        show_web_news = self.show_web_news

        research = self.research

        debug_pnl = self.debug_pnl

        show_tax_opt = self.show_tax_opt

        show_impact_dashboard = self.show_impact_dashboard

        allow_dyn_account = self.allow_dyn_account

        allow_crypto = self.allow_crypto

        allowed_asset_types = self.allowed_asset_types

        allow_fa = self.allow_fa

        allow_lite_under_pro = self.allow_lite_under_pro

        restrict_trade_subscription = self.restrict_trade_subscription

        show_uk_user_labels = self.show_uk_user_labels

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
        show_gfis = _source.pop("showGFIS", UNSET)

        show_eu_cost_report = _source.pop("showEUCostReport", UNSET)

        allow_event_contract = _source.pop("allowEventContract", UNSET)

        allow_fx_conv = _source.pop("allowFXConv", UNSET)

        allow_financial_lens = _source.pop("allowFinancialLens", UNSET)

        allow_mta = _source.pop("allowMTA", UNSET)

        allow_type_ahead = _source.pop("allowTypeAhead", UNSET)

        allow_event_trading = _source.pop("allowEventTrading", UNSET)

        snapshot_refresh_timeout = _source.pop("snapshotRefreshTimeout", UNSET)

        lite_user = _source.pop("liteUser", UNSET)

        show_web_news = _source.pop("showWebNews", UNSET)

        research = _source.pop("research", UNSET)

        debug_pnl = _source.pop("debugPnl", UNSET)

        show_tax_opt = _source.pop("showTaxOpt", UNSET)

        show_impact_dashboard = _source.pop("showImpactDashboard", UNSET)

        allow_dyn_account = _source.pop("allowDynAccount", UNSET)

        allow_crypto = _source.pop("allowCrypto", UNSET)

        allowed_asset_types = _source.pop("allowedAssetTypes", UNSET)

        allow_fa = _source.pop("allowFA", UNSET)

        allow_lite_under_pro = _source.pop("allowLiteUnderPro", UNSET)

        restrict_trade_subscription = _source.pop("restrictTradeSubscription", UNSET)

        show_uk_user_labels = _source.pop("showUkUserLabels", UNSET)

        side_by_side = _source.pop("sideBySide", UNSET)

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
