from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelListResponseModelsItem")


@_attrs_define
class ModelListResponseModelsItem:
    """
    Attributes:
        bootstrapped (bool | Unset):
        custom_index (bool | Unset):
        desc (str | Unset):
        is_static (bool | Unset):
        mismatch (bool | Unset):
        model (str | Unset):
        nlv (float | str | Unset):
        num_accounts (int | Unset):
    """

    bootstrapped: bool | Unset = UNSET
    custom_index: bool | Unset = UNSET
    desc: str | Unset = UNSET
    is_static: bool | Unset = UNSET
    mismatch: bool | Unset = UNSET
    model: str | Unset = UNSET
    nlv: float | str | Unset = UNSET
    num_accounts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bootstrapped = self.bootstrapped

        custom_index = self.custom_index

        desc = self.desc

        is_static = self.is_static

        mismatch = self.mismatch

        model = self.model

        nlv: float | str | Unset
        if isinstance(self.nlv, Unset):
            nlv = UNSET
        else:
            nlv = self.nlv

        num_accounts = self.num_accounts

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        bootstrapped = _source.pop("bootstrapped", UNSET)

        custom_index = _source.pop("customIndex", UNSET)

        desc = _source.pop("desc", UNSET)

        is_static = _source.pop("isStatic", UNSET)

        mismatch = _source.pop("mismatch", UNSET)

        model = _source.pop("model", UNSET)

        def _parse_nlv(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        nlv = _parse_nlv(_source.pop("nlv", UNSET))

        num_accounts = _source.pop("numAccounts", UNSET)

        _model = cls(
            bootstrapped=bootstrapped,
            custom_index=custom_index,
            desc=desc,
            is_static=is_static,
            mismatch=mismatch,
            model=model,
            nlv=nlv,
            num_accounts=num_accounts,
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
