from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.individual_ira_bene_identification_type_0 import (
        IndividualIRABeneIdentificationType0,
    )
    from ..models.individual_ira_bene_location_type_0 import (
        IndividualIRABeneLocationType0,
    )


T = TypeVar("T", bound="IndividualIRABene")


@_attrs_define
class IndividualIRABene:
    """
    Attributes:
        date_of_birth (None | str | Unset):
        first_name (None | str | Unset):
        identification (IndividualIRABeneIdentificationType0 | None | Unset):
        last_name (None | str | Unset):
        location (IndividualIRABeneLocationType0 | None | Unset):
        ownership (int | None | Unset):
        per_stripes (None | str | Unset):
        relationship (None | str | Unset):
        type_ (None | str | Unset):
    """

    date_of_birth: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    identification: IndividualIRABeneIdentificationType0 | None | Unset = UNSET
    last_name: None | str | Unset = UNSET
    location: IndividualIRABeneLocationType0 | None | Unset = UNSET
    ownership: int | None | Unset = UNSET
    per_stripes: None | str | Unset = UNSET
    relationship: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.individual_ira_bene_identification_type_0 import (
            IndividualIRABeneIdentificationType0,  # noqa: PLC0415
        )
        from ..models.individual_ira_bene_location_type_0 import (
            IndividualIRABeneLocationType0,  # noqa: PLC0415
        )

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = self.date_of_birth

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        identification: dict[str, Any] | None | Unset
        if isinstance(self.identification, Unset):
            identification = UNSET
        elif isinstance(self.identification, IndividualIRABeneIdentificationType0):
            identification = self.identification.to_dict()
        else:
            identification = self.identification

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, IndividualIRABeneLocationType0):
            location = self.location.to_dict()
        else:
            location = self.location

        ownership: int | None | Unset
        if isinstance(self.ownership, Unset):
            ownership = UNSET
        else:
            ownership = self.ownership

        per_stripes: None | str | Unset
        if isinstance(self.per_stripes, Unset):
            per_stripes = UNSET
        else:
            per_stripes = self.per_stripes

        relationship: None | str | Unset
        if isinstance(self.relationship, Unset):
            relationship = UNSET
        else:
            relationship = self.relationship

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
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
        from ..models.individual_ira_bene_identification_type_0 import (
            IndividualIRABeneIdentificationType0,  # noqa: PLC0415
        )
        from ..models.individual_ira_bene_location_type_0 import (
            IndividualIRABeneLocationType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_date_of_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_birth = _parse_date_of_birth(_source.pop("dateOfBirth", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(_source.pop("firstName", UNSET))

        def _parse_identification(
            data: object,
        ) -> IndividualIRABeneIdentificationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identification_type_0 = IndividualIRABeneIdentificationType0.from_dict(
                    data
                )

                return identification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndividualIRABeneIdentificationType0 | None | Unset, data)

        identification = _parse_identification(_source.pop("identification", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(_source.pop("lastName", UNSET))

        def _parse_location(
            data: object,
        ) -> IndividualIRABeneLocationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = IndividualIRABeneLocationType0.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndividualIRABeneLocationType0 | None | Unset, data)

        location = _parse_location(_source.pop("location", UNSET))

        def _parse_ownership(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ownership = _parse_ownership(_source.pop("ownership", UNSET))

        def _parse_per_stripes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        per_stripes = _parse_per_stripes(_source.pop("perStripes", UNSET))

        def _parse_relationship(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relationship = _parse_relationship(_source.pop("relationship", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

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
