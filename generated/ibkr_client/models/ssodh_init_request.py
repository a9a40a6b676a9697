from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SsodhInitRequest")


@_attrs_define
class SsodhInitRequest:
    """
    Attributes:
        publish (bool): Send the request immediately. Always true; false gets a 500.
        compete (bool): Disconnect other brokerage sessions of the same user in favour of this one.
    """

    publish: bool
    compete: bool

    def to_dict(self) -> dict[str, Any]:
        publish = self.publish

        compete = self.compete

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "publish": publish,
                "compete": compete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        publish = _source.pop("publish")

        compete = _source.pop("compete")

        _model = cls(
            publish=publish,
            compete=compete,
        )

        return _model
