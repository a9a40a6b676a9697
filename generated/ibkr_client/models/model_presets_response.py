from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelPresetsResponse")


@_attrs_define
class ModelPresetsResponse:
    """
    Attributes:
        avoid_negative_cash_in_independent (bool | Unset):
        close_divest_independent_position (bool | Unset):
        fully_invest_existing_long_positions (bool | Unset):
        keep_model_open (bool | Unset):
        prefer_cross_with_independent (bool | Unset):
        prefer_transfer_from_independent (bool | Unset):
        req_id (int | Unset):
        round_allocation_quantity_to_exchange_board_lot (bool | Unset):
        subscription_status (int | Unset):
        use_non_base_ccy (bool | Unset):
        use_tolerance_range (bool | Unset):
    """

    avoid_negative_cash_in_independent: bool | Unset = UNSET
    close_divest_independent_position: bool | Unset = UNSET
    fully_invest_existing_long_positions: bool | Unset = UNSET
    keep_model_open: bool | Unset = UNSET
    prefer_cross_with_independent: bool | Unset = UNSET
    prefer_transfer_from_independent: bool | Unset = UNSET
    req_id: int | Unset = UNSET
    round_allocation_quantity_to_exchange_board_lot: bool | Unset = UNSET
    subscription_status: int | Unset = UNSET
    use_non_base_ccy: bool | Unset = UNSET
    use_tolerance_range: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avoid_negative_cash_in_independent = self.avoid_negative_cash_in_independent

        close_divest_independent_position = self.close_divest_independent_position

        fully_invest_existing_long_positions = self.fully_invest_existing_long_positions

        keep_model_open = self.keep_model_open

        prefer_cross_with_independent = self.prefer_cross_with_independent

        prefer_transfer_from_independent = self.prefer_transfer_from_independent

        req_id = self.req_id

        round_allocation_quantity_to_exchange_board_lot = (
            self.round_allocation_quantity_to_exchange_board_lot
        )

        subscription_status = self.subscription_status

        use_non_base_ccy = self.use_non_base_ccy

        use_tolerance_range = self.use_tolerance_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avoid_negative_cash_in_independent is not UNSET:
            field_dict["avoidNegativeCashInIndependent"] = (
                avoid_negative_cash_in_independent
            )
        if close_divest_independent_position is not UNSET:
            field_dict["closeDivestIndependentPosition"] = (
                close_divest_independent_position
            )
        if fully_invest_existing_long_positions is not UNSET:
            field_dict["fullyInvestExistingLongPositions"] = (
                fully_invest_existing_long_positions
            )
        if keep_model_open is not UNSET:
            field_dict["keepModelOpen"] = keep_model_open
        if prefer_cross_with_independent is not UNSET:
            field_dict["preferCrossWithIndependent"] = prefer_cross_with_independent
        if prefer_transfer_from_independent is not UNSET:
            field_dict["preferTransferFromIndependent"] = (
                prefer_transfer_from_independent
            )
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if round_allocation_quantity_to_exchange_board_lot is not UNSET:
            field_dict["roundAllocationQuantityToExchangeBoardLot"] = (
                round_allocation_quantity_to_exchange_board_lot
            )
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status
        if use_non_base_ccy is not UNSET:
            field_dict["useNonBaseCcy"] = use_non_base_ccy
        if use_tolerance_range is not UNSET:
            field_dict["useToleranceRange"] = use_tolerance_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        avoid_negative_cash_in_independent = _source.pop(
            "avoidNegativeCashInIndependent", UNSET
        )

        close_divest_independent_position = _source.pop(
            "closeDivestIndependentPosition", UNSET
        )

        fully_invest_existing_long_positions = _source.pop(
            "fullyInvestExistingLongPositions", UNSET
        )

        keep_model_open = _source.pop("keepModelOpen", UNSET)

        prefer_cross_with_independent = _source.pop("preferCrossWithIndependent", UNSET)

        prefer_transfer_from_independent = _source.pop(
            "preferTransferFromIndependent", UNSET
        )

        req_id = _source.pop("reqID", UNSET)

        round_allocation_quantity_to_exchange_board_lot = _source.pop(
            "roundAllocationQuantityToExchangeBoardLot", UNSET
        )

        subscription_status = _source.pop("subscriptionStatus", UNSET)

        use_non_base_ccy = _source.pop("useNonBaseCcy", UNSET)

        use_tolerance_range = _source.pop("useToleranceRange", UNSET)

        _model = cls(
            avoid_negative_cash_in_independent=avoid_negative_cash_in_independent,
            close_divest_independent_position=close_divest_independent_position,
            fully_invest_existing_long_positions=fully_invest_existing_long_positions,
            keep_model_open=keep_model_open,
            prefer_cross_with_independent=prefer_cross_with_independent,
            prefer_transfer_from_independent=prefer_transfer_from_independent,
            req_id=req_id,
            round_allocation_quantity_to_exchange_board_lot=round_allocation_quantity_to_exchange_board_lot,
            subscription_status=subscription_status,
            use_non_base_ccy=use_non_base_ccy,
            use_tolerance_range=use_tolerance_range,
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
