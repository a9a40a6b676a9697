from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_list_response_models_type_0_item import (
        ModelListResponseModelsType0Item,
    )


T = TypeVar("T", bound="ModelListResponse")


@_attrs_define
class ModelListResponse:
    """
    Attributes:
        base_ccy (None | str | Unset):
        master_account (None | str | Unset):
        models (list[ModelListResponseModelsType0Item] | None | Unset):
        req_id (int | None | Unset):
        subscription_status (int | None | Unset):
    """

    base_ccy: None | str | Unset = UNSET
    master_account: None | str | Unset = UNSET
    models: list[ModelListResponseModelsType0Item] | None | Unset = UNSET
    req_id: int | None | Unset = UNSET
    subscription_status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_ccy: None | str | Unset
        if isinstance(self.base_ccy, Unset):
            base_ccy = UNSET
        else:
            base_ccy = self.base_ccy

        master_account: None | str | Unset
        if isinstance(self.master_account, Unset):
            master_account = UNSET
        else:
            master_account = self.master_account

        models: list[dict[str, Any]] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = []
            for models_type_0_item_data in self.models:
                models_type_0_item = models_type_0_item_data.to_dict()
                models.append(models_type_0_item)

        else:
            models = self.models

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
        if base_ccy is not UNSET:
            field_dict["baseCcy"] = base_ccy
        if master_account is not UNSET:
            field_dict["masterAccount"] = master_account
        if models is not UNSET:
            field_dict["models"] = models
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_list_response_models_type_0_item import (
            ModelListResponseModelsType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_base_ccy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_ccy = _parse_base_ccy(_source.pop("baseCcy", UNSET))

        def _parse_master_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_account = _parse_master_account(_source.pop("masterAccount", UNSET))

        def _parse_models(
            data: object,
        ) -> list[ModelListResponseModelsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                models_type_0 = []
                _models_type_0 = data
                for models_type_0_item_data in _models_type_0:
                    models_type_0_item = ModelListResponseModelsType0Item.from_dict(
                        models_type_0_item_data
                    )

                    models_type_0.append(models_type_0_item)

                return models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelListResponseModelsType0Item] | None | Unset, data)

        models = _parse_models(_source.pop("models", UNSET))

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
            base_ccy=base_ccy,
            master_account=master_account,
            models=models,
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
