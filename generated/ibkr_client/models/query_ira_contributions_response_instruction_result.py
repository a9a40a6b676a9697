from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_ira_contributions_response_instruction_result_instruction_status import (
    QueryIRAContributionsResponseInstructionResultInstructionStatus,
)
from ..models.query_ira_contributions_response_instruction_result_instruction_type import (
    QueryIRAContributionsResponseInstructionResultInstructionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_ira_contributions_response_instruction_result_contributions_item import (
        QueryIRAContributionsResponseInstructionResultContributionsItem,
    )
    from ..models.query_ira_contributions_response_instruction_result_error import (
        QueryIRAContributionsResponseInstructionResultError,
    )


T = TypeVar("T", bound="QueryIRAContributionsResponseInstructionResult")


@_attrs_define
class QueryIRAContributionsResponseInstructionResult:
    """
    Attributes:
        client_instruction_id (float):
        instruction_id (float):
        instruction_status (QueryIRAContributionsResponseInstructionResultInstructionStatus):
        instruction_type (QueryIRAContributionsResponseInstructionResultInstructionType):
        account_id (str):
        contributions (list[QueryIRAContributionsResponseInstructionResultContributionsItem]):
        ira_type (str):
        year (str):
        description (str | Unset):
        error (QueryIRAContributionsResponseInstructionResultError | Unset):
        ib_reference_id (float | Unset):
    """

    client_instruction_id: float
    instruction_id: float
    instruction_status: QueryIRAContributionsResponseInstructionResultInstructionStatus
    instruction_type: QueryIRAContributionsResponseInstructionResultInstructionType
    account_id: str
    contributions: list[QueryIRAContributionsResponseInstructionResultContributionsItem]
    ira_type: str
    year: str
    description: str | Unset = UNSET
    error: QueryIRAContributionsResponseInstructionResultError | Unset = UNSET
    ib_reference_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_instruction_id = self.client_instruction_id

        instruction_id = self.instruction_id

        instruction_status = self.instruction_status.value

        instruction_type = self.instruction_type.value

        account_id = self.account_id

        contributions = []
        for contributions_item_data in self.contributions:
            contributions_item = contributions_item_data.to_dict()
            contributions.append(contributions_item)

        ira_type = self.ira_type

        year = self.year

        description = self.description

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        ib_reference_id = self.ib_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientInstructionId": client_instruction_id,
                "instructionId": instruction_id,
                "instructionStatus": instruction_status,
                "instructionType": instruction_type,
                "accountId": account_id,
                "contributions": contributions,
                "iraType": ira_type,
                "year": year,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if error is not UNSET:
            field_dict["error"] = error
        if ib_reference_id is not UNSET:
            field_dict["ibReferenceId"] = ib_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_ira_contributions_response_instruction_result_contributions_item import (
            QueryIRAContributionsResponseInstructionResultContributionsItem,  # noqa: PLC0415
        )
        from ..models.query_ira_contributions_response_instruction_result_error import (
            QueryIRAContributionsResponseInstructionResultError,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        instruction_id = _source.pop("instructionId")

        instruction_status = (
            QueryIRAContributionsResponseInstructionResultInstructionStatus(
                _source.pop("instructionStatus")
            )
        )

        instruction_type = (
            QueryIRAContributionsResponseInstructionResultInstructionType(
                _source.pop("instructionType")
            )
        )

        account_id = _source.pop("accountId")

        contributions = []
        _contributions = _source.pop("contributions")
        for contributions_item_data in _contributions:
            contributions_item = QueryIRAContributionsResponseInstructionResultContributionsItem.from_dict(
                contributions_item_data
            )

            contributions.append(contributions_item)

        ira_type = _source.pop("iraType")

        year = _source.pop("year")

        description = _source.pop("description", UNSET)

        _error = _source.pop("error", UNSET)
        error: QueryIRAContributionsResponseInstructionResultError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = QueryIRAContributionsResponseInstructionResultError.from_dict(
                _error
            )

        ib_reference_id = _source.pop("ibReferenceId", UNSET)

        _model = cls(
            client_instruction_id=client_instruction_id,
            instruction_id=instruction_id,
            instruction_status=instruction_status,
            instruction_type=instruction_type,
            account_id=account_id,
            contributions=contributions,
            ira_type=ira_type,
            year=year,
            description=description,
            error=error,
            ib_reference_id=ib_reference_id,
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
