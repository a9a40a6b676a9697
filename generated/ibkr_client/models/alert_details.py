from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_condition import AlertCondition


T = TypeVar("T", bound="AlertDetails")


@_attrs_define
class AlertDetails:
    """The full definition of an alert (also the MTA alert).

    Attributes:
        account (None | str | Unset): The account the alert belongs to.
        order_id (int | None | Unset): The alert's id, for modifying or deleting it.
        alertName (None | str | Unset): Name of the alert, as the field list spells it.
        alert_name (None | str | Unset): Name of the alert, as the examples spell it; null for the MTA alert.
        tif (None | str | Unset): Time in force of the alert (GTC or GTD).
        expire_time (None | str | Unset): Expiry of a GTD alert, UTC, "YYYYMMDD-HH:mm:ss".
        alert_active (int | None | Unset): 1 when the alert is active, 0 when it is disabled.
        alert_repeatable (int | None | Unset): 1 when the alert may fire more than once.
        alert_email (None | str | Unset): Address for email notifications.
        alert_send_message (int | None | Unset): 1 when the alert sends an email.
        alert_message (None | str | Unset): The text the alert reports when it fires.
        alert_show_popup (int | None | Unset): 1 when the alert shows a TWS pop-up.
        alert_play_audio (int | None | Unset): 1 when the alert plays a sound.
        order_status (None | str | Unset): Status of the alert, e.g. "Presubmitted", "Submitted" or "Inactive".
        alert_triggered (bool | None | Unset): Whether the alert has fired (listed as int; the examples send a boolean).
        fg_color (None | str | Unset): Foreground colour (display only).
        bg_color (None | str | Unset): Background colour (display only).
        order_not_editable (bool | None | Unset): Whether the alert can no longer be edited.
        itws_orders_only (int | None | Unset): 1 when the alert notifies through the mobile app.
        alert_mta_currency (None | str | Unset): Currency of an MTA alert (condition types 8 and 9 only).
        alert_mta_defaults (None | str | Unset): Current MTA default values, encoded by IBKR.
        tool_id (int | None | Unset): Fixed id of the MTA alert; null for other alerts.
        time_zone (None | str | Unset): Time zone(s) of time conditions.
        alert_default_type (int | None | Unset): Default alert type, configured in Client Portal.
        condition_size (int | None | Unset): Number of conditions.
        condition_outside_rth (int | None | Unset): 1 when the alert may fire outside regular trading hours.
        conditions (list[AlertCondition] | None | Unset): Every condition of the alert.
    """

    account: None | str | Unset = UNSET
    order_id: int | None | Unset = UNSET
    alertName: None | str | Unset = UNSET
    alert_name: None | str | Unset = UNSET
    tif: None | str | Unset = UNSET
    expire_time: None | str | Unset = UNSET
    alert_active: int | None | Unset = UNSET
    alert_repeatable: int | None | Unset = UNSET
    alert_email: None | str | Unset = UNSET
    alert_send_message: int | None | Unset = UNSET
    alert_message: None | str | Unset = UNSET
    alert_show_popup: int | None | Unset = UNSET
    alert_play_audio: int | None | Unset = UNSET
    order_status: None | str | Unset = UNSET
    alert_triggered: bool | None | Unset = UNSET
    fg_color: None | str | Unset = UNSET
    bg_color: None | str | Unset = UNSET
    order_not_editable: bool | None | Unset = UNSET
    itws_orders_only: int | None | Unset = UNSET
    alert_mta_currency: None | str | Unset = UNSET
    alert_mta_defaults: None | str | Unset = UNSET
    tool_id: int | None | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    alert_default_type: int | None | Unset = UNSET
    condition_size: int | None | Unset = UNSET
    condition_outside_rth: int | None | Unset = UNSET
    conditions: list[AlertCondition] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        alertName: None | str | Unset
        if isinstance(self.alertName, Unset):
            alertName = UNSET
        else:
            alertName = self.alertName

        alert_name: None | str | Unset
        if isinstance(self.alert_name, Unset):
            alert_name = UNSET
        else:
            alert_name = self.alert_name

        tif: None | str | Unset
        if isinstance(self.tif, Unset):
            tif = UNSET
        else:
            tif = self.tif

        expire_time: None | str | Unset
        if isinstance(self.expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = self.expire_time

        alert_active: int | None | Unset
        if isinstance(self.alert_active, Unset):
            alert_active = UNSET
        else:
            alert_active = self.alert_active

        alert_repeatable: int | None | Unset
        if isinstance(self.alert_repeatable, Unset):
            alert_repeatable = UNSET
        else:
            alert_repeatable = self.alert_repeatable

        alert_email: None | str | Unset
        if isinstance(self.alert_email, Unset):
            alert_email = UNSET
        else:
            alert_email = self.alert_email

        alert_send_message: int | None | Unset
        if isinstance(self.alert_send_message, Unset):
            alert_send_message = UNSET
        else:
            alert_send_message = self.alert_send_message

        alert_message: None | str | Unset
        if isinstance(self.alert_message, Unset):
            alert_message = UNSET
        else:
            alert_message = self.alert_message

        alert_show_popup: int | None | Unset
        if isinstance(self.alert_show_popup, Unset):
            alert_show_popup = UNSET
        else:
            alert_show_popup = self.alert_show_popup

        alert_play_audio: int | None | Unset
        if isinstance(self.alert_play_audio, Unset):
            alert_play_audio = UNSET
        else:
            alert_play_audio = self.alert_play_audio

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        alert_triggered: bool | None | Unset
        if isinstance(self.alert_triggered, Unset):
            alert_triggered = UNSET
        else:
            alert_triggered = self.alert_triggered

        fg_color: None | str | Unset
        if isinstance(self.fg_color, Unset):
            fg_color = UNSET
        else:
            fg_color = self.fg_color

        bg_color: None | str | Unset
        if isinstance(self.bg_color, Unset):
            bg_color = UNSET
        else:
            bg_color = self.bg_color

        order_not_editable: bool | None | Unset
        if isinstance(self.order_not_editable, Unset):
            order_not_editable = UNSET
        else:
            order_not_editable = self.order_not_editable

        itws_orders_only: int | None | Unset
        if isinstance(self.itws_orders_only, Unset):
            itws_orders_only = UNSET
        else:
            itws_orders_only = self.itws_orders_only

        alert_mta_currency: None | str | Unset
        if isinstance(self.alert_mta_currency, Unset):
            alert_mta_currency = UNSET
        else:
            alert_mta_currency = self.alert_mta_currency

        alert_mta_defaults: None | str | Unset
        if isinstance(self.alert_mta_defaults, Unset):
            alert_mta_defaults = UNSET
        else:
            alert_mta_defaults = self.alert_mta_defaults

        tool_id: int | None | Unset
        if isinstance(self.tool_id, Unset):
            tool_id = UNSET
        else:
            tool_id = self.tool_id

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        alert_default_type: int | None | Unset
        if isinstance(self.alert_default_type, Unset):
            alert_default_type = UNSET
        else:
            alert_default_type = self.alert_default_type

        condition_size: int | None | Unset
        if isinstance(self.condition_size, Unset):
            condition_size = UNSET
        else:
            condition_size = self.condition_size

        condition_outside_rth: int | None | Unset
        if isinstance(self.condition_outside_rth, Unset):
            condition_outside_rth = UNSET
        else:
            condition_outside_rth = self.condition_outside_rth

        conditions: list[dict[str, Any]] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item = conditions_type_0_item_data.to_dict()
                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if alertName is not UNSET:
            field_dict["alertName"] = alertName
        if alert_name is not UNSET:
            field_dict["alert_name"] = alert_name
        if tif is not UNSET:
            field_dict["tif"] = tif
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if alert_active is not UNSET:
            field_dict["alert_active"] = alert_active
        if alert_repeatable is not UNSET:
            field_dict["alert_repeatable"] = alert_repeatable
        if alert_email is not UNSET:
            field_dict["alert_email"] = alert_email
        if alert_send_message is not UNSET:
            field_dict["alert_send_message"] = alert_send_message
        if alert_message is not UNSET:
            field_dict["alert_message"] = alert_message
        if alert_show_popup is not UNSET:
            field_dict["alert_show_popup"] = alert_show_popup
        if alert_play_audio is not UNSET:
            field_dict["alert_play_audio"] = alert_play_audio
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if alert_triggered is not UNSET:
            field_dict["alert_triggered"] = alert_triggered
        if fg_color is not UNSET:
            field_dict["fg_color"] = fg_color
        if bg_color is not UNSET:
            field_dict["bg_color"] = bg_color
        if order_not_editable is not UNSET:
            field_dict["order_not_editable"] = order_not_editable
        if itws_orders_only is not UNSET:
            field_dict["itws_orders_only"] = itws_orders_only
        if alert_mta_currency is not UNSET:
            field_dict["alert_mta_currency"] = alert_mta_currency
        if alert_mta_defaults is not UNSET:
            field_dict["alert_mta_defaults"] = alert_mta_defaults
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if alert_default_type is not UNSET:
            field_dict["alert_default_type"] = alert_default_type
        if condition_size is not UNSET:
            field_dict["condition_size"] = condition_size
        if condition_outside_rth is not UNSET:
            field_dict["condition_outside_rth"] = condition_outside_rth
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_condition import AlertCondition  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(_source.pop("order_id", UNSET))

        def _parse_alertName(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alertName = _parse_alertName(_source.pop("alertName", UNSET))

        def _parse_alert_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert_name = _parse_alert_name(_source.pop("alert_name", UNSET))

        def _parse_tif(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tif = _parse_tif(_source.pop("tif", UNSET))

        def _parse_expire_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expire_time = _parse_expire_time(_source.pop("expire_time", UNSET))

        def _parse_alert_active(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_active = _parse_alert_active(_source.pop("alert_active", UNSET))

        def _parse_alert_repeatable(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_repeatable = _parse_alert_repeatable(
            _source.pop("alert_repeatable", UNSET)
        )

        def _parse_alert_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert_email = _parse_alert_email(_source.pop("alert_email", UNSET))

        def _parse_alert_send_message(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_send_message = _parse_alert_send_message(
            _source.pop("alert_send_message", UNSET)
        )

        def _parse_alert_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert_message = _parse_alert_message(_source.pop("alert_message", UNSET))

        def _parse_alert_show_popup(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_show_popup = _parse_alert_show_popup(
            _source.pop("alert_show_popup", UNSET)
        )

        def _parse_alert_play_audio(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_play_audio = _parse_alert_play_audio(
            _source.pop("alert_play_audio", UNSET)
        )

        def _parse_order_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_status = _parse_order_status(_source.pop("order_status", UNSET))

        def _parse_alert_triggered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        alert_triggered = _parse_alert_triggered(_source.pop("alert_triggered", UNSET))

        def _parse_fg_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fg_color = _parse_fg_color(_source.pop("fg_color", UNSET))

        def _parse_bg_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bg_color = _parse_bg_color(_source.pop("bg_color", UNSET))

        def _parse_order_not_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        order_not_editable = _parse_order_not_editable(
            _source.pop("order_not_editable", UNSET)
        )

        def _parse_itws_orders_only(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        itws_orders_only = _parse_itws_orders_only(
            _source.pop("itws_orders_only", UNSET)
        )

        def _parse_alert_mta_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert_mta_currency = _parse_alert_mta_currency(
            _source.pop("alert_mta_currency", UNSET)
        )

        def _parse_alert_mta_defaults(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert_mta_defaults = _parse_alert_mta_defaults(
            _source.pop("alert_mta_defaults", UNSET)
        )

        def _parse_tool_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tool_id = _parse_tool_id(_source.pop("tool_id", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(_source.pop("time_zone", UNSET))

        def _parse_alert_default_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_default_type = _parse_alert_default_type(
            _source.pop("alert_default_type", UNSET)
        )

        def _parse_condition_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        condition_size = _parse_condition_size(_source.pop("condition_size", UNSET))

        def _parse_condition_outside_rth(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        condition_outside_rth = _parse_condition_outside_rth(
            _source.pop("condition_outside_rth", UNSET)
        )

        def _parse_conditions(data: object) -> list[AlertCondition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conditions_type_0 = []
                _conditions_type_0 = data
                for conditions_type_0_item_data in _conditions_type_0:
                    conditions_type_0_item = AlertCondition.from_dict(
                        conditions_type_0_item_data
                    )

                    conditions_type_0.append(conditions_type_0_item)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlertCondition] | None | Unset, data)

        conditions = _parse_conditions(_source.pop("conditions", UNSET))

        _model = cls(
            account=account,
            order_id=order_id,
            alertName=alertName,
            alert_name=alert_name,
            tif=tif,
            expire_time=expire_time,
            alert_active=alert_active,
            alert_repeatable=alert_repeatable,
            alert_email=alert_email,
            alert_send_message=alert_send_message,
            alert_message=alert_message,
            alert_show_popup=alert_show_popup,
            alert_play_audio=alert_play_audio,
            order_status=order_status,
            alert_triggered=alert_triggered,
            fg_color=fg_color,
            bg_color=bg_color,
            order_not_editable=order_not_editable,
            itws_orders_only=itws_orders_only,
            alert_mta_currency=alert_mta_currency,
            alert_mta_defaults=alert_mta_defaults,
            tool_id=tool_id,
            time_zone=time_zone,
            alert_default_type=alert_default_type,
            condition_size=condition_size,
            condition_outside_rth=condition_outside_rth,
            conditions=conditions,
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
