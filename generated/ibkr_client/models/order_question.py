from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQuestion")


@_attrs_define
class OrderQuestion:
    """A question to answer with POST /iserver/reply/{id} before the order is transmitted.

    Attributes:
        id (str): Reply id of the question.
        message (list[str]): Why the order was not transmitted yet.
        is_suppressed (bool | None | Unset): Whether the question was suppressed; always false.
        message_ids (list[str] | None | Unset): Internal ids of the questions, e.g. o163 (see SuppressibleMessageId).
        is_suppressible (bool | None | Unset): Undocumented; whether the question can be suppressed (type inferred from
            the name).
        message_options (Any | Unset): Undocumented; the answers offered. No recording shows the value, so any JSON
            value is kept.
        default_suppression_option (Any | Unset): Undocumented; the default suppression choice. No recording shows the
            value, so any JSON value is kept.
    """

    id: str
    message: list[str]
    is_suppressed: bool | None | Unset = UNSET
    message_ids: list[str] | None | Unset = UNSET
    is_suppressible: bool | None | Unset = UNSET
    message_options: Any | Unset = UNSET
    default_suppression_option: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        is_suppressed: bool | None | Unset
        if isinstance(self.is_suppressed, Unset):
            is_suppressed = UNSET
        else:
            is_suppressed = self.is_suppressed

        message_ids: list[str] | None | Unset
        if isinstance(self.message_ids, Unset):
            message_ids = UNSET
        elif isinstance(self.message_ids, list):
            message_ids = self.message_ids

        else:
            message_ids = self.message_ids

        is_suppressible: bool | None | Unset
        if isinstance(self.is_suppressible, Unset):
            is_suppressible = UNSET
        else:
            is_suppressible = self.is_suppressible

        message_options = self.message_options

        default_suppression_option = self.default_suppression_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
            }
        )
        if is_suppressed is not UNSET:
            field_dict["isSuppressed"] = is_suppressed
        if message_ids is not UNSET:
            field_dict["messageIds"] = message_ids
        if is_suppressible is not UNSET:
            field_dict["isSuppressible"] = is_suppressible
        if message_options is not UNSET:
            field_dict["messageOptions"] = message_options
        if default_suppression_option is not UNSET:
            field_dict["defaultSuppressionOption"] = default_suppression_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id = _source.pop("id")

        message = cast(list[str], _source.pop("message"))

        def _parse_is_suppressed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_suppressed = _parse_is_suppressed(_source.pop("isSuppressed", UNSET))

        def _parse_message_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_ids_type_0 = cast(list[str], data)

                return message_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        message_ids = _parse_message_ids(_source.pop("messageIds", UNSET))

        def _parse_is_suppressible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_suppressible = _parse_is_suppressible(_source.pop("isSuppressible", UNSET))

        message_options = _source.pop("messageOptions", UNSET)

        default_suppression_option = _source.pop("defaultSuppressionOption", UNSET)

        _model = cls(
            id=id,
            message=message,
            is_suppressed=is_suppressed,
            message_ids=message_ids,
            is_suppressible=is_suppressible,
            message_options=message_options,
            default_suppression_option=default_suppression_option,
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
