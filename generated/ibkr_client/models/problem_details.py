from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invalid_argument import InvalidArgument


T = TypeVar("T", bound="ProblemDetails")


@_attrs_define
class ProblemDetails:
    """An error in RFC 9457 form; IBKR adds the fields a 400 found invalid.

    Attributes:
        type_ (str): A URI reference naming the kind of problem (IBKR uses relative ones).
        title (str): A short summary of the kind of problem.
        status (int): The HTTP status code.
        detail (str | Unset): What went wrong with this request.
        instance (str | Unset): A URI reference naming this occurrence.
        invalid_arguments (list[InvalidArgument] | Unset): The request fields that were refused, for a 400.
    """

    type_: str
    title: str
    status: int
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    invalid_arguments: list[InvalidArgument] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        invalid_arguments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_arguments, Unset):
            invalid_arguments = []
            for invalid_arguments_item_data in self.invalid_arguments:
                invalid_arguments_item = invalid_arguments_item_data.to_dict()
                invalid_arguments.append(invalid_arguments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if invalid_arguments is not UNSET:
            field_dict["invalidArguments"] = invalid_arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invalid_argument import InvalidArgument  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        type_ = _source.pop("type")

        title = _source.pop("title")

        status = _source.pop("status")

        detail = _source.pop("detail", UNSET)

        instance = _source.pop("instance", UNSET)

        _invalid_arguments = _source.pop("invalidArguments", UNSET)
        invalid_arguments: list[InvalidArgument] | Unset = UNSET
        if _invalid_arguments is not UNSET:
            invalid_arguments = []
            for invalid_arguments_item_data in _invalid_arguments:
                invalid_arguments_item = InvalidArgument.from_dict(
                    invalid_arguments_item_data
                )

                invalid_arguments.append(invalid_arguments_item)

        _model = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            invalid_arguments=invalid_arguments,
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
