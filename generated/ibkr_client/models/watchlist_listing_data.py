from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        scanners_only (bool | Unset): Whether only scanners are shown.
        system_lists (list[WatchlistListItem] | Unset): The watchlists IBKR provides.
        show_scanners (bool | Unset): Whether scanners are shown.
        bulk_delete (bool | Unset): Whether the watchlists are marked for deletion.
        user_lists (list[WatchlistListItem] | Unset): The watchlists the user created.
    """

    scanners_only: bool | Unset = UNSET
    system_lists: list[WatchlistListItem] | Unset = UNSET
    show_scanners: bool | Unset = UNSET
    bulk_delete: bool | Unset = UNSET
    user_lists: list[WatchlistListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scanners_only = self.scanners_only

        system_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.system_lists, Unset):
            system_lists = []
            for system_lists_item_data in self.system_lists:
                system_lists_item = system_lists_item_data.to_dict()
                system_lists.append(system_lists_item)

        show_scanners = self.show_scanners

        bulk_delete = self.bulk_delete

        user_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_lists, Unset):
            user_lists = []
            for user_lists_item_data in self.user_lists:
                user_lists_item = user_lists_item_data.to_dict()
                user_lists.append(user_lists_item)

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
        scanners_only = _source.pop("scanners_only", UNSET)

        _system_lists = _source.pop("system_lists", UNSET)
        system_lists: list[WatchlistListItem] | Unset = UNSET
        if _system_lists is not UNSET:
            system_lists = []
            for system_lists_item_data in _system_lists:
                system_lists_item = WatchlistListItem.from_dict(system_lists_item_data)

                system_lists.append(system_lists_item)

        show_scanners = _source.pop("show_scanners", UNSET)

        bulk_delete = _source.pop("bulk_delete", UNSET)

        _user_lists = _source.pop("user_lists", UNSET)
        user_lists: list[WatchlistListItem] | Unset = UNSET
        if _user_lists is not UNSET:
            user_lists = []
            for user_lists_item_data in _user_lists:
                user_lists_item = WatchlistListItem.from_dict(user_lists_item_data)

                user_lists.append(user_lists_item)

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
