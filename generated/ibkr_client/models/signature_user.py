from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signature_entity import SignatureEntity


T = TypeVar("T", bound="SignatureUser")


@_attrs_define
class SignatureUser:
    """One user attached to the account.

    Attributes:
        role_id (str | Unset): The user's role on the account, e.g. OWNER or Trustee.
        has_right_code_ind (bool | Unset): Internal use.
        username (str | Unset): User name, as the field list spells it.
        user_name (str | Unset): User name, as the documentation example spells it.
        entity (SignatureEntity | Unset): The person or organisation behind a user of the account.
    """

    role_id: str | Unset = UNSET
    has_right_code_ind: bool | Unset = UNSET
    username: str | Unset = UNSET
    user_name: str | Unset = UNSET
    entity: SignatureEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        has_right_code_ind = self.has_right_code_ind

        username = self.username

        user_name = self.user_name

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if has_right_code_ind is not UNSET:
            field_dict["hasRightCodeInd"] = has_right_code_ind
        if username is not UNSET:
            field_dict["username"] = username
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if entity is not UNSET:
            field_dict["entity"] = entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signature_entity import SignatureEntity  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        role_id = _source.pop("roleId", UNSET)

        has_right_code_ind = _source.pop("hasRightCodeInd", UNSET)

        username = _source.pop("username", UNSET)

        user_name = _source.pop("userName", UNSET)

        _entity = _source.pop("entity", UNSET)
        entity: SignatureEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = SignatureEntity.from_dict(_entity)

        _model = cls(
            role_id=role_id,
            has_right_code_ind=has_right_code_ind,
            username=username,
            user_name=user_name,
            entity=entity,
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
