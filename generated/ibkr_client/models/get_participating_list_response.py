from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_participating_list_response_participating_banks_item import (
        GetParticipatingListResponseParticipatingBanksItem,
    )


T = TypeVar("T", bound="GetParticipatingListResponse")


@_attrs_define
class GetParticipatingListResponse:
    """
    Attributes:
        participating_banks (list[GetParticipatingListResponseParticipatingBanksItem]):
        type_ (str):
    """

    participating_banks: list[GetParticipatingListResponseParticipatingBanksItem]
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participating_banks = []
        for participating_banks_item_data in self.participating_banks:
            participating_banks_item = participating_banks_item_data.to_dict()
            participating_banks.append(participating_banks_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participatingBanks": participating_banks,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_participating_list_response_participating_banks_item import (
            GetParticipatingListResponseParticipatingBanksItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        participating_banks = []
        _participating_banks = _source.pop("participatingBanks")
        for participating_banks_item_data in _participating_banks:
            participating_banks_item = (
                GetParticipatingListResponseParticipatingBanksItem.from_dict(
                    participating_banks_item_data
                )
            )

            participating_banks.append(participating_banks_item)

        type_ = _source.pop("type")

        _model = cls(
            participating_banks=participating_banks,
            type_=type_,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
