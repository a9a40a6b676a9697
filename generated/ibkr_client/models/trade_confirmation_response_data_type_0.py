from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeConfirmationResponseDataType0")


@_attrs_define
class TradeConfirmationResponseDataType0:
    """
    Attributes:
        accept (None | str | Unset):
        data_type (None | str | Unset):
        encoding (None | str | Unset):
        gzip (bool | None | Unset):
        mime_type (None | str | Unset):
        value (None | str | Unset):
    """

    accept: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    encoding: None | str | Unset = UNSET
    gzip: bool | None | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept: None | str | Unset
        if isinstance(self.accept, Unset):
            accept = UNSET
        else:
            accept = self.accept

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        gzip: bool | None | Unset
        if isinstance(self.gzip, Unset):
            gzip = UNSET
        else:
            gzip = self.gzip

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
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

        def _parse_accept(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept = _parse_accept(_source.pop("accept", UNSET))

        def _parse_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_type = _parse_data_type(_source.pop("dataType", UNSET))

        def _parse_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encoding = _parse_encoding(_source.pop("encoding", UNSET))

        def _parse_gzip(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gzip = _parse_gzip(_source.pop("gzip", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(_source.pop("mimeType", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(_source.pop("value", UNSET))

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
