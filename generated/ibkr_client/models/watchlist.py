from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        id (None | str | Unset): Id of the watchlist.
        hash_ (None | str | Unset): Internal IBKR hash of the watchlist's current version.
        name (None | str | Unset): Name of the watchlist.
        read_only (bool | None | Unset): Whether the watchlist is write-protected.
        instruments (list[WatchlistInstrument] | None | Unset): The contracts of the watchlist; always empty in the
            answer to creating it.
    """

    id: None | str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    instruments: list[WatchlistInstrument] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        instruments: list[dict[str, Any]] | None | Unset
        if isinstance(self.instruments, Unset):
            instruments = UNSET
        elif isinstance(self.instruments, list):
            instruments = []
            for instruments_type_0_item_data in self.instruments:
                instruments_type_0_item = instruments_type_0_item_data.to_dict()
                instruments.append(instruments_type_0_item)

        else:
            instruments = self.instruments

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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_hash_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_ = _parse_hash_(_source.pop("hash", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only = _parse_read_only(_source.pop("readOnly", UNSET))

        def _parse_instruments(
            data: object,
        ) -> list[WatchlistInstrument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instruments_type_0 = []
                _instruments_type_0 = data
                for instruments_type_0_item_data in _instruments_type_0:
                    instruments_type_0_item = WatchlistInstrument.from_dict(
                        instruments_type_0_item_data
                    )

                    instruments_type_0.append(instruments_type_0_item)

                return instruments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WatchlistInstrument] | None | Unset, data)

        instruments = _parse_instruments(_source.pop("instruments", UNSET))

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
