from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.deposit_funds_instruction_open_banking_service_provider import (
    DepositFundsInstructionOpenBankingServiceProvider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_funds_instruction_open_banking_plaid_options import (
        DepositFundsInstructionOpenBankingPlaidOptions,
    )


T = TypeVar("T", bound="DepositFundsInstructionOpenBanking")


@_attrs_define
class DepositFundsInstructionOpenBanking:
    """
    Attributes:
        service_provider (DepositFundsInstructionOpenBankingServiceProvider):
        plaid_options (DepositFundsInstructionOpenBankingPlaidOptions | Unset):
    """

    service_provider: DepositFundsInstructionOpenBankingServiceProvider
    plaid_options: DepositFundsInstructionOpenBankingPlaidOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service_provider = self.service_provider.value

        plaid_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plaid_options, Unset):
            plaid_options = self.plaid_options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "serviceProvider": service_provider,
            }
        )
        if plaid_options is not UNSET:
            field_dict["plaidOptions"] = plaid_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_funds_instruction_open_banking_plaid_options import (
            DepositFundsInstructionOpenBankingPlaidOptions,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        service_provider = DepositFundsInstructionOpenBankingServiceProvider(
            _source.pop("serviceProvider")
        )

        _plaid_options = _source.pop("plaidOptions", UNSET)
        plaid_options: DepositFundsInstructionOpenBankingPlaidOptions | Unset
        if isinstance(_plaid_options, Unset):
            plaid_options = UNSET
        else:
            plaid_options = DepositFundsInstructionOpenBankingPlaidOptions.from_dict(
                _plaid_options
            )

        _model = cls(
            service_provider=service_provider,
            plaid_options=plaid_options,
        )

        return _model
