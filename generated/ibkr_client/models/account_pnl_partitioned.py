from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_pnl_partitioned_upnl_type_0 import (
        AccountPnlPartitionedUpnlType0,
    )


T = TypeVar("T", bound="AccountPnlPartitioned")


@_attrs_define
class AccountPnlPartitioned:
    """
    Attributes:
        upnl (AccountPnlPartitionedUpnlType0 | None | Unset): Updated PnL, an open map: each key is "{accountId}.Core"
            (e.g. "U1234567.Core") for
            the account or a model of it, each value that account's figures.
    """

    upnl: AccountPnlPartitionedUpnlType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_pnl_partitioned_upnl_type_0 import (
            AccountPnlPartitionedUpnlType0,  # noqa: PLC0415
        )

        upnl: dict[str, Any] | None | Unset
        if isinstance(self.upnl, Unset):
            upnl = UNSET
        elif isinstance(self.upnl, AccountPnlPartitionedUpnlType0):
            upnl = self.upnl.to_dict()
        else:
            upnl = self.upnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upnl is not UNSET:
            field_dict["upnl"] = upnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_pnl_partitioned_upnl_type_0 import (
            AccountPnlPartitionedUpnlType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_upnl(data: object) -> AccountPnlPartitionedUpnlType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upnl_type_0 = AccountPnlPartitionedUpnlType0.from_dict(data)

                return upnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountPnlPartitionedUpnlType0 | None | Unset, data)

        upnl = _parse_upnl(_source.pop("upnl", UNSET))

        _model = cls(
            upnl=upnl,
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
