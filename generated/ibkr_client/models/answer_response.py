from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerResponse")


@_attrs_define
class AnswerResponse:
    """
    Attributes:
        answer (str | Unset):
        answer_id (int | Unset):
        dependent_answer_id (int | Unset):
        dependent_question_id (int | Unset):
        multi_answer_detail (list[str] | Unset):
    """

    answer: str | Unset = UNSET
    answer_id: int | Unset = UNSET
    dependent_answer_id: int | Unset = UNSET
    dependent_question_id: int | Unset = UNSET
    multi_answer_detail: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer

        answer_id = self.answer_id

        dependent_answer_id = self.dependent_answer_id

        dependent_question_id = self.dependent_question_id

        multi_answer_detail: list[str] | Unset = UNSET
        if not isinstance(self.multi_answer_detail, Unset):
            multi_answer_detail = self.multi_answer_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answer_id is not UNSET:
            field_dict["answerId"] = answer_id
        if dependent_answer_id is not UNSET:
            field_dict["dependentAnswerId"] = dependent_answer_id
        if dependent_question_id is not UNSET:
            field_dict["dependentQuestionId"] = dependent_question_id
        if multi_answer_detail is not UNSET:
            field_dict["multiAnswerDetail"] = multi_answer_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        answer = _source.pop("answer", UNSET)

        answer_id = _source.pop("answerId", UNSET)

        dependent_answer_id = _source.pop("dependentAnswerId", UNSET)

        dependent_question_id = _source.pop("dependentQuestionId", UNSET)

        multi_answer_detail = cast(list[str], _source.pop("multiAnswerDetail", UNSET))

        _model = cls(
            answer=answer,
            answer_id=answer_id,
            dependent_answer_id=dependent_answer_id,
            dependent_question_id=dependent_question_id,
            multi_answer_detail=multi_answer_detail,
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
