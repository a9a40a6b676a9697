from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fyi_notification_read_status import FyiNotificationReadStatus


T = TypeVar("T", bound="FyiNotificationReadResult")


@_attrs_define
class FyiNotificationReadResult:
    """
    Attributes:
        v (int | Unset): 1 when the change was acknowledged.
        t (int | Unset): Time taken to complete the change, in milliseconds.
        p (FyiNotificationReadStatus | Unset): Read status of one notification.
    """

    v: int | Unset = UNSET
    t: int | Unset = UNSET
    p: FyiNotificationReadStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v = self.v

        t = self.t

        p: dict[str, Any] | Unset = UNSET
        if not isinstance(self.p, Unset):
            p = self.p.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if v is not UNSET:
            field_dict["V"] = v
        if t is not UNSET:
            field_dict["T"] = t
        if p is not UNSET:
            field_dict["P"] = p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fyi_notification_read_status import FyiNotificationReadStatus  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        v = _source.pop("V", UNSET)

        t = _source.pop("T", UNSET)

        _p = _source.pop("P", UNSET)
        p: FyiNotificationReadStatus | Unset
        if isinstance(_p, Unset):
            p = UNSET
        else:
            p = FyiNotificationReadStatus.from_dict(_p)

        _model = cls(
            v=v,
            t=t,
            p=p,
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
