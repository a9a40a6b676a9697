from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.query_recent_instructions_transaction_history import (
        QueryRecentInstructionsTransactionHistory,
    )


T = TypeVar("T", bound="QueryRecentInstructions")


@_attrs_define
class QueryRecentInstructions:
    """
    Attributes:
        account_id (str):
        client_instruction_id (float):
        transaction_history (QueryRecentInstructionsTransactionHistory):
    """

    account_id: str
    client_instruction_id: float
    transaction_history: QueryRecentInstructionsTransactionHistory

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        client_instruction_id = self.client_instruction_id

        transaction_history = self.transaction_history.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "clientInstructionId": client_instruction_id,
                "transactionHistory": transaction_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_recent_instructions_transaction_history import (
            QueryRecentInstructionsTransactionHistory,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        client_instruction_id = _source.pop("clientInstructionId")

        transaction_history = QueryRecentInstructionsTransactionHistory.from_dict(
            _source.pop("transactionHistory")
        )

        _model = cls(
            account_id=account_id,
            client_instruction_id=client_instruction_id,
            transaction_history=transaction_history,
        )

        return _model
