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
        gui_rank (int | None | Unset): Position of the parameter in Client Portal.
        default_value (bool | float | None | str | Unset): Default value. The field list says int; the example shows
            strings ("Normal") and
            booleans (false), so any scalar is declared.
        name (None | str | Unset): Parameter name.
        id (None | str | Unset): Parameter id, used when placing the order.
        legal_strings (list[str] | None | Unset): Allowed values.
        required (None | str | Unset): "true" or "false": whether the algo needs the parameter.
        value_class_name (None | str | Unset): Value type, e.g. String, Boolean, Double, Time.
        description (None | str | Unset): What the parameter does (in the example, not in the field list).
        enabled_conditions (list[str] | None | Unset): Conditions under which the parameter applies (in the example, not
            in the field list).
        min_value (float | None | Unset): Smallest allowed value (in the example, not in the field list).
        max_value (float | None | Unset): Largest allowed value (in the example, not in the field list).
    """

    gui_rank: int | None | Unset = UNSET
    default_value: bool | float | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    legal_strings: list[str] | None | Unset = UNSET
    required: None | str | Unset = UNSET
    value_class_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled_conditions: list[str] | None | Unset = UNSET
    min_value: float | None | Unset = UNSET
    max_value: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gui_rank: int | None | Unset
        if isinstance(self.gui_rank, Unset):
            gui_rank = UNSET
        else:
            gui_rank = self.gui_rank

        default_value: bool | float | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        legal_strings: list[str] | None | Unset
        if isinstance(self.legal_strings, Unset):
            legal_strings = UNSET
        elif isinstance(self.legal_strings, list):
            legal_strings = self.legal_strings

        else:
            legal_strings = self.legal_strings

        required: None | str | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        value_class_name: None | str | Unset
        if isinstance(self.value_class_name, Unset):
            value_class_name = UNSET
        else:
            value_class_name = self.value_class_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled_conditions: list[str] | None | Unset
        if isinstance(self.enabled_conditions, Unset):
            enabled_conditions = UNSET
        elif isinstance(self.enabled_conditions, list):
            enabled_conditions = self.enabled_conditions

        else:
            enabled_conditions = self.enabled_conditions

        min_value: float | None | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        max_value: float | None | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
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

        def _parse_gui_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gui_rank = _parse_gui_rank(_source.pop("guiRank", UNSET))

        def _parse_default_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        default_value = _parse_default_value(_source.pop("defaultValue", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_legal_strings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                legal_strings_type_0 = cast(list[str], data)

                return legal_strings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        legal_strings = _parse_legal_strings(_source.pop("legalStrings", UNSET))

        def _parse_required(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required = _parse_required(_source.pop("required", UNSET))

        def _parse_value_class_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_class_name = _parse_value_class_name(_source.pop("valueClassName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_enabled_conditions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_conditions_type_0 = cast(list[str], data)

                return enabled_conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        enabled_conditions = _parse_enabled_conditions(
            _source.pop("enabledConditions", UNSET)
        )

        def _parse_min_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_value = _parse_min_value(_source.pop("minValue", UNSET))

        def _parse_max_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_value = _parse_max_value(_source.pop("maxValue", UNSET))

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
