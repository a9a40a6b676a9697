from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryRecentRecurringEvents")


@_attrs_define
class QueryRecentRecurringEvents:
    """
    Attributes:
        client_instruction_id (float):
        ib_reference_id (float):
        number_of_transactions (float | Unset):
    """

    client_instruction_id: float
    ib_reference_id: float
    number_of_transactions: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_instruction_id = self.client_instruction_id

        ib_reference_id = self.ib_reference_id

        number_of_transactions = self.number_of_transactions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientInstructionId": client_instruction_id,
                "ibReferenceId": ib_reference_id,
            }
        )
        if number_of_transactions is not UNSET:
            field_dict["numberOfTransactions"] = number_of_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        ib_reference_id = _source.pop("ibReferenceId")

        number_of_transactions = _source.pop("numberOfTransactions", UNSET)

        _model = cls(
            client_instruction_id=client_instruction_id,
            ib_reference_id=ib_reference_id,
            number_of_transactions=number_of_transactions,
        )

        return _model
