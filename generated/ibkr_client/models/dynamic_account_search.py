from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_account_match import DynamicAccountMatch


T = TypeVar("T", bound="DynamicAccountSearch")


@_attrs_define
class DynamicAccountSearch:
    """
    Attributes:
        matched_accounts (list[DynamicAccountMatch] | None | Unset): The accounts that matched.
        pattern (None | str | Unset): The search pattern of the request.
    """

    matched_accounts: list[DynamicAccountMatch] | None | Unset = UNSET
    pattern: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched_accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.matched_accounts, Unset):
            matched_accounts = UNSET
        elif isinstance(self.matched_accounts, list):
            matched_accounts = []
            for matched_accounts_type_0_item_data in self.matched_accounts:
                matched_accounts_type_0_item = (
                    matched_accounts_type_0_item_data.to_dict()
                )
                matched_accounts.append(matched_accounts_type_0_item)

        else:
            matched_accounts = self.matched_accounts

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched_accounts is not UNSET:
            field_dict["matchedAccounts"] = matched_accounts
        if pattern is not UNSET:
            field_dict["pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_account_match import DynamicAccountMatch  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_matched_accounts(
            data: object,
        ) -> list[DynamicAccountMatch] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matched_accounts_type_0 = []
                _matched_accounts_type_0 = data
                for matched_accounts_type_0_item_data in _matched_accounts_type_0:
                    matched_accounts_type_0_item = DynamicAccountMatch.from_dict(
                        matched_accounts_type_0_item_data
                    )

                    matched_accounts_type_0.append(matched_accounts_type_0_item)

                return matched_accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DynamicAccountMatch] | None | Unset, data)

        matched_accounts = _parse_matched_accounts(
            _source.pop("matchedAccounts", UNSET)
        )

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(_source.pop("pattern", UNSET))

        _model = cls(
            matched_accounts=matched_accounts,
            pattern=pattern,
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
