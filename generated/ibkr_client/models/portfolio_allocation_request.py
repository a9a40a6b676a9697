from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PortfolioAllocationRequest")


@_attrs_define
class PortfolioAllocationRequest:
    """
    Attributes:
        acct_ids (list[str]): The accounts to consolidate.
    """

    acct_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        acct_ids = self.acct_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acctIds": acct_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        acct_ids = cast(list[str], _source.pop("acctIds"))

        _model = cls(
            acct_ids=acct_ids,
        )

        return _model
