from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_invested_accounts_summary_subscription_status import (
    GetInvestedAccountsSummarySubscriptionStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_invested_accounts_summary_account_list_item import (
        GetInvestedAccountsSummaryAccountListItem,
    )


T = TypeVar("T", bound="GetInvestedAccountsSummary")


@_attrs_define
class GetInvestedAccountsSummary:
    """
    Attributes:
        account_list (list[GetInvestedAccountsSummaryAccountListItem] | Unset):
        base_ccy_master (str | Unset):
        base_ccy_master_precision (str | Unset):
        model (str | Unset):
        req_id (int | Unset):
        subscription_status (GetInvestedAccountsSummarySubscriptionStatus | Unset):
    """

    account_list: list[GetInvestedAccountsSummaryAccountListItem] | Unset = UNSET
    base_ccy_master: str | Unset = UNSET
    base_ccy_master_precision: str | Unset = UNSET
    model: str | Unset = UNSET
    req_id: int | Unset = UNSET
    subscription_status: GetInvestedAccountsSummarySubscriptionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_list, Unset):
            account_list = []
            for account_list_item_data in self.account_list:
                account_list_item = account_list_item_data.to_dict()
                account_list.append(account_list_item)

        base_ccy_master = self.base_ccy_master

        base_ccy_master_precision = self.base_ccy_master_precision

        model = self.model

        req_id = self.req_id

        subscription_status: int | Unset = UNSET
        if not isinstance(self.subscription_status, Unset):
            subscription_status = self.subscription_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_list is not UNSET:
            field_dict["accountList"] = account_list
        if base_ccy_master is not UNSET:
            field_dict["baseCcyMaster"] = base_ccy_master
        if base_ccy_master_precision is not UNSET:
            field_dict["baseCcyMasterPrecision"] = base_ccy_master_precision
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_invested_accounts_summary_account_list_item import (
            GetInvestedAccountsSummaryAccountListItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _account_list = _source.pop("accountList", UNSET)
        account_list: list[GetInvestedAccountsSummaryAccountListItem] | Unset = UNSET
        if _account_list is not UNSET:
            account_list = []
            for account_list_item_data in _account_list:
                account_list_item = GetInvestedAccountsSummaryAccountListItem.from_dict(
                    account_list_item_data
                )

                account_list.append(account_list_item)

        base_ccy_master = _source.pop("baseCcyMaster", UNSET)

        base_ccy_master_precision = _source.pop("baseCcyMasterPrecision", UNSET)

        model = _source.pop("model", UNSET)

        req_id = _source.pop("reqID", UNSET)

        _subscription_status = _source.pop("subscriptionStatus", UNSET)
        subscription_status: GetInvestedAccountsSummarySubscriptionStatus | Unset
        if isinstance(_subscription_status, Unset):
            subscription_status = UNSET
        else:
            subscription_status = GetInvestedAccountsSummarySubscriptionStatus(
                _subscription_status
            )

        _model = cls(
            account_list=account_list,
            base_ccy_master=base_ccy_master,
            base_ccy_master_precision=base_ccy_master_precision,
            model=model,
            req_id=req_id,
            subscription_status=subscription_status,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
