from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_detail import RequestDetail


T = TypeVar("T", bound="RequestDetailsResponse")


@_attrs_define
class RequestDetailsResponse:
    """
    Attributes:
        limit (int | None | Unset):
        offset (int | None | Unset):
        request_details (list[RequestDetail] | None | Unset):
        total (int | None | Unset):
    """

    limit: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    request_details: list[RequestDetail] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        request_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.request_details, Unset):
            request_details = UNSET
        elif isinstance(self.request_details, list):
            request_details = []
            for request_details_type_0_item_data in self.request_details:
                request_details_type_0_item = request_details_type_0_item_data.to_dict()
                request_details.append(request_details_type_0_item)

        else:
            request_details = self.request_details

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if request_details is not UNSET:
            field_dict["requestDetails"] = request_details
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_detail import RequestDetail  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(_source.pop("limit", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(_source.pop("offset", UNSET))

        def _parse_request_details(data: object) -> list[RequestDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_details_type_0 = []
                _request_details_type_0 = data
                for request_details_type_0_item_data in _request_details_type_0:
                    request_details_type_0_item = RequestDetail.from_dict(
                        request_details_type_0_item_data
                    )

                    request_details_type_0.append(request_details_type_0_item)

                return request_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RequestDetail] | None | Unset, data)

        request_details = _parse_request_details(_source.pop("requestDetails", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(_source.pop("total", UNSET))

        _model = cls(
            limit=limit,
            offset=offset,
            request_details=request_details,
            total=total,
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
