from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.order_request import OrderRequest


T = TypeVar("T", bound="PlaceOrdersRequest")


@_attrs_define
class PlaceOrdersRequest:
    """
    Attributes:
        orders (list[OrderRequest]): One order, or the parent and children of one bracket or OCA group.
    """

    orders: list[OrderRequest]

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_request import OrderRequest  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        orders = []
        _orders = _source.pop("orders")
        for orders_item_data in _orders:
            orders_item = OrderRequest.from_dict(orders_item_data)

            orders.append(orders_item)

        _model = cls(
            orders=orders,
        )

        return _model
