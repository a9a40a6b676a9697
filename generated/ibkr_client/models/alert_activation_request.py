from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.alert_flag import AlertFlag

T = TypeVar("T", bound="AlertActivationRequest")


@_attrs_define
class AlertActivationRequest:
    """
    Attributes:
        alert_id (int): The alert's id (`order_id`).
        alert_active (AlertFlag): A boolean sent as a number, 0 (off) or 1 (on).
    """

    alert_id: int
    alert_active: AlertFlag

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        alert_active = self.alert_active.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alertId": alert_id,
                "alertActive": alert_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        alert_id = _source.pop("alertId")

        alert_active = AlertFlag(_source.pop("alertActive"))

        _model = cls(
            alert_id=alert_id,
            alert_active=alert_active,
        )

        return _model
