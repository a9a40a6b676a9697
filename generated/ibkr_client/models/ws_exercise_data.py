from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_exercise_choice import WsExerciseChoice
    from ..models.ws_exercise_flags import WsExerciseFlags


T = TypeVar("T", bound="WsExerciseData")


@_attrs_define
class WsExerciseData:
    """One step of the option exercise dialogue.

    Attributes:
        id (int | Unset): Id of the step, to send back in inp+exercise.
        user_action (list[WsExerciseChoice] | Unset): Actions offered (the content step).
        user_actions (list[WsExerciseChoice] | Unset): Actions offered (the prompt step).
        title (str | Unset): Title of a prompt.
        text (str | Unset): Text of a prompt.
        warning (str | Unset): A warning to note, e.g. in-the-money by some amount.
        underlying_price (str | Unset): Price of the underlying, formatted ("$211.35").
        contract (str | Unset): Description of the option.
        underlying_symbol (str | Unset): Symbol of the underlying.
        underlying_conid (str | Unset): Contract id of the underlying.
        exercise (WsExerciseFlags | Unset): State of the exercise or hold choice.
        hold (WsExerciseFlags | Unset): State of the exercise or hold choice.
        revocable (bool | Unset): Whether the exercise can be revoked.
        loading (bool | Unset): Whether more content is loading.
        qty_lapse (float | Unset): Quantity set to lapse.
        qty_hold (float | Unset): Quantity held.
        qty_exercise (float | Unset): Quantity to exercise.
        submitted (float | Unset): Quantity submitted.
        sec_type (str | Unset): Security type of the option.
        morning_expiration (bool | Unset): Whether the option expires in the morning.
        position (float | Unset): Position in the option.
        deadline (str | Unset): Deadline for the exercise, local time "HH:mm".
    """

    id: int | Unset = UNSET
    user_action: list[WsExerciseChoice] | Unset = UNSET
    user_actions: list[WsExerciseChoice] | Unset = UNSET
    title: str | Unset = UNSET
    text: str | Unset = UNSET
    warning: str | Unset = UNSET
    underlying_price: str | Unset = UNSET
    contract: str | Unset = UNSET
    underlying_symbol: str | Unset = UNSET
    underlying_conid: str | Unset = UNSET
    exercise: WsExerciseFlags | Unset = UNSET
    hold: WsExerciseFlags | Unset = UNSET
    revocable: bool | Unset = UNSET
    loading: bool | Unset = UNSET
    qty_lapse: float | Unset = UNSET
    qty_hold: float | Unset = UNSET
    qty_exercise: float | Unset = UNSET
    submitted: float | Unset = UNSET
    sec_type: str | Unset = UNSET
    morning_expiration: bool | Unset = UNSET
    position: float | Unset = UNSET
    deadline: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_action: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_action, Unset):
            user_action = []
            for user_action_item_data in self.user_action:
                user_action_item = user_action_item_data.to_dict()
                user_action.append(user_action_item)

        user_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_actions, Unset):
            user_actions = []
            for user_actions_item_data in self.user_actions:
                user_actions_item = user_actions_item_data.to_dict()
                user_actions.append(user_actions_item)

        title = self.title

        text = self.text

        warning = self.warning

        underlying_price = self.underlying_price

        contract = self.contract

        underlying_symbol = self.underlying_symbol

        underlying_conid = self.underlying_conid

        exercise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exercise, Unset):
            exercise = self.exercise.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        revocable = self.revocable

        loading = self.loading

        qty_lapse = self.qty_lapse

        qty_hold = self.qty_hold

        qty_exercise = self.qty_exercise

        submitted = self.submitted

        sec_type = self.sec_type

        morning_expiration = self.morning_expiration

        position = self.position

        deadline = self.deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_action is not UNSET:
            field_dict["user_action"] = user_action
        if user_actions is not UNSET:
            field_dict["user_actions"] = user_actions
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if warning is not UNSET:
            field_dict["warning"] = warning
        if underlying_price is not UNSET:
            field_dict["underlying_price"] = underlying_price
        if contract is not UNSET:
            field_dict["contract"] = contract
        if underlying_symbol is not UNSET:
            field_dict["underlying_symbol"] = underlying_symbol
        if underlying_conid is not UNSET:
            field_dict["underlying_conid"] = underlying_conid
        if exercise is not UNSET:
            field_dict["exercise"] = exercise
        if hold is not UNSET:
            field_dict["hold"] = hold
        if revocable is not UNSET:
            field_dict["revocable"] = revocable
        if loading is not UNSET:
            field_dict["loading"] = loading
        if qty_lapse is not UNSET:
            field_dict["qty_lapse"] = qty_lapse
        if qty_hold is not UNSET:
            field_dict["qty_hold"] = qty_hold
        if qty_exercise is not UNSET:
            field_dict["qty_exercise"] = qty_exercise
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if sec_type is not UNSET:
            field_dict["sec_type"] = sec_type
        if morning_expiration is not UNSET:
            field_dict["morning_expiration"] = morning_expiration
        if position is not UNSET:
            field_dict["position"] = position
        if deadline is not UNSET:
            field_dict["deadline"] = deadline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_exercise_choice import WsExerciseChoice  # noqa: PLC0415
        from ..models.ws_exercise_flags import WsExerciseFlags  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id = _source.pop("id", UNSET)

        _user_action = _source.pop("user_action", UNSET)
        user_action: list[WsExerciseChoice] | Unset = UNSET
        if _user_action is not UNSET:
            user_action = []
            for user_action_item_data in _user_action:
                user_action_item = WsExerciseChoice.from_dict(user_action_item_data)

                user_action.append(user_action_item)

        _user_actions = _source.pop("user_actions", UNSET)
        user_actions: list[WsExerciseChoice] | Unset = UNSET
        if _user_actions is not UNSET:
            user_actions = []
            for user_actions_item_data in _user_actions:
                user_actions_item = WsExerciseChoice.from_dict(user_actions_item_data)

                user_actions.append(user_actions_item)

        title = _source.pop("title", UNSET)

        text = _source.pop("text", UNSET)

        warning = _source.pop("warning", UNSET)

        underlying_price = _source.pop("underlying_price", UNSET)

        contract = _source.pop("contract", UNSET)

        underlying_symbol = _source.pop("underlying_symbol", UNSET)

        underlying_conid = _source.pop("underlying_conid", UNSET)

        _exercise = _source.pop("exercise", UNSET)
        exercise: WsExerciseFlags | Unset
        if isinstance(_exercise, Unset):
            exercise = UNSET
        else:
            exercise = WsExerciseFlags.from_dict(_exercise)

        _hold = _source.pop("hold", UNSET)
        hold: WsExerciseFlags | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = WsExerciseFlags.from_dict(_hold)

        revocable = _source.pop("revocable", UNSET)

        loading = _source.pop("loading", UNSET)

        qty_lapse = _source.pop("qty_lapse", UNSET)

        qty_hold = _source.pop("qty_hold", UNSET)

        qty_exercise = _source.pop("qty_exercise", UNSET)

        submitted = _source.pop("submitted", UNSET)

        sec_type = _source.pop("sec_type", UNSET)

        morning_expiration = _source.pop("morning_expiration", UNSET)

        position = _source.pop("position", UNSET)

        deadline = _source.pop("deadline", UNSET)

        _model = cls(
            id=id,
            user_action=user_action,
            user_actions=user_actions,
            title=title,
            text=text,
            warning=warning,
            underlying_price=underlying_price,
            contract=contract,
            underlying_symbol=underlying_symbol,
            underlying_conid=underlying_conid,
            exercise=exercise,
            hold=hold,
            revocable=revocable,
            loading=loading,
            qty_lapse=qty_lapse,
            qty_hold=qty_hold,
            qty_exercise=qty_exercise,
            submitted=submitted,
            sec_type=sec_type,
            morning_expiration=morning_expiration,
            position=position,
            deadline=deadline,
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
