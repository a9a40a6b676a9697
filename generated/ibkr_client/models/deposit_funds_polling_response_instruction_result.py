from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_funds_polling_response_instruction_result_instruction_status import (
    DepositFundsPollingResponseInstructionResultInstructionStatus,
)
from ..models.deposit_funds_polling_response_instruction_result_instruction_type import (
    DepositFundsPollingResponseInstructionResultInstructionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_funds_polling_response_instruction_result_deposit_details import (
        DepositFundsPollingResponseInstructionResultDepositDetails,
    )
    from ..models.deposit_funds_polling_response_instruction_result_error import (
        DepositFundsPollingResponseInstructionResultError,
    )


T = TypeVar("T", bound="DepositFundsPollingResponseInstructionResult")


@_attrs_define
class DepositFundsPollingResponseInstructionResult:
    """
    Attributes:
        client_instruction_id (float):
        instruction_id (float):
        instruction_status (DepositFundsPollingResponseInstructionResultInstructionStatus):
        instruction_type (DepositFundsPollingResponseInstructionResultInstructionType):
        description (str | Unset):
        error (DepositFundsPollingResponseInstructionResultError | Unset):
        ib_reference_id (float | Unset):
        deposit_details (DepositFundsPollingResponseInstructionResultDepositDetails | Unset):
    """

    client_instruction_id: float
    instruction_id: float
    instruction_status: DepositFundsPollingResponseInstructionResultInstructionStatus
    instruction_type: DepositFundsPollingResponseInstructionResultInstructionType
    description: str | Unset = UNSET
    error: DepositFundsPollingResponseInstructionResultError | Unset = UNSET
    ib_reference_id: float | Unset = UNSET
    deposit_details: (
        DepositFundsPollingResponseInstructionResultDepositDetails | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_instruction_id = self.client_instruction_id

        instruction_id = self.instruction_id

        instruction_status = self.instruction_status.value

        instruction_type = self.instruction_type.value

        description = self.description

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        ib_reference_id = self.ib_reference_id

        deposit_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_details, Unset):
            deposit_details = self.deposit_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientInstructionId": client_instruction_id,
                "instructionId": instruction_id,
                "instructionStatus": instruction_status,
                "instructionType": instruction_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if error is not UNSET:
            field_dict["error"] = error
        if ib_reference_id is not UNSET:
            field_dict["ibReferenceId"] = ib_reference_id
        if deposit_details is not UNSET:
            field_dict["depositDetails"] = deposit_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_funds_polling_response_instruction_result_deposit_details import (
            DepositFundsPollingResponseInstructionResultDepositDetails,  # noqa: PLC0415
        )
        from ..models.deposit_funds_polling_response_instruction_result_error import (
            DepositFundsPollingResponseInstructionResultError,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        instruction_id = _source.pop("instructionId")

        instruction_status = (
            DepositFundsPollingResponseInstructionResultInstructionStatus(
                _source.pop("instructionStatus")
            )
        )

        instruction_type = DepositFundsPollingResponseInstructionResultInstructionType(
            _source.pop("instructionType")
        )

        description = _source.pop("description", UNSET)

        _error = _source.pop("error", UNSET)
        error: DepositFundsPollingResponseInstructionResultError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = DepositFundsPollingResponseInstructionResultError.from_dict(_error)

        ib_reference_id = _source.pop("ibReferenceId", UNSET)

        _deposit_details = _source.pop("depositDetails", UNSET)
        deposit_details: (
            DepositFundsPollingResponseInstructionResultDepositDetails | Unset
        )
        if isinstance(_deposit_details, Unset):
            deposit_details = UNSET
        else:
            deposit_details = (
                DepositFundsPollingResponseInstructionResultDepositDetails.from_dict(
                    _deposit_details
                )
            )

        _model = cls(
            client_instruction_id=client_instruction_id,
            instruction_id=instruction_id,
            instruction_status=instruction_status,
            instruction_type=instruction_type,
            description=description,
            error=error,
            ib_reference_id=ib_reference_id,
            deposit_details=deposit_details,
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
