from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryWithdrawableFunds")


@_attrs_define
class QueryWithdrawableFunds:
    """
    Attributes:
        account_id (str):
        client_instruction_id (float):
        currency (str):
        bank_account_number (str | Unset):
        bank_instruction_name (str | Unset):
        bank_routing_number (str | Unset):
    """

    account_id: str
    client_instruction_id: float
    currency: str
    bank_account_number: str | Unset = UNSET
    bank_instruction_name: str | Unset = UNSET
    bank_routing_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        bank_account_number = self.bank_account_number

        bank_instruction_name = self.bank_instruction_name

        bank_routing_number = self.bank_routing_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
            }
        )
        if bank_account_number is not UNSET:
            field_dict["bankAccountNumber"] = bank_account_number
        if bank_instruction_name is not UNSET:
            field_dict["bankInstructionName"] = bank_instruction_name
        if bank_routing_number is not UNSET:
            field_dict["bankRoutingNumber"] = bank_routing_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        bank_account_number = _source.pop("bankAccountNumber", UNSET)

        bank_instruction_name = _source.pop("bankInstructionName", UNSET)

        bank_routing_number = _source.pop("bankRoutingNumber", UNSET)

        _model = cls(
            account_id=account_id,
            client_instruction_id=client_instruction_id,
            currency=currency,
            bank_account_number=bank_account_number,
            bank_instruction_name=bank_instruction_name,
            bank_routing_number=bank_routing_number,
        )

        return _model
