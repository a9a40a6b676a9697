from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_list_response_models_item import ModelListResponseModelsItem


T = TypeVar("T", bound="ModelListResponse")


@_attrs_define
class ModelListResponse:
    """
    Attributes:
        base_ccy (str | Unset):
        master_account (str | Unset):
        models (list[ModelListResponseModelsItem] | Unset):
        req_id (int | Unset):
        subscription_status (int | Unset):
    """

    base_ccy: str | Unset = UNSET
    master_account: str | Unset = UNSET
    models: list[ModelListResponseModelsItem] | Unset = UNSET
    req_id: int | Unset = UNSET
    subscription_status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_ccy = self.base_ccy

        master_account = self.master_account

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        req_id = self.req_id

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
        from ..models.model_list_response_models_item import ModelListResponseModelsItem  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        base_ccy = _source.pop("baseCcy", UNSET)

        master_account = _source.pop("masterAccount", UNSET)

        _models = _source.pop("models", UNSET)
        models: list[ModelListResponseModelsItem] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = ModelListResponseModelsItem.from_dict(models_item_data)

                models.append(models_item)

        req_id = _source.pop("reqID", UNSET)

        subscription_status = _source.pop("subscriptionStatus", UNSET)

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
