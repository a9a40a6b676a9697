from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwitchAccountResult")


@_attrs_define
class SwitchAccountResult:
    """
    Attributes:
        set_ (bool | Unset): Whether the account was selected.
        acct_id (str | Unset): The account now selected.
        success (str | Unset): Undocumented; a message such as "Account already set", sent instead of set/acctId.
    """

    set_: bool | Unset = UNSET
    acct_id: str | Unset = UNSET
    success: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_

        acct_id = self.acct_id

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_
        if acct_id is not UNSET:
            field_dict["acctId"] = acct_id
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        set_ = _source.pop("set", UNSET)

        acct_id = _source.pop("acctId", UNSET)

        success = _source.pop("success", UNSET)

        _model = cls(
            set_=set_,
            acct_id=acct_id,
            success=success,
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
