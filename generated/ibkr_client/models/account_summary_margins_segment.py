from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryMarginsSegment")


@_attrs_define
class AccountSummaryMarginsSegment:
    """Margin requirements of one margin segment (or of the whole account, under "total").
    Every amount is a display string: thousands separators and the currency, e.g.
    "7,654 USD". Key styles are mixed: snake_case next to the spaced label "RegT Margin".

        Attributes:
            current_initial (None | str | Unset): Current initial margin, formatted.
            current_maint (None | str | Unset): Current maintenance margin, formatted.
            look_ahead_initial (None | str | Unset): Initial margin at the next margin change (look-ahead), formatted.
            look_ahead_maint (None | str | Unset): Maintenance margin at the next margin change (look-ahead), formatted.
            reg_t_margin (None | str | Unset): Reg T margin requirement, formatted.
            prdctd_pst_xpry_mrgn_opn (None | str | Unset): Margin predicted at the open after expirations (abbreviated
                label).
            prjctd_lk_ahd_mntnnc_mrgn (None | str | Unset): Maintenance margin projected after the next change (abbreviated
                label).
            prjctd_ovrnght_mntnnc_mrgn (None | str | Unset): Maintenance margin projected overnight (abbreviated label).
            projected_liquidity_inital_margin (None | str | Unset): Initial margin projected after the next change (IBKR
                spells "inital").
            projected_overnight_initial_margin (None | str | Unset): Initial margin projected overnight.
    """

    current_initial: None | str | Unset = UNSET
    current_maint: None | str | Unset = UNSET
    look_ahead_initial: None | str | Unset = UNSET
    look_ahead_maint: None | str | Unset = UNSET
    reg_t_margin: None | str | Unset = UNSET
    prdctd_pst_xpry_mrgn_opn: None | str | Unset = UNSET
    prjctd_lk_ahd_mntnnc_mrgn: None | str | Unset = UNSET
    prjctd_ovrnght_mntnnc_mrgn: None | str | Unset = UNSET
    projected_liquidity_inital_margin: None | str | Unset = UNSET
    projected_overnight_initial_margin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_initial: None | str | Unset
        if isinstance(self.current_initial, Unset):
            current_initial = UNSET
        else:
            current_initial = self.current_initial

        current_maint: None | str | Unset
        if isinstance(self.current_maint, Unset):
            current_maint = UNSET
        else:
            current_maint = self.current_maint

        look_ahead_initial: None | str | Unset
        if isinstance(self.look_ahead_initial, Unset):
            look_ahead_initial = UNSET
        else:
            look_ahead_initial = self.look_ahead_initial

        look_ahead_maint: None | str | Unset
        if isinstance(self.look_ahead_maint, Unset):
            look_ahead_maint = UNSET
        else:
            look_ahead_maint = self.look_ahead_maint

        reg_t_margin: None | str | Unset
        if isinstance(self.reg_t_margin, Unset):
            reg_t_margin = UNSET
        else:
            reg_t_margin = self.reg_t_margin

        prdctd_pst_xpry_mrgn_opn: None | str | Unset
        if isinstance(self.prdctd_pst_xpry_mrgn_opn, Unset):
            prdctd_pst_xpry_mrgn_opn = UNSET
        else:
            prdctd_pst_xpry_mrgn_opn = self.prdctd_pst_xpry_mrgn_opn

        prjctd_lk_ahd_mntnnc_mrgn: None | str | Unset
        if isinstance(self.prjctd_lk_ahd_mntnnc_mrgn, Unset):
            prjctd_lk_ahd_mntnnc_mrgn = UNSET
        else:
            prjctd_lk_ahd_mntnnc_mrgn = self.prjctd_lk_ahd_mntnnc_mrgn

        prjctd_ovrnght_mntnnc_mrgn: None | str | Unset
        if isinstance(self.prjctd_ovrnght_mntnnc_mrgn, Unset):
            prjctd_ovrnght_mntnnc_mrgn = UNSET
        else:
            prjctd_ovrnght_mntnnc_mrgn = self.prjctd_ovrnght_mntnnc_mrgn

        projected_liquidity_inital_margin: None | str | Unset
        if isinstance(self.projected_liquidity_inital_margin, Unset):
            projected_liquidity_inital_margin = UNSET
        else:
            projected_liquidity_inital_margin = self.projected_liquidity_inital_margin

        projected_overnight_initial_margin: None | str | Unset
        if isinstance(self.projected_overnight_initial_margin, Unset):
            projected_overnight_initial_margin = UNSET
        else:
            projected_overnight_initial_margin = self.projected_overnight_initial_margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_initial is not UNSET:
            field_dict["current_initial"] = current_initial
        if current_maint is not UNSET:
            field_dict["current_maint"] = current_maint
        if look_ahead_initial is not UNSET:
            field_dict["look_ahead_initial"] = look_ahead_initial
        if look_ahead_maint is not UNSET:
            field_dict["look_ahead_maint"] = look_ahead_maint
        if reg_t_margin is not UNSET:
            field_dict["RegT Margin"] = reg_t_margin
        if prdctd_pst_xpry_mrgn_opn is not UNSET:
            field_dict["Prdctd Pst-xpry Mrgn @ Opn"] = prdctd_pst_xpry_mrgn_opn
        if prjctd_lk_ahd_mntnnc_mrgn is not UNSET:
            field_dict["Prjctd Lk Ahd Mntnnc Mrgn"] = prjctd_lk_ahd_mntnnc_mrgn
        if prjctd_ovrnght_mntnnc_mrgn is not UNSET:
            field_dict["Prjctd Ovrnght Mntnnc Mrgn"] = prjctd_ovrnght_mntnnc_mrgn
        if projected_liquidity_inital_margin is not UNSET:
            field_dict["projected_liquidity_inital_margin"] = (
                projected_liquidity_inital_margin
            )
        if projected_overnight_initial_margin is not UNSET:
            field_dict["projected_overnight_initial_margin"] = (
                projected_overnight_initial_margin
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_current_initial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_initial = _parse_current_initial(_source.pop("current_initial", UNSET))

        def _parse_current_maint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_maint = _parse_current_maint(_source.pop("current_maint", UNSET))

        def _parse_look_ahead_initial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        look_ahead_initial = _parse_look_ahead_initial(
            _source.pop("look_ahead_initial", UNSET)
        )

        def _parse_look_ahead_maint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        look_ahead_maint = _parse_look_ahead_maint(
            _source.pop("look_ahead_maint", UNSET)
        )

        def _parse_reg_t_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reg_t_margin = _parse_reg_t_margin(_source.pop("RegT Margin", UNSET))

        def _parse_prdctd_pst_xpry_mrgn_opn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prdctd_pst_xpry_mrgn_opn = _parse_prdctd_pst_xpry_mrgn_opn(
            _source.pop("Prdctd Pst-xpry Mrgn @ Opn", UNSET)
        )

        def _parse_prjctd_lk_ahd_mntnnc_mrgn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prjctd_lk_ahd_mntnnc_mrgn = _parse_prjctd_lk_ahd_mntnnc_mrgn(
            _source.pop("Prjctd Lk Ahd Mntnnc Mrgn", UNSET)
        )

        def _parse_prjctd_ovrnght_mntnnc_mrgn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prjctd_ovrnght_mntnnc_mrgn = _parse_prjctd_ovrnght_mntnnc_mrgn(
            _source.pop("Prjctd Ovrnght Mntnnc Mrgn", UNSET)
        )

        def _parse_projected_liquidity_inital_margin(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        projected_liquidity_inital_margin = _parse_projected_liquidity_inital_margin(
            _source.pop("projected_liquidity_inital_margin", UNSET)
        )

        def _parse_projected_overnight_initial_margin(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        projected_overnight_initial_margin = _parse_projected_overnight_initial_margin(
            _source.pop("projected_overnight_initial_margin", UNSET)
        )

        _model = cls(
            current_initial=current_initial,
            current_maint=current_maint,
            look_ahead_initial=look_ahead_initial,
            look_ahead_maint=look_ahead_maint,
            reg_t_margin=reg_t_margin,
            prdctd_pst_xpry_mrgn_opn=prdctd_pst_xpry_mrgn_opn,
            prjctd_lk_ahd_mntnnc_mrgn=prjctd_lk_ahd_mntnnc_mrgn,
            prjctd_ovrnght_mntnnc_mrgn=prjctd_ovrnght_mntnnc_mrgn,
            projected_liquidity_inital_margin=projected_liquidity_inital_margin,
            projected_overnight_initial_margin=projected_overnight_initial_margin,
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
