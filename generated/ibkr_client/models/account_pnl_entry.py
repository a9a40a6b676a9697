from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountPnlEntry")


@_attrs_define
class AccountPnlEntry:
    """PnL figures of one account or model.

    Attributes:
        row_type (int | None | Unset): Position of the row; always 1 for individual accounts.
        dpl (float | None | Unset): Daily PnL.
        nl (float | None | Unset): Net liquidity.
        upl (float | None | Unset): Unrealised PnL.
        el (float | None | Unset): Excess liquidity.
        mv (float | None | Unset): Margin value.
    """

    row_type: int | None | Unset = UNSET
    dpl: float | None | Unset = UNSET
    nl: float | None | Unset = UNSET
    upl: float | None | Unset = UNSET
    el: float | None | Unset = UNSET
    mv: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_type: int | None | Unset
        if isinstance(self.row_type, Unset):
            row_type = UNSET
        else:
            row_type = self.row_type

        dpl: float | None | Unset
        if isinstance(self.dpl, Unset):
            dpl = UNSET
        else:
            dpl = self.dpl

        nl: float | None | Unset
        if isinstance(self.nl, Unset):
            nl = UNSET
        else:
            nl = self.nl

        upl: float | None | Unset
        if isinstance(self.upl, Unset):
            upl = UNSET
        else:
            upl = self.upl

        el: float | None | Unset
        if isinstance(self.el, Unset):
            el = UNSET
        else:
            el = self.el

        mv: float | None | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        else:
            mv = self.mv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_type is not UNSET:
            field_dict["rowType"] = row_type
        if dpl is not UNSET:
            field_dict["dpl"] = dpl
        if nl is not UNSET:
            field_dict["nl"] = nl
        if upl is not UNSET:
            field_dict["upl"] = upl
        if el is not UNSET:
            field_dict["el"] = el
        if mv is not UNSET:
            field_dict["mv"] = mv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_row_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_type = _parse_row_type(_source.pop("rowType", UNSET))

        def _parse_dpl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dpl = _parse_dpl(_source.pop("dpl", UNSET))

        def _parse_nl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        nl = _parse_nl(_source.pop("nl", UNSET))

        def _parse_upl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        upl = _parse_upl(_source.pop("upl", UNSET))

        def _parse_el(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        el = _parse_el(_source.pop("el", UNSET))

        def _parse_mv(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mv = _parse_mv(_source.pop("mv", UNSET))

        _model = cls(
            row_type=row_type,
            dpl=dpl,
            nl=nl,
            upl=upl,
            el=el,
            mv=mv,
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
