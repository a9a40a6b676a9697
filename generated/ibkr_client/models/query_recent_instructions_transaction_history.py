from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.query_recent_instructions_transaction_history_transaction_type import (
    QueryRecentInstructionsTransactionHistoryTransactionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryRecentInstructionsTransactionHistory")


@_attrs_define
class QueryRecentInstructionsTransactionHistory:
    """
    Attributes:
        days_to_go_back (float):
        transaction_type (QueryRecentInstructionsTransactionHistoryTransactionType | Unset):
    """

    days_to_go_back: float
    transaction_type: (
        QueryRecentInstructionsTransactionHistoryTransactionType | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        days_to_go_back = self.days_to_go_back

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "daysToGoBack": days_to_go_back,
            }
        )
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        days_to_go_back = _source.pop("daysToGoBack")

        _transaction_type = _source.pop("transactionType", UNSET)
        transaction_type: (
            QueryRecentInstructionsTransactionHistoryTransactionType | Unset
        )
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = QueryRecentInstructionsTransactionHistoryTransactionType(
                _transaction_type
            )

        _model = cls(
            days_to_go_back=days_to_go_back,
            transaction_type=transaction_type,
        )

        return _model
