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
        action (None | str | Unset):
        au_10_tix_created_date (None | str | Unset):
        au_10_tix_expiry_date (None | str | Unset):
        document_reject_reason (list[str] | None | Unset):
        entity_id (int | None | Unset):
        external_id (None | str | Unset):
        form_name (None | str | Unset):
        form_number (int | None | Unset):
        online_task (bool | None | Unset):
        question_ids (list[int] | None | Unset):
        required_for_approval (bool | None | Unset):
        required_for_trading (bool | None | Unset):
        start_date (None | str | Unset):
        state (None | str | Unset):
        task_number (int | None | Unset):
        url (None | str | Unset):
    """

    action: None | str | Unset = UNSET
    au_10_tix_created_date: None | str | Unset = UNSET
    au_10_tix_expiry_date: None | str | Unset = UNSET
    document_reject_reason: list[str] | None | Unset = UNSET
    entity_id: int | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    form_name: None | str | Unset = UNSET
    form_number: int | None | Unset = UNSET
    online_task: bool | None | Unset = UNSET
    question_ids: list[int] | None | Unset = UNSET
    required_for_approval: bool | None | Unset = UNSET
    required_for_trading: bool | None | Unset = UNSET
    start_date: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    task_number: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        au_10_tix_created_date: None | str | Unset
        if isinstance(self.au_10_tix_created_date, Unset):
            au_10_tix_created_date = UNSET
        else:
            au_10_tix_created_date = self.au_10_tix_created_date

        au_10_tix_expiry_date: None | str | Unset
        if isinstance(self.au_10_tix_expiry_date, Unset):
            au_10_tix_expiry_date = UNSET
        else:
            au_10_tix_expiry_date = self.au_10_tix_expiry_date

        document_reject_reason: list[str] | None | Unset
        if isinstance(self.document_reject_reason, Unset):
            document_reject_reason = UNSET
        elif isinstance(self.document_reject_reason, list):
            document_reject_reason = self.document_reject_reason

        else:
            document_reject_reason = self.document_reject_reason

        entity_id: int | None | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

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

        online_task: bool | None | Unset
        if isinstance(self.online_task, Unset):
            online_task = UNSET
        else:
            online_task = self.online_task

        question_ids: list[int] | None | Unset
        if isinstance(self.question_ids, Unset):
            question_ids = UNSET
        elif isinstance(self.question_ids, list):
            question_ids = self.question_ids

        else:
            question_ids = self.question_ids

        required_for_approval: bool | None | Unset
        if isinstance(self.required_for_approval, Unset):
            required_for_approval = UNSET
        else:
            required_for_approval = self.required_for_approval

        required_for_trading: bool | None | Unset
        if isinstance(self.required_for_trading, Unset):
            required_for_trading = UNSET
        else:
            required_for_trading = self.required_for_trading

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        task_number: int | None | Unset
        if isinstance(self.task_number, Unset):
            task_number = UNSET
        else:
            task_number = self.task_number

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
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

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(_source.pop("action", UNSET))

        def _parse_au_10_tix_created_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        au_10_tix_created_date = _parse_au_10_tix_created_date(
            _source.pop("au10tixCreatedDate", UNSET)
        )

        def _parse_au_10_tix_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        au_10_tix_expiry_date = _parse_au_10_tix_expiry_date(
            _source.pop("au10tixExpiryDate", UNSET)
        )

        def _parse_document_reject_reason(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                document_reject_reason_type_0 = cast(list[str], data)

                return document_reject_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        document_reject_reason = _parse_document_reject_reason(
            _source.pop("documentRejectReason", UNSET)
        )

        def _parse_entity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        entity_id = _parse_entity_id(_source.pop("entityId", UNSET))

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

        def _parse_online_task(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        online_task = _parse_online_task(_source.pop("onlineTask", UNSET))

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

        def _parse_required_for_approval(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required_for_approval = _parse_required_for_approval(
            _source.pop("requiredForApproval", UNSET)
        )

        def _parse_required_for_trading(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required_for_trading = _parse_required_for_trading(
            _source.pop("requiredForTrading", UNSET)
        )

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(_source.pop("startDate", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(_source.pop("state", UNSET))

        def _parse_task_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_number = _parse_task_number(_source.pop("taskNumber", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_source.pop("url", UNSET))

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
