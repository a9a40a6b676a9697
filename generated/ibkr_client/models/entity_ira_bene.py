from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_ira_bene_location import EntityIRABeneLocation


T = TypeVar("T", bound="EntityIRABene")


@_attrs_define
class EntityIRABene:
    """
    Attributes:
        article_of_will (str | Unset):
        entity_type (str | Unset):
        location (EntityIRABeneLocation | Unset):
        name (str | Unset):
        type_ (str | Unset):
    """

    article_of_will: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    location: EntityIRABeneLocation | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_of_will = self.article_of_will

        entity_type = self.entity_type

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_of_will is not UNSET:
            field_dict["articleOfWill"] = article_of_will
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if location is not UNSET:
            field_dict["location"] = location
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ira_bene_location import EntityIRABeneLocation  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        article_of_will = _source.pop("articleOfWill", UNSET)

        entity_type = _source.pop("entityType", UNSET)

        _location = _source.pop("location", UNSET)
        location: EntityIRABeneLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = EntityIRABeneLocation.from_dict(_location)

        name = _source.pop("name", UNSET)

        type_ = _source.pop("type", UNSET)

        _model = cls(
            article_of_will=article_of_will,
            entity_type=entity_type,
            location=location,
            name=name,
            type_=type_,
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
