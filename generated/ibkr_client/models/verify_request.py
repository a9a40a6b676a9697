from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VerifyRequest")


@_attrs_define
class VerifyRequest:
    """
    Attributes:
        payload (str):
        request_id (int):
        user_name (str):
    """

    payload: str
    request_id: int
    user_name: str

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        request_id = self.request_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payload": payload,
                "requestId": request_id,
                "userName": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        payload = _source.pop("payload")

        request_id = _source.pop("requestId")

        user_name = _source.pop("userName")

        _model = cls(
            payload=payload,
            request_id=request_id,
            user_name=user_name,
        )

        return _model
