from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_entity_type import SignatureEntityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureEntity")


@_attrs_define
class SignatureEntity:
    """The person or organisation behind a user of the account.

    Attributes:
        first_name (None | str | Unset): First name.
        last_name (None | str | Unset): Last name.
        entity_type (None | SignatureEntityType | Unset):
        entity_name (None | str | Unset): Full name, first and last name together.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    entity_type: None | SignatureEntityType | Unset = UNSET
    entity_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        entity_type: None | str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, SignatureEntityType):
            entity_type = self.entity_type.value
        else:
            entity_type = self.entity_type

        entity_name: None | str | Unset
        if isinstance(self.entity_name, Unset):
            entity_name = UNSET
        else:
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

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(_source.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(_source.pop("lastName", UNSET))

        def _parse_entity_type(data: object) -> None | SignatureEntityType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entity_type_type_0 = SignatureEntityType(data)

                return entity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureEntityType | Unset, data)

        entity_type = _parse_entity_type(_source.pop("entityType", UNSET))

        def _parse_entity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_name = _parse_entity_name(_source.pop("entityName", UNSET))

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
