from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trsrv_secdef import TrsrvSecdef


T = TypeVar("T", bound="TrsrvSecdefResponse")


@_attrs_define
class TrsrvSecdefResponse:
    """
    Attributes:
        secdef (list[TrsrvSecdef] | None | Unset): One definition per requested contract.
    """

    secdef: list[TrsrvSecdef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secdef: list[dict[str, Any]] | None | Unset
        if isinstance(self.secdef, Unset):
            secdef = UNSET
        elif isinstance(self.secdef, list):
            secdef = []
            for secdef_type_0_item_data in self.secdef:
                secdef_type_0_item = secdef_type_0_item_data.to_dict()
                secdef.append(secdef_type_0_item)

        else:
            secdef = self.secdef

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secdef is not UNSET:
            field_dict["secdef"] = secdef

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trsrv_secdef import TrsrvSecdef  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_secdef(data: object) -> list[TrsrvSecdef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secdef_type_0 = []
                _secdef_type_0 = data
                for secdef_type_0_item_data in _secdef_type_0:
                    secdef_type_0_item = TrsrvSecdef.from_dict(secdef_type_0_item_data)

                    secdef_type_0.append(secdef_type_0_item)

                return secdef_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrsrvSecdef] | None | Unset, data)

        secdef = _parse_secdef(_source.pop("secdef", UNSET))

        _model = cls(
            secdef=secdef,
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
