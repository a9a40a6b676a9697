from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_all_periods_account import PaAllPeriodsAccount


T = TypeVar("T", bound="PaAllPeriods")


@_attrs_define
class PaAllPeriods:
    """Fixed fields, plus one member per account id (listed in `view`) holding that account's
    performance. The account ids vary, so the account members are additional properties.

        Attributes:
            pm (str | Unset): Portfolio measure, TWR or MWR.
            nd (int | Unset): Number of data points.
            id (str | Unset): Request identifier, "getPerformanceAllPeriods".
            currency_type (str | Unset): Currency the values are in; "base" for the base currency.
            view (list[str] | Unset): The accounts whose data is included, as member names.
            included (list[str] | Unset): The accounts included.
    """

    pm: str | Unset = UNSET
    nd: int | Unset = UNSET
    id: str | Unset = UNSET
    currency_type: str | Unset = UNSET
    view: list[str] | Unset = UNSET
    included: list[str] | Unset = UNSET
    additional_properties: dict[str, PaAllPeriodsAccount] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        pm = self.pm

        nd = self.nd

        id = self.id

        currency_type = self.currency_type

        view: list[str] | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view

        included: list[str] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = self.included

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if pm is not UNSET:
            field_dict["pm"] = pm
        if nd is not UNSET:
            field_dict["nd"] = nd
        if id is not UNSET:
            field_dict["id"] = id
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type
        if view is not UNSET:
            field_dict["view"] = view
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_all_periods_account import PaAllPeriodsAccount  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        pm = _source.pop("pm", UNSET)

        nd = _source.pop("nd", UNSET)

        id = _source.pop("id", UNSET)

        currency_type = _source.pop("currencyType", UNSET)

        view = cast(list[str], _source.pop("view", UNSET))

        included = cast(list[str], _source.pop("included", UNSET))

        _model = cls(
            pm=pm,
            nd=nd,
            id=id,
            currency_type=currency_type,
            view=view,
            included=included,
        )

        additional_properties = {}
        for prop_name, prop_dict in _source.items():
            additional_property = PaAllPeriodsAccount.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PaAllPeriodsAccount:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PaAllPeriodsAccount) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
