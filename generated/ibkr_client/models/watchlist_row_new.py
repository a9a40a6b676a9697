from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WatchlistRowNew")


@_attrs_define
class WatchlistRowNew:
    """One row of a new watchlist, a contract (C) or a blank separator row (H).

    Attributes:
        c (int | Unset): Contract id (conid) to add.
        h (Literal[''] | Unset): An empty string, which adds a blank row between contracts.
    """

    c: int | Unset = UNSET
    h: Literal[""] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        c = self.c

        h = self.h

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if c is not UNSET:
            field_dict["C"] = c
        if h is not UNSET:
            field_dict["H"] = h

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        c = _source.pop("C", UNSET)

        h = cast(Literal[""] | Unset, _source.pop("H", UNSET))
        if h != "" and not isinstance(h, Unset):
            raise ValueError(f"H must match const '', got '{h}'")

        _model = cls(
            c=c,
            h=h,
        )

        return _model
