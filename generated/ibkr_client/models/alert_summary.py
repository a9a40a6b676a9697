from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertSummary")


@_attrs_define
class AlertSummary:
    """One alert in the list of an account's alerts.

    Attributes:
        order_id (int | None | Unset): The alert's id.
        account (None | str | Unset): The account the alert belongs to.
        alert_name (None | str | Unset): Name of the alert.
        alert_active (int | None | Unset): 1 when the alert is active, 0 when it is not.
        order_time (None | str | Unset): When the alert was created, UTC, "YYYYMMDD-HH:mm:ss".
        alert_triggered (bool | None | Unset): Whether the alert has fired.
        alert_repeatable (int | None | Unset): 1 when the alert may fire more than once.
    """

    order_id: int | None | Unset = UNSET
    account: None | str | Unset = UNSET
    alert_name: None | str | Unset = UNSET
    alert_active: int | None | Unset = UNSET
    order_time: None | str | Unset = UNSET
    alert_triggered: bool | None | Unset = UNSET
    alert_repeatable: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        alert_name: None | str | Unset
        if isinstance(self.alert_name, Unset):
            alert_name = UNSET
        else:
            alert_name = self.alert_name

        alert_active: int | None | Unset
        if isinstance(self.alert_active, Unset):
            alert_active = UNSET
        else:
            alert_active = self.alert_active

        order_time: None | str | Unset
        if isinstance(self.order_time, Unset):
            order_time = UNSET
        else:
            order_time = self.order_time

        alert_triggered: bool | None | Unset
        if isinstance(self.alert_triggered, Unset):
            alert_triggered = UNSET
        else:
            alert_triggered = self.alert_triggered

        alert_repeatable: int | None | Unset
        if isinstance(self.alert_repeatable, Unset):
            alert_repeatable = UNSET
        else:
            alert_repeatable = self.alert_repeatable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if account is not UNSET:
            field_dict["account"] = account
        if alert_name is not UNSET:
            field_dict["alert_name"] = alert_name
        if alert_active is not UNSET:
            field_dict["alert_active"] = alert_active
        if order_time is not UNSET:
            field_dict["order_time"] = order_time
        if alert_triggered is not UNSET:
            field_dict["alert_triggered"] = alert_triggered
        if alert_repeatable is not UNSET:
            field_dict["alert_repeatable"] = alert_repeatable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(_source.pop("order_id", UNSET))

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_alert_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert_name = _parse_alert_name(_source.pop("alert_name", UNSET))

        def _parse_alert_active(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_active = _parse_alert_active(_source.pop("alert_active", UNSET))

        def _parse_order_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_time = _parse_order_time(_source.pop("order_time", UNSET))

        def _parse_alert_triggered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        alert_triggered = _parse_alert_triggered(_source.pop("alert_triggered", UNSET))

        def _parse_alert_repeatable(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_repeatable = _parse_alert_repeatable(
            _source.pop("alert_repeatable", UNSET)
        )

        _model = cls(
            order_id=order_id,
            account=account,
            alert_name=alert_name,
            alert_active=alert_active,
            order_time=order_time,
            alert_triggered=alert_triggered,
            alert_repeatable=alert_repeatable,
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
