from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_recent_recurring_event_response_instruction_result_type_0_transaction_history_result_type_0_item import (
        QueryRecentRecurringEventResponseInstructionResultType0TransactionHistoryResultType0Item,
    )


T = TypeVar(
    "T",
    bound="QueryRecentRecurringEventResponseInstructionResultType0TransactionHistory",
)


@_attrs_define
class QueryRecentRecurringEventResponseInstructionResultType0TransactionHistory:
    """
    Attributes:
        max_number_of_transactions (int | None | Unset):
        result (list[QueryRecentRecurringEventResponseInstructionResultType0TransactionHistoryResultType0Item] | None |
            Unset):
    """

    max_number_of_transactions: int | None | Unset = UNSET
    result: (
        list[
            QueryRecentRecurringEventResponseInstructionResultType0TransactionHistoryResultType0Item
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_number_of_transactions: int | None | Unset
        if isinstance(self.max_number_of_transactions, Unset):
            max_number_of_transactions = UNSET
        else:
            max_number_of_transactions = self.max_number_of_transactions

        result: list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

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
        from ..models.query_recent_recurring_event_response_instruction_result_type_0_transaction_history_result_type_0_item import (
            QueryRecentRecurringEventResponseInstructionResultType0TransactionHistoryResultType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_max_number_of_transactions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_number_of_transactions = _parse_max_number_of_transactions(
            _source.pop("maxNumberOfTransactions", UNSET)
        )

        def _parse_result(
            data: object,
        ) -> (
            list[
                QueryRecentRecurringEventResponseInstructionResultType0TransactionHistoryResultType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_0 = []
                _result_type_0 = data
                for result_type_0_item_data in _result_type_0:
                    result_type_0_item = QueryRecentRecurringEventResponseInstructionResultType0TransactionHistoryResultType0Item.from_dict(
                        result_type_0_item_data
                    )

                    result_type_0.append(result_type_0_item)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    QueryRecentRecurringEventResponseInstructionResultType0TransactionHistoryResultType0Item
                ]
                | None
                | Unset,
                data,
            )

        result = _parse_result(_source.pop("result", UNSET))

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
