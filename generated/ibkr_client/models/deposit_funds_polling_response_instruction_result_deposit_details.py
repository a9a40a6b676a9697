from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_funds_polling_response_instruction_result_deposit_details_open_banking import (
        DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking,
    )


T = TypeVar("T", bound="DepositFundsPollingResponseInstructionResultDepositDetails")


@_attrs_define
class DepositFundsPollingResponseInstructionResultDepositDetails:
    """
    Attributes:
        amount (float | Unset):
        currency (str | Unset):
        open_banking (DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking | Unset):
        when_available (str | Unset):
    """

    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    open_banking: (
        DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking | Unset
    ) = UNSET
    when_available: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        open_banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_banking, Unset):
            open_banking = self.open_banking.to_dict()

        when_available = self.when_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if open_banking is not UNSET:
            field_dict["openBanking"] = open_banking
        if when_available is not UNSET:
            field_dict["whenAvailable"] = when_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_funds_polling_response_instruction_result_deposit_details_open_banking import (
            DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        amount = _source.pop("amount", UNSET)

        currency = _source.pop("currency", UNSET)

        _open_banking = _source.pop("openBanking", UNSET)
        open_banking: (
            DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking
            | Unset
        )
        if isinstance(_open_banking, Unset):
            open_banking = UNSET
        else:
            open_banking = DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking.from_dict(
                _open_banking
            )

        when_available = _source.pop("whenAvailable", UNSET)

        _model = cls(
            amount=amount,
            currency=currency,
            open_banking=open_banking,
            when_available=when_available,
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
