from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.forecast_category import ForecastCategory


T = TypeVar("T", bound="ForecastCategoryTreeCategories")


@_attrs_define
class ForecastCategoryTreeCategories:
    """An open map keyed by category id (e.g. "g78664"): the ids are data that IBKR adds
    and retires, so they cannot be fixed properties. The tree is rebuilt from
    parent_id.

    """

    additional_properties: dict[str, ForecastCategory] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_category import ForecastCategory  # noqa: PLC0415

        # "_source", not "d": IBKR has a field named "D", whose Python name would shadow it.
        _source = dict(src_dict)
        forecast_category_tree_categories = cls()

        additional_properties = {}
        for prop_name, prop_dict in _source.items():
            additional_property = ForecastCategory.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        forecast_category_tree_categories.additional_properties = additional_properties
        return forecast_category_tree_categories

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ForecastCategory:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ForecastCategory) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
