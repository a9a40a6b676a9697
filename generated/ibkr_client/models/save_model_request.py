from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.save_model_request_cash_targets_item import (
        SaveModelRequestCashTargetsItem,
    )
    from ..models.save_model_request_position_targets_item import (
        SaveModelRequestPositionTargetsItem,
    )


T = TypeVar("T", bound="SaveModelRequest")


@_attrs_define
class SaveModelRequest:
    """
    Attributes:
        cash_targets (list[SaveModelRequestCashTargetsItem]):
        desc (str):
        is_static (bool):
        model (str):
        position_targets (list[SaveModelRequestPositionTargetsItem]):
        req_id (int):
    """

    cash_targets: list[SaveModelRequestCashTargetsItem]
    desc: str
    is_static: bool
    model: str
    position_targets: list[SaveModelRequestPositionTargetsItem]
    req_id: int

    def to_dict(self) -> dict[str, Any]:
        cash_targets = []
        for cash_targets_item_data in self.cash_targets:
            cash_targets_item = cash_targets_item_data.to_dict()
            cash_targets.append(cash_targets_item)

        desc = self.desc

        is_static = self.is_static

        model = self.model

        position_targets = []
        for position_targets_item_data in self.position_targets:
            position_targets_item = position_targets_item_data.to_dict()
            position_targets.append(position_targets_item)

        req_id = self.req_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cashTargets": cash_targets,
                "desc": desc,
                "isStatic": is_static,
                "model": model,
                "positionTargets": position_targets,
                "reqID": req_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.save_model_request_cash_targets_item import (
            SaveModelRequestCashTargetsItem,  # noqa: PLC0415
        )
        from ..models.save_model_request_position_targets_item import (
            SaveModelRequestPositionTargetsItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        cash_targets = []
        _cash_targets = _source.pop("cashTargets")
        for cash_targets_item_data in _cash_targets:
            cash_targets_item = SaveModelRequestCashTargetsItem.from_dict(
                cash_targets_item_data
            )

            cash_targets.append(cash_targets_item)

        desc = _source.pop("desc")

        is_static = _source.pop("isStatic")

        model = _source.pop("model")

        position_targets = []
        _position_targets = _source.pop("positionTargets")
        for position_targets_item_data in _position_targets:
            position_targets_item = SaveModelRequestPositionTargetsItem.from_dict(
                position_targets_item_data
            )

            position_targets.append(position_targets_item)

        req_id = _source.pop("reqID")

        _model = cls(
            cash_targets=cash_targets,
            desc=desc,
            is_static=is_static,
            model=model,
            position_targets=position_targets,
            req_id=req_id,
        )

        return _model
