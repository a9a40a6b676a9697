from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.pending_task import PendingTask


T = TypeVar("T", bound="PendingTasksResponse")


@_attrs_define
class PendingTasksResponse:
    """
    Attributes:
        account_id (str | Unset):
        description (str | Unset):
        error (ErrorResponse | Unset):
        error_description (str | Unset):
        has_error (bool | Unset):
        pending_task_present (bool | Unset):
        pending_tasks (list[PendingTask] | Unset):
        state (str | Unset):
        status (str | Unset):
    """

    account_id: str | Unset = UNSET
    description: str | Unset = UNSET
    error: ErrorResponse | Unset = UNSET
    error_description: str | Unset = UNSET
    has_error: bool | Unset = UNSET
    pending_task_present: bool | Unset = UNSET
    pending_tasks: list[PendingTask] | Unset = UNSET
    state: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        description = self.description

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        error_description = self.error_description

        has_error = self.has_error

        pending_task_present = self.pending_task_present

        pending_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending_tasks, Unset):
            pending_tasks = []
            for pending_tasks_item_data in self.pending_tasks:
                pending_tasks_item = pending_tasks_item_data.to_dict()
                pending_tasks.append(pending_tasks_item)

        state = self.state

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
        if pending_task_present is not UNSET:
            field_dict["pendingTaskPresent"] = pending_task_present
        if pending_tasks is not UNSET:
            field_dict["pendingTasks"] = pending_tasks
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.pending_task import PendingTask  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId", UNSET)

        description = _source.pop("description", UNSET)

        _error = _source.pop("error", UNSET)
        error: ErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorResponse.from_dict(_error)

        error_description = _source.pop("errorDescription", UNSET)

        has_error = _source.pop("hasError", UNSET)

        pending_task_present = _source.pop("pendingTaskPresent", UNSET)

        _pending_tasks = _source.pop("pendingTasks", UNSET)
        pending_tasks: list[PendingTask] | Unset = UNSET
        if _pending_tasks is not UNSET:
            pending_tasks = []
            for pending_tasks_item_data in _pending_tasks:
                pending_tasks_item = PendingTask.from_dict(pending_tasks_item_data)

                pending_tasks.append(pending_tasks_item)

        state = _source.pop("state", UNSET)

        status = _source.pop("status", UNSET)

        _model = cls(
            account_id=account_id,
            description=description,
            error=error,
            error_description=error_description,
            has_error=has_error,
            pending_task_present=pending_task_present,
            pending_tasks=pending_tasks,
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
