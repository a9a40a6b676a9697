from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_contract import StockContract


T = TypeVar("T", bound="StockCompany")


@_attrs_define
class StockCompany:
    """A company or product trading under the requested symbol.

    Attributes:
        name (None | str | Unset): Full company name.
        chinese_name (None | str | Unset): Chinese name of the company, HTML-entity encoded by some servers; null when
            none.
        asset_class (None | str | Unset): Asset class, STK.
        contracts (list[StockContract] | None | Unset): The company's stock contracts, typically one per currency or
            exchange.
    """

    name: None | str | Unset = UNSET
    chinese_name: None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    contracts: list[StockContract] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        chinese_name: None | str | Unset
        if isinstance(self.chinese_name, Unset):
            chinese_name = UNSET
        else:
            chinese_name = self.chinese_name

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        contracts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contracts, Unset):
            contracts = UNSET
        elif isinstance(self.contracts, list):
            contracts = []
            for contracts_type_0_item_data in self.contracts:
                contracts_type_0_item = contracts_type_0_item_data.to_dict()
                contracts.append(contracts_type_0_item)

        else:
            contracts = self.contracts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if chinese_name is not UNSET:
            field_dict["chineseName"] = chinese_name
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if contracts is not UNSET:
            field_dict["contracts"] = contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_contract import StockContract  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_chinese_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chinese_name = _parse_chinese_name(_source.pop("chineseName", UNSET))

        def _parse_asset_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_class = _parse_asset_class(_source.pop("assetClass", UNSET))

        def _parse_contracts(data: object) -> list[StockContract] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contracts_type_0 = []
                _contracts_type_0 = data
                for contracts_type_0_item_data in _contracts_type_0:
                    contracts_type_0_item = StockContract.from_dict(
                        contracts_type_0_item_data
                    )

                    contracts_type_0.append(contracts_type_0_item)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StockContract] | None | Unset, data)

        contracts = _parse_contracts(_source.pop("contracts", UNSET))

        _model = cls(
            name=name,
            chinese_name=chinese_name,
            asset_class=asset_class,
            contracts=contracts,
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
