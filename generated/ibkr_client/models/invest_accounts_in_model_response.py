from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvestAccountsInModelResponse")


@_attrs_define
class InvestAccountsInModelResponse:
    """
    Attributes:
        req_id (None | str | Unset):
        subscription_status (int | None | Unset):
        subscription_key (None | str | Unset):
    """

    req_id: None | str | Unset = UNSET
    subscription_status: int | None | Unset = UNSET
    subscription_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id: None | str | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        subscription_status: int | None | Unset
        if isinstance(self.subscription_status, Unset):
            subscription_status = UNSET
        else:
            subscription_status = self.subscription_status

        subscription_key: None | str | Unset
        if isinstance(self.subscription_key, Unset):
            subscription_key = UNSET
        else:
            subscription_key = self.subscription_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status
        if subscription_key is not UNSET:
            field_dict["subscriptionKey"] = subscription_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_req_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_subscription_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_key = _parse_subscription_key(
            _source.pop("subscriptionKey", UNSET)
        )

        _model = cls(
            req_id=req_id,
            subscription_status=subscription_status,
            subscription_key=subscription_key,
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
