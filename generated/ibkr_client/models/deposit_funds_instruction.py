from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.deposit_funds_instruction_bank_instruction_method import (
    DepositFundsInstructionBankInstructionMethod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_funds_instruction_ira_deposit_detail import (
        DepositFundsInstructionIraDepositDetail,
    )
    from ..models.deposit_funds_instruction_open_banking import (
        DepositFundsInstructionOpenBanking,
    )
    from ..models.deposit_funds_instruction_recurring_instruction_detail import (
        DepositFundsInstructionRecurringInstructionDetail,
    )


T = TypeVar("T", bound="DepositFundsInstruction")


@_attrs_define
class DepositFundsInstruction:
    """
    Attributes:
        account_id (str):
        amount (float):
        bank_instruction_method (DepositFundsInstructionBankInstructionMethod):
        client_instruction_id (float):
        currency (str):
        bank_instruction_name (str | Unset):
        identifier (str | Unset):
        ira_deposit_detail (DepositFundsInstructionIraDepositDetail | Unset):
        open_banking (DepositFundsInstructionOpenBanking | Unset):
        recurring_instruction_detail (DepositFundsInstructionRecurringInstructionDetail | Unset):
        sender_institution_name (str | Unset):
        sending_institution (str | Unset):
        special_instruction (str | Unset):
        from_account_number (str | Unset):
    """

    account_id: str
    amount: float
    bank_instruction_method: DepositFundsInstructionBankInstructionMethod
    client_instruction_id: float
    currency: str
    bank_instruction_name: str | Unset = UNSET
    identifier: str | Unset = UNSET
    ira_deposit_detail: DepositFundsInstructionIraDepositDetail | Unset = UNSET
    open_banking: DepositFundsInstructionOpenBanking | Unset = UNSET
    recurring_instruction_detail: (
        DepositFundsInstructionRecurringInstructionDetail | Unset
    ) = UNSET
    sender_institution_name: str | Unset = UNSET
    sending_institution: str | Unset = UNSET
    special_instruction: str | Unset = UNSET
    from_account_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount = self.amount

        bank_instruction_method = self.bank_instruction_method.value

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        bank_instruction_name = self.bank_instruction_name

        identifier = self.identifier

        ira_deposit_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ira_deposit_detail, Unset):
            ira_deposit_detail = self.ira_deposit_detail.to_dict()

        open_banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_banking, Unset):
            open_banking = self.open_banking.to_dict()

        recurring_instruction_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_instruction_detail, Unset):
            recurring_instruction_detail = self.recurring_instruction_detail.to_dict()

        sender_institution_name = self.sender_institution_name

        sending_institution = self.sending_institution

        special_instruction = self.special_instruction

        from_account_number = self.from_account_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "amount": amount,
                "bankInstructionMethod": bank_instruction_method,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
            }
        )
        if bank_instruction_name is not UNSET:
            field_dict["bankInstructionName"] = bank_instruction_name
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if ira_deposit_detail is not UNSET:
            field_dict["iraDepositDetail"] = ira_deposit_detail
        if open_banking is not UNSET:
            field_dict["openBanking"] = open_banking
        if recurring_instruction_detail is not UNSET:
            field_dict["recurringInstructionDetail"] = recurring_instruction_detail
        if sender_institution_name is not UNSET:
            field_dict["senderInstitutionName"] = sender_institution_name
        if sending_institution is not UNSET:
            field_dict["sendingInstitution"] = sending_institution
        if special_instruction is not UNSET:
            field_dict["specialInstruction"] = special_instruction
        if from_account_number is not UNSET:
            field_dict["fromAccountNumber"] = from_account_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_funds_instruction_ira_deposit_detail import (
            DepositFundsInstructionIraDepositDetail,  # noqa: PLC0415
        )
        from ..models.deposit_funds_instruction_open_banking import (
            DepositFundsInstructionOpenBanking,  # noqa: PLC0415
        )
        from ..models.deposit_funds_instruction_recurring_instruction_detail import (
            DepositFundsInstructionRecurringInstructionDetail,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        amount = _source.pop("amount")

        bank_instruction_method = DepositFundsInstructionBankInstructionMethod(
            _source.pop("bankInstructionMethod")
        )

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        bank_instruction_name = _source.pop("bankInstructionName", UNSET)

        identifier = _source.pop("identifier", UNSET)

        _ira_deposit_detail = _source.pop("iraDepositDetail", UNSET)
        ira_deposit_detail: DepositFundsInstructionIraDepositDetail | Unset
        if isinstance(_ira_deposit_detail, Unset):
            ira_deposit_detail = UNSET
        else:
            ira_deposit_detail = DepositFundsInstructionIraDepositDetail.from_dict(
                _ira_deposit_detail
            )

        _open_banking = _source.pop("openBanking", UNSET)
        open_banking: DepositFundsInstructionOpenBanking | Unset
        if isinstance(_open_banking, Unset):
            open_banking = UNSET
        else:
            open_banking = DepositFundsInstructionOpenBanking.from_dict(_open_banking)

        _recurring_instruction_detail = _source.pop("recurringInstructionDetail", UNSET)
        recurring_instruction_detail: (
            DepositFundsInstructionRecurringInstructionDetail | Unset
        )
        if isinstance(_recurring_instruction_detail, Unset):
            recurring_instruction_detail = UNSET
        else:
            recurring_instruction_detail = (
                DepositFundsInstructionRecurringInstructionDetail.from_dict(
                    _recurring_instruction_detail
                )
            )

        sender_institution_name = _source.pop("senderInstitutionName", UNSET)

        sending_institution = _source.pop("sendingInstitution", UNSET)

        special_instruction = _source.pop("specialInstruction", UNSET)

        from_account_number = _source.pop("fromAccountNumber", UNSET)

        _model = cls(
            account_id=account_id,
            amount=amount,
            bank_instruction_method=bank_instruction_method,
            client_instruction_id=client_instruction_id,
            currency=currency,
            bank_instruction_name=bank_instruction_name,
            identifier=identifier,
            ira_deposit_detail=ira_deposit_detail,
            open_banking=open_banking,
            recurring_instruction_detail=recurring_instruction_detail,
            sender_institution_name=sender_institution_name,
            sending_institution=sending_institution,
            special_instruction=special_instruction,
            from_account_number=from_account_number,
        )

        return _model
