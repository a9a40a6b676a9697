from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractTifDefaults")


@_attrs_define
class ContractTifDefaults:
    """Time-in-force defaults, as configured in TWS's Global Configuration.

    Attributes:
        tif (None | str | Unset): Default time in force, e.g. DAY.
        size (None | str | Unset): Default size, as a string, e.g. "100.00".
        default_acct (None | str | Unset): The account the defaults apply to.
        pmalgo (bool | None | Unset): Whether the portfolio-margin algorithm applies.
    """

    tif: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    default_acct: None | str | Unset = UNSET
    pmalgo: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tif: None | str | Unset
        if isinstance(self.tif, Unset):
            tif = UNSET
        else:
            tif = self.tif

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        default_acct: None | str | Unset
        if isinstance(self.default_acct, Unset):
            default_acct = UNSET
        else:
            default_acct = self.default_acct

        pmalgo: bool | None | Unset
        if isinstance(self.pmalgo, Unset):
            pmalgo = UNSET
        else:
            pmalgo = self.pmalgo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tif is not UNSET:
            field_dict["TIF"] = tif
        if size is not UNSET:
            field_dict["SIZE"] = size
        if default_acct is not UNSET:
            field_dict["DEFAULT_ACCT"] = default_acct
        if pmalgo is not UNSET:
            field_dict["PMALGO"] = pmalgo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_tif(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tif = _parse_tif(_source.pop("TIF", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size = _parse_size(_source.pop("SIZE", UNSET))

        def _parse_default_acct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_acct = _parse_default_acct(_source.pop("DEFAULT_ACCT", UNSET))

        def _parse_pmalgo(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pmalgo = _parse_pmalgo(_source.pop("PMALGO", UNSET))

        _model = cls(
            tif=tif,
            size=size,
            default_acct=default_acct,
            pmalgo=pmalgo,
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
