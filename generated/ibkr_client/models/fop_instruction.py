from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.fop_instruction_direction import FopInstructionDirection

if TYPE_CHECKING:
    from ..models.fop_instruction_trading_instrument_type_0 import (
        FopInstructionTradingInstrumentType0,
    )
    from ..models.fop_instruction_trading_instrument_type_1 import (
        FopInstructionTradingInstrumentType1,
    )


T = TypeVar("T", bound="FopInstruction")


@_attrs_define
class FopInstruction:
    """
    Attributes:
        account_id (str):
        client_instruction_id (float):
        contra_broker_account_id (str):
        contra_broker_dtc_code (str):
        direction (FopInstructionDirection):
        quantity (float):
        trading_instrument (FopInstructionTradingInstrumentType0 | FopInstructionTradingInstrumentType1):
    """

    account_id: str
    client_instruction_id: float
    contra_broker_account_id: str
    contra_broker_dtc_code: str
    direction: FopInstructionDirection
    quantity: float
    trading_instrument: (
        FopInstructionTradingInstrumentType0 | FopInstructionTradingInstrumentType1
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.fop_instruction_trading_instrument_type_0 import (
            FopInstructionTradingInstrumentType0,  # noqa: PLC0415
        )

        account_id = self.account_id

        client_instruction_id = self.client_instruction_id

        contra_broker_account_id = self.contra_broker_account_id

        contra_broker_dtc_code = self.contra_broker_dtc_code

        direction = self.direction.value

        quantity = self.quantity

        trading_instrument: dict[str, Any]
        if isinstance(self.trading_instrument, FopInstructionTradingInstrumentType0):
            trading_instrument = self.trading_instrument.to_dict()
        else:
            trading_instrument = self.trading_instrument.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "clientInstructionId": client_instruction_id,
                "contraBrokerAccountId": contra_broker_account_id,
                "contraBrokerDtcCode": contra_broker_dtc_code,
                "direction": direction,
                "quantity": quantity,
                "tradingInstrument": trading_instrument,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fop_instruction_trading_instrument_type_0 import (
            FopInstructionTradingInstrumentType0,  # noqa: PLC0415
        )
        from ..models.fop_instruction_trading_instrument_type_1 import (
            FopInstructionTradingInstrumentType1,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        client_instruction_id = _source.pop("clientInstructionId")

        contra_broker_account_id = _source.pop("contraBrokerAccountId")

        contra_broker_dtc_code = _source.pop("contraBrokerDtcCode")

        direction = FopInstructionDirection(_source.pop("direction"))

        quantity = _source.pop("quantity")

        def _parse_trading_instrument(
            data: object,
        ) -> (
            FopInstructionTradingInstrumentType0 | FopInstructionTradingInstrumentType1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trading_instrument_type_0 = (
                    FopInstructionTradingInstrumentType0.from_dict(data)
                )

                return trading_instrument_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trading_instrument_type_1 = FopInstructionTradingInstrumentType1.from_dict(
                data
            )

            return trading_instrument_type_1

        trading_instrument = _parse_trading_instrument(_source.pop("tradingInstrument"))

        _model = cls(
            account_id=account_id,
            client_instruction_id=client_instruction_id,
            contra_broker_account_id=contra_broker_account_id,
            contra_broker_dtc_code=contra_broker_dtc_code,
            direction=direction,
            quantity=quantity,
            trading_instrument=trading_instrument,
        )

        return _model
