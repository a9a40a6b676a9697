from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signature_applicant import SignatureApplicant
    from ..models.signature_user import SignatureUser


T = TypeVar("T", bound="SignaturesAndOwners")


@_attrs_define
class SignaturesAndOwners:
    """
    Attributes:
        account_id (None | str | Unset): The account of the request.
        users (list[SignatureUser] | None | Unset): Every user attached to the account.
        applicant (None | SignatureApplicant | Unset):
    """

    account_id: None | str | Unset = UNSET
    users: list[SignatureUser] | None | Unset = UNSET
    applicant: None | SignatureApplicant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signature_applicant import SignatureApplicant  # noqa: PLC0415

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        applicant: dict[str, Any] | None | Unset
        if isinstance(self.applicant, Unset):
            applicant = UNSET
        elif isinstance(self.applicant, SignatureApplicant):
            applicant = self.applicant.to_dict()
        else:
            applicant = self.applicant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if users is not UNSET:
            field_dict["users"] = users
        if applicant is not UNSET:
            field_dict["applicant"] = applicant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signature_applicant import SignatureApplicant  # noqa: PLC0415
        from ..models.signature_user import SignatureUser  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_users(data: object) -> list[SignatureUser] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = []
                _users_type_0 = data
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = SignatureUser.from_dict(users_type_0_item_data)

                    users_type_0.append(users_type_0_item)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignatureUser] | None | Unset, data)

        users = _parse_users(_source.pop("users", UNSET))

        def _parse_applicant(data: object) -> None | SignatureApplicant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                applicant_type_0 = SignatureApplicant.from_dict(data)

                return applicant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureApplicant | Unset, data)

        applicant = _parse_applicant(_source.pop("applicant", UNSET))

        _model = cls(
            account_id=account_id,
            users=users,
            applicant=applicant,
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
