from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bond_filter_option import BondFilterOption


T = TypeVar("T", bound="BondFilter")


@_attrs_define
class BondFilter:
    """
    Attributes:
        display_text (str | Unset): Name of the filter, e.g. "Maturity Date".
        column_id (int | Unset): Column id for user interfaces (internal use).
        options (list[BondFilterOption] | Unset): The values of the filter.
    """

    display_text: str | Unset = UNSET
    column_id: int | Unset = UNSET
    options: list[BondFilterOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_text = self.display_text

        column_id = self.column_id

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_text is not UNSET:
            field_dict["displayText"] = display_text
        if column_id is not UNSET:
            field_dict["columnId"] = column_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bond_filter_option import BondFilterOption  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        display_text = _source.pop("displayText", UNSET)

        column_id = _source.pop("columnId", UNSET)

        _options = _source.pop("options", UNSET)
        options: list[BondFilterOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = BondFilterOption.from_dict(options_item_data)

                options.append(options_item)

        _model = cls(
            display_text=display_text,
            column_id=column_id,
            options=options,
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
