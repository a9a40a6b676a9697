from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_statement_dates_data_value import (
        AvailableStatementDatesDataValue,
    )


T = TypeVar("T", bound="AvailableStatementDatesData")


@_attrs_define
class AvailableStatementDatesData:
    """
    Attributes:
        data_type (str | Unset):
        value (AvailableStatementDatesDataValue | Unset):
    """

    data_type: str | Unset = UNSET
    value: AvailableStatementDatesDataValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.available_statement_dates_data_value import (
            AvailableStatementDatesDataValue,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        data_type = _source.pop("dataType", UNSET)

        _value = _source.pop("value", UNSET)
        value: AvailableStatementDatesDataValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = AvailableStatementDatesDataValue.from_dict(_value)

        _model = cls(
            data_type=data_type,
            value=value,
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
