from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.alert_condition_type import AlertConditionType
from ..models.alert_logic_bind import AlertLogicBind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertConditionRequest")


@_attrs_define
class AlertConditionRequest:
    """
    Attributes:
        conidex (str): Contract id and exchange as "conid@exchange", e.g. "265598@SMART".
        logic_bind (AlertLogicBind): How a condition combines with the next one: "a" and, "o" or, "n" end (the last
            condition).
        operator (str): Comparison with `value`, e.g. ">=" or "<=".
        trigger_method (int | str): Trigger method; pass "0". Documented as the string "0", sent as the number 0 in both
            documentation examples, so either is accepted.
        type_ (AlertConditionType): What a condition watches: 1 price, 3 time, 4 margin, 5 trade, 6 volume, 7 MTA
            market,
            8 MTA position, 9 MTA account daily PnL.
        value (str): Trigger value for the condition type, e.g. a price "195.00" or a time
            "YYYYMMDD-HH:mm:ss"; "*" for the default.
        time_zone (str | Unset): Time zone, e.g. "US/Eastern"; needed by some MTA conditions.
    """

    conidex: str
    logic_bind: AlertLogicBind
    operator: str
    trigger_method: int | str
    type_: AlertConditionType
    value: str
    time_zone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        conidex = self.conidex

        logic_bind = self.logic_bind.value

        operator = self.operator

        trigger_method: int | str
        trigger_method = self.trigger_method

        type_ = self.type_.value

        value = self.value

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conidex": conidex,
                "logicBind": logic_bind,
                "operator": operator,
                "triggerMethod": trigger_method,
                "type": type_,
                "value": value,
            }
        )
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        conidex = _source.pop("conidex")

        logic_bind = AlertLogicBind(_source.pop("logicBind"))

        operator = _source.pop("operator")

        def _parse_trigger_method(data: object) -> int | str:
            return cast(int | str, data)

        trigger_method = _parse_trigger_method(_source.pop("triggerMethod"))

        type_ = AlertConditionType(_source.pop("type"))

        value = _source.pop("value")

        time_zone = _source.pop("timeZone", UNSET)

        _model = cls(
            conidex=conidex,
            logic_bind=logic_bind,
            operator=operator,
            trigger_method=trigger_method,
            type_=type_,
            value=value,
            time_zone=time_zone,
        )

        return _model
