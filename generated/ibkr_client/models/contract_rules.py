from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_increment_rule import ContractIncrementRule
    from ..models.contract_rules_order_defaults import ContractRulesOrderDefaults
    from ..models.contract_tif_defaults import ContractTifDefaults


T = TypeVar("T", bound="ContractRules")


@_attrs_define
class ContractRules:
    """Trading rules of a contract for one side of the market.

    Attributes:
        algo_eligible (bool | Unset): Whether IB algos may be used.
        overnight_eligible (bool | Unset): Whether orders may trade outside regular trading hours.
        cost_report (bool | Unset): Whether a cost report was requested (Client Portal only).
        can_trade_acct_ids (list[str] | Unset): Accounts allowed to trade the contract.
        error (None | str | Unset): Why the rules could not be given, if they could not; null otherwise.
        order_types (list[str] | Unset): Order types allowed with a share quantity.
        ib_algo_types (list[str] | Unset): Order types allowed with IB algos.
        fraq_types (list[str] | Unset): Order types allowed with fractional quantities.
        force_order_preview (bool | Unset): Whether an order preview is forced before submission.
        cqt_types (list[str] | Unset): Order types allowed with a cash quantity.
        order_defaults (ContractRulesOrderDefaults | Unset): Defaults per order type: an open map keyed by order type
            (e.g. LMT) whose values map
            field codes (e.g. LP, limit price) to string values; both key sets are open-ended.
        order_types_outside (list[str] | Unset): Order types allowed outside regular trading hours.
        default_size (int | Unset): Default order quantity.
        cash_size (float | Unset): Default cash quantity.
        size_increment (int | Unset): Quantity increment.
        tif_types (list[str] | Unset): Allowed times in force with the order types they apply to, e.g. "GTC/o,a".
        tif_defaults (ContractTifDefaults | Unset): Time-in-force defaults, as configured in TWS's Global Configuration.
        limit_price (float | Unset): Default limit price.
        stopprice (float | Unset): Default stop price.
        order_origination (None | str | Unset): Order origin designation for US securities options and the OCC.
        preview (bool | Unset): Whether an order preview is required (Client Portal only).
        display_size (int | None | Unset): Default display size; null when none.
        fraq_int (int | Unset): Decimal places of fractional quantities.
        cash_ccy (str | Unset): Currency of cash quantities.
        cash_qty_incr (int | Unset): Cash quantity increment.
        price_magnifier (int | None | Unset): Price magnifier (not the multiplier); usually null.
        negative_capable (bool | Unset): Whether the contract's price can be negative.
        increment_type (int | Unset): Kind of increment rule.
        increment_rules (list[ContractIncrementRule] | Unset): Price increments by price level.
        has_secondary (bool | Unset): Undescribed by IBKR.
        mod_types (list[str] | Unset): Order types an existing order may be modified to.
        increment (float | Unset): Minimum price increment.
        increment_digits (int | Unset): Decimal places of the price increment.
        all_or_none_eligible (bool | Unset): Undocumented; whether all-or-none orders are allowed.
    """

    algo_eligible: bool | Unset = UNSET
    overnight_eligible: bool | Unset = UNSET
    cost_report: bool | Unset = UNSET
    can_trade_acct_ids: list[str] | Unset = UNSET
    error: None | str | Unset = UNSET
    order_types: list[str] | Unset = UNSET
    ib_algo_types: list[str] | Unset = UNSET
    fraq_types: list[str] | Unset = UNSET
    force_order_preview: bool | Unset = UNSET
    cqt_types: list[str] | Unset = UNSET
    order_defaults: ContractRulesOrderDefaults | Unset = UNSET
    order_types_outside: list[str] | Unset = UNSET
    default_size: int | Unset = UNSET
    cash_size: float | Unset = UNSET
    size_increment: int | Unset = UNSET
    tif_types: list[str] | Unset = UNSET
    tif_defaults: ContractTifDefaults | Unset = UNSET
    limit_price: float | Unset = UNSET
    stopprice: float | Unset = UNSET
    order_origination: None | str | Unset = UNSET
    preview: bool | Unset = UNSET
    display_size: int | None | Unset = UNSET
    fraq_int: int | Unset = UNSET
    cash_ccy: str | Unset = UNSET
    cash_qty_incr: int | Unset = UNSET
    price_magnifier: int | None | Unset = UNSET
    negative_capable: bool | Unset = UNSET
    increment_type: int | Unset = UNSET
    increment_rules: list[ContractIncrementRule] | Unset = UNSET
    has_secondary: bool | Unset = UNSET
    mod_types: list[str] | Unset = UNSET
    increment: float | Unset = UNSET
    increment_digits: int | Unset = UNSET
    all_or_none_eligible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algo_eligible = self.algo_eligible

        overnight_eligible = self.overnight_eligible

        cost_report = self.cost_report

        can_trade_acct_ids: list[str] | Unset = UNSET
        if not isinstance(self.can_trade_acct_ids, Unset):
            can_trade_acct_ids = self.can_trade_acct_ids

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        order_types: list[str] | Unset = UNSET
        if not isinstance(self.order_types, Unset):
            order_types = self.order_types

        ib_algo_types: list[str] | Unset = UNSET
        if not isinstance(self.ib_algo_types, Unset):
            ib_algo_types = self.ib_algo_types

        fraq_types: list[str] | Unset = UNSET
        if not isinstance(self.fraq_types, Unset):
            fraq_types = self.fraq_types

        force_order_preview = self.force_order_preview

        cqt_types: list[str] | Unset = UNSET
        if not isinstance(self.cqt_types, Unset):
            cqt_types = self.cqt_types

        order_defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_defaults, Unset):
            order_defaults = self.order_defaults.to_dict()

        order_types_outside: list[str] | Unset = UNSET
        if not isinstance(self.order_types_outside, Unset):
            order_types_outside = self.order_types_outside

        default_size = self.default_size

        cash_size = self.cash_size

        size_increment = self.size_increment

        tif_types: list[str] | Unset = UNSET
        if not isinstance(self.tif_types, Unset):
            tif_types = self.tif_types

        tif_defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tif_defaults, Unset):
            tif_defaults = self.tif_defaults.to_dict()

        limit_price = self.limit_price

        stopprice = self.stopprice

        order_origination: None | str | Unset
        if isinstance(self.order_origination, Unset):
            order_origination = UNSET
        else:
            order_origination = self.order_origination

        preview = self.preview

        display_size: int | None | Unset
        if isinstance(self.display_size, Unset):
            display_size = UNSET
        else:
            display_size = self.display_size

        fraq_int = self.fraq_int

        cash_ccy = self.cash_ccy

        cash_qty_incr = self.cash_qty_incr

        price_magnifier: int | None | Unset
        if isinstance(self.price_magnifier, Unset):
            price_magnifier = UNSET
        else:
            price_magnifier = self.price_magnifier

        negative_capable = self.negative_capable

        increment_type = self.increment_type

        increment_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.increment_rules, Unset):
            increment_rules = []
            for increment_rules_item_data in self.increment_rules:
                increment_rules_item = increment_rules_item_data.to_dict()
                increment_rules.append(increment_rules_item)

        has_secondary = self.has_secondary

        mod_types: list[str] | Unset = UNSET
        if not isinstance(self.mod_types, Unset):
            mod_types = self.mod_types

        increment = self.increment

        increment_digits = self.increment_digits

        all_or_none_eligible = self.all_or_none_eligible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algo_eligible is not UNSET:
            field_dict["algoEligible"] = algo_eligible
        if overnight_eligible is not UNSET:
            field_dict["overnightEligible"] = overnight_eligible
        if cost_report is not UNSET:
            field_dict["costReport"] = cost_report
        if can_trade_acct_ids is not UNSET:
            field_dict["canTradeAcctIds"] = can_trade_acct_ids
        if error is not UNSET:
            field_dict["error"] = error
        if order_types is not UNSET:
            field_dict["orderTypes"] = order_types
        if ib_algo_types is not UNSET:
            field_dict["ibAlgoTypes"] = ib_algo_types
        if fraq_types is not UNSET:
            field_dict["fraqTypes"] = fraq_types
        if force_order_preview is not UNSET:
            field_dict["forceOrderPreview"] = force_order_preview
        if cqt_types is not UNSET:
            field_dict["cqtTypes"] = cqt_types
        if order_defaults is not UNSET:
            field_dict["orderDefaults"] = order_defaults
        if order_types_outside is not UNSET:
            field_dict["orderTypesOutside"] = order_types_outside
        if default_size is not UNSET:
            field_dict["defaultSize"] = default_size
        if cash_size is not UNSET:
            field_dict["cashSize"] = cash_size
        if size_increment is not UNSET:
            field_dict["sizeIncrement"] = size_increment
        if tif_types is not UNSET:
            field_dict["tifTypes"] = tif_types
        if tif_defaults is not UNSET:
            field_dict["tifDefaults"] = tif_defaults
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stopprice is not UNSET:
            field_dict["stopprice"] = stopprice
        if order_origination is not UNSET:
            field_dict["orderOrigination"] = order_origination
        if preview is not UNSET:
            field_dict["preview"] = preview
        if display_size is not UNSET:
            field_dict["displaySize"] = display_size
        if fraq_int is not UNSET:
            field_dict["fraqInt"] = fraq_int
        if cash_ccy is not UNSET:
            field_dict["cashCcy"] = cash_ccy
        if cash_qty_incr is not UNSET:
            field_dict["cashQtyIncr"] = cash_qty_incr
        if price_magnifier is not UNSET:
            field_dict["priceMagnifier"] = price_magnifier
        if negative_capable is not UNSET:
            field_dict["negativeCapable"] = negative_capable
        if increment_type is not UNSET:
            field_dict["incrementType"] = increment_type
        if increment_rules is not UNSET:
            field_dict["incrementRules"] = increment_rules
        if has_secondary is not UNSET:
            field_dict["hasSecondary"] = has_secondary
        if mod_types is not UNSET:
            field_dict["modTypes"] = mod_types
        if increment is not UNSET:
            field_dict["increment"] = increment
        if increment_digits is not UNSET:
            field_dict["incrementDigits"] = increment_digits
        if all_or_none_eligible is not UNSET:
            field_dict["allOrNoneEligible"] = all_or_none_eligible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_increment_rule import ContractIncrementRule  # noqa: PLC0415
        from ..models.contract_rules_order_defaults import ContractRulesOrderDefaults  # noqa: PLC0415
        from ..models.contract_tif_defaults import ContractTifDefaults  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        algo_eligible = _source.pop("algoEligible", UNSET)

        overnight_eligible = _source.pop("overnightEligible", UNSET)

        cost_report = _source.pop("costReport", UNSET)

        can_trade_acct_ids = cast(list[str], _source.pop("canTradeAcctIds", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        order_types = cast(list[str], _source.pop("orderTypes", UNSET))

        ib_algo_types = cast(list[str], _source.pop("ibAlgoTypes", UNSET))

        fraq_types = cast(list[str], _source.pop("fraqTypes", UNSET))

        force_order_preview = _source.pop("forceOrderPreview", UNSET)

        cqt_types = cast(list[str], _source.pop("cqtTypes", UNSET))

        _order_defaults = _source.pop("orderDefaults", UNSET)
        order_defaults: ContractRulesOrderDefaults | Unset
        if isinstance(_order_defaults, Unset):
            order_defaults = UNSET
        else:
            order_defaults = ContractRulesOrderDefaults.from_dict(_order_defaults)

        order_types_outside = cast(list[str], _source.pop("orderTypesOutside", UNSET))

        default_size = _source.pop("defaultSize", UNSET)

        cash_size = _source.pop("cashSize", UNSET)

        size_increment = _source.pop("sizeIncrement", UNSET)

        tif_types = cast(list[str], _source.pop("tifTypes", UNSET))

        _tif_defaults = _source.pop("tifDefaults", UNSET)
        tif_defaults: ContractTifDefaults | Unset
        if isinstance(_tif_defaults, Unset):
            tif_defaults = UNSET
        else:
            tif_defaults = ContractTifDefaults.from_dict(_tif_defaults)

        limit_price = _source.pop("limitPrice", UNSET)

        stopprice = _source.pop("stopprice", UNSET)

        def _parse_order_origination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_origination = _parse_order_origination(
            _source.pop("orderOrigination", UNSET)
        )

        preview = _source.pop("preview", UNSET)

        def _parse_display_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_size = _parse_display_size(_source.pop("displaySize", UNSET))

        fraq_int = _source.pop("fraqInt", UNSET)

        cash_ccy = _source.pop("cashCcy", UNSET)

        cash_qty_incr = _source.pop("cashQtyIncr", UNSET)

        def _parse_price_magnifier(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_magnifier = _parse_price_magnifier(_source.pop("priceMagnifier", UNSET))

        negative_capable = _source.pop("negativeCapable", UNSET)

        increment_type = _source.pop("incrementType", UNSET)

        _increment_rules = _source.pop("incrementRules", UNSET)
        increment_rules: list[ContractIncrementRule] | Unset = UNSET
        if _increment_rules is not UNSET:
            increment_rules = []
            for increment_rules_item_data in _increment_rules:
                increment_rules_item = ContractIncrementRule.from_dict(
                    increment_rules_item_data
                )

                increment_rules.append(increment_rules_item)

        has_secondary = _source.pop("hasSecondary", UNSET)

        mod_types = cast(list[str], _source.pop("modTypes", UNSET))

        increment = _source.pop("increment", UNSET)

        increment_digits = _source.pop("incrementDigits", UNSET)

        all_or_none_eligible = _source.pop("allOrNoneEligible", UNSET)

        _model = cls(
            algo_eligible=algo_eligible,
            overnight_eligible=overnight_eligible,
            cost_report=cost_report,
            can_trade_acct_ids=can_trade_acct_ids,
            error=error,
            order_types=order_types,
            ib_algo_types=ib_algo_types,
            fraq_types=fraq_types,
            force_order_preview=force_order_preview,
            cqt_types=cqt_types,
            order_defaults=order_defaults,
            order_types_outside=order_types_outside,
            default_size=default_size,
            cash_size=cash_size,
            size_increment=size_increment,
            tif_types=tif_types,
            tif_defaults=tif_defaults,
            limit_price=limit_price,
            stopprice=stopprice,
            order_origination=order_origination,
            preview=preview,
            display_size=display_size,
            fraq_int=fraq_int,
            cash_ccy=cash_ccy,
            cash_qty_incr=cash_qty_incr,
            price_magnifier=price_magnifier,
            negative_capable=negative_capable,
            increment_type=increment_type,
            increment_rules=increment_rules,
            has_secondary=has_secondary,
            mod_types=mod_types,
            increment=increment,
            increment_digits=increment_digits,
            all_or_none_eligible=all_or_none_eligible,
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
