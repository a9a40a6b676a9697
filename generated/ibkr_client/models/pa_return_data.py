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
        id_type (str | Unset): Kind of identifier in id, e.g. acctid.
        start (str | Unset): First date of the range, yyyyMMdd.
        end (str | Unset): Last date of the range, yyyyMMdd.
        returns (list[float] | Unset): Return at each date of the series, as a fraction.
        id (str | Unset): The account identifier.
        base_currency (str | Unset): Base currency of the account.
    """

    id_type: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    returns: list[float] | Unset = UNSET
    id: str | Unset = UNSET
    base_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_type = self.id_type

        start = self.start

        end = self.end

        returns: list[float] | Unset = UNSET
        if not isinstance(self.returns, Unset):
            returns = self.returns

        id = self.id

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
        id_type = _source.pop("idType", UNSET)

        start = _source.pop("start", UNSET)

        end = _source.pop("end", UNSET)

        returns = cast(list[float], _source.pop("returns", UNSET))

        id = _source.pop("id", UNSET)

        base_currency = _source.pop("baseCurrency", UNSET)

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
