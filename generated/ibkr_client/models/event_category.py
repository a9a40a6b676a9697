from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_market import EventMarket


T = TypeVar("T", bound="EventCategory")


@_attrs_define
class EventCategory:
    """One category of the tree.

    Attributes:
        label (str | Unset): Name of the category.
        parent_id (str | Unset): Id of the parent category; absent on top-level categories.
        markets (list[EventMarket] | Unset): Markets filed under the category; empty above the leaves.
    """

    label: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    markets: list[EventMarket] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        parent_id = self.parent_id

        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if markets is not UNSET:
            field_dict["markets"] = markets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_market import EventMarket  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        label = _source.pop("label", UNSET)

        parent_id = _source.pop("parentId", UNSET)

        _markets = _source.pop("markets", UNSET)
        markets: list[EventMarket] | Unset = UNSET
        if _markets is not UNSET:
            markets = []
            for markets_item_data in _markets:
                markets_item = EventMarket.from_dict(markets_item_data)

                markets.append(markets_item)

        _model = cls(
            label=label,
            parent_id=parent_id,
            markets=markets,
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
