from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_entity_identity_documents_type_0_item import (
        AssociatedEntityIdentityDocumentsType0Item,
    )
    from ..models.associated_entity_mailing_type_0 import AssociatedEntityMailingType0
    from ..models.associated_entity_phones_type_0 import AssociatedEntityPhonesType0
    from ..models.associated_entity_residence_type_0 import (
        AssociatedEntityResidenceType0,
    )
    from ..models.associated_entity_tax_treaty_details_type_0_item import (
        AssociatedEntityTaxTreatyDetailsType0Item,
    )
    from ..models.associated_person import AssociatedPerson


T = TypeVar("T", bound="AssociatedEntity")


@_attrs_define
class AssociatedEntity:
    """
    Attributes:
        associated_persons (list[AssociatedPerson] | None | Unset):
        associations (list[str] | None | Unset):
        email (None | str | Unset):
        entity_id (int | None | Unset):
        external_code (None | str | Unset):
        identity_documents (list[AssociatedEntityIdentityDocumentsType0Item] | None | Unset):
        mailing (AssociatedEntityMailingType0 | None | Unset):
        name (None | str | Unset):
        organization_country (None | str | Unset):
        phones (AssociatedEntityPhonesType0 | None | Unset):
        residence (AssociatedEntityResidenceType0 | None | Unset):
        tax_treaty_details (list[AssociatedEntityTaxTreatyDetailsType0Item] | None | Unset):
    """

    associated_persons: list[AssociatedPerson] | None | Unset = UNSET
    associations: list[str] | None | Unset = UNSET
    email: None | str | Unset = UNSET
    entity_id: int | None | Unset = UNSET
    external_code: None | str | Unset = UNSET
    identity_documents: (
        list[AssociatedEntityIdentityDocumentsType0Item] | None | Unset
    ) = UNSET
    mailing: AssociatedEntityMailingType0 | None | Unset = UNSET
    name: None | str | Unset = UNSET
    organization_country: None | str | Unset = UNSET
    phones: AssociatedEntityPhonesType0 | None | Unset = UNSET
    residence: AssociatedEntityResidenceType0 | None | Unset = UNSET
    tax_treaty_details: (
        list[AssociatedEntityTaxTreatyDetailsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.associated_entity_mailing_type_0 import (
            AssociatedEntityMailingType0,  # noqa: PLC0415
        )
        from ..models.associated_entity_phones_type_0 import AssociatedEntityPhonesType0  # noqa: PLC0415
        from ..models.associated_entity_residence_type_0 import (
            AssociatedEntityResidenceType0,  # noqa: PLC0415
        )

        associated_persons: list[dict[str, Any]] | None | Unset
        if isinstance(self.associated_persons, Unset):
            associated_persons = UNSET
        elif isinstance(self.associated_persons, list):
            associated_persons = []
            for associated_persons_type_0_item_data in self.associated_persons:
                associated_persons_type_0_item = (
                    associated_persons_type_0_item_data.to_dict()
                )
                associated_persons.append(associated_persons_type_0_item)

        else:
            associated_persons = self.associated_persons

        associations: list[str] | None | Unset
        if isinstance(self.associations, Unset):
            associations = UNSET
        elif isinstance(self.associations, list):
            associations = self.associations

        else:
            associations = self.associations

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        entity_id: int | None | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        external_code: None | str | Unset
        if isinstance(self.external_code, Unset):
            external_code = UNSET
        else:
            external_code = self.external_code

        identity_documents: list[dict[str, Any]] | None | Unset
        if isinstance(self.identity_documents, Unset):
            identity_documents = UNSET
        elif isinstance(self.identity_documents, list):
            identity_documents = []
            for identity_documents_type_0_item_data in self.identity_documents:
                identity_documents_type_0_item = (
                    identity_documents_type_0_item_data.to_dict()
                )
                identity_documents.append(identity_documents_type_0_item)

        else:
            identity_documents = self.identity_documents

        mailing: dict[str, Any] | None | Unset
        if isinstance(self.mailing, Unset):
            mailing = UNSET
        elif isinstance(self.mailing, AssociatedEntityMailingType0):
            mailing = self.mailing.to_dict()
        else:
            mailing = self.mailing

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organization_country: None | str | Unset
        if isinstance(self.organization_country, Unset):
            organization_country = UNSET
        else:
            organization_country = self.organization_country

        phones: dict[str, Any] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, AssociatedEntityPhonesType0):
            phones = self.phones.to_dict()
        else:
            phones = self.phones

        residence: dict[str, Any] | None | Unset
        if isinstance(self.residence, Unset):
            residence = UNSET
        elif isinstance(self.residence, AssociatedEntityResidenceType0):
            residence = self.residence.to_dict()
        else:
            residence = self.residence

        tax_treaty_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_treaty_details, Unset):
            tax_treaty_details = UNSET
        elif isinstance(self.tax_treaty_details, list):
            tax_treaty_details = []
            for tax_treaty_details_type_0_item_data in self.tax_treaty_details:
                tax_treaty_details_type_0_item = (
                    tax_treaty_details_type_0_item_data.to_dict()
                )
                tax_treaty_details.append(tax_treaty_details_type_0_item)

        else:
            tax_treaty_details = self.tax_treaty_details

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
        from ..models.associated_entity_identity_documents_type_0_item import (
            AssociatedEntityIdentityDocumentsType0Item,  # noqa: PLC0415
        )
        from ..models.associated_entity_mailing_type_0 import (
            AssociatedEntityMailingType0,  # noqa: PLC0415
        )
        from ..models.associated_entity_phones_type_0 import AssociatedEntityPhonesType0  # noqa: PLC0415
        from ..models.associated_entity_residence_type_0 import (
            AssociatedEntityResidenceType0,  # noqa: PLC0415
        )
        from ..models.associated_entity_tax_treaty_details_type_0_item import (
            AssociatedEntityTaxTreatyDetailsType0Item,  # noqa: PLC0415
        )
        from ..models.associated_person import AssociatedPerson  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_associated_persons(
            data: object,
        ) -> list[AssociatedPerson] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                associated_persons_type_0 = []
                _associated_persons_type_0 = data
                for associated_persons_type_0_item_data in _associated_persons_type_0:
                    associated_persons_type_0_item = AssociatedPerson.from_dict(
                        associated_persons_type_0_item_data
                    )

                    associated_persons_type_0.append(associated_persons_type_0_item)

                return associated_persons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssociatedPerson] | None | Unset, data)

        associated_persons = _parse_associated_persons(
            _source.pop("AssociatedPersons", UNSET)
        )

        def _parse_associations(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                associations_type_0 = cast(list[str], data)

                return associations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        associations = _parse_associations(_source.pop("associations", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(_source.pop("email", UNSET))

        def _parse_entity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        entity_id = _parse_entity_id(_source.pop("entityId", UNSET))

        def _parse_external_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_code = _parse_external_code(_source.pop("externalCode", UNSET))

        def _parse_identity_documents(
            data: object,
        ) -> list[AssociatedEntityIdentityDocumentsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                identity_documents_type_0 = []
                _identity_documents_type_0 = data
                for identity_documents_type_0_item_data in _identity_documents_type_0:
                    identity_documents_type_0_item = (
                        AssociatedEntityIdentityDocumentsType0Item.from_dict(
                            identity_documents_type_0_item_data
                        )
                    )

                    identity_documents_type_0.append(identity_documents_type_0_item)

                return identity_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AssociatedEntityIdentityDocumentsType0Item] | None | Unset, data
            )

        identity_documents = _parse_identity_documents(
            _source.pop("identityDocuments", UNSET)
        )

        def _parse_mailing(data: object) -> AssociatedEntityMailingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailing_type_0 = AssociatedEntityMailingType0.from_dict(data)

                return mailing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociatedEntityMailingType0 | None | Unset, data)

        mailing = _parse_mailing(_source.pop("mailing", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_organization_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_country = _parse_organization_country(
            _source.pop("organizationCountry", UNSET)
        )

        def _parse_phones(data: object) -> AssociatedEntityPhonesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phones_type_0 = AssociatedEntityPhonesType0.from_dict(data)

                return phones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociatedEntityPhonesType0 | None | Unset, data)

        phones = _parse_phones(_source.pop("phones", UNSET))

        def _parse_residence(
            data: object,
        ) -> AssociatedEntityResidenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                residence_type_0 = AssociatedEntityResidenceType0.from_dict(data)

                return residence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociatedEntityResidenceType0 | None | Unset, data)

        residence = _parse_residence(_source.pop("residence", UNSET))

        def _parse_tax_treaty_details(
            data: object,
        ) -> list[AssociatedEntityTaxTreatyDetailsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_treaty_details_type_0 = []
                _tax_treaty_details_type_0 = data
                for tax_treaty_details_type_0_item_data in _tax_treaty_details_type_0:
                    tax_treaty_details_type_0_item = (
                        AssociatedEntityTaxTreatyDetailsType0Item.from_dict(
                            tax_treaty_details_type_0_item_data
                        )
                    )

                    tax_treaty_details_type_0.append(tax_treaty_details_type_0_item)

                return tax_treaty_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AssociatedEntityTaxTreatyDetailsType0Item] | None | Unset, data
            )

        tax_treaty_details = _parse_tax_treaty_details(
            _source.pop("taxTreatyDetails", UNSET)
        )

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
