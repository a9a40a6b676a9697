from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_exercise_request import WsExerciseRequest


T = TypeVar("T", bound="WsExerciseInput")


@_attrs_define
class WsExerciseInput:
    """
    Attributes:
        id (str): Id of the step being answered, from the id of the last shs+exercise or inp+exercise message.
        user_action (str): One of the user actions offered, e.g. "submit", "continue" or "cancel".
        exercise (WsExerciseRequest | Unset):
    """

    id: str
    user_action: str
    exercise: WsExerciseRequest | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_action = self.user_action

        exercise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exercise, Unset):
            exercise = self.exercise.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "user_action": user_action,
            }
        )
        if exercise is not UNSET:
            field_dict["exercise"] = exercise

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_exercise_request import WsExerciseRequest  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id = _source.pop("id")

        user_action = _source.pop("user_action")

        _exercise = _source.pop("exercise", UNSET)
        exercise: WsExerciseRequest | Unset
        if isinstance(_exercise, Unset):
            exercise = UNSET
        else:
            exercise = WsExerciseRequest.from_dict(_exercise)

        _model = cls(
            id=id,
            user_action=user_action,
            exercise=exercise,
        )

        return _model
