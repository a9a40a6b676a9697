from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.fop_instruction_trading_instrument_type_1_trading_instrument_description_asset_type import (
    FopInstructionTradingInstrumentType1TradingInstrumentDescriptionAssetType,
)
from ..models.fop_instruction_trading_instrument_type_1_trading_instrument_description_security_id_type import (
    FopInstructionTradingInstrumentType1TradingInstrumentDescriptionSecurityIdType,
)

T = TypeVar(
    "T", bound="FopInstructionTradingInstrumentType1TradingInstrumentDescription"
)


@_attrs_define
class FopInstructionTradingInstrumentType1TradingInstrumentDescription:
    """
    Attributes:
        asset_type (FopInstructionTradingInstrumentType1TradingInstrumentDescriptionAssetType):
        security_id (str):
        security_id_type (FopInstructionTradingInstrumentType1TradingInstrumentDescriptionSecurityIdType):
    """

    asset_type: (
        FopInstructionTradingInstrumentType1TradingInstrumentDescriptionAssetType
    )
    security_id: str
    security_id_type: (
        FopInstructionTradingInstrumentType1TradingInstrumentDescriptionSecurityIdType
    )

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type.value

        security_id = self.security_id

        security_id_type = self.security_id_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assetType": asset_type,
                "securityId": security_id,
                "securityIdType": security_id_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        asset_type = (
            FopInstructionTradingInstrumentType1TradingInstrumentDescriptionAssetType(
                _source.pop("assetType")
            )
        )

        security_id = _source.pop("securityId")

        security_id_type = FopInstructionTradingInstrumentType1TradingInstrumentDescriptionSecurityIdType(
            _source.pop("securityIdType")
        )

        _model = cls(
            asset_type=asset_type,
            security_id=security_id,
            security_id_type=security_id_type,
        )

        return _model
