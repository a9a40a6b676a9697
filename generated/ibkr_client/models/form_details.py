from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.form_payload import FormPayload
    from ..models.questionnaire_response import QuestionnaireResponse


T = TypeVar("T", bound="FormDetails")


@_attrs_define
class FormDetails:
    """
    Attributes:
        acceptable_docs (list[str] | Unset):
        action (str | Unset):
        api_supported_task (bool | Unset):
        date_modified (str | Unset):
        error (ErrorResponse | Unset):
        error_description (str | Unset):
        file_length (int | Unset):
        file_name (str | Unset):
        form_name (str | Unset):
        form_number (int | Unset):
        has_error (bool | Unset):
        language (str | Unset):
        payload (FormPayload | Unset):
        questionnaire (list[QuestionnaireResponse] | Unset):
        sha_1_checksum (str | Unset):
        type_ (str | Unset):
    """

    acceptable_docs: list[str] | Unset = UNSET
    action: str | Unset = UNSET
    api_supported_task: bool | Unset = UNSET
    date_modified: str | Unset = UNSET
    error: ErrorResponse | Unset = UNSET
    error_description: str | Unset = UNSET
    file_length: int | Unset = UNSET
    file_name: str | Unset = UNSET
    form_name: str | Unset = UNSET
    form_number: int | Unset = UNSET
    has_error: bool | Unset = UNSET
    language: str | Unset = UNSET
    payload: FormPayload | Unset = UNSET
    questionnaire: list[QuestionnaireResponse] | Unset = UNSET
    sha_1_checksum: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acceptable_docs: list[str] | Unset = UNSET
        if not isinstance(self.acceptable_docs, Unset):
            acceptable_docs = self.acceptable_docs

        action = self.action

        api_supported_task = self.api_supported_task

        date_modified = self.date_modified

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        error_description = self.error_description

        file_length = self.file_length

        file_name = self.file_name

        form_name = self.form_name

        form_number = self.form_number

        has_error = self.has_error

        language = self.language

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        questionnaire: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questionnaire, Unset):
            questionnaire = []
            for questionnaire_item_data in self.questionnaire:
                questionnaire_item = questionnaire_item_data.to_dict()
                questionnaire.append(questionnaire_item)

        sha_1_checksum = self.sha_1_checksum

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acceptable_docs is not UNSET:
            field_dict["acceptableDocs"] = acceptable_docs
        if action is not UNSET:
            field_dict["action"] = action
        if api_supported_task is not UNSET:
            field_dict["apiSupportedTask"] = api_supported_task
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if file_length is not UNSET:
            field_dict["fileLength"] = file_length
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if form_name is not UNSET:
            field_dict["formName"] = form_name
        if form_number is not UNSET:
            field_dict["formNumber"] = form_number
        if has_error is not UNSET:
            field_dict["hasError"] = has_error
        if language is not UNSET:
            field_dict["language"] = language
        if payload is not UNSET:
            field_dict["payload"] = payload
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if sha_1_checksum is not UNSET:
            field_dict["sha1Checksum"] = sha_1_checksum
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.form_payload import FormPayload  # noqa: PLC0415
        from ..models.questionnaire_response import QuestionnaireResponse  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        acceptable_docs = cast(list[str], _source.pop("acceptableDocs", UNSET))

        action = _source.pop("action", UNSET)

        api_supported_task = _source.pop("apiSupportedTask", UNSET)

        date_modified = _source.pop("dateModified", UNSET)

        _error = _source.pop("error", UNSET)
        error: ErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorResponse.from_dict(_error)

        error_description = _source.pop("errorDescription", UNSET)

        file_length = _source.pop("fileLength", UNSET)

        file_name = _source.pop("fileName", UNSET)

        form_name = _source.pop("formName", UNSET)

        form_number = _source.pop("formNumber", UNSET)

        has_error = _source.pop("hasError", UNSET)

        language = _source.pop("language", UNSET)

        _payload = _source.pop("payload", UNSET)
        payload: FormPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = FormPayload.from_dict(_payload)

        _questionnaire = _source.pop("questionnaire", UNSET)
        questionnaire: list[QuestionnaireResponse] | Unset = UNSET
        if _questionnaire is not UNSET:
            questionnaire = []
            for questionnaire_item_data in _questionnaire:
                questionnaire_item = QuestionnaireResponse.from_dict(
                    questionnaire_item_data
                )

                questionnaire.append(questionnaire_item)

        sha_1_checksum = _source.pop("sha1Checksum", UNSET)

        type_ = _source.pop("type", UNSET)

        _model = cls(
            acceptable_docs=acceptable_docs,
            action=action,
            api_supported_task=api_supported_task,
            date_modified=date_modified,
            error=error,
            error_description=error_description,
            file_length=file_length,
            file_name=file_name,
            form_name=form_name,
            form_number=form_number,
            has_error=has_error,
            language=language,
            payload=payload,
            questionnaire=questionnaire,
            sha_1_checksum=sha_1_checksum,
            type_=type_,
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
