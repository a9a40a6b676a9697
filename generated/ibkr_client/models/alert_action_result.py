from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertActionResult")


@_attrs_define
class AlertActionResult:
    """Answer to activating, deactivating or deleting an alert.

    Attributes:
        request_id (int | None | Unset): Always null.
        order_id (int | None | Unset): The alert id the request was about.
        success (bool | None | Unset): Whether the request succeeded.
        text (None | str | Unset): Explanation of the outcome, e.g. "Request was submitted".
        failure_list (None | str | Unset): The alert ids that failed, when success is false; null otherwise.
    """

    request_id: int | None | Unset = UNSET
    order_id: int | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    text: None | str | Unset = UNSET
    failure_list: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        failure_list: None | str | Unset
        if isinstance(self.failure_list, Unset):
            failure_list = UNSET
        else:
            failure_list = self.failure_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if success is not UNSET:
            field_dict["success"] = success
        if text is not UNSET:
            field_dict["text"] = text
        if failure_list is not UNSET:
            field_dict["failure_list"] = failure_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_id = _parse_request_id(_source.pop("request_id", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(_source.pop("order_id", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(_source.pop("success", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(_source.pop("text", UNSET))

        def _parse_failure_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_list = _parse_failure_list(_source.pop("failure_list", UNSET))

        _model = cls(
            request_id=request_id,
            order_id=order_id,
            success=success,
            text=text,
            failure_list=failure_list,
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
