from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalCashTransferInstruction")


@_attrs_define
class InternalCashTransferInstruction:
    """
    Attributes:
        amount (float):
        client_instruction_id (float):
        currency (str):
        source_account_id (str):
        target_account_id (str):
        client_note (str | Unset):
        date_time_to_occur (str | Unset):
    """

    amount: float
    client_instruction_id: float
    currency: str
    source_account_id: str
    target_account_id: str
    client_note: str | Unset = UNSET
    date_time_to_occur: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        source_account_id = self.source_account_id

        target_account_id = self.target_account_id

        client_note = self.client_note

        date_time_to_occur = self.date_time_to_occur

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
                "sourceAccountId": source_account_id,
                "targetAccountId": target_account_id,
            }
        )
        if client_note is not UNSET:
            field_dict["clientNote"] = client_note
        if date_time_to_occur is not UNSET:
            field_dict["dateTimeToOccur"] = date_time_to_occur

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        amount = _source.pop("amount")

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        source_account_id = _source.pop("sourceAccountId")

        target_account_id = _source.pop("targetAccountId")

        client_note = _source.pop("clientNote", UNSET)

        date_time_to_occur = _source.pop("dateTimeToOccur", UNSET)

        _model = cls(
            amount=amount,
            client_instruction_id=client_instruction_id,
            currency=currency,
            source_account_id=source_account_id,
            target_account_id=target_account_id,
            client_note=client_note,
            date_time_to_occur=date_time_to_occur,
        )

        return _model
