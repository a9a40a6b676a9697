from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.dwac_instruction_direction import DwacInstructionDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dwac_instruction_trading_instrument_type_0 import (
        DwacInstructionTradingInstrumentType0,
    )
    from ..models.dwac_instruction_trading_instrument_type_1 import (
        DwacInstructionTradingInstrumentType1,
    )


T = TypeVar("T", bound="DwacInstruction")


@_attrs_define
class DwacInstruction:
    """
    Attributes:
        account_id (str):
        client_instruction_id (float):
        contra_broker_account_id (str):
        contra_broker_tax_id (str):
        direction (DwacInstructionDirection):
        quantity (float):
        trading_instrument (DwacInstructionTradingInstrumentType0 | DwacInstructionTradingInstrumentType1):
        account_title (str | Unset):
        reference_id (str | Unset):
    """

    account_id: str
    client_instruction_id: float
    contra_broker_account_id: str
    contra_broker_tax_id: str
    direction: DwacInstructionDirection
    quantity: float
    trading_instrument: (
        DwacInstructionTradingInstrumentType0 | DwacInstructionTradingInstrumentType1
    )
    account_title: str | Unset = UNSET
    reference_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.dwac_instruction_trading_instrument_type_0 import (
            DwacInstructionTradingInstrumentType0,  # noqa: PLC0415
        )

        account_id = self.account_id

        client_instruction_id = self.client_instruction_id

        contra_broker_account_id = self.contra_broker_account_id

        contra_broker_tax_id = self.contra_broker_tax_id

        direction = self.direction.value

        quantity = self.quantity

        trading_instrument: dict[str, Any]
        if isinstance(self.trading_instrument, DwacInstructionTradingInstrumentType0):
            trading_instrument = self.trading_instrument.to_dict()
        else:
            trading_instrument = self.trading_instrument.to_dict()

        account_title = self.account_title

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "clientInstructionId": client_instruction_id,
                "contraBrokerAccountId": contra_broker_account_id,
                "contraBrokerTaxId": contra_broker_tax_id,
                "direction": direction,
                "quantity": quantity,
                "tradingInstrument": trading_instrument,
            }
        )
        if account_title is not UNSET:
            field_dict["accountTitle"] = account_title
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dwac_instruction_trading_instrument_type_0 import (
            DwacInstructionTradingInstrumentType0,  # noqa: PLC0415
        )
        from ..models.dwac_instruction_trading_instrument_type_1 import (
            DwacInstructionTradingInstrumentType1,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        client_instruction_id = _source.pop("clientInstructionId")

        contra_broker_account_id = _source.pop("contraBrokerAccountId")

        contra_broker_tax_id = _source.pop("contraBrokerTaxId")

        direction = DwacInstructionDirection(_source.pop("direction"))

        quantity = _source.pop("quantity")

        def _parse_trading_instrument(
            data: object,
        ) -> (
            DwacInstructionTradingInstrumentType0
            | DwacInstructionTradingInstrumentType1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trading_instrument_type_0 = (
                    DwacInstructionTradingInstrumentType0.from_dict(data)
                )

                return trading_instrument_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trading_instrument_type_1 = DwacInstructionTradingInstrumentType1.from_dict(
                data
            )

            return trading_instrument_type_1

        trading_instrument = _parse_trading_instrument(_source.pop("tradingInstrument"))

        account_title = _source.pop("accountTitle", UNSET)

        reference_id = _source.pop("referenceId", UNSET)

        _model = cls(
            account_id=account_id,
            client_instruction_id=client_instruction_id,
            contra_broker_account_id=contra_broker_account_id,
            contra_broker_tax_id=contra_broker_tax_id,
            direction=direction,
            quantity=quantity,
            trading_instrument=trading_instrument,
            account_title=account_title,
            reference_id=reference_id,
        )

        return _model
