from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeConfirmationRequest")


@_attrs_define
class TradeConfirmationRequest:
    """
    Attributes:
        account_id (str):
        end_date (str):
        start_date (str):
        mime_type (str | Unset):
    """

    account_id: str
    end_date: str
    start_date: str
    mime_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        end_date = self.end_date

        start_date = self.start_date

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "endDate": end_date,
                "startDate": start_date,
            }
        )
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        end_date = _source.pop("endDate")

        start_date = _source.pop("startDate")

        mime_type = _source.pop("mimeType", UNSET)

        _model = cls(
            account_id=account_id,
            end_date=end_date,
            start_date=start_date,
            mime_type=mime_type,
        )

        return _model
