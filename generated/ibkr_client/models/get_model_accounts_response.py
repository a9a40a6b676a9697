from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_model_accounts_response_account_info_list_type_0_item import (
        GetModelAccountsResponseAccountInfoListType0Item,
    )


T = TypeVar("T", bound="GetModelAccountsResponse")


@_attrs_define
class GetModelAccountsResponse:
    """
    Attributes:
        account_info_list (list[GetModelAccountsResponseAccountInfoListType0Item] | None | Unset):
        base_ccy_master (None | str | Unset):
        model (None | str | Unset):
        req_id (int | None | Unset):
    """

    account_info_list: (
        list[GetModelAccountsResponseAccountInfoListType0Item] | None | Unset
    ) = UNSET
    base_ccy_master: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    req_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_info_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.account_info_list, Unset):
            account_info_list = UNSET
        elif isinstance(self.account_info_list, list):
            account_info_list = []
            for account_info_list_type_0_item_data in self.account_info_list:
                account_info_list_type_0_item = (
                    account_info_list_type_0_item_data.to_dict()
                )
                account_info_list.append(account_info_list_type_0_item)

        else:
            account_info_list = self.account_info_list

        base_ccy_master: None | str | Unset
        if isinstance(self.base_ccy_master, Unset):
            base_ccy_master = UNSET
        else:
            base_ccy_master = self.base_ccy_master

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_info_list is not UNSET:
            field_dict["accountInfoList"] = account_info_list
        if base_ccy_master is not UNSET:
            field_dict["baseCcyMaster"] = base_ccy_master
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_model_accounts_response_account_info_list_type_0_item import (
            GetModelAccountsResponseAccountInfoListType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_account_info_list(
            data: object,
        ) -> list[GetModelAccountsResponseAccountInfoListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                account_info_list_type_0 = []
                _account_info_list_type_0 = data
                for account_info_list_type_0_item_data in _account_info_list_type_0:
                    account_info_list_type_0_item = (
                        GetModelAccountsResponseAccountInfoListType0Item.from_dict(
                            account_info_list_type_0_item_data
                        )
                    )

                    account_info_list_type_0.append(account_info_list_type_0_item)

                return account_info_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetModelAccountsResponseAccountInfoListType0Item] | None | Unset,
                data,
            )

        account_info_list = _parse_account_info_list(
            _source.pop("accountInfoList", UNSET)
        )

        def _parse_base_ccy_master(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_ccy_master = _parse_base_ccy_master(_source.pop("baseCcyMaster", UNSET))

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

        _model = cls(
            account_info_list=account_info_list,
            base_ccy_master=base_ccy_master,
            model=model,
            req_id=req_id,
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
