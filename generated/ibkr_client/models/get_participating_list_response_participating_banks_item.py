from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetParticipatingListResponseParticipatingBanksItem")


@_attrs_define
class GetParticipatingListResponseParticipatingBanksItem:
    """
    Attributes:
        bic (str):
        clearing_code (str):
        institution_name (str):
    """

    bic: str
    clearing_code: str
    institution_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bic = self.bic

        clearing_code = self.clearing_code

        institution_name = self.institution_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BIC": bic,
                "clearingCode": clearing_code,
                "institutionName": institution_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        bic = _source.pop("BIC")

        clearing_code = _source.pop("clearingCode")

        institution_name = _source.pop("institutionName")

        _model = cls(
            bic=bic,
            clearing_code=clearing_code,
            institution_name=institution_name,
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
