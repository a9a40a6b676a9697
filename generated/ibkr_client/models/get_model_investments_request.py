from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelInvestmentsRequest")


@_attrs_define
class GetModelInvestmentsRequest:
    """
    Attributes:
        model (str | Unset):
        req_id (int | Unset):
        subscription_status (int | Unset):
    """

    model: str | Unset = UNSET
    req_id: int | Unset = UNSET
    subscription_status: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        req_id = self.req_id

        subscription_status = self.subscription_status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
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
        model = _source.pop("model", UNSET)

        req_id = _source.pop("reqID", UNSET)

        subscription_status = _source.pop("subscriptionStatus", UNSET)

        _model = cls(
            model=model,
            req_id=req_id,
            subscription_status=subscription_status,
        )

        return _model
