from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="Au10TixDetailResponse")


@_attrs_define
class Au10TixDetailResponse:
    """
    Attributes:
        entity_id (int | Unset):
        error (ErrorResponse | Unset):
        error_description (str | Unset):
        expiry_date (str | Unset):
        external_id (str | Unset):
        has_error (bool | Unset):
        start_date (str | Unset):
        state (str | Unset):
        url (str | Unset):
    """

    entity_id: int | Unset = UNSET
    error: ErrorResponse | Unset = UNSET
    error_description: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    external_id: str | Unset = UNSET
    has_error: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    state: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        error_description = self.error_description

        expiry_date = self.expiry_date

        external_id = self.external_id

        has_error = self.has_error

        start_date = self.start_date

        state = self.state

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if has_error is not UNSET:
            field_dict["hasError"] = has_error
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        entity_id = _source.pop("entityId", UNSET)

        _error = _source.pop("error", UNSET)
        error: ErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorResponse.from_dict(_error)

        error_description = _source.pop("errorDescription", UNSET)

        expiry_date = _source.pop("expiryDate", UNSET)

        external_id = _source.pop("externalId", UNSET)

        has_error = _source.pop("hasError", UNSET)

        start_date = _source.pop("startDate", UNSET)

        state = _source.pop("state", UNSET)

        url = _source.pop("url", UNSET)

        _model = cls(
            entity_id=entity_id,
            error=error,
            error_description=error_description,
            expiry_date=expiry_date,
            external_id=external_id,
            has_error=has_error,
            start_date=start_date,
            state=state,
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
