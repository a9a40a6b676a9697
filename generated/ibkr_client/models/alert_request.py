from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.alert_flag import AlertFlag
from ..models.alert_tif import AlertTif
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_condition_request import AlertConditionRequest


T = TypeVar("T", bound="AlertRequest")


@_attrs_define
class AlertRequest:
    """
    Attributes:
        alert_name (str): Human-readable name of the alert.
        alert_message (str): The text the alert reports when it fires.
        alert_repeatable (AlertFlag): A boolean sent as a number, 0 (off) or 1 (on).
        outside_rth (AlertFlag): A boolean sent as a number, 0 (off) or 1 (on).
        tif (AlertTif): Time in force of an alert; GTD needs `expireTime`.
        conditions (list[AlertConditionRequest]): Every condition of the alert, chained with logicBind.
        email (str | Unset): Address for email notifications; required when sendMessage is 1.
        expire_time (str | Unset): When a GTD alert expires if it has not fired, "YYYYMMDD-HH:mm:ss"; required when tif
            is GTD.
        i_tws_orders_only (AlertFlag | Unset): A boolean sent as a number, 0 (off) or 1 (on).
        send_message (AlertFlag | Unset): A boolean sent as a number, 0 (off) or 1 (on).
        show_popup (AlertFlag | Unset): A boolean sent as a number, 0 (off) or 1 (on).
    """

    alert_name: str
    alert_message: str
    alert_repeatable: AlertFlag
    outside_rth: AlertFlag
    tif: AlertTif
    conditions: list[AlertConditionRequest]
    email: str | Unset = UNSET
    expire_time: str | Unset = UNSET
    i_tws_orders_only: AlertFlag | Unset = UNSET
    send_message: AlertFlag | Unset = UNSET
    show_popup: AlertFlag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        alert_name = self.alert_name

        alert_message = self.alert_message

        alert_repeatable = self.alert_repeatable.value

        outside_rth = self.outside_rth.value

        tif = self.tif.value

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        email = self.email

        expire_time = self.expire_time

        i_tws_orders_only: int | Unset = UNSET
        if not isinstance(self.i_tws_orders_only, Unset):
            i_tws_orders_only = self.i_tws_orders_only.value

        send_message: int | Unset = UNSET
        if not isinstance(self.send_message, Unset):
            send_message = self.send_message.value

        show_popup: int | Unset = UNSET
        if not isinstance(self.show_popup, Unset):
            show_popup = self.show_popup.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alertName": alert_name,
                "alertMessage": alert_message,
                "alertRepeatable": alert_repeatable,
                "outsideRth": outside_rth,
                "tif": tif,
                "conditions": conditions,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if i_tws_orders_only is not UNSET:
            field_dict["iTWSOrdersOnly"] = i_tws_orders_only
        if send_message is not UNSET:
            field_dict["sendMessage"] = send_message
        if show_popup is not UNSET:
            field_dict["showPopup"] = show_popup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_condition_request import AlertConditionRequest  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        alert_name = _source.pop("alertName")

        alert_message = _source.pop("alertMessage")

        alert_repeatable = AlertFlag(_source.pop("alertRepeatable"))

        outside_rth = AlertFlag(_source.pop("outsideRth"))

        tif = AlertTif(_source.pop("tif"))

        conditions = []
        _conditions = _source.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = AlertConditionRequest.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        email = _source.pop("email", UNSET)

        expire_time = _source.pop("expireTime", UNSET)

        _i_tws_orders_only = _source.pop("iTWSOrdersOnly", UNSET)
        i_tws_orders_only: AlertFlag | Unset
        if isinstance(_i_tws_orders_only, Unset):
            i_tws_orders_only = UNSET
        else:
            i_tws_orders_only = AlertFlag(_i_tws_orders_only)

        _send_message = _source.pop("sendMessage", UNSET)
        send_message: AlertFlag | Unset
        if isinstance(_send_message, Unset):
            send_message = UNSET
        else:
            send_message = AlertFlag(_send_message)

        _show_popup = _source.pop("showPopup", UNSET)
        show_popup: AlertFlag | Unset
        if isinstance(_show_popup, Unset):
            show_popup = UNSET
        else:
            show_popup = AlertFlag(_show_popup)

        _model = cls(
            alert_name=alert_name,
            alert_message=alert_message,
            alert_repeatable=alert_repeatable,
            outside_rth=outside_rth,
            tif=tif,
            conditions=conditions,
            email=email,
            expire_time=expire_time,
            i_tws_orders_only=i_tws_orders_only,
            send_message=send_message,
            show_popup=show_popup,
        )

        return _model
