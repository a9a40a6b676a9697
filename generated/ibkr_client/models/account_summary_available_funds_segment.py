from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryAvailableFundsSegment")


@_attrs_define
class AccountSummaryAvailableFundsSegment:
    """Available funds of one margin segment (or of the whole account, under "total"). Every
    amount is a display string: thousands separators and the currency, e.g. "994,831 USD".

        Attributes:
            current_available (None | str | Unset): Funds available now, formatted, e.g. "994,831 USD".
            current_excess (None | str | Unset): Excess liquidity now, formatted.
            buying_power (None | str | Unset): Buying power, formatted.
            leverage (None | str | Unset): Leverage as a decimal string, e.g. "1.01".
            look_ahead_available (None | str | Unset): Funds available at the next margin change (look-ahead), formatted.
            look_ahead_excess (None | str | Unset): Excess liquidity at the next margin change (look-ahead), formatted.
            lk_ahd_avlbl_fnds (None | str | Unset): Available funds after the next margin change (IBKR's abbreviated label).
            lk_ahd_excss_lqdty (None | str | Unset): Excess liquidity after the next margin change (abbreviated label).
            lk_ahd_nxt_chng (None | str | Unset): When the next margin change happens (abbreviated label).
            prdctd_pst_xpry_excss (None | str | Unset): Excess liquidity predicted after expirations (abbreviated label).
            sma (None | str | Unset): Special memorandum account balance.
            day_trades_left (None | str | Unset): Day trades left under the pattern day trader rule.
            overnight_available (None | str | Unset): Funds available under overnight margin.
            overnight_excess (None | str | Unset): Excess liquidity under overnight margin.
    """

    current_available: None | str | Unset = UNSET
    current_excess: None | str | Unset = UNSET
    buying_power: None | str | Unset = UNSET
    leverage: None | str | Unset = UNSET
    look_ahead_available: None | str | Unset = UNSET
    look_ahead_excess: None | str | Unset = UNSET
    lk_ahd_avlbl_fnds: None | str | Unset = UNSET
    lk_ahd_excss_lqdty: None | str | Unset = UNSET
    lk_ahd_nxt_chng: None | str | Unset = UNSET
    prdctd_pst_xpry_excss: None | str | Unset = UNSET
    sma: None | str | Unset = UNSET
    day_trades_left: None | str | Unset = UNSET
    overnight_available: None | str | Unset = UNSET
    overnight_excess: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_available: None | str | Unset
        if isinstance(self.current_available, Unset):
            current_available = UNSET
        else:
            current_available = self.current_available

        current_excess: None | str | Unset
        if isinstance(self.current_excess, Unset):
            current_excess = UNSET
        else:
            current_excess = self.current_excess

        buying_power: None | str | Unset
        if isinstance(self.buying_power, Unset):
            buying_power = UNSET
        else:
            buying_power = self.buying_power

        leverage: None | str | Unset
        if isinstance(self.leverage, Unset):
            leverage = UNSET
        else:
            leverage = self.leverage

        look_ahead_available: None | str | Unset
        if isinstance(self.look_ahead_available, Unset):
            look_ahead_available = UNSET
        else:
            look_ahead_available = self.look_ahead_available

        look_ahead_excess: None | str | Unset
        if isinstance(self.look_ahead_excess, Unset):
            look_ahead_excess = UNSET
        else:
            look_ahead_excess = self.look_ahead_excess

        lk_ahd_avlbl_fnds: None | str | Unset
        if isinstance(self.lk_ahd_avlbl_fnds, Unset):
            lk_ahd_avlbl_fnds = UNSET
        else:
            lk_ahd_avlbl_fnds = self.lk_ahd_avlbl_fnds

        lk_ahd_excss_lqdty: None | str | Unset
        if isinstance(self.lk_ahd_excss_lqdty, Unset):
            lk_ahd_excss_lqdty = UNSET
        else:
            lk_ahd_excss_lqdty = self.lk_ahd_excss_lqdty

        lk_ahd_nxt_chng: None | str | Unset
        if isinstance(self.lk_ahd_nxt_chng, Unset):
            lk_ahd_nxt_chng = UNSET
        else:
            lk_ahd_nxt_chng = self.lk_ahd_nxt_chng

        prdctd_pst_xpry_excss: None | str | Unset
        if isinstance(self.prdctd_pst_xpry_excss, Unset):
            prdctd_pst_xpry_excss = UNSET
        else:
            prdctd_pst_xpry_excss = self.prdctd_pst_xpry_excss

        sma: None | str | Unset
        if isinstance(self.sma, Unset):
            sma = UNSET
        else:
            sma = self.sma

        day_trades_left: None | str | Unset
        if isinstance(self.day_trades_left, Unset):
            day_trades_left = UNSET
        else:
            day_trades_left = self.day_trades_left

        overnight_available: None | str | Unset
        if isinstance(self.overnight_available, Unset):
            overnight_available = UNSET
        else:
            overnight_available = self.overnight_available

        overnight_excess: None | str | Unset
        if isinstance(self.overnight_excess, Unset):
            overnight_excess = UNSET
        else:
            overnight_excess = self.overnight_excess

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_available is not UNSET:
            field_dict["current_available"] = current_available
        if current_excess is not UNSET:
            field_dict["current_excess"] = current_excess
        if buying_power is not UNSET:
            field_dict["buying_power"] = buying_power
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if look_ahead_available is not UNSET:
            field_dict["look_ahead_available"] = look_ahead_available
        if look_ahead_excess is not UNSET:
            field_dict["look_ahead_excess"] = look_ahead_excess
        if lk_ahd_avlbl_fnds is not UNSET:
            field_dict["Lk Ahd Avlbl Fnds"] = lk_ahd_avlbl_fnds
        if lk_ahd_excss_lqdty is not UNSET:
            field_dict["Lk Ahd Excss Lqdty"] = lk_ahd_excss_lqdty
        if lk_ahd_nxt_chng is not UNSET:
            field_dict["Lk Ahd Nxt Chng"] = lk_ahd_nxt_chng
        if prdctd_pst_xpry_excss is not UNSET:
            field_dict["Prdctd Pst-xpry Excss"] = prdctd_pst_xpry_excss
        if sma is not UNSET:
            field_dict["SMA"] = sma
        if day_trades_left is not UNSET:
            field_dict["day_trades_left"] = day_trades_left
        if overnight_available is not UNSET:
            field_dict["overnight_available"] = overnight_available
        if overnight_excess is not UNSET:
            field_dict["overnight_excess"] = overnight_excess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_current_available(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_available = _parse_current_available(
            _source.pop("current_available", UNSET)
        )

        def _parse_current_excess(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_excess = _parse_current_excess(_source.pop("current_excess", UNSET))

        def _parse_buying_power(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buying_power = _parse_buying_power(_source.pop("buying_power", UNSET))

        def _parse_leverage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leverage = _parse_leverage(_source.pop("leverage", UNSET))

        def _parse_look_ahead_available(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        look_ahead_available = _parse_look_ahead_available(
            _source.pop("look_ahead_available", UNSET)
        )

        def _parse_look_ahead_excess(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        look_ahead_excess = _parse_look_ahead_excess(
            _source.pop("look_ahead_excess", UNSET)
        )

        def _parse_lk_ahd_avlbl_fnds(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lk_ahd_avlbl_fnds = _parse_lk_ahd_avlbl_fnds(
            _source.pop("Lk Ahd Avlbl Fnds", UNSET)
        )

        def _parse_lk_ahd_excss_lqdty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lk_ahd_excss_lqdty = _parse_lk_ahd_excss_lqdty(
            _source.pop("Lk Ahd Excss Lqdty", UNSET)
        )

        def _parse_lk_ahd_nxt_chng(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lk_ahd_nxt_chng = _parse_lk_ahd_nxt_chng(_source.pop("Lk Ahd Nxt Chng", UNSET))

        def _parse_prdctd_pst_xpry_excss(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prdctd_pst_xpry_excss = _parse_prdctd_pst_xpry_excss(
            _source.pop("Prdctd Pst-xpry Excss", UNSET)
        )

        def _parse_sma(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sma = _parse_sma(_source.pop("SMA", UNSET))

        def _parse_day_trades_left(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        day_trades_left = _parse_day_trades_left(_source.pop("day_trades_left", UNSET))

        def _parse_overnight_available(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overnight_available = _parse_overnight_available(
            _source.pop("overnight_available", UNSET)
        )

        def _parse_overnight_excess(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overnight_excess = _parse_overnight_excess(
            _source.pop("overnight_excess", UNSET)
        )

        _model = cls(
            current_available=current_available,
            current_excess=current_excess,
            buying_power=buying_power,
            leverage=leverage,
            look_ahead_available=look_ahead_available,
            look_ahead_excess=look_ahead_excess,
            lk_ahd_avlbl_fnds=lk_ahd_avlbl_fnds,
            lk_ahd_excss_lqdty=lk_ahd_excss_lqdty,
            lk_ahd_nxt_chng=lk_ahd_nxt_chng,
            prdctd_pst_xpry_excss=prdctd_pst_xpry_excss,
            sma=sma,
            day_trades_left=day_trades_left,
            overnight_available=overnight_available,
            overnight_excess=overnight_excess,
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
