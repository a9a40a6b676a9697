from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        account_id (str | Unset): The account of the request.
        users (list[SignatureUser] | Unset): Every user attached to the account.
        applicant (SignatureApplicant | Unset): The applicants of the account.
    """

    account_id: str | Unset = UNSET
    users: list[SignatureUser] | Unset = UNSET
    applicant: SignatureApplicant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        applicant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applicant, Unset):
            applicant = self.applicant.to_dict()

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
        account_id = _source.pop("accountId", UNSET)

        _users = _source.pop("users", UNSET)
        users: list[SignatureUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = SignatureUser.from_dict(users_item_data)

                users.append(users_item)

        _applicant = _source.pop("applicant", UNSET)
        applicant: SignatureApplicant | Unset
        if isinstance(_applicant, Unset):
            applicant = UNSET
        else:
            applicant = SignatureApplicant.from_dict(_applicant)

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
