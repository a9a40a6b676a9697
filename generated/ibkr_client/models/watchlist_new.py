from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.watchlist_row_new import WatchlistRowNew


T = TypeVar("T", bound="WatchlistNew")


@_attrs_define
class WatchlistNew:
    """
    Attributes:
        id (str): Unique id of the watchlist, chosen by the caller; digits only.
        name (str): Name of the watchlist, shown in TWS and Client Portal.
        rows (list[WatchlistRowNew]): The rows of the watchlist, in order.
    """

    id: str
    name: str
    rows: list[WatchlistRowNew]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_row_new import WatchlistRowNew  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id = _source.pop("id")

        name = _source.pop("name")

        rows = []
        _rows = _source.pop("rows")
        for rows_item_data in _rows:
            rows_item = WatchlistRowNew.from_dict(rows_item_data)

            rows.append(rows_item)

        _model = cls(
            id=id,
            name=name,
            rows=rows,
        )

        return _model
