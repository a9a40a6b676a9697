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
            pm (None | str | Unset): Portfolio measure, TWR or MWR.
            nd (int | None | Unset): Number of data points.
            id (None | str | Unset): Request identifier, "getPerformanceAllPeriods".
            currency_type (None | str | Unset): Currency the values are in; "base" for the base currency.
            view (list[str] | None | Unset): The accounts whose data is included, as member names.
            included (list[str] | None | Unset): The accounts included.
    """

    pm: None | str | Unset = UNSET
    nd: int | None | Unset = UNSET
    id: None | str | Unset = UNSET
    currency_type: None | str | Unset = UNSET
    view: list[str] | None | Unset = UNSET
    included: list[str] | None | Unset = UNSET
    additional_properties: dict[str, PaAllPeriodsAccount] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        pm: None | str | Unset
        if isinstance(self.pm, Unset):
            pm = UNSET
        else:
            pm = self.pm

        nd: int | None | Unset
        if isinstance(self.nd, Unset):
            nd = UNSET
        else:
            nd = self.nd

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        currency_type: None | str | Unset
        if isinstance(self.currency_type, Unset):
            currency_type = UNSET
        else:
            currency_type = self.currency_type

        view: list[str] | None | Unset
        if isinstance(self.view, Unset):
            view = UNSET
        elif isinstance(self.view, list):
            view = self.view

        else:
            view = self.view

        included: list[str] | None | Unset
        if isinstance(self.included, Unset):
            included = UNSET
        elif isinstance(self.included, list):
            included = self.included

        else:
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

        def _parse_pm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pm = _parse_pm(_source.pop("pm", UNSET))

        def _parse_nd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nd = _parse_nd(_source.pop("nd", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_currency_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_type = _parse_currency_type(_source.pop("currencyType", UNSET))

        def _parse_view(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                view_type_0 = cast(list[str], data)

                return view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        view = _parse_view(_source.pop("view", UNSET))

        def _parse_included(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_type_0 = cast(list[str], data)

                return included_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        included = _parse_included(_source.pop("included", UNSET))

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
