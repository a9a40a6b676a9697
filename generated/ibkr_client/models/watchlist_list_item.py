from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WatchlistListItem")


@_attrs_define
class WatchlistListItem:
    """One watchlist in the listing.

    Attributes:
        is_open (bool | Unset): Internal use.
        read_only (bool | Unset): Whether the watchlist cannot be edited.
        name (str | Unset): Name of the watchlist.
        modified (int | Unset): Last change, epoch milliseconds (in the documentation example, not in the field list).
        id (str | Unset): Id of the watchlist.
        type_ (str | Unset): Kind of list; always "watchlist".
    """

    is_open: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    name: str | Unset = UNSET
    modified: int | Unset = UNSET
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_open = self.is_open

        read_only = self.read_only

        name = self.name

        modified = self.modified

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_open is not UNSET:
            field_dict["is_open"] = is_open
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if name is not UNSET:
            field_dict["name"] = name
        if modified is not UNSET:
            field_dict["modified"] = modified
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        is_open = _source.pop("is_open", UNSET)

        read_only = _source.pop("read_only", UNSET)

        name = _source.pop("name", UNSET)

        modified = _source.pop("modified", UNSET)

        id = _source.pop("id", UNSET)

        type_ = _source.pop("type", UNSET)

        _model = cls(
            is_open=is_open,
            read_only=read_only,
            name=name,
            modified=modified,
            id=id,
            type_=type_,
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
