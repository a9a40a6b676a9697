from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.individual_ira_bene_identification import (
        IndividualIRABeneIdentification,
    )
    from ..models.individual_ira_bene_location import IndividualIRABeneLocation


T = TypeVar("T", bound="IndividualIRABene")


@_attrs_define
class IndividualIRABene:
    """
    Attributes:
        date_of_birth (str | Unset):
        first_name (str | Unset):
        identification (IndividualIRABeneIdentification | Unset):
        last_name (str | Unset):
        location (IndividualIRABeneLocation | Unset):
        ownership (int | Unset):
        per_stripes (str | Unset):
        relationship (str | Unset):
        type_ (str | Unset):
    """

    date_of_birth: str | Unset = UNSET
    first_name: str | Unset = UNSET
    identification: IndividualIRABeneIdentification | Unset = UNSET
    last_name: str | Unset = UNSET
    location: IndividualIRABeneLocation | Unset = UNSET
    ownership: int | Unset = UNSET
    per_stripes: str | Unset = UNSET
    relationship: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_of_birth = self.date_of_birth

        first_name = self.first_name

        identification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identification, Unset):
            identification = self.identification.to_dict()

        last_name = self.last_name

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        ownership = self.ownership

        per_stripes = self.per_stripes

        relationship = self.relationship

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if identification is not UNSET:
            field_dict["identification"] = identification
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if location is not UNSET:
            field_dict["location"] = location
        if ownership is not UNSET:
            field_dict["ownership"] = ownership
        if per_stripes is not UNSET:
            field_dict["perStripes"] = per_stripes
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.individual_ira_bene_identification import (
            IndividualIRABeneIdentification,  # noqa: PLC0415
        )
        from ..models.individual_ira_bene_location import IndividualIRABeneLocation  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        date_of_birth = _source.pop("dateOfBirth", UNSET)

        first_name = _source.pop("firstName", UNSET)

        _identification = _source.pop("identification", UNSET)
        identification: IndividualIRABeneIdentification | Unset
        if isinstance(_identification, Unset):
            identification = UNSET
        else:
            identification = IndividualIRABeneIdentification.from_dict(_identification)

        last_name = _source.pop("lastName", UNSET)

        _location = _source.pop("location", UNSET)
        location: IndividualIRABeneLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = IndividualIRABeneLocation.from_dict(_location)

        ownership = _source.pop("ownership", UNSET)

        per_stripes = _source.pop("perStripes", UNSET)

        relationship = _source.pop("relationship", UNSET)

        type_ = _source.pop("type", UNSET)

        _model = cls(
            date_of_birth=date_of_birth,
            first_name=first_name,
            identification=identification,
            last_name=last_name,
            location=location,
            ownership=ownership,
            per_stripes=per_stripes,
            relationship=relationship,
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
