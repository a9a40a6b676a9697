from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        role_id (None | str | Unset): The user's role on the account, e.g. OWNER or Trustee.
        has_right_code_ind (bool | None | Unset): Internal use.
        username (None | str | Unset): User name, as the field list spells it.
        user_name (None | str | Unset): User name, as the documentation example spells it.
        entity (None | SignatureEntity | Unset):
    """

    role_id: None | str | Unset = UNSET
    has_right_code_ind: bool | None | Unset = UNSET
    username: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    entity: None | SignatureEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signature_entity import SignatureEntity  # noqa: PLC0415

        role_id: None | str | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        else:
            role_id = self.role_id

        has_right_code_ind: bool | None | Unset
        if isinstance(self.has_right_code_ind, Unset):
            has_right_code_ind = UNSET
        else:
            has_right_code_ind = self.has_right_code_ind

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        entity: dict[str, Any] | None | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif isinstance(self.entity, SignatureEntity):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

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

        def _parse_role_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_id = _parse_role_id(_source.pop("roleId", UNSET))

        def _parse_has_right_code_ind(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_right_code_ind = _parse_has_right_code_ind(
            _source.pop("hasRightCodeInd", UNSET)
        )

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(_source.pop("username", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(_source.pop("userName", UNSET))

        def _parse_entity(data: object) -> None | SignatureEntity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_0 = SignatureEntity.from_dict(data)

                return entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureEntity | Unset, data)

        entity = _parse_entity(_source.pop("entity", UNSET))

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
