from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_entity_identity_documents_item import (
        AssociatedEntityIdentityDocumentsItem,
    )
    from ..models.associated_entity_mailing import AssociatedEntityMailing
    from ..models.associated_entity_phones import AssociatedEntityPhones
    from ..models.associated_entity_residence import AssociatedEntityResidence
    from ..models.associated_entity_tax_treaty_details_item import (
        AssociatedEntityTaxTreatyDetailsItem,
    )
    from ..models.associated_person import AssociatedPerson


T = TypeVar("T", bound="AssociatedEntity")


@_attrs_define
class AssociatedEntity:
    """
    Attributes:
        associated_persons (list[AssociatedPerson] | Unset):
        associations (list[str] | Unset):
        email (str | Unset):
        entity_id (int | Unset):
        external_code (str | Unset):
        identity_documents (list[AssociatedEntityIdentityDocumentsItem] | Unset):
        mailing (AssociatedEntityMailing | Unset):
        name (str | Unset):
        organization_country (str | Unset):
        phones (AssociatedEntityPhones | Unset):
        residence (AssociatedEntityResidence | Unset):
        tax_treaty_details (list[AssociatedEntityTaxTreatyDetailsItem] | Unset):
    """

    associated_persons: list[AssociatedPerson] | Unset = UNSET
    associations: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    external_code: str | Unset = UNSET
    identity_documents: list[AssociatedEntityIdentityDocumentsItem] | Unset = UNSET
    mailing: AssociatedEntityMailing | Unset = UNSET
    name: str | Unset = UNSET
    organization_country: str | Unset = UNSET
    phones: AssociatedEntityPhones | Unset = UNSET
    residence: AssociatedEntityResidence | Unset = UNSET
    tax_treaty_details: list[AssociatedEntityTaxTreatyDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_persons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_persons, Unset):
            associated_persons = []
            for associated_persons_item_data in self.associated_persons:
                associated_persons_item = associated_persons_item_data.to_dict()
                associated_persons.append(associated_persons_item)

        associations: list[str] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = self.associations

        email = self.email

        entity_id = self.entity_id

        external_code = self.external_code

        identity_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identity_documents, Unset):
            identity_documents = []
            for identity_documents_item_data in self.identity_documents:
                identity_documents_item = identity_documents_item_data.to_dict()
                identity_documents.append(identity_documents_item)

        mailing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing, Unset):
            mailing = self.mailing.to_dict()

        name = self.name

        organization_country = self.organization_country

        phones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones.to_dict()

        residence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.residence, Unset):
            residence = self.residence.to_dict()

        tax_treaty_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_treaty_details, Unset):
            tax_treaty_details = []
            for tax_treaty_details_item_data in self.tax_treaty_details:
                tax_treaty_details_item = tax_treaty_details_item_data.to_dict()
                tax_treaty_details.append(tax_treaty_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associated_persons is not UNSET:
            field_dict["AssociatedPersons"] = associated_persons
        if associations is not UNSET:
            field_dict["associations"] = associations
        if email is not UNSET:
            field_dict["email"] = email
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if external_code is not UNSET:
            field_dict["externalCode"] = external_code
        if identity_documents is not UNSET:
            field_dict["identityDocuments"] = identity_documents
        if mailing is not UNSET:
            field_dict["mailing"] = mailing
        if name is not UNSET:
            field_dict["name"] = name
        if organization_country is not UNSET:
            field_dict["organizationCountry"] = organization_country
        if phones is not UNSET:
            field_dict["phones"] = phones
        if residence is not UNSET:
            field_dict["residence"] = residence
        if tax_treaty_details is not UNSET:
            field_dict["taxTreatyDetails"] = tax_treaty_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.associated_entity_identity_documents_item import (
            AssociatedEntityIdentityDocumentsItem,  # noqa: PLC0415
        )
        from ..models.associated_entity_mailing import AssociatedEntityMailing  # noqa: PLC0415
        from ..models.associated_entity_phones import AssociatedEntityPhones  # noqa: PLC0415
        from ..models.associated_entity_residence import AssociatedEntityResidence  # noqa: PLC0415
        from ..models.associated_entity_tax_treaty_details_item import (
            AssociatedEntityTaxTreatyDetailsItem,  # noqa: PLC0415
        )
        from ..models.associated_person import AssociatedPerson  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _associated_persons = _source.pop("AssociatedPersons", UNSET)
        associated_persons: list[AssociatedPerson] | Unset = UNSET
        if _associated_persons is not UNSET:
            associated_persons = []
            for associated_persons_item_data in _associated_persons:
                associated_persons_item = AssociatedPerson.from_dict(
                    associated_persons_item_data
                )

                associated_persons.append(associated_persons_item)

        associations = cast(list[str], _source.pop("associations", UNSET))

        email = _source.pop("email", UNSET)

        entity_id = _source.pop("entityId", UNSET)

        external_code = _source.pop("externalCode", UNSET)

        _identity_documents = _source.pop("identityDocuments", UNSET)
        identity_documents: list[AssociatedEntityIdentityDocumentsItem] | Unset = UNSET
        if _identity_documents is not UNSET:
            identity_documents = []
            for identity_documents_item_data in _identity_documents:
                identity_documents_item = (
                    AssociatedEntityIdentityDocumentsItem.from_dict(
                        identity_documents_item_data
                    )
                )

                identity_documents.append(identity_documents_item)

        _mailing = _source.pop("mailing", UNSET)
        mailing: AssociatedEntityMailing | Unset
        if isinstance(_mailing, Unset):
            mailing = UNSET
        else:
            mailing = AssociatedEntityMailing.from_dict(_mailing)

        name = _source.pop("name", UNSET)

        organization_country = _source.pop("organizationCountry", UNSET)

        _phones = _source.pop("phones", UNSET)
        phones: AssociatedEntityPhones | Unset
        if isinstance(_phones, Unset):
            phones = UNSET
        else:
            phones = AssociatedEntityPhones.from_dict(_phones)

        _residence = _source.pop("residence", UNSET)
        residence: AssociatedEntityResidence | Unset
        if isinstance(_residence, Unset):
            residence = UNSET
        else:
            residence = AssociatedEntityResidence.from_dict(_residence)

        _tax_treaty_details = _source.pop("taxTreatyDetails", UNSET)
        tax_treaty_details: list[AssociatedEntityTaxTreatyDetailsItem] | Unset = UNSET
        if _tax_treaty_details is not UNSET:
            tax_treaty_details = []
            for tax_treaty_details_item_data in _tax_treaty_details:
                tax_treaty_details_item = (
                    AssociatedEntityTaxTreatyDetailsItem.from_dict(
                        tax_treaty_details_item_data
                    )
                )

                tax_treaty_details.append(tax_treaty_details_item)

        _model = cls(
            associated_persons=associated_persons,
            associations=associations,
            email=email,
            entity_id=entity_id,
            external_code=external_code,
            identity_documents=identity_documents,
            mailing=mailing,
            name=name,
            organization_country=organization_country,
            phones=phones,
            residence=residence,
            tax_treaty_details=tax_treaty_details,
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
