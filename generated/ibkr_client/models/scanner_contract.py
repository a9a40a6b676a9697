from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScannerContract")


@_attrs_define
class ScannerContract:
    """One contract found by the trading server's scanner.

    Attributes:
        server_id (None | str | Unset): Rank of the contract in the scan, from "0".
        column_name (None | str | Unset): Name of the scan data column; only on the first contract (Client Portal use).
        symbol (None | str | Unset): Symbol of the contract.
        conidex (None | str | Unset): Contract id, as a string.
        con_id (int | None | Unset): Contract id.
        available_chart_periods (None | str | Unset): Chart periods (Client Portal use).
        company_name (None | str | Unset): Long company name.
        scan_data (None | str | Unset): Value the scan ranked by, formatted (in the example, not in the field list).
        contract_description_1 (None | str | Unset): Contract description; the local symbol for futures and other
            derivatives.
        listing_exchange (None | str | Unset): Primary listing exchange.
        sec_type (None | str | Unset): Security type.
    """

    server_id: None | str | Unset = UNSET
    column_name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    conidex: None | str | Unset = UNSET
    con_id: int | None | Unset = UNSET
    available_chart_periods: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    scan_data: None | str | Unset = UNSET
    contract_description_1: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        column_name: None | str | Unset
        if isinstance(self.column_name, Unset):
            column_name = UNSET
        else:
            column_name = self.column_name

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        conidex: None | str | Unset
        if isinstance(self.conidex, Unset):
            conidex = UNSET
        else:
            conidex = self.conidex

        con_id: int | None | Unset
        if isinstance(self.con_id, Unset):
            con_id = UNSET
        else:
            con_id = self.con_id

        available_chart_periods: None | str | Unset
        if isinstance(self.available_chart_periods, Unset):
            available_chart_periods = UNSET
        else:
            available_chart_periods = self.available_chart_periods

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        scan_data: None | str | Unset
        if isinstance(self.scan_data, Unset):
            scan_data = UNSET
        else:
            scan_data = self.scan_data

        contract_description_1: None | str | Unset
        if isinstance(self.contract_description_1, Unset):
            contract_description_1 = UNSET
        else:
            contract_description_1 = self.contract_description_1

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if con_id is not UNSET:
            field_dict["con_id"] = con_id
        if available_chart_periods is not UNSET:
            field_dict["available_chart_periods"] = available_chart_periods
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if scan_data is not UNSET:
            field_dict["scan_data"] = scan_data
        if contract_description_1 is not UNSET:
            field_dict["contract_description_1"] = contract_description_1
        if listing_exchange is not UNSET:
            field_dict["listing_exchange"] = listing_exchange
        if sec_type is not UNSET:
            field_dict["sec_type"] = sec_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(_source.pop("server_id", UNSET))

        def _parse_column_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column_name = _parse_column_name(_source.pop("column_name", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_conidex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conidex = _parse_conidex(_source.pop("conidex", UNSET))

        def _parse_con_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        con_id = _parse_con_id(_source.pop("con_id", UNSET))

        def _parse_available_chart_periods(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        available_chart_periods = _parse_available_chart_periods(
            _source.pop("available_chart_periods", UNSET)
        )

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(_source.pop("company_name", UNSET))

        def _parse_scan_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scan_data = _parse_scan_data(_source.pop("scan_data", UNSET))

        def _parse_contract_description_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_description_1 = _parse_contract_description_1(
            _source.pop("contract_description_1", UNSET)
        )

        def _parse_listing_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_exchange = _parse_listing_exchange(
            _source.pop("listing_exchange", UNSET)
        )

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("sec_type", UNSET))

        _model = cls(
            server_id=server_id,
            column_name=column_name,
            symbol=symbol,
            conidex=conidex,
            con_id=con_id,
            available_chart_periods=available_chart_periods,
            company_name=company_name,
            scan_data=scan_data,
            contract_description_1=contract_description_1,
            listing_exchange=listing_exchange,
            sec_type=sec_type,
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
