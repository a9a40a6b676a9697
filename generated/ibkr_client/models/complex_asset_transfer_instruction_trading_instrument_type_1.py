from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.complex_asset_transfer_instruction_trading_instrument_type_1_trading_instrument_description import (
        ComplexAssetTransferInstructionTradingInstrumentType1TradingInstrumentDescription,
    )


T = TypeVar("T", bound="ComplexAssetTransferInstructionTradingInstrumentType1")


@_attrs_define
class ComplexAssetTransferInstructionTradingInstrumentType1:
    """
    Attributes:
        trading_instrument_description
            (ComplexAssetTransferInstructionTradingInstrumentType1TradingInstrumentDescription):
    """

    trading_instrument_description: ComplexAssetTransferInstructionTradingInstrumentType1TradingInstrumentDescription
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_instrument_description = self.trading_instrument_description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradingInstrumentDescription": trading_instrument_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complex_asset_transfer_instruction_trading_instrument_type_1_trading_instrument_description import (
            ComplexAssetTransferInstructionTradingInstrumentType1TradingInstrumentDescription,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        trading_instrument_description = ComplexAssetTransferInstructionTradingInstrumentType1TradingInstrumentDescription.from_dict(
            _source.pop("tradingInstrumentDescription")
        )

        _model = cls(
            trading_instrument_description=trading_instrument_description,
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
