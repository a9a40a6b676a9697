from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_recent_recurring_event_response_instruction_result_instruction_status import (
    QueryRecentRecurringEventResponseInstructionResultInstructionStatus,
)
from ..models.query_recent_recurring_event_response_instruction_result_instruction_type import (
    QueryRecentRecurringEventResponseInstructionResultInstructionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_recent_recurring_event_response_instruction_result_error import (
        QueryRecentRecurringEventResponseInstructionResultError,
    )
    from ..models.query_recent_recurring_event_response_instruction_result_transaction_history import (
        QueryRecentRecurringEventResponseInstructionResultTransactionHistory,
    )


T = TypeVar("T", bound="QueryRecentRecurringEventResponseInstructionResult")


@_attrs_define
class QueryRecentRecurringEventResponseInstructionResult:
    """
    Attributes:
        client_instruction_id (float):
        instruction_id (float):
        instruction_status (QueryRecentRecurringEventResponseInstructionResultInstructionStatus):
        instruction_type (QueryRecentRecurringEventResponseInstructionResultInstructionType):
        amount (float):
        currency (str):
        method (str):
        recurring_instruction_name (str):
        recurring_transaction_status (str):
        recurring_transaction_type (str):
        transaction_history (QueryRecentRecurringEventResponseInstructionResultTransactionHistory):
        description (str | Unset):
        error (QueryRecentRecurringEventResponseInstructionResultError | Unset):
        ib_reference_id (float | Unset):
    """

    client_instruction_id: float
    instruction_id: float
    instruction_status: (
        QueryRecentRecurringEventResponseInstructionResultInstructionStatus
    )
    instruction_type: QueryRecentRecurringEventResponseInstructionResultInstructionType
    amount: float
    currency: str
    method: str
    recurring_instruction_name: str
    recurring_transaction_status: str
    recurring_transaction_type: str
    transaction_history: (
        QueryRecentRecurringEventResponseInstructionResultTransactionHistory
    )
    description: str | Unset = UNSET
    error: QueryRecentRecurringEventResponseInstructionResultError | Unset = UNSET
    ib_reference_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_instruction_id = self.client_instruction_id

        instruction_id = self.instruction_id

        instruction_status = self.instruction_status.value

        instruction_type = self.instruction_type.value

        amount = self.amount

        currency = self.currency

        method = self.method

        recurring_instruction_name = self.recurring_instruction_name

        recurring_transaction_status = self.recurring_transaction_status

        recurring_transaction_type = self.recurring_transaction_type

        transaction_history = self.transaction_history.to_dict()

        description = self.description

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        ib_reference_id = self.ib_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientInstructionId": client_instruction_id,
                "instructionId": instruction_id,
                "instructionStatus": instruction_status,
                "instructionType": instruction_type,
                "amount": amount,
                "currency": currency,
                "method": method,
                "recurringInstructionName": recurring_instruction_name,
                "recurringTransactionStatus": recurring_transaction_status,
                "recurringTransactionType": recurring_transaction_type,
                "transactionHistory": transaction_history,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if error is not UNSET:
            field_dict["error"] = error
        if ib_reference_id is not UNSET:
            field_dict["ibReferenceId"] = ib_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_recent_recurring_event_response_instruction_result_error import (
            QueryRecentRecurringEventResponseInstructionResultError,  # noqa: PLC0415
        )
        from ..models.query_recent_recurring_event_response_instruction_result_transaction_history import (
            QueryRecentRecurringEventResponseInstructionResultTransactionHistory,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        instruction_id = _source.pop("instructionId")

        instruction_status = (
            QueryRecentRecurringEventResponseInstructionResultInstructionStatus(
                _source.pop("instructionStatus")
            )
        )

        instruction_type = (
            QueryRecentRecurringEventResponseInstructionResultInstructionType(
                _source.pop("instructionType")
            )
        )

        amount = _source.pop("amount")

        currency = _source.pop("currency")

        method = _source.pop("method")

        recurring_instruction_name = _source.pop("recurringInstructionName")

        recurring_transaction_status = _source.pop("recurringTransactionStatus")

        recurring_transaction_type = _source.pop("recurringTransactionType")

        transaction_history = QueryRecentRecurringEventResponseInstructionResultTransactionHistory.from_dict(
            _source.pop("transactionHistory")
        )

        description = _source.pop("description", UNSET)

        _error = _source.pop("error", UNSET)
        error: QueryRecentRecurringEventResponseInstructionResultError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = QueryRecentRecurringEventResponseInstructionResultError.from_dict(
                _error
            )

        ib_reference_id = _source.pop("ibReferenceId", UNSET)

        _model = cls(
            client_instruction_id=client_instruction_id,
            instruction_id=instruction_id,
            instruction_status=instruction_status,
            instruction_type=instruction_type,
            amount=amount,
            currency=currency,
            method=method,
            recurring_instruction_name=recurring_instruction_name,
            recurring_transaction_status=recurring_transaction_status,
            recurring_transaction_type=recurring_transaction_type,
            transaction_history=transaction_history,
            description=description,
            error=error,
            ib_reference_id=ib_reference_id,
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
