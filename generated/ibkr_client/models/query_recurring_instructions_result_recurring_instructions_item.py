from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryRecurringInstructionsResultRecurringInstructionsItem")


@_attrs_define
class QueryRecurringInstructionsResultRecurringInstructionsItem:
    """
    Attributes:
        amount (float | Unset):
        bank_instruction_method (str | Unset):
        bank_instruction_name (str | Unset):
        currency (str | Unset):
        end_date (str | Unset):
        frequency (str | Unset):
        request_id (int | Unset):
        start_date (str | Unset):
        transaction_type (str | Unset):
    """

    amount: float | Unset = UNSET
    bank_instruction_method: str | Unset = UNSET
    bank_instruction_name: str | Unset = UNSET
    currency: str | Unset = UNSET
    end_date: str | Unset = UNSET
    frequency: str | Unset = UNSET
    request_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        bank_instruction_method = self.bank_instruction_method

        bank_instruction_name = self.bank_instruction_name

        currency = self.currency

        end_date = self.end_date

        frequency = self.frequency

        request_id = self.request_id

        start_date = self.start_date

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if bank_instruction_method is not UNSET:
            field_dict["bankInstructionMethod"] = bank_instruction_method
        if bank_instruction_name is not UNSET:
            field_dict["bankInstructionName"] = bank_instruction_name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        amount = _source.pop("amount", UNSET)

        bank_instruction_method = _source.pop("bankInstructionMethod", UNSET)

        bank_instruction_name = _source.pop("bankInstructionName", UNSET)

        currency = _source.pop("currency", UNSET)

        end_date = _source.pop("endDate", UNSET)

        frequency = _source.pop("frequency", UNSET)

        request_id = _source.pop("requestId", UNSET)

        start_date = _source.pop("startDate", UNSET)

        transaction_type = _source.pop("transactionType", UNSET)

        _model = cls(
            amount=amount,
            bank_instruction_method=bank_instruction_method,
            bank_instruction_name=bank_instruction_name,
            currency=currency,
            end_date=end_date,
            frequency=frequency,
            request_id=request_id,
            start_date=start_date,
            transaction_type=transaction_type,
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
