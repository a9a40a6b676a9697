from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxFormRequest")


@_attrs_define
class TaxFormRequest:
    """
    Attributes:
        account_id (str):
        format_ (str):
        type_ (str):
        year (int):
        gzip (bool | Unset):  Default: False.
    """

    account_id: str
    format_: str
    type_: str
    year: int
    gzip: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        format_ = self.format_

        type_ = self.type_

        year = self.year

        gzip = self.gzip

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "format": format_,
                "type": type_,
                "year": year,
            }
        )
        if gzip is not UNSET:
            field_dict["gzip"] = gzip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        format_ = _source.pop("format")

        type_ = _source.pop("type")

        year = _source.pop("year")

        gzip = _source.pop("gzip", UNSET)

        _model = cls(
            account_id=account_id,
            format_=format_,
            type_=type_,
            year=year,
            gzip=gzip,
        )

        return _model
