from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.withdraw_funds_instruction_bank_instruction_method import (
    WithdrawFundsInstructionBankInstructionMethod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.withdraw_funds_instruction_ira_withdrawal_detail import (
        WithdrawFundsInstructionIraWithdrawalDetail,
    )
    from ..models.withdraw_funds_instruction_recurring_instruction_detail import (
        WithdrawFundsInstructionRecurringInstructionDetail,
    )


T = TypeVar("T", bound="WithdrawFundsInstruction")


@_attrs_define
class WithdrawFundsInstruction:
    """
    Attributes:
        account_id (str):
        amount (float):
        bank_instruction_method (WithdrawFundsInstructionBankInstructionMethod):
        bank_instruction_name (str):
        client_instruction_id (float):
        currency (str):
        date_time_to_occur (str | Unset):
        ira_withdrawal_detail (WithdrawFundsInstructionIraWithdrawalDetail | Unset):
        recurring_instruction_detail (WithdrawFundsInstructionRecurringInstructionDetail | Unset):
    """

    account_id: str
    amount: float
    bank_instruction_method: WithdrawFundsInstructionBankInstructionMethod
    bank_instruction_name: str
    client_instruction_id: float
    currency: str
    date_time_to_occur: str | Unset = UNSET
    ira_withdrawal_detail: WithdrawFundsInstructionIraWithdrawalDetail | Unset = UNSET
    recurring_instruction_detail: (
        WithdrawFundsInstructionRecurringInstructionDetail | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount = self.amount

        bank_instruction_method = self.bank_instruction_method.value

        bank_instruction_name = self.bank_instruction_name

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        date_time_to_occur = self.date_time_to_occur

        ira_withdrawal_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ira_withdrawal_detail, Unset):
            ira_withdrawal_detail = self.ira_withdrawal_detail.to_dict()

        recurring_instruction_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_instruction_detail, Unset):
            recurring_instruction_detail = self.recurring_instruction_detail.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "amount": amount,
                "bankInstructionMethod": bank_instruction_method,
                "bankInstructionName": bank_instruction_name,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
            }
        )
        if date_time_to_occur is not UNSET:
            field_dict["dateTimeToOccur"] = date_time_to_occur
        if ira_withdrawal_detail is not UNSET:
            field_dict["iraWithdrawalDetail"] = ira_withdrawal_detail
        if recurring_instruction_detail is not UNSET:
            field_dict["recurringInstructionDetail"] = recurring_instruction_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withdraw_funds_instruction_ira_withdrawal_detail import (
            WithdrawFundsInstructionIraWithdrawalDetail,  # noqa: PLC0415
        )
        from ..models.withdraw_funds_instruction_recurring_instruction_detail import (
            WithdrawFundsInstructionRecurringInstructionDetail,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        amount = _source.pop("amount")

        bank_instruction_method = WithdrawFundsInstructionBankInstructionMethod(
            _source.pop("bankInstructionMethod")
        )

        bank_instruction_name = _source.pop("bankInstructionName")

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        date_time_to_occur = _source.pop("dateTimeToOccur", UNSET)

        _ira_withdrawal_detail = _source.pop("iraWithdrawalDetail", UNSET)
        ira_withdrawal_detail: WithdrawFundsInstructionIraWithdrawalDetail | Unset
        if isinstance(_ira_withdrawal_detail, Unset):
            ira_withdrawal_detail = UNSET
        else:
            ira_withdrawal_detail = (
                WithdrawFundsInstructionIraWithdrawalDetail.from_dict(
                    _ira_withdrawal_detail
                )
            )

        _recurring_instruction_detail = _source.pop("recurringInstructionDetail", UNSET)
        recurring_instruction_detail: (
            WithdrawFundsInstructionRecurringInstructionDetail | Unset
        )
        if isinstance(_recurring_instruction_detail, Unset):
            recurring_instruction_detail = UNSET
        else:
            recurring_instruction_detail = (
                WithdrawFundsInstructionRecurringInstructionDetail.from_dict(
                    _recurring_instruction_detail
                )
            )

        _model = cls(
            account_id=account_id,
            amount=amount,
            bank_instruction_method=bank_instruction_method,
            bank_instruction_name=bank_instruction_name,
            client_instruction_id=client_instruction_id,
            currency=currency,
            date_time_to_occur=date_time_to_occur,
            ira_withdrawal_detail=ira_withdrawal_detail,
            recurring_instruction_detail=recurring_instruction_detail,
        )

        return _model
