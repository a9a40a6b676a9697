from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_funds_polling_response_instruction_result_type_0_deposit_details_type_0_open_banking_type_0_provider_response_type_0 import (
        DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0,
    )


T = TypeVar(
    "T",
    bound="DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0",
)


@_attrs_define
class DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0:
    """
    Attributes:
        provider_response
            (DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0 |
            None | Unset):
        service_provider (None | str | Unset):
    """

    provider_response: (
        DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0
        | None
        | Unset
    ) = UNSET
    service_provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deposit_funds_polling_response_instruction_result_type_0_deposit_details_type_0_open_banking_type_0_provider_response_type_0 import (
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0,  # noqa: PLC0415
        )

        provider_response: dict[str, Any] | None | Unset
        if isinstance(self.provider_response, Unset):
            provider_response = UNSET
        elif isinstance(
            self.provider_response,
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0,
        ):
            provider_response = self.provider_response.to_dict()
        else:
            provider_response = self.provider_response

        service_provider: None | str | Unset
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        else:
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
        from ..models.deposit_funds_polling_response_instruction_result_type_0_deposit_details_type_0_open_banking_type_0_provider_response_type_0 import (
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_provider_response(
            data: object,
        ) -> (
            DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0
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
                provider_response_type_0 = DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0.from_dict(
                    data
                )

                return provider_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DepositFundsPollingResponseInstructionResultType0DepositDetailsType0OpenBankingType0ProviderResponseType0
                | None
                | Unset,
                data,
            )

        provider_response = _parse_provider_response(
            _source.pop("providerResponse", UNSET)
        )

        def _parse_service_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_provider = _parse_service_provider(
            _source.pop("serviceProvider", UNSET)
        )

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
