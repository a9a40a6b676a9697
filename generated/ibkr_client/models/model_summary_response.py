from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelSummaryResponse")


@_attrs_define
class ModelSummaryResponse:
    """
    Attributes:
        bootstrapped (bool | None | Unset):
        custom_index (bool | None | Unset):
        desc (None | str | Unset):
        is_static (bool | None | Unset):
        mismatch (bool | None | Unset):
        model (None | str | Unset):
        nlv (float | None | str | Unset):
        num_accounts (int | None | Unset):
        req_id (int | None | Unset):
        subscription_status (int | None | Unset):
    """

    bootstrapped: bool | None | Unset = UNSET
    custom_index: bool | None | Unset = UNSET
    desc: None | str | Unset = UNSET
    is_static: bool | None | Unset = UNSET
    mismatch: bool | None | Unset = UNSET
    model: None | str | Unset = UNSET
    nlv: float | None | str | Unset = UNSET
    num_accounts: int | None | Unset = UNSET
    req_id: int | None | Unset = UNSET
    subscription_status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bootstrapped: bool | None | Unset
        if isinstance(self.bootstrapped, Unset):
            bootstrapped = UNSET
        else:
            bootstrapped = self.bootstrapped

        custom_index: bool | None | Unset
        if isinstance(self.custom_index, Unset):
            custom_index = UNSET
        else:
            custom_index = self.custom_index

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        is_static: bool | None | Unset
        if isinstance(self.is_static, Unset):
            is_static = UNSET
        else:
            is_static = self.is_static

        mismatch: bool | None | Unset
        if isinstance(self.mismatch, Unset):
            mismatch = UNSET
        else:
            mismatch = self.mismatch

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        nlv: float | None | str | Unset
        if isinstance(self.nlv, Unset):
            nlv = UNSET
        else:
            nlv = self.nlv

        num_accounts: int | None | Unset
        if isinstance(self.num_accounts, Unset):
            num_accounts = UNSET
        else:
            num_accounts = self.num_accounts

        req_id: int | None | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        subscription_status: int | None | Unset
        if isinstance(self.subscription_status, Unset):
            subscription_status = UNSET
        else:
            subscription_status = self.subscription_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bootstrapped is not UNSET:
            field_dict["bootstrapped"] = bootstrapped
        if custom_index is not UNSET:
            field_dict["customIndex"] = custom_index
        if desc is not UNSET:
            field_dict["desc"] = desc
        if is_static is not UNSET:
            field_dict["isStatic"] = is_static
        if mismatch is not UNSET:
            field_dict["mismatch"] = mismatch
        if model is not UNSET:
            field_dict["model"] = model
        if nlv is not UNSET:
            field_dict["nlv"] = nlv
        if num_accounts is not UNSET:
            field_dict["numAccounts"] = num_accounts
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_bootstrapped(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bootstrapped = _parse_bootstrapped(_source.pop("bootstrapped", UNSET))

        def _parse_custom_index(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        custom_index = _parse_custom_index(_source.pop("customIndex", UNSET))

        def _parse_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc = _parse_desc(_source.pop("desc", UNSET))

        def _parse_is_static(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_static = _parse_is_static(_source.pop("isStatic", UNSET))

        def _parse_mismatch(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mismatch = _parse_mismatch(_source.pop("mismatch", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(_source.pop("model", UNSET))

        def _parse_nlv(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        nlv = _parse_nlv(_source.pop("nlv", UNSET))

        def _parse_num_accounts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_accounts = _parse_num_accounts(_source.pop("numAccounts", UNSET))

        def _parse_req_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        req_id = _parse_req_id(_source.pop("reqID", UNSET))

        def _parse_subscription_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription_status = _parse_subscription_status(
            _source.pop("subscriptionStatus", UNSET)
        )

        _model = cls(
            bootstrapped=bootstrapped,
            custom_index=custom_index,
            desc=desc,
            is_static=is_static,
            mismatch=mismatch,
            model=model,
            nlv=nlv,
            num_accounts=num_accounts,
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
