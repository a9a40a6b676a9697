from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_category_tree_categories import (
        ForecastCategoryTreeCategories,
    )


T = TypeVar("T", bound="ForecastCategoryTree")


@_attrs_define
class ForecastCategoryTree:
    """
    Attributes:
        categories (ForecastCategoryTreeCategories | Unset): An open map keyed by category id (e.g. "g78664"): the ids
            are data that IBKR adds
            and retires, so they cannot be fixed properties. The tree is rebuilt from
            parent_id.
    """

    categories: ForecastCategoryTreeCategories | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_category_tree_categories import (
            ForecastCategoryTreeCategories,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _categories = _source.pop("categories", UNSET)
        categories: ForecastCategoryTreeCategories | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = ForecastCategoryTreeCategories.from_dict(_categories)

        _model = cls(
            categories=categories,
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
