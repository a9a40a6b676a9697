from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_recent_recurring_event_response_instruction_result_transaction_history_result_item import (
        QueryRecentRecurringEventResponseInstructionResultTransactionHistoryResultItem,
    )


T = TypeVar(
    "T", bound="QueryRecentRecurringEventResponseInstructionResultTransactionHistory"
)


@_attrs_define
class QueryRecentRecurringEventResponseInstructionResultTransactionHistory:
    """
    Attributes:
        max_number_of_transactions (int | Unset):
        result (list[QueryRecentRecurringEventResponseInstructionResultTransactionHistoryResultItem] | Unset):
    """

    max_number_of_transactions: int | Unset = UNSET
    result: (
        list[
            QueryRecentRecurringEventResponseInstructionResultTransactionHistoryResultItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_number_of_transactions = self.max_number_of_transactions

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_number_of_transactions is not UNSET:
            field_dict["maxNumberOfTransactions"] = max_number_of_transactions
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_recent_recurring_event_response_instruction_result_transaction_history_result_item import (
            QueryRecentRecurringEventResponseInstructionResultTransactionHistoryResultItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        max_number_of_transactions = _source.pop("maxNumberOfTransactions", UNSET)

        _result = _source.pop("result", UNSET)
        result: (
            list[
                QueryRecentRecurringEventResponseInstructionResultTransactionHistoryResultItem
            ]
            | Unset
        ) = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = QueryRecentRecurringEventResponseInstructionResultTransactionHistoryResultItem.from_dict(
                    result_item_data
                )

                result.append(result_item)

        _model = cls(
            max_number_of_transactions=max_number_of_transactions,
            result=result,
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
