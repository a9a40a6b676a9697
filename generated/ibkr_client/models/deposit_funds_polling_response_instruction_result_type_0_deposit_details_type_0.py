from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_funds_polling_response_instruction_result_type_0_deposit_details_type_0_open_banking_type_0 import (
        DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0,
    )


T = TypeVar(
    "T", bound="DepositFundsPollingResponseInstructionResultType0DepositDetailsType0"
)


@_attrs_define
class DepositFundsPollingResponseInstructionResultType0DepositDetailsType0:
    """
    Attributes:
        amount (float | None | Unset):
        currency (None | str | Unset):
        open_banking (DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0 | None |
            Unset):
        when_available (None | str | Unset):
    """

    amount: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    open_banking: (
        DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0
        | None
        | Unset
    ) = UNSET
    when_available: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deposit_funds_polling_response_instruction_result_type_0_deposit_details_type_0_open_banking_type_0 import (
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0,  # noqa: PLC0415
        )

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        open_banking: dict[str, Any] | None | Unset
        if isinstance(self.open_banking, Unset):
            open_banking = UNSET
        elif isinstance(
            self.open_banking,
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0,
        ):
            open_banking = self.open_banking.to_dict()
        else:
            open_banking = self.open_banking

        when_available: None | str | Unset
        if isinstance(self.when_available, Unset):
            when_available = UNSET
        else:
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
        from ..models.deposit_funds_polling_response_instruction_result_type_0_deposit_details_type_0_open_banking_type_0 import (
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(_source.pop("amount", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_open_banking(
            data: object,
        ) -> (
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                open_banking_type_0 = DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0.from_dict(
                    data
                )

                return open_banking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0
                | None
                | Unset,
                data,
            )

        open_banking = _parse_open_banking(_source.pop("openBanking", UNSET))

        def _parse_when_available(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        when_available = _parse_when_available(_source.pop("whenAvailable", UNSET))

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
