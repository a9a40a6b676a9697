from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.registration_task import RegistrationTask


T = TypeVar("T", bound="RegistrationTasksResponse")


@_attrs_define
class RegistrationTasksResponse:
    """
    Attributes:
        account_id (None | str | Unset):
        description (None | str | Unset):
        error (ErrorResponse | None | Unset):
        error_description (None | str | Unset):
        has_error (bool | None | Unset):
        registration_task_present (bool | None | Unset):
        registration_tasks (list[RegistrationTask] | None | Unset):
        state (None | str | Unset):
        status (None | str | Unset):
    """

    account_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    error_description: None | str | Unset = UNSET
    has_error: bool | None | Unset = UNSET
    registration_task_present: bool | None | Unset = UNSET
    registration_tasks: list[RegistrationTask] | None | Unset = UNSET
    state: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        has_error: bool | None | Unset
        if isinstance(self.has_error, Unset):
            has_error = UNSET
        else:
            has_error = self.has_error

        registration_task_present: bool | None | Unset
        if isinstance(self.registration_task_present, Unset):
            registration_task_present = UNSET
        else:
            registration_task_present = self.registration_task_present

        registration_tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.registration_tasks, Unset):
            registration_tasks = UNSET
        elif isinstance(self.registration_tasks, list):
            registration_tasks = []
            for registration_tasks_type_0_item_data in self.registration_tasks:
                registration_tasks_type_0_item = (
                    registration_tasks_type_0_item_data.to_dict()
                )
                registration_tasks.append(registration_tasks_type_0_item)

        else:
            registration_tasks = self.registration_tasks

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if description is not UNSET:
            field_dict["description"] = description
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if has_error is not UNSET:
            field_dict["hasError"] = has_error
        if registration_task_present is not UNSET:
            field_dict["registrationTaskPresent"] = registration_task_present
        if registration_tasks is not UNSET:
            field_dict["registrationTasks"] = registration_tasks
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.registration_task import RegistrationTask  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_error(data: object) -> ErrorResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorResponse.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | None | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(
            _source.pop("errorDescription", UNSET)
        )

        def _parse_has_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_error = _parse_has_error(_source.pop("hasError", UNSET))

        def _parse_registration_task_present(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        registration_task_present = _parse_registration_task_present(
            _source.pop("registrationTaskPresent", UNSET)
        )

        def _parse_registration_tasks(
            data: object,
        ) -> list[RegistrationTask] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                registration_tasks_type_0 = []
                _registration_tasks_type_0 = data
                for registration_tasks_type_0_item_data in _registration_tasks_type_0:
                    registration_tasks_type_0_item = RegistrationTask.from_dict(
                        registration_tasks_type_0_item_data
                    )

                    registration_tasks_type_0.append(registration_tasks_type_0_item)

                return registration_tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RegistrationTask] | None | Unset, data)

        registration_tasks = _parse_registration_tasks(
            _source.pop("registrationTasks", UNSET)
        )

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(_source.pop("state", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(_source.pop("status", UNSET))

        _model = cls(
            account_id=account_id,
            description=description,
            error=error,
            error_description=error_description,
            has_error=has_error,
            registration_task_present=registration_task_present,
            registration_tasks=registration_tasks,
            state=state,
            status=status,
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
