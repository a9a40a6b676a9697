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
        answer (None | str | Unset):
        answer_id (int | None | Unset):
        dependent_answer_id (int | None | Unset):
        dependent_question_id (int | None | Unset):
        multi_answer_detail (list[str] | None | Unset):
    """

    answer: None | str | Unset = UNSET
    answer_id: int | None | Unset = UNSET
    dependent_answer_id: int | None | Unset = UNSET
    dependent_question_id: int | None | Unset = UNSET
    multi_answer_detail: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        answer_id: int | None | Unset
        if isinstance(self.answer_id, Unset):
            answer_id = UNSET
        else:
            answer_id = self.answer_id

        dependent_answer_id: int | None | Unset
        if isinstance(self.dependent_answer_id, Unset):
            dependent_answer_id = UNSET
        else:
            dependent_answer_id = self.dependent_answer_id

        dependent_question_id: int | None | Unset
        if isinstance(self.dependent_question_id, Unset):
            dependent_question_id = UNSET
        else:
            dependent_question_id = self.dependent_question_id

        multi_answer_detail: list[str] | None | Unset
        if isinstance(self.multi_answer_detail, Unset):
            multi_answer_detail = UNSET
        elif isinstance(self.multi_answer_detail, list):
            multi_answer_detail = self.multi_answer_detail

        else:
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

        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer = _parse_answer(_source.pop("answer", UNSET))

        def _parse_answer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        answer_id = _parse_answer_id(_source.pop("answerId", UNSET))

        def _parse_dependent_answer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dependent_answer_id = _parse_dependent_answer_id(
            _source.pop("dependentAnswerId", UNSET)
        )

        def _parse_dependent_question_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dependent_question_id = _parse_dependent_question_id(
            _source.pop("dependentQuestionId", UNSET)
        )

        def _parse_multi_answer_detail(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                multi_answer_detail_type_0 = cast(list[str], data)

                return multi_answer_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        multi_answer_detail = _parse_multi_answer_detail(
            _source.pop("multiAnswerDetail", UNSET)
        )

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
