from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractAlgoParameter")


@_attrs_define
class ContractAlgoParameter:
    """One parameter of an IB algo.

    Attributes:
        gui_rank (int | Unset): Position of the parameter in Client Portal.
        default_value (bool | float | str | Unset): Default value. The field list says int; the example shows strings
            ("Normal") and
            booleans (false), so any scalar is declared.
        name (str | Unset): Parameter name.
        id (str | Unset): Parameter id, used when placing the order.
        legal_strings (list[str] | Unset): Allowed values.
        required (str | Unset): "true" or "false": whether the algo needs the parameter.
        value_class_name (str | Unset): Value type, e.g. String, Boolean, Double, Time.
        description (str | Unset): What the parameter does (in the example, not in the field list).
        enabled_conditions (list[str] | Unset): Conditions under which the parameter applies (in the example, not in the
            field list).
        min_value (float | Unset): Smallest allowed value (in the example, not in the field list).
        max_value (float | Unset): Largest allowed value (in the example, not in the field list).
    """

    gui_rank: int | Unset = UNSET
    default_value: bool | float | str | Unset = UNSET
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    legal_strings: list[str] | Unset = UNSET
    required: str | Unset = UNSET
    value_class_name: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled_conditions: list[str] | Unset = UNSET
    min_value: float | Unset = UNSET
    max_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gui_rank = self.gui_rank

        default_value: bool | float | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        name = self.name

        id = self.id

        legal_strings: list[str] | Unset = UNSET
        if not isinstance(self.legal_strings, Unset):
            legal_strings = self.legal_strings

        required = self.required

        value_class_name = self.value_class_name

        description = self.description

        enabled_conditions: list[str] | Unset = UNSET
        if not isinstance(self.enabled_conditions, Unset):
            enabled_conditions = self.enabled_conditions

        min_value = self.min_value

        max_value = self.max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gui_rank is not UNSET:
            field_dict["guiRank"] = gui_rank
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if legal_strings is not UNSET:
            field_dict["legalStrings"] = legal_strings
        if required is not UNSET:
            field_dict["required"] = required
        if value_class_name is not UNSET:
            field_dict["valueClassName"] = value_class_name
        if description is not UNSET:
            field_dict["description"] = description
        if enabled_conditions is not UNSET:
            field_dict["enabledConditions"] = enabled_conditions
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        gui_rank = _source.pop("guiRank", UNSET)

        def _parse_default_value(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        default_value = _parse_default_value(_source.pop("defaultValue", UNSET))

        name = _source.pop("name", UNSET)

        id = _source.pop("id", UNSET)

        legal_strings = cast(list[str], _source.pop("legalStrings", UNSET))

        required = _source.pop("required", UNSET)

        value_class_name = _source.pop("valueClassName", UNSET)

        description = _source.pop("description", UNSET)

        enabled_conditions = cast(list[str], _source.pop("enabledConditions", UNSET))

        min_value = _source.pop("minValue", UNSET)

        max_value = _source.pop("maxValue", UNSET)

        _model = cls(
            gui_rank=gui_rank,
            default_value=default_value,
            name=name,
            id=id,
            legal_strings=legal_strings,
            required=required,
            value_class_name=value_class_name,
            description=description,
            enabled_conditions=enabled_conditions,
            min_value=min_value,
            max_value=max_value,
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
