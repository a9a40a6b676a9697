from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_positions_externally_request_instruction_type import (
    TransferPositionsExternallyRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.complex_asset_transfer_instruction import (
        ComplexAssetTransferInstruction,
    )
    from ..models.dwac_instruction import DwacInstruction
    from ..models.external_position_transfer import ExternalPositionTransfer
    from ..models.fop_instruction import FopInstruction


T = TypeVar("T", bound="TransferPositionsExternallyRequest")


@_attrs_define
class TransferPositionsExternallyRequest:
    """
    Attributes:
        instruction (ComplexAssetTransferInstruction | DwacInstruction | ExternalPositionTransfer | FopInstruction):
        instruction_type (TransferPositionsExternallyRequestInstructionType):
    """

    instruction: (
        ComplexAssetTransferInstruction
        | DwacInstruction
        | ExternalPositionTransfer
        | FopInstruction
    )
    instruction_type: TransferPositionsExternallyRequestInstructionType

    def to_dict(self) -> dict[str, Any]:
        from ..models.complex_asset_transfer_instruction import (
            ComplexAssetTransferInstruction,  # noqa: PLC0415
        )
        from ..models.dwac_instruction import DwacInstruction  # noqa: PLC0415
        from ..models.fop_instruction import FopInstruction  # noqa: PLC0415

        instruction: dict[str, Any]
        if isinstance(self.instruction, FopInstruction):
            instruction = self.instruction.to_dict()
        elif isinstance(self.instruction, DwacInstruction):
            instruction = self.instruction.to_dict()
        elif isinstance(self.instruction, ComplexAssetTransferInstruction):
            instruction = self.instruction.to_dict()
        else:
            instruction = self.instruction.to_dict()

        instruction_type = self.instruction_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instruction": instruction,
                "instructionType": instruction_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complex_asset_transfer_instruction import (
            ComplexAssetTransferInstruction,  # noqa: PLC0415
        )
        from ..models.dwac_instruction import DwacInstruction  # noqa: PLC0415
        from ..models.external_position_transfer import ExternalPositionTransfer  # noqa: PLC0415
        from ..models.fop_instruction import FopInstruction  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_instruction(
            data: object,
        ) -> (
            ComplexAssetTransferInstruction
            | DwacInstruction
            | ExternalPositionTransfer
            | FopInstruction
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_0 = FopInstruction.from_dict(data)

                return instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_1 = DwacInstruction.from_dict(data)

                return instruction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_2 = ComplexAssetTransferInstruction.from_dict(data)

                return instruction_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            instruction_type_3 = ExternalPositionTransfer.from_dict(data)

            return instruction_type_3

        instruction = _parse_instruction(_source.pop("instruction"))

        instruction_type = TransferPositionsExternallyRequestInstructionType(
            _source.pop("instructionType")
        )

        _model = cls(
            instruction=instruction,
            instruction_type=instruction_type,
        )

        return _model
