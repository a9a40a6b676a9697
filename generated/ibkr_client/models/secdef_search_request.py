from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.secdef_search_sec_type import SecdefSearchSecType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefSearchRequest")


@_attrs_define
class SecdefSearchRequest:
    """Body of the POST form of the contract search; the fields of the GET form's query.

    Attributes:
        symbol (str): Ticker symbol, company name (with name=true) or bond issuer type.
        name (bool | Unset): true when `symbol` is a company name rather than a ticker.
        sec_type (SecdefSearchSecType | Unset): Security type of the searched underlying.
    """

    symbol: str
    name: bool | Unset = UNSET
    sec_type: SecdefSearchSecType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        name = self.name

        sec_type: str | Unset = UNSET
        if not isinstance(self.sec_type, Unset):
            sec_type = self.sec_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        symbol = _source.pop("symbol")

        name = _source.pop("name", UNSET)

        _sec_type = _source.pop("secType", UNSET)
        sec_type: SecdefSearchSecType | Unset
        if isinstance(_sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = SecdefSearchSecType(_sec_type)

        _model = cls(
            symbol=symbol,
            name=name,
            sec_type=sec_type,
        )

        return _model
