from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.external_position_transfer_source_ira_type import (
    ExternalPositionTransferSourceIRAType,
)
from ..models.external_position_transfer_sub_type import ExternalPositionTransferSubType
from ..models.external_position_transfer_type import ExternalPositionTransferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalPositionTransfer")


@_attrs_define
class ExternalPositionTransfer:
    """
    Attributes:
        account_at_broker (str):
        account_id (str):
        broker_id (str):
        broker_name (str):
        client_instruction_id (float):
        signature (str):
        sub_type (ExternalPositionTransferSubType):
        type_ (ExternalPositionTransferType):
        source_ira_type (ExternalPositionTransferSourceIRAType | Unset):
    """

    account_at_broker: str
    account_id: str
    broker_id: str
    broker_name: str
    client_instruction_id: float
    signature: str
    sub_type: ExternalPositionTransferSubType
    type_: ExternalPositionTransferType
    source_ira_type: ExternalPositionTransferSourceIRAType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_at_broker = self.account_at_broker

        account_id = self.account_id

        broker_id = self.broker_id

        broker_name = self.broker_name

        client_instruction_id = self.client_instruction_id

        signature = self.signature

        sub_type = self.sub_type.value

        type_ = self.type_.value

        source_ira_type: str | Unset = UNSET
        if not isinstance(self.source_ira_type, Unset):
            source_ira_type = self.source_ira_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountAtBroker": account_at_broker,
                "accountId": account_id,
                "brokerId": broker_id,
                "brokerName": broker_name,
                "clientInstructionId": client_instruction_id,
                "signature": signature,
                "subType": sub_type,
                "type": type_,
            }
        )
        if source_ira_type is not UNSET:
            field_dict["sourceIRAType"] = source_ira_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_at_broker = _source.pop("accountAtBroker")

        account_id = _source.pop("accountId")

        broker_id = _source.pop("brokerId")

        broker_name = _source.pop("brokerName")

        client_instruction_id = _source.pop("clientInstructionId")

        signature = _source.pop("signature")

        sub_type = ExternalPositionTransferSubType(_source.pop("subType"))

        type_ = ExternalPositionTransferType(_source.pop("type"))

        _source_ira_type = _source.pop("sourceIRAType", UNSET)
        source_ira_type: ExternalPositionTransferSourceIRAType | Unset
        if isinstance(_source_ira_type, Unset):
            source_ira_type = UNSET
        else:
            source_ira_type = ExternalPositionTransferSourceIRAType(_source_ira_type)

        _model = cls(
            account_at_broker=account_at_broker,
            account_id=account_id,
            broker_id=broker_id,
            broker_name=broker_name,
            client_instruction_id=client_instruction_id,
            signature=signature,
            sub_type=sub_type,
            type_=type_,
            source_ira_type=source_ira_type,
        )

        return _model
