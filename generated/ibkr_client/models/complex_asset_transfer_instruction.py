from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.complex_asset_transfer_instruction_direction import (
    ComplexAssetTransferInstructionDirection,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complex_asset_transfer_instruction_contra_broker_info import (
        ComplexAssetTransferInstructionContraBrokerInfo,
    )
    from ..models.complex_asset_transfer_instruction_non_disclosed_detail import (
        ComplexAssetTransferInstructionNonDisclosedDetail,
    )
    from ..models.complex_asset_transfer_instruction_trading_instrument_type_0 import (
        ComplexAssetTransferInstructionTradingInstrumentType0,
    )
    from ..models.complex_asset_transfer_instruction_trading_instrument_type_1 import (
        ComplexAssetTransferInstructionTradingInstrumentType1,
    )


T = TypeVar("T", bound="ComplexAssetTransferInstruction")


@_attrs_define
class ComplexAssetTransferInstruction:
    """
    Attributes:
        account_id (str):
        client_instruction_id (float):
        contra_broker_info (ComplexAssetTransferInstructionContraBrokerInfo):
        direction (ComplexAssetTransferInstructionDirection):
        quantity (float):
        trading_instrument (ComplexAssetTransferInstructionTradingInstrumentType0 |
            ComplexAssetTransferInstructionTradingInstrumentType1):
        account_id_at_current_broker (str | Unset):
        non_disclosed_detail (ComplexAssetTransferInstructionNonDisclosedDetail | Unset):
    """

    account_id: str
    client_instruction_id: float
    contra_broker_info: ComplexAssetTransferInstructionContraBrokerInfo
    direction: ComplexAssetTransferInstructionDirection
    quantity: float
    trading_instrument: (
        ComplexAssetTransferInstructionTradingInstrumentType0
        | ComplexAssetTransferInstructionTradingInstrumentType1
    )
    account_id_at_current_broker: str | Unset = UNSET
    non_disclosed_detail: ComplexAssetTransferInstructionNonDisclosedDetail | Unset = (
        UNSET
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.complex_asset_transfer_instruction_trading_instrument_type_0 import (
            ComplexAssetTransferInstructionTradingInstrumentType0,  # noqa: PLC0415
        )

        account_id = self.account_id

        client_instruction_id = self.client_instruction_id

        contra_broker_info = self.contra_broker_info.to_dict()

        direction = self.direction.value

        quantity = self.quantity

        trading_instrument: dict[str, Any]
        if isinstance(
            self.trading_instrument,
            ComplexAssetTransferInstructionTradingInstrumentType0,
        ):
            trading_instrument = self.trading_instrument.to_dict()
        else:
            trading_instrument = self.trading_instrument.to_dict()

        account_id_at_current_broker = self.account_id_at_current_broker

        non_disclosed_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.non_disclosed_detail, Unset):
            non_disclosed_detail = self.non_disclosed_detail.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "clientInstructionId": client_instruction_id,
                "contraBrokerInfo": contra_broker_info,
                "direction": direction,
                "quantity": quantity,
                "tradingInstrument": trading_instrument,
            }
        )
        if account_id_at_current_broker is not UNSET:
            field_dict["accountIdAtCurrentBroker"] = account_id_at_current_broker
        if non_disclosed_detail is not UNSET:
            field_dict["nonDisclosedDetail"] = non_disclosed_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complex_asset_transfer_instruction_contra_broker_info import (
            ComplexAssetTransferInstructionContraBrokerInfo,  # noqa: PLC0415
        )
        from ..models.complex_asset_transfer_instruction_non_disclosed_detail import (
            ComplexAssetTransferInstructionNonDisclosedDetail,  # noqa: PLC0415
        )
        from ..models.complex_asset_transfer_instruction_trading_instrument_type_0 import (
            ComplexAssetTransferInstructionTradingInstrumentType0,  # noqa: PLC0415
        )
        from ..models.complex_asset_transfer_instruction_trading_instrument_type_1 import (
            ComplexAssetTransferInstructionTradingInstrumentType1,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        client_instruction_id = _source.pop("clientInstructionId")

        contra_broker_info = ComplexAssetTransferInstructionContraBrokerInfo.from_dict(
            _source.pop("contraBrokerInfo")
        )

        direction = ComplexAssetTransferInstructionDirection(_source.pop("direction"))

        quantity = _source.pop("quantity")

        def _parse_trading_instrument(
            data: object,
        ) -> (
            ComplexAssetTransferInstructionTradingInstrumentType0
            | ComplexAssetTransferInstructionTradingInstrumentType1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trading_instrument_type_0 = (
                    ComplexAssetTransferInstructionTradingInstrumentType0.from_dict(
                        data
                    )
                )

                return trading_instrument_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trading_instrument_type_1 = (
                ComplexAssetTransferInstructionTradingInstrumentType1.from_dict(data)
            )

            return trading_instrument_type_1

        trading_instrument = _parse_trading_instrument(_source.pop("tradingInstrument"))

        account_id_at_current_broker = _source.pop("accountIdAtCurrentBroker", UNSET)

        _non_disclosed_detail = _source.pop("nonDisclosedDetail", UNSET)
        non_disclosed_detail: ComplexAssetTransferInstructionNonDisclosedDetail | Unset
        if isinstance(_non_disclosed_detail, Unset):
            non_disclosed_detail = UNSET
        else:
            non_disclosed_detail = (
                ComplexAssetTransferInstructionNonDisclosedDetail.from_dict(
                    _non_disclosed_detail
                )
            )

        _model = cls(
            account_id=account_id,
            client_instruction_id=client_instruction_id,
            contra_broker_info=contra_broker_info,
            direction=direction,
            quantity=quantity,
            trading_instrument=trading_instrument,
            account_id_at_current_broker=account_id_at_current_broker,
            non_disclosed_detail=non_disclosed_detail,
        )

        return _model
