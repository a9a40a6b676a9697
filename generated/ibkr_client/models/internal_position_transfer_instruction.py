from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.internal_position_transfer_instruction_trading_instrument_type_0 import (
        InternalPositionTransferInstructionTradingInstrumentType0,
    )
    from ..models.internal_position_transfer_instruction_trading_instrument_type_1 import (
        InternalPositionTransferInstructionTradingInstrumentType1,
    )


T = TypeVar("T", bound="InternalPositionTransferInstruction")


@_attrs_define
class InternalPositionTransferInstruction:
    """
    Attributes:
        client_instruction_id (float):
        source_account_id (str):
        target_account_id (str):
        trading_instrument (InternalPositionTransferInstructionTradingInstrumentType0 |
            InternalPositionTransferInstructionTradingInstrumentType1):
        transfer_quantity (float):
        settle_date (str | Unset):
        trade_date (str | Unset):
        transfer_price (float | Unset):
    """

    client_instruction_id: float
    source_account_id: str
    target_account_id: str
    trading_instrument: (
        InternalPositionTransferInstructionTradingInstrumentType0
        | InternalPositionTransferInstructionTradingInstrumentType1
    )
    transfer_quantity: float
    settle_date: str | Unset = UNSET
    trade_date: str | Unset = UNSET
    transfer_price: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.internal_position_transfer_instruction_trading_instrument_type_0 import (
            InternalPositionTransferInstructionTradingInstrumentType0,  # noqa: PLC0415
        )

        client_instruction_id = self.client_instruction_id

        source_account_id = self.source_account_id

        target_account_id = self.target_account_id

        trading_instrument: dict[str, Any]
        if isinstance(
            self.trading_instrument,
            InternalPositionTransferInstructionTradingInstrumentType0,
        ):
            trading_instrument = self.trading_instrument.to_dict()
        else:
            trading_instrument = self.trading_instrument.to_dict()

        transfer_quantity = self.transfer_quantity

        settle_date = self.settle_date

        trade_date = self.trade_date

        transfer_price = self.transfer_price

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientInstructionId": client_instruction_id,
                "sourceAccountId": source_account_id,
                "targetAccountId": target_account_id,
                "tradingInstrument": trading_instrument,
                "transferQuantity": transfer_quantity,
            }
        )
        if settle_date is not UNSET:
            field_dict["settleDate"] = settle_date
        if trade_date is not UNSET:
            field_dict["tradeDate"] = trade_date
        if transfer_price is not UNSET:
            field_dict["transferPrice"] = transfer_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.internal_position_transfer_instruction_trading_instrument_type_0 import (
            InternalPositionTransferInstructionTradingInstrumentType0,  # noqa: PLC0415
        )
        from ..models.internal_position_transfer_instruction_trading_instrument_type_1 import (
            InternalPositionTransferInstructionTradingInstrumentType1,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        source_account_id = _source.pop("sourceAccountId")

        target_account_id = _source.pop("targetAccountId")

        def _parse_trading_instrument(
            data: object,
        ) -> (
            InternalPositionTransferInstructionTradingInstrumentType0
            | InternalPositionTransferInstructionTradingInstrumentType1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trading_instrument_type_0 = (
                    InternalPositionTransferInstructionTradingInstrumentType0.from_dict(
                        data
                    )
                )

                return trading_instrument_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trading_instrument_type_1 = (
                InternalPositionTransferInstructionTradingInstrumentType1.from_dict(
                    data
                )
            )

            return trading_instrument_type_1

        trading_instrument = _parse_trading_instrument(_source.pop("tradingInstrument"))

        transfer_quantity = _source.pop("transferQuantity")

        settle_date = _source.pop("settleDate", UNSET)

        trade_date = _source.pop("tradeDate", UNSET)

        transfer_price = _source.pop("transferPrice", UNSET)

        _model = cls(
            client_instruction_id=client_instruction_id,
            source_account_id=source_account_id,
            target_account_id=target_account_id,
            trading_instrument=trading_instrument,
            transfer_quantity=transfer_quantity,
            settle_date=settle_date,
            trade_date=trade_date,
            transfer_price=transfer_price,
        )

        return _model
