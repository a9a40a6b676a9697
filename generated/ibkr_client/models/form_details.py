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
        acceptable_docs (list[str] | None | Unset):
        action (None | str | Unset):
        api_supported_task (bool | None | Unset):
        date_modified (None | str | Unset):
        error (ErrorResponse | None | Unset):
        error_description (None | str | Unset):
        file_length (int | None | Unset):
        file_name (None | str | Unset):
        form_name (None | str | Unset):
        form_number (int | None | Unset):
        has_error (bool | None | Unset):
        language (None | str | Unset):
        payload (FormPayload | None | Unset):
        questionnaire (list[QuestionnaireResponse] | None | Unset):
        sha_1_checksum (None | str | Unset):
        type_ (None | str | Unset):
    """

    acceptable_docs: list[str] | None | Unset = UNSET
    action: None | str | Unset = UNSET
    api_supported_task: bool | None | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    error_description: None | str | Unset = UNSET
    file_length: int | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    form_name: None | str | Unset = UNSET
    form_number: int | None | Unset = UNSET
    has_error: bool | None | Unset = UNSET
    language: None | str | Unset = UNSET
    payload: FormPayload | None | Unset = UNSET
    questionnaire: list[QuestionnaireResponse] | None | Unset = UNSET
    sha_1_checksum: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.form_payload import FormPayload  # noqa: PLC0415

        acceptable_docs: list[str] | None | Unset
        if isinstance(self.acceptable_docs, Unset):
            acceptable_docs = UNSET
        elif isinstance(self.acceptable_docs, list):
            acceptable_docs = self.acceptable_docs

        else:
            acceptable_docs = self.acceptable_docs

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        api_supported_task: bool | None | Unset
        if isinstance(self.api_supported_task, Unset):
            api_supported_task = UNSET
        else:
            api_supported_task = self.api_supported_task

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

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

        file_length: int | None | Unset
        if isinstance(self.file_length, Unset):
            file_length = UNSET
        else:
            file_length = self.file_length

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

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

        has_error: bool | None | Unset
        if isinstance(self.has_error, Unset):
            has_error = UNSET
        else:
            has_error = self.has_error

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, FormPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        questionnaire: list[dict[str, Any]] | None | Unset
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        elif isinstance(self.questionnaire, list):
            questionnaire = []
            for questionnaire_type_0_item_data in self.questionnaire:
                questionnaire_type_0_item = questionnaire_type_0_item_data.to_dict()
                questionnaire.append(questionnaire_type_0_item)

        else:
            questionnaire = self.questionnaire

        sha_1_checksum: None | str | Unset
        if isinstance(self.sha_1_checksum, Unset):
            sha_1_checksum = UNSET
        else:
            sha_1_checksum = self.sha_1_checksum

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
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

        def _parse_acceptable_docs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acceptable_docs_type_0 = cast(list[str], data)

                return acceptable_docs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        acceptable_docs = _parse_acceptable_docs(_source.pop("acceptableDocs", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(_source.pop("action", UNSET))

        def _parse_api_supported_task(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        api_supported_task = _parse_api_supported_task(
            _source.pop("apiSupportedTask", UNSET)
        )

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(_source.pop("dateModified", UNSET))

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

        def _parse_file_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_length = _parse_file_length(_source.pop("fileLength", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(_source.pop("fileName", UNSET))

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

        def _parse_has_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_error = _parse_has_error(_source.pop("hasError", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(_source.pop("language", UNSET))

        def _parse_payload(data: object) -> FormPayload | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = FormPayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FormPayload | None | Unset, data)

        payload = _parse_payload(_source.pop("payload", UNSET))

        def _parse_questionnaire(
            data: object,
        ) -> list[QuestionnaireResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                questionnaire_type_0 = []
                _questionnaire_type_0 = data
                for questionnaire_type_0_item_data in _questionnaire_type_0:
                    questionnaire_type_0_item = QuestionnaireResponse.from_dict(
                        questionnaire_type_0_item_data
                    )

                    questionnaire_type_0.append(questionnaire_type_0_item)

                return questionnaire_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuestionnaireResponse] | None | Unset, data)

        questionnaire = _parse_questionnaire(_source.pop("questionnaire", UNSET))

        def _parse_sha_1_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha_1_checksum = _parse_sha_1_checksum(_source.pop("sha1Checksum", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

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
