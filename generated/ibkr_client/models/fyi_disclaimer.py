from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fyi_typecode import FyiTypecode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiDisclaimer")


@_attrs_define
class FyiDisclaimer:
    """
    Attributes:
        fc (FyiTypecode | None | Unset):
        dt (None | str | Unset): The disclaimer text.
    """

    fc: FyiTypecode | None | Unset = UNSET
    dt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fc: None | str | Unset
        if isinstance(self.fc, Unset):
            fc = UNSET
        elif isinstance(self.fc, FyiTypecode):
            fc = self.fc.value
        else:
            fc = self.fc

        dt: None | str | Unset
        if isinstance(self.dt, Unset):
            dt = UNSET
        else:
            dt = self.dt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fc is not UNSET:
            field_dict["FC"] = fc
        if dt is not UNSET:
            field_dict["DT"] = dt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_fc(data: object) -> FyiTypecode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fc_type_0 = FyiTypecode(data)

                return fc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FyiTypecode | None | Unset, data)

        fc = _parse_fc(_source.pop("FC", UNSET))

        def _parse_dt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt = _parse_dt(_source.pop("DT", UNSET))

        _model = cls(
            fc=fc,
            dt=dt,
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
