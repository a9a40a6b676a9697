from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositFundsInstructionOpenBankingPlaidOptions")


@_attrs_define
class DepositFundsInstructionOpenBankingPlaidOptions:
    """
    Attributes:
        completion_redirect_uri (str | Unset):
        is_mobile_app (bool | Unset):
        link_display_name (str | Unset):
    """

    completion_redirect_uri: str | Unset = UNSET
    is_mobile_app: bool | Unset = UNSET
    link_display_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        completion_redirect_uri = self.completion_redirect_uri

        is_mobile_app = self.is_mobile_app

        link_display_name = self.link_display_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if completion_redirect_uri is not UNSET:
            field_dict["completionRedirectUri"] = completion_redirect_uri
        if is_mobile_app is not UNSET:
            field_dict["isMobileApp"] = is_mobile_app
        if link_display_name is not UNSET:
            field_dict["linkDisplayName"] = link_display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        completion_redirect_uri = _source.pop("completionRedirectUri", UNSET)

        is_mobile_app = _source.pop("isMobileApp", UNSET)

        link_display_name = _source.pop("linkDisplayName", UNSET)

        _model = cls(
            completion_redirect_uri=completion_redirect_uri,
            is_mobile_app=is_mobile_app,
            link_display_name=link_display_name,
        )

        return _model
