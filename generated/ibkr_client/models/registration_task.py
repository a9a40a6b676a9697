from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationTask")


@_attrs_define
class RegistrationTask:
    """
    Attributes:
        action (str | Unset):
        date_completed (str | Unset):
        external_id (str | Unset):
        form_name (str | Unset):
        form_number (int | Unset):
        is_completed (bool | Unset):
        is_declined (bool | Unset):
        is_required_for_approval (bool | Unset):
        question_ids (list[int] | Unset):
        state (str | Unset):
        warning (str | Unset):
    """

    action: str | Unset = UNSET
    date_completed: str | Unset = UNSET
    external_id: str | Unset = UNSET
    form_name: str | Unset = UNSET
    form_number: int | Unset = UNSET
    is_completed: bool | Unset = UNSET
    is_declined: bool | Unset = UNSET
    is_required_for_approval: bool | Unset = UNSET
    question_ids: list[int] | Unset = UNSET
    state: str | Unset = UNSET
    warning: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        date_completed = self.date_completed

        external_id = self.external_id

        form_name = self.form_name

        form_number = self.form_number

        is_completed = self.is_completed

        is_declined = self.is_declined

        is_required_for_approval = self.is_required_for_approval

        question_ids: list[int] | Unset = UNSET
        if not isinstance(self.question_ids, Unset):
            question_ids = self.question_ids

        state = self.state

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if date_completed is not UNSET:
            field_dict["dateCompleted"] = date_completed
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if form_name is not UNSET:
            field_dict["formName"] = form_name
        if form_number is not UNSET:
            field_dict["formNumber"] = form_number
        if is_completed is not UNSET:
            field_dict["isCompleted"] = is_completed
        if is_declined is not UNSET:
            field_dict["isDeclined"] = is_declined
        if is_required_for_approval is not UNSET:
            field_dict["isRequiredForApproval"] = is_required_for_approval
        if question_ids is not UNSET:
            field_dict["questionIds"] = question_ids
        if state is not UNSET:
            field_dict["state"] = state
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        action = _source.pop("action", UNSET)

        date_completed = _source.pop("dateCompleted", UNSET)

        external_id = _source.pop("externalId", UNSET)

        form_name = _source.pop("formName", UNSET)

        form_number = _source.pop("formNumber", UNSET)

        is_completed = _source.pop("isCompleted", UNSET)

        is_declined = _source.pop("isDeclined", UNSET)

        is_required_for_approval = _source.pop("isRequiredForApproval", UNSET)

        question_ids = cast(list[int], _source.pop("questionIds", UNSET))

        state = _source.pop("state", UNSET)

        warning = _source.pop("warning", UNSET)

        _model = cls(
            action=action,
            date_completed=date_completed,
            external_id=external_id,
            form_name=form_name,
            form_number=form_number,
            is_completed=is_completed,
            is_declined=is_declined,
            is_required_for_approval=is_required_for_approval,
            question_ids=question_ids,
            state=state,
            warning=warning,
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
