from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaReturnData")


@_attrs_define
class PaReturnData:
    """Returns of one account or consolidation.

    Attributes:
        id_type (None | str | Unset): Kind of identifier in id, e.g. acctid.
        start (None | str | Unset): First date of the range, yyyyMMdd.
        end (None | str | Unset): Last date of the range, yyyyMMdd.
        returns (list[float] | None | Unset): Return at each date of the series, as a fraction.
        id (None | str | Unset): The account identifier.
        base_currency (None | str | Unset): Base currency of the account.
    """

    id_type: None | str | Unset = UNSET
    start: None | str | Unset = UNSET
    end: None | str | Unset = UNSET
    returns: list[float] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    base_currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_type: None | str | Unset
        if isinstance(self.id_type, Unset):
            id_type = UNSET
        else:
            id_type = self.id_type

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        returns: list[float] | None | Unset
        if isinstance(self.returns, Unset):
            returns = UNSET
        elif isinstance(self.returns, list):
            returns = self.returns

        else:
            returns = self.returns

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        base_currency: None | str | Unset
        if isinstance(self.base_currency, Unset):
            base_currency = UNSET
        else:
            base_currency = self.base_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_type is not UNSET:
            field_dict["idType"] = id_type
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if returns is not UNSET:
            field_dict["returns"] = returns
        if id is not UNSET:
            field_dict["id"] = id
        if base_currency is not UNSET:
            field_dict["baseCurrency"] = base_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_id_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_type = _parse_id_type(_source.pop("idType", UNSET))

        def _parse_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start = _parse_start(_source.pop("start", UNSET))

        def _parse_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end = _parse_end(_source.pop("end", UNSET))

        def _parse_returns(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                returns_type_0 = cast(list[float], data)

                return returns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        returns = _parse_returns(_source.pop("returns", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_base_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_currency = _parse_base_currency(_source.pop("baseCurrency", UNSET))

        _model = cls(
            id_type=id_type,
            start=start,
            end=end,
            returns=returns,
            id=id,
            base_currency=base_currency,
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
