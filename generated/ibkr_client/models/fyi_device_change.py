from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FyiDeviceChange")


@_attrs_define
class FyiDeviceChange:
    """
    Attributes:
        device_name (str): Human-readable name of the device (`devicename` in the documentation's field list).
        device_id (str): Id of the device.
        ui_name (str): Name of the device in the user interface.
        enabled (bool): true to deliver notifications to the device, false to stop.
    """

    device_name: str
    device_id: str
    ui_name: str
    enabled: bool

    def to_dict(self) -> dict[str, Any]:
        device_name = self.device_name

        device_id = self.device_id

        ui_name = self.ui_name

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deviceName": device_name,
                "deviceId": device_id,
                "uiName": ui_name,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        device_name = _source.pop("deviceName")

        device_id = _source.pop("deviceId")

        ui_name = _source.pop("uiName")

        enabled = _source.pop("enabled")

        _model = cls(
            device_name=device_name,
            device_id=device_id,
            ui_name=ui_name,
            enabled=enabled,
        )

        return _model
