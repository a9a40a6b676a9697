from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountProperties")


@_attrs_define
class AccountProperties:
    """Trading properties of one account.

    Attributes:
        has_child_accounts (bool | None | Unset): Whether the account has child accounts.
        supports_cash_qty (bool | None | Unset): Whether orders may give a cash quantity.
        no_fx_conv (bool | None | Unset): Whether currency conversion is disabled.
        is_prop (bool | None | Unset): Whether this is a proprietary account.
        supports_fractions (bool | None | Unset): Whether fractional share orders are allowed.
        allow_customer_time (bool | None | Unset): When true, orders must carry manualOrderTime; when false, they must
            not.
        lite_under_pro (bool | None | Unset): Undocumented; IBKR Lite account under a Pro user.
        auto_fx (bool | None | Unset): Undocumented; automatic currency conversion.
    """

    has_child_accounts: bool | None | Unset = UNSET
    supports_cash_qty: bool | None | Unset = UNSET
    no_fx_conv: bool | None | Unset = UNSET
    is_prop: bool | None | Unset = UNSET
    supports_fractions: bool | None | Unset = UNSET
    allow_customer_time: bool | None | Unset = UNSET
    lite_under_pro: bool | None | Unset = UNSET
    auto_fx: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_child_accounts: bool | None | Unset
        if isinstance(self.has_child_accounts, Unset):
            has_child_accounts = UNSET
        else:
            has_child_accounts = self.has_child_accounts

        supports_cash_qty: bool | None | Unset
        if isinstance(self.supports_cash_qty, Unset):
            supports_cash_qty = UNSET
        else:
            supports_cash_qty = self.supports_cash_qty

        no_fx_conv: bool | None | Unset
        if isinstance(self.no_fx_conv, Unset):
            no_fx_conv = UNSET
        else:
            no_fx_conv = self.no_fx_conv

        is_prop: bool | None | Unset
        if isinstance(self.is_prop, Unset):
            is_prop = UNSET
        else:
            is_prop = self.is_prop

        supports_fractions: bool | None | Unset
        if isinstance(self.supports_fractions, Unset):
            supports_fractions = UNSET
        else:
            supports_fractions = self.supports_fractions

        allow_customer_time: bool | None | Unset
        if isinstance(self.allow_customer_time, Unset):
            allow_customer_time = UNSET
        else:
            allow_customer_time = self.allow_customer_time

        lite_under_pro: bool | None | Unset
        if isinstance(self.lite_under_pro, Unset):
            lite_under_pro = UNSET
        else:
            lite_under_pro = self.lite_under_pro

        auto_fx: bool | None | Unset
        if isinstance(self.auto_fx, Unset):
            auto_fx = UNSET
        else:
            auto_fx = self.auto_fx

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_child_accounts is not UNSET:
            field_dict["hasChildAccounts"] = has_child_accounts
        if supports_cash_qty is not UNSET:
            field_dict["supportsCashQty"] = supports_cash_qty
        if no_fx_conv is not UNSET:
            field_dict["noFXConv"] = no_fx_conv
        if is_prop is not UNSET:
            field_dict["isProp"] = is_prop
        if supports_fractions is not UNSET:
            field_dict["supportsFractions"] = supports_fractions
        if allow_customer_time is not UNSET:
            field_dict["allowCustomerTime"] = allow_customer_time
        if lite_under_pro is not UNSET:
            field_dict["liteUnderPro"] = lite_under_pro
        if auto_fx is not UNSET:
            field_dict["autoFx"] = auto_fx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_has_child_accounts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_child_accounts = _parse_has_child_accounts(
            _source.pop("hasChildAccounts", UNSET)
        )

        def _parse_supports_cash_qty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_cash_qty = _parse_supports_cash_qty(
            _source.pop("supportsCashQty", UNSET)
        )

        def _parse_no_fx_conv(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_fx_conv = _parse_no_fx_conv(_source.pop("noFXConv", UNSET))

        def _parse_is_prop(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_prop = _parse_is_prop(_source.pop("isProp", UNSET))

        def _parse_supports_fractions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_fractions = _parse_supports_fractions(
            _source.pop("supportsFractions", UNSET)
        )

        def _parse_allow_customer_time(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_customer_time = _parse_allow_customer_time(
            _source.pop("allowCustomerTime", UNSET)
        )

        def _parse_lite_under_pro(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        lite_under_pro = _parse_lite_under_pro(_source.pop("liteUnderPro", UNSET))

        def _parse_auto_fx(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_fx = _parse_auto_fx(_source.pop("autoFx", UNSET))

        _model = cls(
            has_child_accounts=has_child_accounts,
            supports_cash_qty=supports_cash_qty,
            no_fx_conv=no_fx_conv,
            is_prop=is_prop,
            supports_fractions=supports_fractions,
            allow_customer_time=allow_customer_time,
            lite_under_pro=lite_under_pro,
            auto_fx=auto_fx,
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
