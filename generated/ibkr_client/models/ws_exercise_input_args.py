from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ws_exercise_input import WsExerciseInput


T = TypeVar("T", bound="WsExerciseInputArgs")


@_attrs_define
class WsExerciseInputArgs:
    """Arguments of inp+exercise+{...}, the answer to one step of the exercise dialogue.

    Attributes:
        action (Literal['user_input']): Always "user_input".
        data (WsExerciseInput):
    """

    action: Literal["user_input"]
    data: WsExerciseInput

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_exercise_input import WsExerciseInput  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        action = cast(Literal["user_input"], _source.pop("action"))
        if action != "user_input":
            raise ValueError(f"action must match const 'user_input', got '{action}'")

        data = WsExerciseInput.from_dict(_source.pop("data"))

        _model = cls(
            action=action,
            data=data,
        )

        return _model
