from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watchlist_deleted import WatchlistDeleted


T = TypeVar("T", bound="WatchlistDeletion")


@_attrs_define
class WatchlistDeletion:
    """
    Attributes:
        data (None | Unset | WatchlistDeleted):
        Data (None | Unset | WatchlistDeleted): The field list's spelling of `data`; the example and servers send
            `data`.
        action (None | str | Unset): Internal use; "context".
        mid (None | str | Unset): How many times /iserver/watchlist was called in this session.
    """

    data: None | Unset | WatchlistDeleted = UNSET
    Data: None | Unset | WatchlistDeleted = UNSET
    action: None | str | Unset = UNSET
    mid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watchlist_deleted import WatchlistDeleted  # noqa: PLC0415

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, WatchlistDeleted):
            data = self.data.to_dict()
        else:
            data = self.data

        Data: dict[str, Any] | None | Unset
        if isinstance(self.Data, Unset):
            Data = UNSET
        elif isinstance(self.Data, WatchlistDeleted):
            Data = self.Data.to_dict()
        else:
            Data = self.Data

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        mid: None | str | Unset
        if isinstance(self.mid, Unset):
            mid = UNSET
        else:
            mid = self.mid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if Data is not UNSET:
            field_dict["Data"] = Data
        if action is not UNSET:
            field_dict["action"] = action
        if mid is not UNSET:
            field_dict["MID"] = mid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_deleted import WatchlistDeleted  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_data(data: object) -> None | Unset | WatchlistDeleted:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = WatchlistDeleted.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatchlistDeleted, data)

        data = _parse_data(_source.pop("data", UNSET))

        def _parse_Data(data: object) -> None | Unset | WatchlistDeleted:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = WatchlistDeleted.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatchlistDeleted, data)

        Data = _parse_Data(_source.pop("Data", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(_source.pop("action", UNSET))

        def _parse_mid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mid = _parse_mid(_source.pop("MID", UNSET))

        _model = cls(
            data=data,
            Data=Data,
            action=action,
            mid=mid,
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
