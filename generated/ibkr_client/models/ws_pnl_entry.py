from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsPnlEntry")


@_attrs_define
class WsPnlEntry:
    """P&L of one account as the spl topic sends it; uel is the unrounded excess liquidity.

    Attributes:
        row_type (int | Unset): Position of the row; always 1 for individual accounts.
        dpl (float | Unset): Daily PnL.
        nl (float | Unset): Net liquidity.
        upl (float | Unset): Unrealised PnL.
        el (float | Unset): Excess liquidity.
        mv (float | Unset): Margin value.
        uel (float | Unset): Unrounded excess liquidity.
    """

    row_type: int | Unset = UNSET
    dpl: float | Unset = UNSET
    nl: float | Unset = UNSET
    upl: float | Unset = UNSET
    el: float | Unset = UNSET
    mv: float | Unset = UNSET
    uel: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_type = self.row_type

        dpl = self.dpl

        nl = self.nl

        upl = self.upl

        el = self.el

        mv = self.mv

        uel = self.uel

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
        if uel is not UNSET:
            field_dict["uel"] = uel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        row_type = _source.pop("rowType", UNSET)

        dpl = _source.pop("dpl", UNSET)

        nl = _source.pop("nl", UNSET)

        upl = _source.pop("upl", UNSET)

        el = _source.pop("el", UNSET)

        mv = _source.pop("mv", UNSET)

        uel = _source.pop("uel", UNSET)

        _model = cls(
            row_type=row_type,
            dpl=dpl,
            nl=nl,
            upl=upl,
            el=el,
            mv=mv,
            uel=uel,
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
