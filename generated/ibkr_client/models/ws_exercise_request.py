from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsExerciseRequest")


@_attrs_define
class WsExerciseRequest:
    """
    Attributes:
        allowed (str | Unset): As shown by the documentation ("not_shown").
        make_final (bool | Unset): Make the exercise final and irreversible.
        value (int | Unset): Number of options to exercise.
    """

    allowed: str | Unset = UNSET
    make_final: bool | Unset = UNSET
    value: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        make_final = self.make_final

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if make_final is not UNSET:
            field_dict["make_final"] = make_final
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        allowed = _source.pop("allowed", UNSET)

        make_final = _source.pop("make_final", UNSET)

        value = _source.pop("value", UNSET)

        _model = cls(
            allowed=allowed,
            make_final=make_final,
            value=value,
        )

        return _model
