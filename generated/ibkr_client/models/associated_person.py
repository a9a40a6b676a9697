from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_person_employment_details import (
        AssociatedPersonEmploymentDetails,
    )
    from ..models.associated_person_identity_documents_item import (
        AssociatedPersonIdentityDocumentsItem,
    )
    from ..models.associated_person_mailing import AssociatedPersonMailing
    from ..models.associated_person_phones import AssociatedPersonPhones
    from ..models.associated_person_residence import AssociatedPersonResidence
    from ..models.associated_person_subscribed_services_item import (
        AssociatedPersonSubscribedServicesItem,
    )
    from ..models.associated_person_tax_treaty_details_item import (
        AssociatedPersonTaxTreatyDetailsItem,
    )


T = TypeVar("T", bound="AssociatedPerson")


@_attrs_define
class AssociatedPerson:
    """
    Attributes:
        associations (list[str] | Unset):
        commercial (str | Unset):
        country_of_birth (str | Unset):
        country_of_citizenship (str | Unset):
        country_of_legal_residence (str | Unset):
        date_of_birth (str | Unset):
        email (str | Unset):
        employment_details (AssociatedPersonEmploymentDetails | Unset):
        employment_type (str | Unset):
        entity_id (int | Unset):
        external_code (str | Unset):
        first_name (str | Unset):
        gender (str | Unset):
        identity_documents (list[AssociatedPersonIdentityDocumentsItem] | Unset):
        last_login (str | Unset):
        last_name (str | Unset):
        mailing (AssociatedPersonMailing | Unset):
        marital_status (str | Unset):
        md_subscriber_status (str | Unset):
        middle_initial (str | Unset):
        middle_name (str | Unset):
        moters_maiden_name (str | Unset):
        number_of_dependents (int | Unset):
        password_date (str | Unset):
        phones (AssociatedPersonPhones | Unset):
        residence (AssociatedPersonResidence | Unset):
        salutation (str | Unset):
        security_device (str | Unset):
        state_of_legal_residence (str | Unset):
        subscribed_services (list[AssociatedPersonSubscribedServicesItem] | Unset):
        suffix (str | Unset):
        tax_treaty_details (list[AssociatedPersonTaxTreatyDetailsItem] | Unset):
        user_status (str | Unset):
        user_status_trading (str | Unset):
        username (str | Unset):
    """

    associations: list[str] | Unset = UNSET
    commercial: str | Unset = UNSET
    country_of_birth: str | Unset = UNSET
    country_of_citizenship: str | Unset = UNSET
    country_of_legal_residence: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    email: str | Unset = UNSET
    employment_details: AssociatedPersonEmploymentDetails | Unset = UNSET
    employment_type: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    external_code: str | Unset = UNSET
    first_name: str | Unset = UNSET
    gender: str | Unset = UNSET
    identity_documents: list[AssociatedPersonIdentityDocumentsItem] | Unset = UNSET
    last_login: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mailing: AssociatedPersonMailing | Unset = UNSET
    marital_status: str | Unset = UNSET
    md_subscriber_status: str | Unset = UNSET
    middle_initial: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    moters_maiden_name: str | Unset = UNSET
    number_of_dependents: int | Unset = UNSET
    password_date: str | Unset = UNSET
    phones: AssociatedPersonPhones | Unset = UNSET
    residence: AssociatedPersonResidence | Unset = UNSET
    salutation: str | Unset = UNSET
    security_device: str | Unset = UNSET
    state_of_legal_residence: str | Unset = UNSET
    subscribed_services: list[AssociatedPersonSubscribedServicesItem] | Unset = UNSET
    suffix: str | Unset = UNSET
    tax_treaty_details: list[AssociatedPersonTaxTreatyDetailsItem] | Unset = UNSET
    user_status: str | Unset = UNSET
    user_status_trading: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associations: list[str] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = self.associations

        commercial = self.commercial

        country_of_birth = self.country_of_birth

        country_of_citizenship = self.country_of_citizenship

        country_of_legal_residence = self.country_of_legal_residence

        date_of_birth = self.date_of_birth

        email = self.email

        employment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employment_details, Unset):
            employment_details = self.employment_details.to_dict()

        employment_type = self.employment_type

        entity_id = self.entity_id

        external_code = self.external_code

        first_name = self.first_name

        gender = self.gender

        identity_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identity_documents, Unset):
            identity_documents = []
            for identity_documents_item_data in self.identity_documents:
                identity_documents_item = identity_documents_item_data.to_dict()
                identity_documents.append(identity_documents_item)

        last_login = self.last_login

        last_name = self.last_name

        mailing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing, Unset):
            mailing = self.mailing.to_dict()

        marital_status = self.marital_status

        md_subscriber_status = self.md_subscriber_status

        middle_initial = self.middle_initial

        middle_name = self.middle_name

        moters_maiden_name = self.moters_maiden_name

        number_of_dependents = self.number_of_dependents

        password_date = self.password_date

        phones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones.to_dict()

        residence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.residence, Unset):
            residence = self.residence.to_dict()

        salutation = self.salutation

        security_device = self.security_device

        state_of_legal_residence = self.state_of_legal_residence

        subscribed_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribed_services, Unset):
            subscribed_services = []
            for subscribed_services_item_data in self.subscribed_services:
                subscribed_services_item = subscribed_services_item_data.to_dict()
                subscribed_services.append(subscribed_services_item)

        suffix = self.suffix

        tax_treaty_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_treaty_details, Unset):
            tax_treaty_details = []
            for tax_treaty_details_item_data in self.tax_treaty_details:
                tax_treaty_details_item = tax_treaty_details_item_data.to_dict()
                tax_treaty_details.append(tax_treaty_details_item)

        user_status = self.user_status

        user_status_trading = self.user_status_trading

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associations is not UNSET:
            field_dict["associations"] = associations
        if commercial is not UNSET:
            field_dict["commercial"] = commercial
        if country_of_birth is not UNSET:
            field_dict["countryOfBirth"] = country_of_birth
        if country_of_citizenship is not UNSET:
            field_dict["countryOfCitizenship"] = country_of_citizenship
        if country_of_legal_residence is not UNSET:
            field_dict["countryOfLegalResidence"] = country_of_legal_residence
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if email is not UNSET:
            field_dict["email"] = email
        if employment_details is not UNSET:
            field_dict["employmentDetails"] = employment_details
        if employment_type is not UNSET:
            field_dict["employmentType"] = employment_type
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if external_code is not UNSET:
            field_dict["externalCode"] = external_code
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if identity_documents is not UNSET:
            field_dict["identityDocuments"] = identity_documents
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if mailing is not UNSET:
            field_dict["mailing"] = mailing
        if marital_status is not UNSET:
            field_dict["maritalStatus"] = marital_status
        if md_subscriber_status is not UNSET:
            field_dict["mdSubscriberStatus"] = md_subscriber_status
        if middle_initial is not UNSET:
            field_dict["middleInitial"] = middle_initial
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if moters_maiden_name is not UNSET:
            field_dict["motersMaidenName"] = moters_maiden_name
        if number_of_dependents is not UNSET:
            field_dict["numberOfDependents"] = number_of_dependents
        if password_date is not UNSET:
            field_dict["passwordDate"] = password_date
        if phones is not UNSET:
            field_dict["phones"] = phones
        if residence is not UNSET:
            field_dict["residence"] = residence
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if security_device is not UNSET:
            field_dict["securityDevice"] = security_device
        if state_of_legal_residence is not UNSET:
            field_dict["stateOfLegalResidence"] = state_of_legal_residence
        if subscribed_services is not UNSET:
            field_dict["subscribedServices"] = subscribed_services
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if tax_treaty_details is not UNSET:
            field_dict["taxTreatyDetails"] = tax_treaty_details
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status
        if user_status_trading is not UNSET:
            field_dict["userStatusTrading"] = user_status_trading
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.associated_person_employment_details import (
            AssociatedPersonEmploymentDetails,  # noqa: PLC0415
        )
        from ..models.associated_person_identity_documents_item import (
            AssociatedPersonIdentityDocumentsItem,  # noqa: PLC0415
        )
        from ..models.associated_person_mailing import AssociatedPersonMailing  # noqa: PLC0415
        from ..models.associated_person_phones import AssociatedPersonPhones  # noqa: PLC0415
        from ..models.associated_person_residence import AssociatedPersonResidence  # noqa: PLC0415
        from ..models.associated_person_subscribed_services_item import (
            AssociatedPersonSubscribedServicesItem,  # noqa: PLC0415
        )
        from ..models.associated_person_tax_treaty_details_item import (
            AssociatedPersonTaxTreatyDetailsItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        associations = cast(list[str], _source.pop("associations", UNSET))

        commercial = _source.pop("commercial", UNSET)

        country_of_birth = _source.pop("countryOfBirth", UNSET)

        country_of_citizenship = _source.pop("countryOfCitizenship", UNSET)

        country_of_legal_residence = _source.pop("countryOfLegalResidence", UNSET)

        date_of_birth = _source.pop("dateOfBirth", UNSET)

        email = _source.pop("email", UNSET)

        _employment_details = _source.pop("employmentDetails", UNSET)
        employment_details: AssociatedPersonEmploymentDetails | Unset
        if isinstance(_employment_details, Unset):
            employment_details = UNSET
        else:
            employment_details = AssociatedPersonEmploymentDetails.from_dict(
                _employment_details
            )

        employment_type = _source.pop("employmentType", UNSET)

        entity_id = _source.pop("entityId", UNSET)

        external_code = _source.pop("externalCode", UNSET)

        first_name = _source.pop("firstName", UNSET)

        gender = _source.pop("gender", UNSET)

        _identity_documents = _source.pop("identityDocuments", UNSET)
        identity_documents: list[AssociatedPersonIdentityDocumentsItem] | Unset = UNSET
        if _identity_documents is not UNSET:
            identity_documents = []
            for identity_documents_item_data in _identity_documents:
                identity_documents_item = (
                    AssociatedPersonIdentityDocumentsItem.from_dict(
                        identity_documents_item_data
                    )
                )

                identity_documents.append(identity_documents_item)

        last_login = _source.pop("lastLogin", UNSET)

        last_name = _source.pop("lastName", UNSET)

        _mailing = _source.pop("mailing", UNSET)
        mailing: AssociatedPersonMailing | Unset
        if isinstance(_mailing, Unset):
            mailing = UNSET
        else:
            mailing = AssociatedPersonMailing.from_dict(_mailing)

        marital_status = _source.pop("maritalStatus", UNSET)

        md_subscriber_status = _source.pop("mdSubscriberStatus", UNSET)

        middle_initial = _source.pop("middleInitial", UNSET)

        middle_name = _source.pop("middleName", UNSET)

        moters_maiden_name = _source.pop("motersMaidenName", UNSET)

        number_of_dependents = _source.pop("numberOfDependents", UNSET)

        password_date = _source.pop("passwordDate", UNSET)

        _phones = _source.pop("phones", UNSET)
        phones: AssociatedPersonPhones | Unset
        if isinstance(_phones, Unset):
            phones = UNSET
        else:
            phones = AssociatedPersonPhones.from_dict(_phones)

        _residence = _source.pop("residence", UNSET)
        residence: AssociatedPersonResidence | Unset
        if isinstance(_residence, Unset):
            residence = UNSET
        else:
            residence = AssociatedPersonResidence.from_dict(_residence)

        salutation = _source.pop("salutation", UNSET)

        security_device = _source.pop("securityDevice", UNSET)

        state_of_legal_residence = _source.pop("stateOfLegalResidence", UNSET)

        _subscribed_services = _source.pop("subscribedServices", UNSET)
        subscribed_services: list[AssociatedPersonSubscribedServicesItem] | Unset = (
            UNSET
        )
        if _subscribed_services is not UNSET:
            subscribed_services = []
            for subscribed_services_item_data in _subscribed_services:
                subscribed_services_item = (
                    AssociatedPersonSubscribedServicesItem.from_dict(
                        subscribed_services_item_data
                    )
                )

                subscribed_services.append(subscribed_services_item)

        suffix = _source.pop("suffix", UNSET)

        _tax_treaty_details = _source.pop("taxTreatyDetails", UNSET)
        tax_treaty_details: list[AssociatedPersonTaxTreatyDetailsItem] | Unset = UNSET
        if _tax_treaty_details is not UNSET:
            tax_treaty_details = []
            for tax_treaty_details_item_data in _tax_treaty_details:
                tax_treaty_details_item = (
                    AssociatedPersonTaxTreatyDetailsItem.from_dict(
                        tax_treaty_details_item_data
                    )
                )

                tax_treaty_details.append(tax_treaty_details_item)

        user_status = _source.pop("userStatus", UNSET)

        user_status_trading = _source.pop("userStatusTrading", UNSET)

        username = _source.pop("username", UNSET)

        _model = cls(
            associations=associations,
            commercial=commercial,
            country_of_birth=country_of_birth,
            country_of_citizenship=country_of_citizenship,
            country_of_legal_residence=country_of_legal_residence,
            date_of_birth=date_of_birth,
            email=email,
            employment_details=employment_details,
            employment_type=employment_type,
            entity_id=entity_id,
            external_code=external_code,
            first_name=first_name,
            gender=gender,
            identity_documents=identity_documents,
            last_login=last_login,
            last_name=last_name,
            mailing=mailing,
            marital_status=marital_status,
            md_subscriber_status=md_subscriber_status,
            middle_initial=middle_initial,
            middle_name=middle_name,
            moters_maiden_name=moters_maiden_name,
            number_of_dependents=number_of_dependents,
            password_date=password_date,
            phones=phones,
            residence=residence,
            salutation=salutation,
            security_device=security_device,
            state_of_legal_residence=state_of_legal_residence,
            subscribed_services=subscribed_services,
            suffix=suffix,
            tax_treaty_details=tax_treaty_details,
            user_status=user_status,
            user_status_trading=user_status_trading,
            username=username,
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
