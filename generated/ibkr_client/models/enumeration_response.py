from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        enumerations_type (None | str | Unset):
        form_number (None | str | Unset):
        json_data (ArrayNode | None | Unset):
    """

    enumerations_type: None | str | Unset = UNSET
    form_number: None | str | Unset = UNSET
    json_data: ArrayNode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.array_node import ArrayNode  # noqa: PLC0415

        enumerations_type: None | str | Unset
        if isinstance(self.enumerations_type, Unset):
            enumerations_type = UNSET
        else:
            enumerations_type = self.enumerations_type

        form_number: None | str | Unset
        if isinstance(self.form_number, Unset):
            form_number = UNSET
        else:
            form_number = self.form_number

        json_data: dict[str, Any] | None | Unset
        if isinstance(self.json_data, Unset):
            json_data = UNSET
        elif isinstance(self.json_data, ArrayNode):
            json_data = self.json_data.to_dict()
        else:
            json_data = self.json_data

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

        def _parse_enumerations_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enumerations_type = _parse_enumerations_type(
            _source.pop("enumerationsType", UNSET)
        )

        def _parse_form_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form_number = _parse_form_number(_source.pop("formNumber", UNSET))

        def _parse_json_data(data: object) -> ArrayNode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_data_type_0 = ArrayNode.from_dict(data)

                return json_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArrayNode | None | Unset, data)

        json_data = _parse_json_data(_source.pop("jsonData", UNSET))

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
