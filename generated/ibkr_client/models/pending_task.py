from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingTask")


@_attrs_define
class PendingTask:
    """
    Attributes:
        action (str | Unset):
        au_10_tix_created_date (str | Unset):
        au_10_tix_expiry_date (str | Unset):
        document_reject_reason (list[str] | Unset):
        entity_id (int | Unset):
        external_id (str | Unset):
        form_name (str | Unset):
        form_number (int | Unset):
        online_task (bool | Unset):
        question_ids (list[int] | Unset):
        required_for_approval (bool | Unset):
        required_for_trading (bool | Unset):
        start_date (str | Unset):
        state (str | Unset):
        task_number (int | Unset):
        url (str | Unset):
    """

    action: str | Unset = UNSET
    au_10_tix_created_date: str | Unset = UNSET
    au_10_tix_expiry_date: str | Unset = UNSET
    document_reject_reason: list[str] | Unset = UNSET
    entity_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    form_name: str | Unset = UNSET
    form_number: int | Unset = UNSET
    online_task: bool | Unset = UNSET
    question_ids: list[int] | Unset = UNSET
    required_for_approval: bool | Unset = UNSET
    required_for_trading: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    state: str | Unset = UNSET
    task_number: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        au_10_tix_created_date = self.au_10_tix_created_date

        au_10_tix_expiry_date = self.au_10_tix_expiry_date

        document_reject_reason: list[str] | Unset = UNSET
        if not isinstance(self.document_reject_reason, Unset):
            document_reject_reason = self.document_reject_reason

        entity_id = self.entity_id

        external_id = self.external_id

        form_name = self.form_name

        form_number = self.form_number

        online_task = self.online_task

        question_ids: list[int] | Unset = UNSET
        if not isinstance(self.question_ids, Unset):
            question_ids = self.question_ids

        required_for_approval = self.required_for_approval

        required_for_trading = self.required_for_trading

        start_date = self.start_date

        state = self.state

        task_number = self.task_number

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if au_10_tix_created_date is not UNSET:
            field_dict["au10tixCreatedDate"] = au_10_tix_created_date
        if au_10_tix_expiry_date is not UNSET:
            field_dict["au10tixExpiryDate"] = au_10_tix_expiry_date
        if document_reject_reason is not UNSET:
            field_dict["documentRejectReason"] = document_reject_reason
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if form_name is not UNSET:
            field_dict["formName"] = form_name
        if form_number is not UNSET:
            field_dict["formNumber"] = form_number
        if online_task is not UNSET:
            field_dict["onlineTask"] = online_task
        if question_ids is not UNSET:
            field_dict["questionIds"] = question_ids
        if required_for_approval is not UNSET:
            field_dict["requiredForApproval"] = required_for_approval
        if required_for_trading is not UNSET:
            field_dict["requiredForTrading"] = required_for_trading
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if task_number is not UNSET:
            field_dict["taskNumber"] = task_number
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        action = _source.pop("action", UNSET)

        au_10_tix_created_date = _source.pop("au10tixCreatedDate", UNSET)

        au_10_tix_expiry_date = _source.pop("au10tixExpiryDate", UNSET)

        document_reject_reason = cast(
            list[str], _source.pop("documentRejectReason", UNSET)
        )

        entity_id = _source.pop("entityId", UNSET)

        external_id = _source.pop("externalId", UNSET)

        form_name = _source.pop("formName", UNSET)

        form_number = _source.pop("formNumber", UNSET)

        online_task = _source.pop("onlineTask", UNSET)

        question_ids = cast(list[int], _source.pop("questionIds", UNSET))

        required_for_approval = _source.pop("requiredForApproval", UNSET)

        required_for_trading = _source.pop("requiredForTrading", UNSET)

        start_date = _source.pop("startDate", UNSET)

        state = _source.pop("state", UNSET)

        task_number = _source.pop("taskNumber", UNSET)

        url = _source.pop("url", UNSET)

        _model = cls(
            action=action,
            au_10_tix_created_date=au_10_tix_created_date,
            au_10_tix_expiry_date=au_10_tix_expiry_date,
            document_reject_reason=document_reject_reason,
            entity_id=entity_id,
            external_id=external_id,
            form_name=form_name,
            form_number=form_number,
            online_task=online_task,
            question_ids=question_ids,
            required_for_approval=required_for_approval,
            required_for_trading=required_for_trading,
            start_date=start_date,
            state=state,
            task_number=task_number,
            url=url,
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
