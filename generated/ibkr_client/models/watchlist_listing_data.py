from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watchlist_list_item import WatchlistListItem


T = TypeVar("T", bound="WatchlistListingData")


@_attrs_define
class WatchlistListingData:
    """The watchlists, by origin.

    Attributes:
        scanners_only (bool | None | Unset): Whether only scanners are shown.
        system_lists (list[WatchlistListItem] | None | Unset): The watchlists IBKR provides.
        show_scanners (bool | None | Unset): Whether scanners are shown.
        bulk_delete (bool | None | Unset): Whether the watchlists are marked for deletion.
        user_lists (list[WatchlistListItem] | None | Unset): The watchlists the user created.
    """

    scanners_only: bool | None | Unset = UNSET
    system_lists: list[WatchlistListItem] | None | Unset = UNSET
    show_scanners: bool | None | Unset = UNSET
    bulk_delete: bool | None | Unset = UNSET
    user_lists: list[WatchlistListItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scanners_only: bool | None | Unset
        if isinstance(self.scanners_only, Unset):
            scanners_only = UNSET
        else:
            scanners_only = self.scanners_only

        system_lists: list[dict[str, Any]] | None | Unset
        if isinstance(self.system_lists, Unset):
            system_lists = UNSET
        elif isinstance(self.system_lists, list):
            system_lists = []
            for system_lists_type_0_item_data in self.system_lists:
                system_lists_type_0_item = system_lists_type_0_item_data.to_dict()
                system_lists.append(system_lists_type_0_item)

        else:
            system_lists = self.system_lists

        show_scanners: bool | None | Unset
        if isinstance(self.show_scanners, Unset):
            show_scanners = UNSET
        else:
            show_scanners = self.show_scanners

        bulk_delete: bool | None | Unset
        if isinstance(self.bulk_delete, Unset):
            bulk_delete = UNSET
        else:
            bulk_delete = self.bulk_delete

        user_lists: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_lists, Unset):
            user_lists = UNSET
        elif isinstance(self.user_lists, list):
            user_lists = []
            for user_lists_type_0_item_data in self.user_lists:
                user_lists_type_0_item = user_lists_type_0_item_data.to_dict()
                user_lists.append(user_lists_type_0_item)

        else:
            user_lists = self.user_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scanners_only is not UNSET:
            field_dict["scanners_only"] = scanners_only
        if system_lists is not UNSET:
            field_dict["system_lists"] = system_lists
        if show_scanners is not UNSET:
            field_dict["show_scanners"] = show_scanners
        if bulk_delete is not UNSET:
            field_dict["bulk_delete"] = bulk_delete
        if user_lists is not UNSET:
            field_dict["user_lists"] = user_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_list_item import WatchlistListItem  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_scanners_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scanners_only = _parse_scanners_only(_source.pop("scanners_only", UNSET))

        def _parse_system_lists(data: object) -> list[WatchlistListItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_lists_type_0 = []
                _system_lists_type_0 = data
                for system_lists_type_0_item_data in _system_lists_type_0:
                    system_lists_type_0_item = WatchlistListItem.from_dict(
                        system_lists_type_0_item_data
                    )

                    system_lists_type_0.append(system_lists_type_0_item)

                return system_lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WatchlistListItem] | None | Unset, data)

        system_lists = _parse_system_lists(_source.pop("system_lists", UNSET))

        def _parse_show_scanners(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_scanners = _parse_show_scanners(_source.pop("show_scanners", UNSET))

        def _parse_bulk_delete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bulk_delete = _parse_bulk_delete(_source.pop("bulk_delete", UNSET))

        def _parse_user_lists(data: object) -> list[WatchlistListItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_lists_type_0 = []
                _user_lists_type_0 = data
                for user_lists_type_0_item_data in _user_lists_type_0:
                    user_lists_type_0_item = WatchlistListItem.from_dict(
                        user_lists_type_0_item_data
                    )

                    user_lists_type_0.append(user_lists_type_0_item)

                return user_lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WatchlistListItem] | None | Unset, data)

        user_lists = _parse_user_lists(_source.pop("user_lists", UNSET))

        _model = cls(
            scanners_only=scanners_only,
            system_lists=system_lists,
            show_scanners=show_scanners,
            bulk_delete=bulk_delete,
            user_lists=user_lists,
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
