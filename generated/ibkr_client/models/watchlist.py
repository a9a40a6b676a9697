from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watchlist_instrument import WatchlistInstrument


T = TypeVar("T", bound="Watchlist")


@_attrs_define
class Watchlist:
    """A watchlist; the answer to creating one always has empty instruments.

    Attributes:
        id (str | Unset): Id of the watchlist.
        hash_ (str | Unset): Internal IBKR hash of the watchlist's current version.
        name (str | Unset): Name of the watchlist.
        read_only (bool | Unset): Whether the watchlist is write-protected.
        instruments (list[WatchlistInstrument] | Unset): The contracts of the watchlist; always empty in the answer to
            creating it.
    """

    id: str | Unset = UNSET
    hash_: str | Unset = UNSET
    name: str | Unset = UNSET
    read_only: bool | Unset = UNSET
    instruments: list[WatchlistInstrument] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hash_ = self.hash_

        name = self.name

        read_only = self.read_only

        instruments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instruments, Unset):
            instruments = []
            for instruments_item_data in self.instruments:
                instruments_item = instruments_item_data.to_dict()
                instruments.append(instruments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if name is not UNSET:
            field_dict["name"] = name
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if instruments is not UNSET:
            field_dict["instruments"] = instruments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_instrument import WatchlistInstrument  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id = _source.pop("id", UNSET)

        hash_ = _source.pop("hash", UNSET)

        name = _source.pop("name", UNSET)

        read_only = _source.pop("readOnly", UNSET)

        _instruments = _source.pop("instruments", UNSET)
        instruments: list[WatchlistInstrument] | Unset = UNSET
        if _instruments is not UNSET:
            instruments = []
            for instruments_item_data in _instruments:
                instruments_item = WatchlistInstrument.from_dict(instruments_item_data)

                instruments.append(instruments_item)

        _model = cls(
            id=id,
            hash_=hash_,
            name=name,
            read_only=read_only,
            instruments=instruments,
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
