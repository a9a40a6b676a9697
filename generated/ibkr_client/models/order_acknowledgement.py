from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        order_status (None | OrderStatus | Unset):
        encrypt_message (None | str | Unset): "1" when the message was encrypted.
    """

    order_id: str
    order_status: None | OrderStatus | Unset = UNSET
    encrypt_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        elif isinstance(self.order_status, OrderStatus):
            order_status = self.order_status.value
        else:
            order_status = self.order_status

        encrypt_message: None | str | Unset
        if isinstance(self.encrypt_message, Unset):
            encrypt_message = UNSET
        else:
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

        def _parse_order_status(data: object) -> None | OrderStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_status_type_0 = OrderStatus(data)

                return order_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderStatus | Unset, data)

        order_status = _parse_order_status(_source.pop("order_status", UNSET))

        def _parse_encrypt_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypt_message = _parse_encrypt_message(_source.pop("encrypt_message", UNSET))

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
