from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_condition_type import AlertConditionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertCondition")


@_attrs_define
class AlertCondition:
    """One condition of an alert, as the server reports it.

    Attributes:
        condition_type (AlertConditionType | None | Unset):
        conidex (None | str | Unset): The contract as "conid@exchange".
        contract_description_1 (None | str | Unset): Description of the contract, e.g. its symbol, when there is one.
        condition_operator (None | str | Unset): The comparison, e.g. "<=".
        condition_trigger_method (int | None | str | Unset): The trigger method; listed as int, sent as a string ("0")
            in the documentation example.
        condition_value (None | str | Unset): The trigger value.
        condition_logic_bind (None | str | Unset): How the condition combines with the next one ("a", "o" or "n").
        condition_time_zone (None | str | Unset): The condition's time zone, when it has one.
    """

    condition_type: AlertConditionType | None | Unset = UNSET
    conidex: None | str | Unset = UNSET
    contract_description_1: None | str | Unset = UNSET
    condition_operator: None | str | Unset = UNSET
    condition_trigger_method: int | None | str | Unset = UNSET
    condition_value: None | str | Unset = UNSET
    condition_logic_bind: None | str | Unset = UNSET
    condition_time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_type: int | None | Unset
        if isinstance(self.condition_type, Unset):
            condition_type = UNSET
        elif isinstance(self.condition_type, AlertConditionType):
            condition_type = self.condition_type.value
        else:
            condition_type = self.condition_type

        conidex: None | str | Unset
        if isinstance(self.conidex, Unset):
            conidex = UNSET
        else:
            conidex = self.conidex

        contract_description_1: None | str | Unset
        if isinstance(self.contract_description_1, Unset):
            contract_description_1 = UNSET
        else:
            contract_description_1 = self.contract_description_1

        condition_operator: None | str | Unset
        if isinstance(self.condition_operator, Unset):
            condition_operator = UNSET
        else:
            condition_operator = self.condition_operator

        condition_trigger_method: int | None | str | Unset
        if isinstance(self.condition_trigger_method, Unset):
            condition_trigger_method = UNSET
        else:
            condition_trigger_method = self.condition_trigger_method

        condition_value: None | str | Unset
        if isinstance(self.condition_value, Unset):
            condition_value = UNSET
        else:
            condition_value = self.condition_value

        condition_logic_bind: None | str | Unset
        if isinstance(self.condition_logic_bind, Unset):
            condition_logic_bind = UNSET
        else:
            condition_logic_bind = self.condition_logic_bind

        condition_time_zone: None | str | Unset
        if isinstance(self.condition_time_zone, Unset):
            condition_time_zone = UNSET
        else:
            condition_time_zone = self.condition_time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition_type is not UNSET:
            field_dict["condition_type"] = condition_type
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if contract_description_1 is not UNSET:
            field_dict["contract_description_1"] = contract_description_1
        if condition_operator is not UNSET:
            field_dict["condition_operator"] = condition_operator
        if condition_trigger_method is not UNSET:
            field_dict["condition_trigger_method"] = condition_trigger_method
        if condition_value is not UNSET:
            field_dict["condition_value"] = condition_value
        if condition_logic_bind is not UNSET:
            field_dict["condition_logic_bind"] = condition_logic_bind
        if condition_time_zone is not UNSET:
            field_dict["condition_time_zone"] = condition_time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_condition_type(data: object) -> AlertConditionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                condition_type_type_0 = AlertConditionType(data)

                return condition_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertConditionType | None | Unset, data)

        condition_type = _parse_condition_type(_source.pop("condition_type", UNSET))

        def _parse_conidex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conidex = _parse_conidex(_source.pop("conidex", UNSET))

        def _parse_contract_description_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_description_1 = _parse_contract_description_1(
            _source.pop("contract_description_1", UNSET)
        )

        def _parse_condition_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_operator = _parse_condition_operator(
            _source.pop("condition_operator", UNSET)
        )

        def _parse_condition_trigger_method(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        condition_trigger_method = _parse_condition_trigger_method(
            _source.pop("condition_trigger_method", UNSET)
        )

        def _parse_condition_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_value = _parse_condition_value(_source.pop("condition_value", UNSET))

        def _parse_condition_logic_bind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_logic_bind = _parse_condition_logic_bind(
            _source.pop("condition_logic_bind", UNSET)
        )

        def _parse_condition_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_time_zone = _parse_condition_time_zone(
            _source.pop("condition_time_zone", UNSET)
        )

        _model = cls(
            condition_type=condition_type,
            conidex=conidex,
            contract_description_1=contract_description_1,
            condition_operator=condition_operator,
            condition_trigger_method=condition_trigger_method,
            condition_value=condition_value,
            condition_logic_bind=condition_logic_bind,
            condition_time_zone=condition_time_zone,
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
