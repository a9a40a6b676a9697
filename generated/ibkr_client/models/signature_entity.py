from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_entity_type import SignatureEntityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureEntity")


@_attrs_define
class SignatureEntity:
    """The person or organisation behind a user of the account.

    Attributes:
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        entity_type (SignatureEntityType | Unset): Kind of entity behind a user of the account, as IBKR writes it.
        entity_name (str | Unset): Full name, first and last name together.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    entity_type: SignatureEntityType | Unset = UNSET
    entity_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        entity_name = self.entity_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if entity_name is not UNSET:
            field_dict["entityName"] = entity_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        first_name = _source.pop("firstName", UNSET)

        last_name = _source.pop("lastName", UNSET)

        _entity_type = _source.pop("entityType", UNSET)
        entity_type: SignatureEntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = SignatureEntityType(_entity_type)

        entity_name = _source.pop("entityName", UNSET)

        _model = cls(
            first_name=first_name,
            last_name=last_name,
            entity_type=entity_type,
            entity_name=entity_name,
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
