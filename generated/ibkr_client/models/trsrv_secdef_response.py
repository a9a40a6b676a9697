from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        secdef (list[TrsrvSecdef] | Unset): One definition per requested contract.
    """

    secdef: list[TrsrvSecdef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secdef: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secdef, Unset):
            secdef = []
            for secdef_item_data in self.secdef:
                secdef_item = secdef_item_data.to_dict()
                secdef.append(secdef_item)

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
        _secdef = _source.pop("secdef", UNSET)
        secdef: list[TrsrvSecdef] | Unset = UNSET
        if _secdef is not UNSET:
            secdef = []
            for secdef_item_data in _secdef:
                secdef_item = TrsrvSecdef.from_dict(secdef_item_data)

                secdef.append(secdef_item)

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
