from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pa_performance_period import PaPerformancePeriod

T = TypeVar("T", bound="PaPerformanceRequest")


@_attrs_define
class PaPerformanceRequest:
    """
    Attributes:
        acct_ids (list[str]): The accounts to analyse; several are consolidated.
        period (PaPerformancePeriod): Period of a performance request.
    """

    acct_ids: list[str]
    period: PaPerformancePeriod

    def to_dict(self) -> dict[str, Any]:
        acct_ids = self.acct_ids

        period = self.period.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acctIds": acct_ids,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        acct_ids = cast(list[str], _source.pop("acctIds"))

        period = PaPerformancePeriod(_source.pop("period"))

        _model = cls(
            acct_ids=acct_ids,
            period=period,
        )

        return _model
