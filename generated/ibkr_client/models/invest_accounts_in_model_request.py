from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invest_accounts_in_model_request_account_list_item import (
        InvestAccountsInModelRequestAccountListItem,
    )


T = TypeVar("T", bound="InvestAccountsInModelRequest")


@_attrs_define
class InvestAccountsInModelRequest:
    """
    Attributes:
        account_list (list[InvestAccountsInModelRequestAccountListItem] | Unset):
        model (str | Unset):
        req_id (int | Unset):
    """

    account_list: list[InvestAccountsInModelRequestAccountListItem] | Unset = UNSET
    model: str | Unset = UNSET
    req_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_list, Unset):
            account_list = []
            for account_list_item_data in self.account_list:
                account_list_item = account_list_item_data.to_dict()
                account_list.append(account_list_item)

        model = self.model

        req_id = self.req_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_list is not UNSET:
            field_dict["accountList"] = account_list
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invest_accounts_in_model_request_account_list_item import (
            InvestAccountsInModelRequestAccountListItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _account_list = _source.pop("accountList", UNSET)
        account_list: list[InvestAccountsInModelRequestAccountListItem] | Unset = UNSET
        if _account_list is not UNSET:
            account_list = []
            for account_list_item_data in _account_list:
                account_list_item = (
                    InvestAccountsInModelRequestAccountListItem.from_dict(
                        account_list_item_data
                    )
                )

                account_list.append(account_list_item)

        model = _source.pop("model", UNSET)

        req_id = _source.pop("reqID", UNSET)

        _model = cls(
            account_list=account_list,
            model=model,
            req_id=req_id,
        )

        return _model
