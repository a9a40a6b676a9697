from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        v (int | None | Unset): 1 when the change was acknowledged.
        t (int | None | Unset): Time taken to complete the change, in milliseconds.
        p (FyiNotificationReadStatus | None | Unset):
    """

    v: int | None | Unset = UNSET
    t: int | None | Unset = UNSET
    p: FyiNotificationReadStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fyi_notification_read_status import FyiNotificationReadStatus  # noqa: PLC0415

        v: int | None | Unset
        if isinstance(self.v, Unset):
            v = UNSET
        else:
            v = self.v

        t: int | None | Unset
        if isinstance(self.t, Unset):
            t = UNSET
        else:
            t = self.t

        p: dict[str, Any] | None | Unset
        if isinstance(self.p, Unset):
            p = UNSET
        elif isinstance(self.p, FyiNotificationReadStatus):
            p = self.p.to_dict()
        else:
            p = self.p

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

        def _parse_v(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        v = _parse_v(_source.pop("V", UNSET))

        def _parse_t(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        t = _parse_t(_source.pop("T", UNSET))

        def _parse_p(data: object) -> FyiNotificationReadStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                p_type_0 = FyiNotificationReadStatus.from_dict(data)

                return p_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FyiNotificationReadStatus | None | Unset, data)

        p = _parse_p(_source.pop("P", UNSET))

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
