from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_position_response_cash_item import ModelPositionResponseCashItem
    from ..models.model_position_response_position_list_item import (
        ModelPositionResponsePositionListItem,
    )


T = TypeVar("T", bound="ModelPositionResponse")


@_attrs_define
class ModelPositionResponse:
    """
    Attributes:
        cash (list[ModelPositionResponseCashItem] | Unset):
        mismatched (bool | Unset):
        model (str | Unset):
        nlv (float | str | Unset):
        position_list (list[ModelPositionResponsePositionListItem] | Unset):
        position_ts (int | Unset):
        req_id (int | Unset):
        stk_only (bool | Unset):
        subscription_status (int | Unset):
        total_dlv (float | str | Unset):
        total_mv (float | str | Unset):
    """

    cash: list[ModelPositionResponseCashItem] | Unset = UNSET
    mismatched: bool | Unset = UNSET
    model: str | Unset = UNSET
    nlv: float | str | Unset = UNSET
    position_list: list[ModelPositionResponsePositionListItem] | Unset = UNSET
    position_ts: int | Unset = UNSET
    req_id: int | Unset = UNSET
    stk_only: bool | Unset = UNSET
    subscription_status: int | Unset = UNSET
    total_dlv: float | str | Unset = UNSET
    total_mv: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash, Unset):
            cash = []
            for cash_item_data in self.cash:
                cash_item = cash_item_data.to_dict()
                cash.append(cash_item)

        mismatched = self.mismatched

        model = self.model

        nlv: float | str | Unset
        if isinstance(self.nlv, Unset):
            nlv = UNSET
        else:
            nlv = self.nlv

        position_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.position_list, Unset):
            position_list = []
            for position_list_item_data in self.position_list:
                position_list_item = position_list_item_data.to_dict()
                position_list.append(position_list_item)

        position_ts = self.position_ts

        req_id = self.req_id

        stk_only = self.stk_only

        subscription_status = self.subscription_status

        total_dlv: float | str | Unset
        if isinstance(self.total_dlv, Unset):
            total_dlv = UNSET
        else:
            total_dlv = self.total_dlv

        total_mv: float | str | Unset
        if isinstance(self.total_mv, Unset):
            total_mv = UNSET
        else:
            total_mv = self.total_mv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash is not UNSET:
            field_dict["cash"] = cash
        if mismatched is not UNSET:
            field_dict["mismatched"] = mismatched
        if model is not UNSET:
            field_dict["model"] = model
        if nlv is not UNSET:
            field_dict["nlv"] = nlv
        if position_list is not UNSET:
            field_dict["positionList"] = position_list
        if position_ts is not UNSET:
            field_dict["positionTs"] = position_ts
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if stk_only is not UNSET:
            field_dict["stkOnly"] = stk_only
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status
        if total_dlv is not UNSET:
            field_dict["totalDlv"] = total_dlv
        if total_mv is not UNSET:
            field_dict["totalMv"] = total_mv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_position_response_cash_item import (
            ModelPositionResponseCashItem,  # noqa: PLC0415
        )
        from ..models.model_position_response_position_list_item import (
            ModelPositionResponsePositionListItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _cash = _source.pop("cash", UNSET)
        cash: list[ModelPositionResponseCashItem] | Unset = UNSET
        if _cash is not UNSET:
            cash = []
            for cash_item_data in _cash:
                cash_item = ModelPositionResponseCashItem.from_dict(cash_item_data)

                cash.append(cash_item)

        mismatched = _source.pop("mismatched", UNSET)

        model = _source.pop("model", UNSET)

        def _parse_nlv(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        nlv = _parse_nlv(_source.pop("nlv", UNSET))

        _position_list = _source.pop("positionList", UNSET)
        position_list: list[ModelPositionResponsePositionListItem] | Unset = UNSET
        if _position_list is not UNSET:
            position_list = []
            for position_list_item_data in _position_list:
                position_list_item = ModelPositionResponsePositionListItem.from_dict(
                    position_list_item_data
                )

                position_list.append(position_list_item)

        position_ts = _source.pop("positionTs", UNSET)

        req_id = _source.pop("reqID", UNSET)

        stk_only = _source.pop("stkOnly", UNSET)

        subscription_status = _source.pop("subscriptionStatus", UNSET)

        def _parse_total_dlv(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        total_dlv = _parse_total_dlv(_source.pop("totalDlv", UNSET))

        def _parse_total_mv(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        total_mv = _parse_total_mv(_source.pop("totalMv", UNSET))

        _model = cls(
            cash=cash,
            mismatched=mismatched,
            model=model,
            nlv=nlv,
            position_list=position_list,
            position_ts=position_ts,
            req_id=req_id,
            stk_only=stk_only,
            subscription_status=subscription_status,
            total_dlv=total_dlv,
            total_mv=total_mv,
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
