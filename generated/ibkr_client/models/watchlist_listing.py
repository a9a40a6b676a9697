from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watchlist_listing_data import WatchlistListingData


T = TypeVar("T", bound="WatchlistListing")


@_attrs_define
class WatchlistListing:
    """
    Attributes:
        data (None | Unset | WatchlistListingData):
        action (None | str | Unset): Internal use; "content".
        mid (None | str | Unset): How many times this endpoint was called in this session.
    """

    data: None | Unset | WatchlistListingData = UNSET
    action: None | str | Unset = UNSET
    mid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watchlist_listing_data import WatchlistListingData  # noqa: PLC0415

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, WatchlistListingData):
            data = self.data.to_dict()
        else:
            data = self.data

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
        if action is not UNSET:
            field_dict["action"] = action
        if mid is not UNSET:
            field_dict["MID"] = mid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_listing_data import WatchlistListingData  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_data(data: object) -> None | Unset | WatchlistListingData:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = WatchlistListingData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatchlistListingData, data)

        data = _parse_data(_source.pop("data", UNSET))

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
