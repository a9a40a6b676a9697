from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="QueryBankInstructionResponseInstructionResultType0BankInstructionDetailsItem",
)


@_attrs_define
class QueryBankInstructionResponseInstructionResultType0BankInstructionDetailsItem:
    """
    Attributes:
        bank_account_number (str):
        bank_routing_number (str):
        currency (str):
        instruction_name (str):
        instruction_status (str):
        type_ (str):
    """

    bank_account_number: str
    bank_routing_number: str
    currency: str
    instruction_name: str
    instruction_status: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_account_number = self.bank_account_number

        bank_routing_number = self.bank_routing_number

        currency = self.currency

        instruction_name = self.instruction_name

        instruction_status = self.instruction_status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bankAccountNumber": bank_account_number,
                "bankRoutingNumber": bank_routing_number,
                "currency": currency,
                "instructionName": instruction_name,
                "instructionStatus": instruction_status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        bank_account_number = _source.pop("bankAccountNumber")

        bank_routing_number = _source.pop("bankRoutingNumber")

        currency = _source.pop("currency")

        instruction_name = _source.pop("instructionName")

        instruction_status = _source.pop("instructionStatus")

        type_ = _source.pop("type")

        _model = cls(
            bank_account_number=bank_account_number,
            bank_routing_number=bank_routing_number,
            currency=currency,
            instruction_name=instruction_name,
            instruction_status=instruction_status,
            type_=type_,
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
