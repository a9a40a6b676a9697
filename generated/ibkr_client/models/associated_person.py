from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_person_employment_details_type_0 import (
        AssociatedPersonEmploymentDetailsType0,
    )
    from ..models.associated_person_identity_documents_type_0_item import (
        AssociatedPersonIdentityDocumentsType0Item,
    )
    from ..models.associated_person_mailing_type_0 import AssociatedPersonMailingType0
    from ..models.associated_person_phones_type_0 import AssociatedPersonPhonesType0
    from ..models.associated_person_residence_type_0 import (
        AssociatedPersonResidenceType0,
    )
    from ..models.associated_person_subscribed_services_type_0_item import (
        AssociatedPersonSubscribedServicesType0Item,
    )
    from ..models.associated_person_tax_treaty_details_type_0_item import (
        AssociatedPersonTaxTreatyDetailsType0Item,
    )


T = TypeVar("T", bound="AssociatedPerson")


@_attrs_define
class AssociatedPerson:
    """
    Attributes:
        associations (list[str] | None | Unset):
        commercial (None | str | Unset):
        country_of_birth (None | str | Unset):
        country_of_citizenship (None | str | Unset):
        country_of_legal_residence (None | str | Unset):
        date_of_birth (None | str | Unset):
        email (None | str | Unset):
        employment_details (AssociatedPersonEmploymentDetailsType0 | None | Unset):
        employment_type (None | str | Unset):
        entity_id (int | None | Unset):
        external_code (None | str | Unset):
        first_name (None | str | Unset):
        gender (None | str | Unset):
        identity_documents (list[AssociatedPersonIdentityDocumentsType0Item] | None | Unset):
        last_login (None | str | Unset):
        last_name (None | str | Unset):
        mailing (AssociatedPersonMailingType0 | None | Unset):
        marital_status (None | str | Unset):
        md_subscriber_status (None | str | Unset):
        middle_initial (None | str | Unset):
        middle_name (None | str | Unset):
        moters_maiden_name (None | str | Unset):
        number_of_dependents (int | None | Unset):
        password_date (None | str | Unset):
        phones (AssociatedPersonPhonesType0 | None | Unset):
        residence (AssociatedPersonResidenceType0 | None | Unset):
        salutation (None | str | Unset):
        security_device (None | str | Unset):
        state_of_legal_residence (None | str | Unset):
        subscribed_services (list[AssociatedPersonSubscribedServicesType0Item] | None | Unset):
        suffix (None | str | Unset):
        tax_treaty_details (list[AssociatedPersonTaxTreatyDetailsType0Item] | None | Unset):
        user_status (None | str | Unset):
        user_status_trading (None | str | Unset):
        username (None | str | Unset):
    """

    associations: list[str] | None | Unset = UNSET
    commercial: None | str | Unset = UNSET
    country_of_birth: None | str | Unset = UNSET
    country_of_citizenship: None | str | Unset = UNSET
    country_of_legal_residence: None | str | Unset = UNSET
    date_of_birth: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    employment_details: AssociatedPersonEmploymentDetailsType0 | None | Unset = UNSET
    employment_type: None | str | Unset = UNSET
    entity_id: int | None | Unset = UNSET
    external_code: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    identity_documents: (
        list[AssociatedPersonIdentityDocumentsType0Item] | None | Unset
    ) = UNSET
    last_login: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    mailing: AssociatedPersonMailingType0 | None | Unset = UNSET
    marital_status: None | str | Unset = UNSET
    md_subscriber_status: None | str | Unset = UNSET
    middle_initial: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    moters_maiden_name: None | str | Unset = UNSET
    number_of_dependents: int | None | Unset = UNSET
    password_date: None | str | Unset = UNSET
    phones: AssociatedPersonPhonesType0 | None | Unset = UNSET
    residence: AssociatedPersonResidenceType0 | None | Unset = UNSET
    salutation: None | str | Unset = UNSET
    security_device: None | str | Unset = UNSET
    state_of_legal_residence: None | str | Unset = UNSET
    subscribed_services: (
        list[AssociatedPersonSubscribedServicesType0Item] | None | Unset
    ) = UNSET
    suffix: None | str | Unset = UNSET
    tax_treaty_details: (
        list[AssociatedPersonTaxTreatyDetailsType0Item] | None | Unset
    ) = UNSET
    user_status: None | str | Unset = UNSET
    user_status_trading: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.associated_person_employment_details_type_0 import (
            AssociatedPersonEmploymentDetailsType0,  # noqa: PLC0415
        )
        from ..models.associated_person_mailing_type_0 import (
            AssociatedPersonMailingType0,  # noqa: PLC0415
        )
        from ..models.associated_person_phones_type_0 import AssociatedPersonPhonesType0  # noqa: PLC0415
        from ..models.associated_person_residence_type_0 import (
            AssociatedPersonResidenceType0,  # noqa: PLC0415
        )

        associations: list[str] | None | Unset
        if isinstance(self.associations, Unset):
            associations = UNSET
        elif isinstance(self.associations, list):
            associations = self.associations

        else:
            associations = self.associations

        commercial: None | str | Unset
        if isinstance(self.commercial, Unset):
            commercial = UNSET
        else:
            commercial = self.commercial

        country_of_birth: None | str | Unset
        if isinstance(self.country_of_birth, Unset):
            country_of_birth = UNSET
        else:
            country_of_birth = self.country_of_birth

        country_of_citizenship: None | str | Unset
        if isinstance(self.country_of_citizenship, Unset):
            country_of_citizenship = UNSET
        else:
            country_of_citizenship = self.country_of_citizenship

        country_of_legal_residence: None | str | Unset
        if isinstance(self.country_of_legal_residence, Unset):
            country_of_legal_residence = UNSET
        else:
            country_of_legal_residence = self.country_of_legal_residence

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = self.date_of_birth

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        employment_details: dict[str, Any] | None | Unset
        if isinstance(self.employment_details, Unset):
            employment_details = UNSET
        elif isinstance(
            self.employment_details, AssociatedPersonEmploymentDetailsType0
        ):
            employment_details = self.employment_details.to_dict()
        else:
            employment_details = self.employment_details

        employment_type: None | str | Unset
        if isinstance(self.employment_type, Unset):
            employment_type = UNSET
        else:
            employment_type = self.employment_type

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

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

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

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        else:
            last_login = self.last_login

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        mailing: dict[str, Any] | None | Unset
        if isinstance(self.mailing, Unset):
            mailing = UNSET
        elif isinstance(self.mailing, AssociatedPersonMailingType0):
            mailing = self.mailing.to_dict()
        else:
            mailing = self.mailing

        marital_status: None | str | Unset
        if isinstance(self.marital_status, Unset):
            marital_status = UNSET
        else:
            marital_status = self.marital_status

        md_subscriber_status: None | str | Unset
        if isinstance(self.md_subscriber_status, Unset):
            md_subscriber_status = UNSET
        else:
            md_subscriber_status = self.md_subscriber_status

        middle_initial: None | str | Unset
        if isinstance(self.middle_initial, Unset):
            middle_initial = UNSET
        else:
            middle_initial = self.middle_initial

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        moters_maiden_name: None | str | Unset
        if isinstance(self.moters_maiden_name, Unset):
            moters_maiden_name = UNSET
        else:
            moters_maiden_name = self.moters_maiden_name

        number_of_dependents: int | None | Unset
        if isinstance(self.number_of_dependents, Unset):
            number_of_dependents = UNSET
        else:
            number_of_dependents = self.number_of_dependents

        password_date: None | str | Unset
        if isinstance(self.password_date, Unset):
            password_date = UNSET
        else:
            password_date = self.password_date

        phones: dict[str, Any] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, AssociatedPersonPhonesType0):
            phones = self.phones.to_dict()
        else:
            phones = self.phones

        residence: dict[str, Any] | None | Unset
        if isinstance(self.residence, Unset):
            residence = UNSET
        elif isinstance(self.residence, AssociatedPersonResidenceType0):
            residence = self.residence.to_dict()
        else:
            residence = self.residence

        salutation: None | str | Unset
        if isinstance(self.salutation, Unset):
            salutation = UNSET
        else:
            salutation = self.salutation

        security_device: None | str | Unset
        if isinstance(self.security_device, Unset):
            security_device = UNSET
        else:
            security_device = self.security_device

        state_of_legal_residence: None | str | Unset
        if isinstance(self.state_of_legal_residence, Unset):
            state_of_legal_residence = UNSET
        else:
            state_of_legal_residence = self.state_of_legal_residence

        subscribed_services: list[dict[str, Any]] | None | Unset
        if isinstance(self.subscribed_services, Unset):
            subscribed_services = UNSET
        elif isinstance(self.subscribed_services, list):
            subscribed_services = []
            for subscribed_services_type_0_item_data in self.subscribed_services:
                subscribed_services_type_0_item = (
                    subscribed_services_type_0_item_data.to_dict()
                )
                subscribed_services.append(subscribed_services_type_0_item)

        else:
            subscribed_services = self.subscribed_services

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

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

        user_status: None | str | Unset
        if isinstance(self.user_status, Unset):
            user_status = UNSET
        else:
            user_status = self.user_status

        user_status_trading: None | str | Unset
        if isinstance(self.user_status_trading, Unset):
            user_status_trading = UNSET
        else:
            user_status_trading = self.user_status_trading

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
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
        from ..models.associated_person_employment_details_type_0 import (
            AssociatedPersonEmploymentDetailsType0,  # noqa: PLC0415
        )
        from ..models.associated_person_identity_documents_type_0_item import (
            AssociatedPersonIdentityDocumentsType0Item,  # noqa: PLC0415
        )
        from ..models.associated_person_mailing_type_0 import (
            AssociatedPersonMailingType0,  # noqa: PLC0415
        )
        from ..models.associated_person_phones_type_0 import AssociatedPersonPhonesType0  # noqa: PLC0415
        from ..models.associated_person_residence_type_0 import (
            AssociatedPersonResidenceType0,  # noqa: PLC0415
        )
        from ..models.associated_person_subscribed_services_type_0_item import (
            AssociatedPersonSubscribedServicesType0Item,  # noqa: PLC0415
        )
        from ..models.associated_person_tax_treaty_details_type_0_item import (
            AssociatedPersonTaxTreatyDetailsType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

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

        def _parse_commercial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commercial = _parse_commercial(_source.pop("commercial", UNSET))

        def _parse_country_of_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_birth = _parse_country_of_birth(_source.pop("countryOfBirth", UNSET))

        def _parse_country_of_citizenship(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_citizenship = _parse_country_of_citizenship(
            _source.pop("countryOfCitizenship", UNSET)
        )

        def _parse_country_of_legal_residence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_legal_residence = _parse_country_of_legal_residence(
            _source.pop("countryOfLegalResidence", UNSET)
        )

        def _parse_date_of_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_birth = _parse_date_of_birth(_source.pop("dateOfBirth", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(_source.pop("email", UNSET))

        def _parse_employment_details(
            data: object,
        ) -> AssociatedPersonEmploymentDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employment_details_type_0 = (
                    AssociatedPersonEmploymentDetailsType0.from_dict(data)
                )

                return employment_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociatedPersonEmploymentDetailsType0 | None | Unset, data)

        employment_details = _parse_employment_details(
            _source.pop("employmentDetails", UNSET)
        )

        def _parse_employment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employment_type = _parse_employment_type(_source.pop("employmentType", UNSET))

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

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(_source.pop("firstName", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(_source.pop("gender", UNSET))

        def _parse_identity_documents(
            data: object,
        ) -> list[AssociatedPersonIdentityDocumentsType0Item] | None | Unset:
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
                        AssociatedPersonIdentityDocumentsType0Item.from_dict(
                            identity_documents_type_0_item_data
                        )
                    )

                    identity_documents_type_0.append(identity_documents_type_0_item)

                return identity_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AssociatedPersonIdentityDocumentsType0Item] | None | Unset, data
            )

        identity_documents = _parse_identity_documents(
            _source.pop("identityDocuments", UNSET)
        )

        def _parse_last_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_login = _parse_last_login(_source.pop("lastLogin", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(_source.pop("lastName", UNSET))

        def _parse_mailing(data: object) -> AssociatedPersonMailingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailing_type_0 = AssociatedPersonMailingType0.from_dict(data)

                return mailing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociatedPersonMailingType0 | None | Unset, data)

        mailing = _parse_mailing(_source.pop("mailing", UNSET))

        def _parse_marital_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marital_status = _parse_marital_status(_source.pop("maritalStatus", UNSET))

        def _parse_md_subscriber_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        md_subscriber_status = _parse_md_subscriber_status(
            _source.pop("mdSubscriberStatus", UNSET)
        )

        def _parse_middle_initial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_initial = _parse_middle_initial(_source.pop("middleInitial", UNSET))

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(_source.pop("middleName", UNSET))

        def _parse_moters_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        moters_maiden_name = _parse_moters_maiden_name(
            _source.pop("motersMaidenName", UNSET)
        )

        def _parse_number_of_dependents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_dependents = _parse_number_of_dependents(
            _source.pop("numberOfDependents", UNSET)
        )

        def _parse_password_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_date = _parse_password_date(_source.pop("passwordDate", UNSET))

        def _parse_phones(data: object) -> AssociatedPersonPhonesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phones_type_0 = AssociatedPersonPhonesType0.from_dict(data)

                return phones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociatedPersonPhonesType0 | None | Unset, data)

        phones = _parse_phones(_source.pop("phones", UNSET))

        def _parse_residence(
            data: object,
        ) -> AssociatedPersonResidenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                residence_type_0 = AssociatedPersonResidenceType0.from_dict(data)

                return residence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociatedPersonResidenceType0 | None | Unset, data)

        residence = _parse_residence(_source.pop("residence", UNSET))

        def _parse_salutation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salutation = _parse_salutation(_source.pop("salutation", UNSET))

        def _parse_security_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        security_device = _parse_security_device(_source.pop("securityDevice", UNSET))

        def _parse_state_of_legal_residence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_of_legal_residence = _parse_state_of_legal_residence(
            _source.pop("stateOfLegalResidence", UNSET)
        )

        def _parse_subscribed_services(
            data: object,
        ) -> list[AssociatedPersonSubscribedServicesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscribed_services_type_0 = []
                _subscribed_services_type_0 = data
                for subscribed_services_type_0_item_data in _subscribed_services_type_0:
                    subscribed_services_type_0_item = (
                        AssociatedPersonSubscribedServicesType0Item.from_dict(
                            subscribed_services_type_0_item_data
                        )
                    )

                    subscribed_services_type_0.append(subscribed_services_type_0_item)

                return subscribed_services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AssociatedPersonSubscribedServicesType0Item] | None | Unset, data
            )

        subscribed_services = _parse_subscribed_services(
            _source.pop("subscribedServices", UNSET)
        )

        def _parse_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suffix = _parse_suffix(_source.pop("suffix", UNSET))

        def _parse_tax_treaty_details(
            data: object,
        ) -> list[AssociatedPersonTaxTreatyDetailsType0Item] | None | Unset:
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
                        AssociatedPersonTaxTreatyDetailsType0Item.from_dict(
                            tax_treaty_details_type_0_item_data
                        )
                    )

                    tax_treaty_details_type_0.append(tax_treaty_details_type_0_item)

                return tax_treaty_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AssociatedPersonTaxTreatyDetailsType0Item] | None | Unset, data
            )

        tax_treaty_details = _parse_tax_treaty_details(
            _source.pop("taxTreatyDetails", UNSET)
        )

        def _parse_user_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_status = _parse_user_status(_source.pop("userStatus", UNSET))

        def _parse_user_status_trading(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_status_trading = _parse_user_status_trading(
            _source.pop("userStatusTrading", UNSET)
        )

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(_source.pop("username", UNSET))

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
