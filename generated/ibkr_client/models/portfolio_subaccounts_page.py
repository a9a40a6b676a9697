from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        metadata (PortfolioSubaccountsPageMetadata | Unset): Paging information of a sub-accounts page.
        subaccounts (list[PortfolioAccount] | Unset): The accounts of this page.
    """

    metadata: PortfolioSubaccountsPageMetadata | Unset = UNSET
    subaccounts: list[PortfolioAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        subaccounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccounts, Unset):
            subaccounts = []
            for subaccounts_item_data in self.subaccounts:
                subaccounts_item = subaccounts_item_data.to_dict()
                subaccounts.append(subaccounts_item)

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
        _metadata = _source.pop("metadata", UNSET)
        metadata: PortfolioSubaccountsPageMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PortfolioSubaccountsPageMetadata.from_dict(_metadata)

        _subaccounts = _source.pop("subaccounts", UNSET)
        subaccounts: list[PortfolioAccount] | Unset = UNSET
        if _subaccounts is not UNSET:
            subaccounts = []
            for subaccounts_item_data in _subaccounts:
                subaccounts_item = PortfolioAccount.from_dict(subaccounts_item_data)

                subaccounts.append(subaccounts_item)

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
