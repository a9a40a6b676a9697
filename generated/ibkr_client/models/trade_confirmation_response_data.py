from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeConfirmationResponseData")


@_attrs_define
class TradeConfirmationResponseData:
    """
    Attributes:
        accept (str | Unset):
        data_type (str | Unset):
        encoding (str | Unset):
        gzip (bool | Unset):
        mime_type (str | Unset):
        value (str | Unset):
    """

    accept: str | Unset = UNSET
    data_type: str | Unset = UNSET
    encoding: str | Unset = UNSET
    gzip: bool | Unset = UNSET
    mime_type: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept = self.accept

        data_type = self.data_type

        encoding = self.encoding

        gzip = self.gzip

        mime_type = self.mime_type

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accept is not UNSET:
            field_dict["accept"] = accept
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if gzip is not UNSET:
            field_dict["gzip"] = gzip
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        accept = _source.pop("accept", UNSET)

        data_type = _source.pop("dataType", UNSET)

        encoding = _source.pop("encoding", UNSET)

        gzip = _source.pop("gzip", UNSET)

        mime_type = _source.pop("mimeType", UNSET)

        value = _source.pop("value", UNSET)

        _model = cls(
            accept=accept,
            data_type=data_type,
            encoding=encoding,
            gzip=gzip,
            mime_type=mime_type,
            value=value,
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
