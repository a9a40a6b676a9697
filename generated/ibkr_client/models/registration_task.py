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
        action (None | str | Unset):
        date_completed (None | str | Unset):
        external_id (None | str | Unset):
        form_name (None | str | Unset):
        form_number (int | None | Unset):
        is_completed (bool | None | Unset):
        is_declined (bool | None | Unset):
        is_required_for_approval (bool | None | Unset):
        question_ids (list[int] | None | Unset):
        state (None | str | Unset):
        warning (None | str | Unset):
    """

    action: None | str | Unset = UNSET
    date_completed: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    form_name: None | str | Unset = UNSET
    form_number: int | None | Unset = UNSET
    is_completed: bool | None | Unset = UNSET
    is_declined: bool | None | Unset = UNSET
    is_required_for_approval: bool | None | Unset = UNSET
    question_ids: list[int] | None | Unset = UNSET
    state: None | str | Unset = UNSET
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        date_completed: None | str | Unset
        if isinstance(self.date_completed, Unset):
            date_completed = UNSET
        else:
            date_completed = self.date_completed

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        form_name: None | str | Unset
        if isinstance(self.form_name, Unset):
            form_name = UNSET
        else:
            form_name = self.form_name

        form_number: int | None | Unset
        if isinstance(self.form_number, Unset):
            form_number = UNSET
        else:
            form_number = self.form_number

        is_completed: bool | None | Unset
        if isinstance(self.is_completed, Unset):
            is_completed = UNSET
        else:
            is_completed = self.is_completed

        is_declined: bool | None | Unset
        if isinstance(self.is_declined, Unset):
            is_declined = UNSET
        else:
            is_declined = self.is_declined

        is_required_for_approval: bool | None | Unset
        if isinstance(self.is_required_for_approval, Unset):
            is_required_for_approval = UNSET
        else:
            is_required_for_approval = self.is_required_for_approval

        question_ids: list[int] | None | Unset
        if isinstance(self.question_ids, Unset):
            question_ids = UNSET
        elif isinstance(self.question_ids, list):
            question_ids = self.question_ids

        else:
            question_ids = self.question_ids

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
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

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(_source.pop("action", UNSET))

        def _parse_date_completed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_completed = _parse_date_completed(_source.pop("dateCompleted", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(_source.pop("externalId", UNSET))

        def _parse_form_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form_name = _parse_form_name(_source.pop("formName", UNSET))

        def _parse_form_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        form_number = _parse_form_number(_source.pop("formNumber", UNSET))

        def _parse_is_completed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_completed = _parse_is_completed(_source.pop("isCompleted", UNSET))

        def _parse_is_declined(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_declined = _parse_is_declined(_source.pop("isDeclined", UNSET))

        def _parse_is_required_for_approval(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_required_for_approval = _parse_is_required_for_approval(
            _source.pop("isRequiredForApproval", UNSET)
        )

        def _parse_question_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                question_ids_type_0 = cast(list[int], data)

                return question_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        question_ids = _parse_question_ids(_source.pop("questionIds", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(_source.pop("state", UNSET))

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(_source.pop("warning", UNSET))

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
