from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_positions_externally_in_bulk_request_instruction_type import (
    TransferPositionsExternallyInBulkRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.complex_asset_transfer_instruction import (
        ComplexAssetTransferInstruction,
    )
    from ..models.dwac_instruction import DwacInstruction
    from ..models.external_position_transfer import ExternalPositionTransfer
    from ..models.fop_instruction import FopInstruction


T = TypeVar("T", bound="TransferPositionsExternallyInBulkRequest")


@_attrs_define
class TransferPositionsExternallyInBulkRequest:
    """
    Attributes:
        instruction_type (TransferPositionsExternallyInBulkRequestInstructionType):
        instructions (list[ComplexAssetTransferInstruction | DwacInstruction | ExternalPositionTransfer |
            FopInstruction]):
    """

    instruction_type: TransferPositionsExternallyInBulkRequestInstructionType
    instructions: list[
        ComplexAssetTransferInstruction
        | DwacInstruction
        | ExternalPositionTransfer
        | FopInstruction
    ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.complex_asset_transfer_instruction import (
            ComplexAssetTransferInstruction,  # noqa: PLC0415
        )
        from ..models.dwac_instruction import DwacInstruction  # noqa: PLC0415
        from ..models.fop_instruction import FopInstruction  # noqa: PLC0415

        instruction_type = self.instruction_type.value

        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item: dict[str, Any]
            if isinstance(instructions_item_data, FopInstruction):
                instructions_item = instructions_item_data.to_dict()
            elif isinstance(instructions_item_data, DwacInstruction):
                instructions_item = instructions_item_data.to_dict()
            elif isinstance(instructions_item_data, ComplexAssetTransferInstruction):
                instructions_item = instructions_item_data.to_dict()
            else:
                instructions_item = instructions_item_data.to_dict()

            instructions.append(instructions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instructionType": instruction_type,
                "instructions": instructions,
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
        instruction_type = TransferPositionsExternallyInBulkRequestInstructionType(
            _source.pop("instructionType")
        )

        instructions = []
        _instructions = _source.pop("instructions")
        for instructions_item_data in _instructions:

            def _parse_instructions_item(
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
                    instructions_item_type_0 = FopInstruction.from_dict(data)

                    return instructions_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    instructions_item_type_1 = DwacInstruction.from_dict(data)

                    return instructions_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    instructions_item_type_2 = (
                        ComplexAssetTransferInstruction.from_dict(data)
                    )

                    return instructions_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                instructions_item_type_3 = ExternalPositionTransfer.from_dict(data)

                return instructions_item_type_3

            instructions_item = _parse_instructions_item(instructions_item_data)

            instructions.append(instructions_item)

        _model = cls(
            instruction_type=instruction_type,
            instructions=instructions,
        )

        return _model
