from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.array_node import ArrayNode


T = TypeVar("T", bound="EnumerationResponse")


@_attrs_define
class EnumerationResponse:
    """
    Attributes:
        enumerations_type (str | Unset):
        form_number (str | Unset):
        json_data (ArrayNode | Unset):
    """

    enumerations_type: str | Unset = UNSET
    form_number: str | Unset = UNSET
    json_data: ArrayNode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enumerations_type = self.enumerations_type

        form_number = self.form_number

        json_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_data, Unset):
            json_data = self.json_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enumerations_type is not UNSET:
            field_dict["enumerationsType"] = enumerations_type
        if form_number is not UNSET:
            field_dict["formNumber"] = form_number
        if json_data is not UNSET:
            field_dict["jsonData"] = json_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.array_node import ArrayNode  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        enumerations_type = _source.pop("enumerationsType", UNSET)

        form_number = _source.pop("formNumber", UNSET)

        _json_data = _source.pop("jsonData", UNSET)
        json_data: ArrayNode | Unset
        if isinstance(_json_data, Unset):
            json_data = UNSET
        else:
            json_data = ArrayNode.from_dict(_json_data)

        _model = cls(
            enumerations_type=enumerations_type,
            form_number=form_number,
            json_data=json_data,
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
