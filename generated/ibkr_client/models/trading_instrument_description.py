from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trading_instrument_description_asset_type import (
    TradingInstrumentDescriptionAssetType,
)
from ..models.trading_instrument_description_security_id_type import (
    TradingInstrumentDescriptionSecurityIdType,
)

T = TypeVar("T", bound="TradingInstrumentDescription")


@_attrs_define
class TradingInstrumentDescription:
    """
    Attributes:
        asset_type (TradingInstrumentDescriptionAssetType):
        security_id (str):
        security_id_type (TradingInstrumentDescriptionSecurityIdType):
    """

    asset_type: TradingInstrumentDescriptionAssetType
    security_id: str
    security_id_type: TradingInstrumentDescriptionSecurityIdType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type.value

        security_id = self.security_id

        security_id_type = self.security_id_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        asset_type = TradingInstrumentDescriptionAssetType(_source.pop("assetType"))

        security_id = _source.pop("securityId")

        security_id_type = TradingInstrumentDescriptionSecurityIdType(
            _source.pop("securityIdType")
        )

        _model = cls(
            asset_type=asset_type,
            security_id=security_id,
            security_id_type=security_id_type,
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
