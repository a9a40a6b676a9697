from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_invested_accounts_summary_subscription_status_type_1 import (
    GetInvestedAccountsSummarySubscriptionStatusType1,
)
from ..models.get_invested_accounts_summary_subscription_status_type_2_type_1 import (
    GetInvestedAccountsSummarySubscriptionStatusType2Type1,
)
from ..models.get_invested_accounts_summary_subscription_status_type_3_type_1 import (
    GetInvestedAccountsSummarySubscriptionStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_invested_accounts_summary_account_list_type_0_item import (
        GetInvestedAccountsSummaryAccountListType0Item,
    )


T = TypeVar("T", bound="GetInvestedAccountsSummary")


@_attrs_define
class GetInvestedAccountsSummary:
    """
    Attributes:
        account_list (list[GetInvestedAccountsSummaryAccountListType0Item] | None | Unset):
        base_ccy_master (None | str | Unset):
        base_ccy_master_precision (None | str | Unset):
        model (None | str | Unset):
        req_id (int | None | Unset):
        subscription_status (GetInvestedAccountsSummarySubscriptionStatusType1 |
            GetInvestedAccountsSummarySubscriptionStatusType2Type1 | GetInvestedAccountsSummarySubscriptionStatusType3Type1
            | None | Unset):
    """

    account_list: (
        list[GetInvestedAccountsSummaryAccountListType0Item] | None | Unset
    ) = UNSET
    base_ccy_master: None | str | Unset = UNSET
    base_ccy_master_precision: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    req_id: int | None | Unset = UNSET
    subscription_status: (
        GetInvestedAccountsSummarySubscriptionStatusType1
        | GetInvestedAccountsSummarySubscriptionStatusType2Type1
        | GetInvestedAccountsSummarySubscriptionStatusType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.account_list, Unset):
            account_list = UNSET
        elif isinstance(self.account_list, list):
            account_list = []
            for account_list_type_0_item_data in self.account_list:
                account_list_type_0_item = account_list_type_0_item_data.to_dict()
                account_list.append(account_list_type_0_item)

        else:
            account_list = self.account_list

        base_ccy_master: None | str | Unset
        if isinstance(self.base_ccy_master, Unset):
            base_ccy_master = UNSET
        else:
            base_ccy_master = self.base_ccy_master

        base_ccy_master_precision: None | str | Unset
        if isinstance(self.base_ccy_master_precision, Unset):
            base_ccy_master_precision = UNSET
        else:
            base_ccy_master_precision = self.base_ccy_master_precision

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        req_id: int | None | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        subscription_status: int | None | Unset
        if isinstance(self.subscription_status, Unset):
            subscription_status = UNSET
        elif isinstance(
            self.subscription_status, GetInvestedAccountsSummarySubscriptionStatusType1
        ):
            subscription_status = self.subscription_status.value
        elif isinstance(
            self.subscription_status,
            GetInvestedAccountsSummarySubscriptionStatusType2Type1,
        ):
            subscription_status = self.subscription_status.value
        elif isinstance(
            self.subscription_status,
            GetInvestedAccountsSummarySubscriptionStatusType3Type1,
        ):
            subscription_status = self.subscription_status.value
        else:
            subscription_status = self.subscription_status

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
        from ..models.get_invested_accounts_summary_account_list_type_0_item import (
            GetInvestedAccountsSummaryAccountListType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_account_list(
            data: object,
        ) -> list[GetInvestedAccountsSummaryAccountListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                account_list_type_0 = []
                _account_list_type_0 = data
                for account_list_type_0_item_data in _account_list_type_0:
                    account_list_type_0_item = (
                        GetInvestedAccountsSummaryAccountListType0Item.from_dict(
                            account_list_type_0_item_data
                        )
                    )

                    account_list_type_0.append(account_list_type_0_item)

                return account_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetInvestedAccountsSummaryAccountListType0Item] | None | Unset,
                data,
            )

        account_list = _parse_account_list(_source.pop("accountList", UNSET))

        def _parse_base_ccy_master(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_ccy_master = _parse_base_ccy_master(_source.pop("baseCcyMaster", UNSET))

        def _parse_base_ccy_master_precision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_ccy_master_precision = _parse_base_ccy_master_precision(
            _source.pop("baseCcyMasterPrecision", UNSET)
        )

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(_source.pop("model", UNSET))

        def _parse_req_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        req_id = _parse_req_id(_source.pop("reqID", UNSET))

        def _parse_subscription_status(
            data: object,
        ) -> (
            GetInvestedAccountsSummarySubscriptionStatusType1
            | GetInvestedAccountsSummarySubscriptionStatusType2Type1
            | GetInvestedAccountsSummarySubscriptionStatusType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                subscription_status_type_1 = (
                    GetInvestedAccountsSummarySubscriptionStatusType1(data)
                )

                return subscription_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                subscription_status_type_2_type_1 = (
                    GetInvestedAccountsSummarySubscriptionStatusType2Type1(data)
                )

                return subscription_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                subscription_status_type_3_type_1 = (
                    GetInvestedAccountsSummarySubscriptionStatusType3Type1(data)
                )

                return subscription_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetInvestedAccountsSummarySubscriptionStatusType1
                | GetInvestedAccountsSummarySubscriptionStatusType2Type1
                | GetInvestedAccountsSummarySubscriptionStatusType3Type1
                | None
                | Unset,
                data,
            )

        subscription_status = _parse_subscription_status(
            _source.pop("subscriptionStatus", UNSET)
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
