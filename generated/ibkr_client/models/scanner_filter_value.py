from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ScannerFilterValue")


@_attrs_define
class ScannerFilterValue:
    """
    Attributes:
        code (str): Filter code, from `filter_list` of GET /iserver/scanner/params.
        value (float): Value of the filter.
    """

    code: str
    value: float

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        code = _source.pop("code")

        value = _source.pop("value")

        _model = cls(
            code=code,
            value=value,
        )

        return _model
