from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAcknowledgement")


@_attrs_define
class OrderAcknowledgement:
    """An order the server accepted.

    Attributes:
        order_id (str): Order id, for following, modifying and cancelling the order.
        order_status (OrderStatus | Unset): Status of an order (the Order Status Value table).
            Inactive: not transmitted yet (or refused).
            PendingSubmit: received by the system, not yet active.
            PreSubmitted: transmitted, not yet confirmed by the exchange or venue.
            Submitted: accepted by the system.
            Filled: completely filled.
            PendingCancel: cancellation sent, not yet confirmed by the exchange or venue.
            Cancelled: the balance of the order is confirmed cancelled.
            WarnState: the order carries a warning (e.g. basket orders).
        encrypt_message (str | Unset): "1" when the message was encrypted.
    """

    order_id: str
    order_status: OrderStatus | Unset = UNSET
    encrypt_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_status: str | Unset = UNSET
        if not isinstance(self.order_status, Unset):
            order_status = self.order_status.value

        encrypt_message = self.encrypt_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if encrypt_message is not UNSET:
            field_dict["encrypt_message"] = encrypt_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        order_id = _source.pop("order_id")

        _order_status = _source.pop("order_status", UNSET)
        order_status: OrderStatus | Unset
        if isinstance(_order_status, Unset):
            order_status = UNSET
        else:
            order_status = OrderStatus(_order_status)

        encrypt_message = _source.pop("encrypt_message", UNSET)

        _model = cls(
            order_id=order_id,
            order_status=order_status,
            encrypt_message=encrypt_message,
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
