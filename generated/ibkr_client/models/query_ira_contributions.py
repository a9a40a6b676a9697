from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QueryIRAContributions")


@_attrs_define
class QueryIRAContributions:
    """
    Attributes:
        account_id (str):
        client_instruction_id (float):
        year (str):
    """

    account_id: str
    client_instruction_id: float
    year: str

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        client_instruction_id = self.client_instruction_id

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "clientInstructionId": client_instruction_id,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        client_instruction_id = _source.pop("clientInstructionId")

        year = _source.pop("year")

        _model = cls(
            account_id=account_id,
            client_instruction_id=client_instruction_id,
            year=year,
        )

        return _model
