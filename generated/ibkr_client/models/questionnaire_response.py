from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        answers (list[AnswerResponse] | Unset):
        is_mandatory_to_answer (bool | Unset):
        question (str | Unset):
        question_id (int | Unset):
        question_type (str | Unset):
    """

    answers: list[AnswerResponse] | Unset = UNSET
    is_mandatory_to_answer: bool | Unset = UNSET
    question: str | Unset = UNSET
    question_id: int | Unset = UNSET
    question_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        is_mandatory_to_answer = self.is_mandatory_to_answer

        question = self.question

        question_id = self.question_id

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
        _answers = _source.pop("answers", UNSET)
        answers: list[AnswerResponse] | Unset = UNSET
        if _answers is not UNSET:
            answers = []
            for answers_item_data in _answers:
                answers_item = AnswerResponse.from_dict(answers_item_data)

                answers.append(answers_item)

        is_mandatory_to_answer = _source.pop("isMandatoryToAnswer", UNSET)

        question = _source.pop("question", UNSET)

        question_id = _source.pop("questionId", UNSET)

        question_type = _source.pop("questionType", UNSET)

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
