from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_start_nav import PaStartNav


T = TypeVar("T", bound="PaNavData")


@_attrs_define
class PaNavData:
    """Net asset values of one account or consolidation.

    Attributes:
        id_type (str | Unset): Kind of identifier in id, e.g. acctid.
        navs (list[float] | Unset): Net asset value at each date of the series.
        start (str | Unset): First date with data, yyyyMMdd.
        end (str | Unset): Last date with data, yyyyMMdd.
        id (str | Unset): The account identifier.
        start_nav (PaStartNav | Unset): Net asset value before the first data point.
        base_currency (str | Unset): Base currency of the account.
    """

    id_type: str | Unset = UNSET
    navs: list[float] | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    id: str | Unset = UNSET
    start_nav: PaStartNav | Unset = UNSET
    base_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_type = self.id_type

        navs: list[float] | Unset = UNSET
        if not isinstance(self.navs, Unset):
            navs = self.navs

        start = self.start

        end = self.end

        id = self.id

        start_nav: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_nav, Unset):
            start_nav = self.start_nav.to_dict()

        base_currency = self.base_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_type is not UNSET:
            field_dict["idType"] = id_type
        if navs is not UNSET:
            field_dict["navs"] = navs
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if id is not UNSET:
            field_dict["id"] = id
        if start_nav is not UNSET:
            field_dict["startNAV"] = start_nav
        if base_currency is not UNSET:
            field_dict["baseCurrency"] = base_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_start_nav import PaStartNav  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id_type = _source.pop("idType", UNSET)

        navs = cast(list[float], _source.pop("navs", UNSET))

        start = _source.pop("start", UNSET)

        end = _source.pop("end", UNSET)

        id = _source.pop("id", UNSET)

        _start_nav = _source.pop("startNAV", UNSET)
        start_nav: PaStartNav | Unset
        if isinstance(_start_nav, Unset):
            start_nav = UNSET
        else:
            start_nav = PaStartNav.from_dict(_start_nav)

        base_currency = _source.pop("baseCurrency", UNSET)

        _model = cls(
            id_type=id_type,
            navs=navs,
            start=start,
            end=end,
            id=id,
            start_nav=start_nav,
            base_currency=base_currency,
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
