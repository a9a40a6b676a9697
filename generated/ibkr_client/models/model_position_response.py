from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_position_response_cash_type_0_item import (
        ModelPositionResponseCashType0Item,
    )
    from ..models.model_position_response_position_list_type_0_item import (
        ModelPositionResponsePositionListType0Item,
    )


T = TypeVar("T", bound="ModelPositionResponse")


@_attrs_define
class ModelPositionResponse:
    """
    Attributes:
        cash (list[ModelPositionResponseCashType0Item] | None | Unset):
        mismatched (bool | None | Unset):
        model (None | str | Unset):
        nlv (float | None | str | Unset):
        position_list (list[ModelPositionResponsePositionListType0Item] | None | Unset):
        position_ts (int | None | Unset):
        req_id (int | None | Unset):
        stk_only (bool | None | Unset):
        subscription_status (int | None | Unset):
        total_dlv (float | None | str | Unset):
        total_mv (float | None | str | Unset):
    """

    cash: list[ModelPositionResponseCashType0Item] | None | Unset = UNSET
    mismatched: bool | None | Unset = UNSET
    model: None | str | Unset = UNSET
    nlv: float | None | str | Unset = UNSET
    position_list: list[ModelPositionResponsePositionListType0Item] | None | Unset = (
        UNSET
    )
    position_ts: int | None | Unset = UNSET
    req_id: int | None | Unset = UNSET
    stk_only: bool | None | Unset = UNSET
    subscription_status: int | None | Unset = UNSET
    total_dlv: float | None | str | Unset = UNSET
    total_mv: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash: list[dict[str, Any]] | None | Unset
        if isinstance(self.cash, Unset):
            cash = UNSET
        elif isinstance(self.cash, list):
            cash = []
            for cash_type_0_item_data in self.cash:
                cash_type_0_item = cash_type_0_item_data.to_dict()
                cash.append(cash_type_0_item)

        else:
            cash = self.cash

        mismatched: bool | None | Unset
        if isinstance(self.mismatched, Unset):
            mismatched = UNSET
        else:
            mismatched = self.mismatched

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

        position_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.position_list, Unset):
            position_list = UNSET
        elif isinstance(self.position_list, list):
            position_list = []
            for position_list_type_0_item_data in self.position_list:
                position_list_type_0_item = position_list_type_0_item_data.to_dict()
                position_list.append(position_list_type_0_item)

        else:
            position_list = self.position_list

        position_ts: int | None | Unset
        if isinstance(self.position_ts, Unset):
            position_ts = UNSET
        else:
            position_ts = self.position_ts

        req_id: int | None | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        stk_only: bool | None | Unset
        if isinstance(self.stk_only, Unset):
            stk_only = UNSET
        else:
            stk_only = self.stk_only

        subscription_status: int | None | Unset
        if isinstance(self.subscription_status, Unset):
            subscription_status = UNSET
        else:
            subscription_status = self.subscription_status

        total_dlv: float | None | str | Unset
        if isinstance(self.total_dlv, Unset):
            total_dlv = UNSET
        else:
            total_dlv = self.total_dlv

        total_mv: float | None | str | Unset
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
        from ..models.model_position_response_cash_type_0_item import (
            ModelPositionResponseCashType0Item,  # noqa: PLC0415
        )
        from ..models.model_position_response_position_list_type_0_item import (
            ModelPositionResponsePositionListType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_cash(
            data: object,
        ) -> list[ModelPositionResponseCashType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cash_type_0 = []
                _cash_type_0 = data
                for cash_type_0_item_data in _cash_type_0:
                    cash_type_0_item = ModelPositionResponseCashType0Item.from_dict(
                        cash_type_0_item_data
                    )

                    cash_type_0.append(cash_type_0_item)

                return cash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelPositionResponseCashType0Item] | None | Unset, data)

        cash = _parse_cash(_source.pop("cash", UNSET))

        def _parse_mismatched(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mismatched = _parse_mismatched(_source.pop("mismatched", UNSET))

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

        def _parse_position_list(
            data: object,
        ) -> list[ModelPositionResponsePositionListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                position_list_type_0 = []
                _position_list_type_0 = data
                for position_list_type_0_item_data in _position_list_type_0:
                    position_list_type_0_item = (
                        ModelPositionResponsePositionListType0Item.from_dict(
                            position_list_type_0_item_data
                        )
                    )

                    position_list_type_0.append(position_list_type_0_item)

                return position_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ModelPositionResponsePositionListType0Item] | None | Unset, data
            )

        position_list = _parse_position_list(_source.pop("positionList", UNSET))

        def _parse_position_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position_ts = _parse_position_ts(_source.pop("positionTs", UNSET))

        def _parse_req_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        req_id = _parse_req_id(_source.pop("reqID", UNSET))

        def _parse_stk_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stk_only = _parse_stk_only(_source.pop("stkOnly", UNSET))

        def _parse_subscription_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription_status = _parse_subscription_status(
            _source.pop("subscriptionStatus", UNSET)
        )

        def _parse_total_dlv(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_dlv = _parse_total_dlv(_source.pop("totalDlv", UNSET))

        def _parse_total_mv(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

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
