from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplexAssetTransferInstructionContraBrokerInfo")


@_attrs_define
class ComplexAssetTransferInstructionContraBrokerInfo:
    """
    Attributes:
        account_type (str):
        broker_account_id (str):
        broker_name (str):
        contact_email (str):
        contact_phone (str):
        country (str):
        depository_id (str):
        account_title (str | Unset):
        contact_name (str | Unset):
    """

    account_type: str
    broker_account_id: str
    broker_name: str
    contact_email: str
    contact_phone: str
    country: str
    depository_id: str
    account_title: str | Unset = UNSET
    contact_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        broker_account_id = self.broker_account_id

        broker_name = self.broker_name

        contact_email = self.contact_email

        contact_phone = self.contact_phone

        country = self.country

        depository_id = self.depository_id

        account_title = self.account_title

        contact_name = self.contact_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountType": account_type,
                "brokerAccountId": broker_account_id,
                "brokerName": broker_name,
                "contactEmail": contact_email,
                "contactPhone": contact_phone,
                "country": country,
                "depositoryId": depository_id,
            }
        )
        if account_title is not UNSET:
            field_dict["accountTitle"] = account_title
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_type = _source.pop("accountType")

        broker_account_id = _source.pop("brokerAccountId")

        broker_name = _source.pop("brokerName")

        contact_email = _source.pop("contactEmail")

        contact_phone = _source.pop("contactPhone")

        country = _source.pop("country")

        depository_id = _source.pop("depositoryId")

        account_title = _source.pop("accountTitle", UNSET)

        contact_name = _source.pop("contactName", UNSET)

        _model = cls(
            account_type=account_type,
            broker_account_id=broker_account_id,
            broker_name=broker_name,
            contact_email=contact_email,
            contact_phone=contact_phone,
            country=country,
            depository_id=depository_id,
            account_title=account_title,
            contact_name=contact_name,
        )

        return _model
