from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_account import PortfolioAccount
    from ..models.portfolio_subaccounts_page_metadata import (
        PortfolioSubaccountsPageMetadata,
    )


T = TypeVar("T", bound="PortfolioSubaccountsPage")


@_attrs_define
class PortfolioSubaccountsPage:
    """One page of sub-accounts, as the documentation's field list describes it.

    Attributes:
        metadata (None | PortfolioSubaccountsPageMetadata | Unset):
        subaccounts (list[PortfolioAccount] | None | Unset): The accounts of this page.
    """

    metadata: None | PortfolioSubaccountsPageMetadata | Unset = UNSET
    subaccounts: list[PortfolioAccount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portfolio_subaccounts_page_metadata import (
            PortfolioSubaccountsPageMetadata,  # noqa: PLC0415
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PortfolioSubaccountsPageMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        subaccounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.subaccounts, Unset):
            subaccounts = UNSET
        elif isinstance(self.subaccounts, list):
            subaccounts = []
            for subaccounts_type_0_item_data in self.subaccounts:
                subaccounts_type_0_item = subaccounts_type_0_item_data.to_dict()
                subaccounts.append(subaccounts_type_0_item)

        else:
            subaccounts = self.subaccounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if subaccounts is not UNSET:
            field_dict["subaccounts"] = subaccounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_account import PortfolioAccount  # noqa: PLC0415
        from ..models.portfolio_subaccounts_page_metadata import (
            PortfolioSubaccountsPageMetadata,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_metadata(
            data: object,
        ) -> None | PortfolioSubaccountsPageMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PortfolioSubaccountsPageMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSubaccountsPageMetadata | Unset, data)

        metadata = _parse_metadata(_source.pop("metadata", UNSET))

        def _parse_subaccounts(data: object) -> list[PortfolioAccount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subaccounts_type_0 = []
                _subaccounts_type_0 = data
                for subaccounts_type_0_item_data in _subaccounts_type_0:
                    subaccounts_type_0_item = PortfolioAccount.from_dict(
                        subaccounts_type_0_item_data
                    )

                    subaccounts_type_0.append(subaccounts_type_0_item)

                return subaccounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortfolioAccount] | None | Unset, data)

        subaccounts = _parse_subaccounts(_source.pop("subaccounts", UNSET))

        _model = cls(
            metadata=metadata,
            subaccounts=subaccounts,
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
