from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_category_tree_categories_type_0 import (
        ForecastCategoryTreeCategoriesType0,
    )


T = TypeVar("T", bound="ForecastCategoryTree")


@_attrs_define
class ForecastCategoryTree:
    """
    Attributes:
        categories (ForecastCategoryTreeCategoriesType0 | None | Unset): An open map keyed by category id (e.g.
            "g78664"): the ids are data that IBKR adds
            and retires, so they cannot be fixed properties. The tree is rebuilt from
            parent_id.
    """

    categories: ForecastCategoryTreeCategoriesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.forecast_category_tree_categories_type_0 import (
            ForecastCategoryTreeCategoriesType0,  # noqa: PLC0415
        )

        categories: dict[str, Any] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, ForecastCategoryTreeCategoriesType0):
            categories = self.categories.to_dict()
        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_category_tree_categories_type_0 import (
            ForecastCategoryTreeCategoriesType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_categories(
            data: object,
        ) -> ForecastCategoryTreeCategoriesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                categories_type_0 = ForecastCategoryTreeCategoriesType0.from_dict(data)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForecastCategoryTreeCategoriesType0 | None | Unset, data)

        categories = _parse_categories(_source.pop("categories", UNSET))

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
