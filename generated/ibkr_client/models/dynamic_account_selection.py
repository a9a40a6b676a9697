from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DynamicAccountSelection")


@_attrs_define
class DynamicAccountSelection:
    """
    Attributes:
        acct_id (str): The account later requests should act on.
    """

    acct_id: str

    def to_dict(self) -> dict[str, Any]:
        acct_id = self.acct_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acctId": acct_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        acct_id = _source.pop("acctId")

        _model = cls(
            acct_id=acct_id,
        )

        return _model
