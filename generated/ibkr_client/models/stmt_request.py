from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StmtRequest")


@_attrs_define
class StmtRequest:
    """
    Attributes:
        account_id (str):
        end_date (str):
        start_date (str):
        account_ids (list[str] | Unset):
        crypto_consol_if_available (bool | Unset):  Default: False.
        gzip (bool | Unset):  Default: False.
        language (str | Unset):  Default: 'en'.
        mime_type (str | Unset):
        multi_account_format (str | Unset):
    """

    account_id: str
    end_date: str
    start_date: str
    account_ids: list[str] | Unset = UNSET
    crypto_consol_if_available: bool | Unset = False
    gzip: bool | Unset = False
    language: str | Unset = "en"
    mime_type: str | Unset = UNSET
    multi_account_format: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        end_date = self.end_date

        start_date = self.start_date

        account_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_ids, Unset):
            account_ids = self.account_ids

        crypto_consol_if_available = self.crypto_consol_if_available

        gzip = self.gzip

        language = self.language

        mime_type = self.mime_type

        multi_account_format = self.multi_account_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "endDate": end_date,
                "startDate": start_date,
            }
        )
        if account_ids is not UNSET:
            field_dict["accountIds"] = account_ids
        if crypto_consol_if_available is not UNSET:
            field_dict["cryptoConsolIfAvailable"] = crypto_consol_if_available
        if gzip is not UNSET:
            field_dict["gzip"] = gzip
        if language is not UNSET:
            field_dict["language"] = language
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if multi_account_format is not UNSET:
            field_dict["multiAccountFormat"] = multi_account_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        end_date = _source.pop("endDate")

        start_date = _source.pop("startDate")

        account_ids = cast(list[str], _source.pop("accountIds", UNSET))

        crypto_consol_if_available = _source.pop("cryptoConsolIfAvailable", UNSET)

        gzip = _source.pop("gzip", UNSET)

        language = _source.pop("language", UNSET)

        mime_type = _source.pop("mimeType", UNSET)

        multi_account_format = _source.pop("multiAccountFormat", UNSET)

        _model = cls(
            account_id=account_id,
            end_date=end_date,
            start_date=start_date,
            account_ids=account_ids,
            crypto_consol_if_available=crypto_consol_if_available,
            gzip=gzip,
            language=language,
            mime_type=mime_type,
            multi_account_format=multi_account_format,
        )

        return _model
