from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsExerciseStartArgs")


@_attrs_define
class WsExerciseStartArgs:
    """Arguments of shs+exercise+{...}, which starts an option exercise dialogue.

    Attributes:
        cex (str): Contract id of the option to exercise.
    """

    cex: str

    def to_dict(self) -> dict[str, Any]:
        cex = self.cex

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "CEX": cex,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        cex = _source.pop("CEX")

        _model = cls(
            cex=cex,
        )

        return _model
