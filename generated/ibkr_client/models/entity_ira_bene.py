from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_ira_bene_location_type_0 import EntityIRABeneLocationType0


T = TypeVar("T", bound="EntityIRABene")


@_attrs_define
class EntityIRABene:
    """
    Attributes:
        article_of_will (None | str | Unset):
        entity_type (None | str | Unset):
        location (EntityIRABeneLocationType0 | None | Unset):
        name (None | str | Unset):
        type_ (None | str | Unset):
    """

    article_of_will: None | str | Unset = UNSET
    entity_type: None | str | Unset = UNSET
    location: EntityIRABeneLocationType0 | None | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ira_bene_location_type_0 import EntityIRABeneLocationType0  # noqa: PLC0415

        article_of_will: None | str | Unset
        if isinstance(self.article_of_will, Unset):
            article_of_will = UNSET
        else:
            article_of_will = self.article_of_will

        entity_type: None | str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = self.entity_type

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, EntityIRABeneLocationType0):
            location = self.location.to_dict()
        else:
            location = self.location

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
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
        from ..models.entity_ira_bene_location_type_0 import EntityIRABeneLocationType0  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_article_of_will(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article_of_will = _parse_article_of_will(_source.pop("articleOfWill", UNSET))

        def _parse_entity_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_type = _parse_entity_type(_source.pop("entityType", UNSET))

        def _parse_location(data: object) -> EntityIRABeneLocationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = EntityIRABeneLocationType0.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityIRABeneLocationType0 | None | Unset, data)

        location = _parse_location(_source.pop("location", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

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
