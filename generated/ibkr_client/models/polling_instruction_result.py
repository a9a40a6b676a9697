from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.polling_instruction_result_instruction_status import (
    PollingInstructionResultInstructionStatus,
)
from ..models.polling_instruction_result_instruction_type import (
    PollingInstructionResultInstructionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.polling_instruction_result_error_type_0 import (
        PollingInstructionResultErrorType0,
    )


T = TypeVar("T", bound="PollingInstructionResult")


@_attrs_define
class PollingInstructionResult:
    """
    Attributes:
        client_instruction_id (float):
        instruction_id (float):
        instruction_status (PollingInstructionResultInstructionStatus):
        instruction_type (PollingInstructionResultInstructionType):
        description (None | str | Unset):
        error (None | PollingInstructionResultErrorType0 | Unset):
        ib_reference_id (float | None | Unset):
    """

    client_instruction_id: float
    instruction_id: float
    instruction_status: PollingInstructionResultInstructionStatus
    instruction_type: PollingInstructionResultInstructionType
    description: None | str | Unset = UNSET
    error: None | PollingInstructionResultErrorType0 | Unset = UNSET
    ib_reference_id: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.polling_instruction_result_error_type_0 import (
            PollingInstructionResultErrorType0,  # noqa: PLC0415
        )

        client_instruction_id = self.client_instruction_id

        instruction_id = self.instruction_id

        instruction_status = self.instruction_status.value

        instruction_type = self.instruction_type.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, PollingInstructionResultErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        ib_reference_id: float | None | Unset
        if isinstance(self.ib_reference_id, Unset):
            ib_reference_id = UNSET
        else:
            ib_reference_id = self.ib_reference_id

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.polling_instruction_result_error_type_0 import (
            PollingInstructionResultErrorType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        instruction_id = _source.pop("instructionId")

        instruction_status = PollingInstructionResultInstructionStatus(
            _source.pop("instructionStatus")
        )

        instruction_type = PollingInstructionResultInstructionType(
            _source.pop("instructionType")
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_error(
            data: object,
        ) -> None | PollingInstructionResultErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = PollingInstructionResultErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PollingInstructionResultErrorType0 | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        def _parse_ib_reference_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ib_reference_id = _parse_ib_reference_id(_source.pop("ibReferenceId", UNSET))

        _model = cls(
            client_instruction_id=client_instruction_id,
            instruction_id=instruction_id,
            instruction_status=instruction_status,
            instruction_type=instruction_type,
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
