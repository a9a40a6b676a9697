from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_funds_polling_response_instruction_result_deposit_details_open_banking_provider_response import (
        DepositFundsPollingResponseInstructionResultDepositDetailsOpenBankingProviderResponse,
    )


T = TypeVar(
    "T", bound="DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking"
)


@_attrs_define
class DepositFundsPollingResponseInstructionResultDepositDetailsOpenBanking:
    """
    Attributes:
        provider_response (DepositFundsPollingResponseInstructionResultDepositDetailsOpenBankingProviderResponse |
            Unset):
        service_provider (str | Unset):
    """

    provider_response: (
        DepositFundsPollingResponseInstructionResultDepositDetailsOpenBankingProviderResponse
        | Unset
    ) = UNSET
    service_provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_response, Unset):
            provider_response = self.provider_response.to_dict()

        service_provider = self.service_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_response is not UNSET:
            field_dict["providerResponse"] = provider_response
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_funds_polling_response_instruction_result_deposit_details_open_banking_provider_response import (
            DepositFundsPollingResponseInstructionResultDepositDetailsOpenBankingProviderResponse,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _provider_response = _source.pop("providerResponse", UNSET)
        provider_response: (
            DepositFundsPollingResponseInstructionResultDepositDetailsOpenBankingProviderResponse
            | Unset
        )
        if isinstance(_provider_response, Unset):
            provider_response = UNSET
        else:
            provider_response = DepositFundsPollingResponseInstructionResultDepositDetailsOpenBankingProviderResponse.from_dict(
                _provider_response
            )

        service_provider = _source.pop("serviceProvider", UNSET)

        _model = cls(
            provider_response=provider_response,
            service_provider=service_provider,
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
