from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountParent")


@_attrs_define
class AccountParent:
    """Money manager and multiplex relations of an account.

    Attributes:
        mmc (list[str] | None | Unset): Money Manager Client accounts.
        account_id (None | str | Unset): Account number of the Money Manager Client.
        is_m_parent (bool | None | Unset): Multiplex parent account.
        is_m_child (bool | None | Unset): Multiplex child account.
        is_multiplex (bool | None | Unset): Multiplex account (individual parent, managed children).
    """

    mmc: list[str] | None | Unset = UNSET
    account_id: None | str | Unset = UNSET
    is_m_parent: bool | None | Unset = UNSET
    is_m_child: bool | None | Unset = UNSET
    is_multiplex: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mmc: list[str] | None | Unset
        if isinstance(self.mmc, Unset):
            mmc = UNSET
        elif isinstance(self.mmc, list):
            mmc = self.mmc

        else:
            mmc = self.mmc

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        is_m_parent: bool | None | Unset
        if isinstance(self.is_m_parent, Unset):
            is_m_parent = UNSET
        else:
            is_m_parent = self.is_m_parent

        is_m_child: bool | None | Unset
        if isinstance(self.is_m_child, Unset):
            is_m_child = UNSET
        else:
            is_m_child = self.is_m_child

        is_multiplex: bool | None | Unset
        if isinstance(self.is_multiplex, Unset):
            is_multiplex = UNSET
        else:
            is_multiplex = self.is_multiplex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mmc is not UNSET:
            field_dict["mmc"] = mmc
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if is_m_parent is not UNSET:
            field_dict["isMParent"] = is_m_parent
        if is_m_child is not UNSET:
            field_dict["isMChild"] = is_m_child
        if is_multiplex is not UNSET:
            field_dict["isMultiplex"] = is_multiplex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_mmc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mmc_type_0 = cast(list[str], data)

                return mmc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        mmc = _parse_mmc(_source.pop("mmc", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_is_m_parent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_m_parent = _parse_is_m_parent(_source.pop("isMParent", UNSET))

        def _parse_is_m_child(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_m_child = _parse_is_m_child(_source.pop("isMChild", UNSET))

        def _parse_is_multiplex(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_multiplex = _parse_is_multiplex(_source.pop("isMultiplex", UNSET))

        _model = cls(
            mmc=mmc,
            account_id=account_id,
            is_m_parent=is_m_parent,
            is_m_child=is_m_child,
            is_multiplex=is_multiplex,
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
