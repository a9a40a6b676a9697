from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_response import AnswerResponse


T = TypeVar("T", bound="QuestionnaireResponse")


@_attrs_define
class QuestionnaireResponse:
    """
    Attributes:
        answers (list[AnswerResponse] | None | Unset):
        is_mandatory_to_answer (bool | None | Unset):
        question (None | str | Unset):
        question_id (int | None | Unset):
        question_type (None | str | Unset):
    """

    answers: list[AnswerResponse] | None | Unset = UNSET
    is_mandatory_to_answer: bool | None | Unset = UNSET
    question: None | str | Unset = UNSET
    question_id: int | None | Unset = UNSET
    question_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers: list[dict[str, Any]] | None | Unset
        if isinstance(self.answers, Unset):
            answers = UNSET
        elif isinstance(self.answers, list):
            answers = []
            for answers_type_0_item_data in self.answers:
                answers_type_0_item = answers_type_0_item_data.to_dict()
                answers.append(answers_type_0_item)

        else:
            answers = self.answers

        is_mandatory_to_answer: bool | None | Unset
        if isinstance(self.is_mandatory_to_answer, Unset):
            is_mandatory_to_answer = UNSET
        else:
            is_mandatory_to_answer = self.is_mandatory_to_answer

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        question_id: int | None | Unset
        if isinstance(self.question_id, Unset):
            question_id = UNSET
        else:
            question_id = self.question_id

        question_type: None | str | Unset
        if isinstance(self.question_type, Unset):
            question_type = UNSET
        else:
            question_type = self.question_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answers is not UNSET:
            field_dict["answers"] = answers
        if is_mandatory_to_answer is not UNSET:
            field_dict["isMandatoryToAnswer"] = is_mandatory_to_answer
        if question is not UNSET:
            field_dict["question"] = question
        if question_id is not UNSET:
            field_dict["questionId"] = question_id
        if question_type is not UNSET:
            field_dict["questionType"] = question_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_response import AnswerResponse  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_answers(data: object) -> list[AnswerResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answers_type_0 = []
                _answers_type_0 = data
                for answers_type_0_item_data in _answers_type_0:
                    answers_type_0_item = AnswerResponse.from_dict(
                        answers_type_0_item_data
                    )

                    answers_type_0.append(answers_type_0_item)

                return answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnswerResponse] | None | Unset, data)

        answers = _parse_answers(_source.pop("answers", UNSET))

        def _parse_is_mandatory_to_answer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_mandatory_to_answer = _parse_is_mandatory_to_answer(
            _source.pop("isMandatoryToAnswer", UNSET)
        )

        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(_source.pop("question", UNSET))

        def _parse_question_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        question_id = _parse_question_id(_source.pop("questionId", UNSET))

        def _parse_question_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question_type = _parse_question_type(_source.pop("questionType", UNSET))

        _model = cls(
            answers=answers,
            is_mandatory_to_answer=is_mandatory_to_answer,
            question=question,
            question_id=question_id,
            question_type=question_type,
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
