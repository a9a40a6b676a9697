from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryRecurringInstructionsResultRecurringInstructionsItem")


@_attrs_define
class QueryRecurringInstructionsResultRecurringInstructionsItem:
    """
    Attributes:
        amount (float | None | Unset):
        bank_instruction_method (None | str | Unset):
        bank_instruction_name (None | str | Unset):
        currency (None | str | Unset):
        end_date (None | str | Unset):
        frequency (None | str | Unset):
        request_id (int | None | Unset):
        start_date (None | str | Unset):
        transaction_type (None | str | Unset):
    """

    amount: float | None | Unset = UNSET
    bank_instruction_method: None | str | Unset = UNSET
    bank_instruction_name: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    frequency: None | str | Unset = UNSET
    request_id: int | None | Unset = UNSET
    start_date: None | str | Unset = UNSET
    transaction_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        bank_instruction_method: None | str | Unset
        if isinstance(self.bank_instruction_method, Unset):
            bank_instruction_method = UNSET
        else:
            bank_instruction_method = self.bank_instruction_method

        bank_instruction_name: None | str | Unset
        if isinstance(self.bank_instruction_name, Unset):
            bank_instruction_name = UNSET
        else:
            bank_instruction_name = self.bank_instruction_name

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        transaction_type: None | str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        else:
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

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(_source.pop("amount", UNSET))

        def _parse_bank_instruction_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_instruction_method = _parse_bank_instruction_method(
            _source.pop("bankInstructionMethod", UNSET)
        )

        def _parse_bank_instruction_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_instruction_name = _parse_bank_instruction_name(
            _source.pop("bankInstructionName", UNSET)
        )

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(_source.pop("endDate", UNSET))

        def _parse_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frequency = _parse_frequency(_source.pop("frequency", UNSET))

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_id = _parse_request_id(_source.pop("requestId", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(_source.pop("startDate", UNSET))

        def _parse_transaction_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_type = _parse_transaction_type(
            _source.pop("transactionType", UNSET)
        )

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
