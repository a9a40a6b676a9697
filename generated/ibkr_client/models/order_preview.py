from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_preview_amount import OrderPreviewAmount
    from ..models.order_preview_change import OrderPreviewChange


T = TypeVar("T", bound="OrderPreview")


@_attrs_define
class OrderPreview:
    """
    Attributes:
        amount (None | OrderPreviewAmount | Unset):
        position (None | OrderPreviewChange | Unset):
        warn (None | str | Unset): A warning about the order, prefixed with its code (e.g. "21/..."); null when none.
        error (None | str | Unset): Why the order would be refused; null when it would not.
        equity (None | OrderPreviewChange | Unset): Impact on equity; null when the preview was refused.
        initial (None | OrderPreviewChange | Unset): Impact on initial margin; null when the preview was refused.
        maintenance (None | OrderPreviewChange | Unset): Impact on maintenance margin; null when the preview was
            refused.
        errors (Any | Unset): Undocumented; the reasons the order would be refused. No recording shows the value.
        action (Any | Unset): Undocumented; seen on refused previews. No recording shows the value.
        cqe (Any | Unset): Undocumented; seen on refused previews. No recording shows the value.
        data (Any | Unset): Undocumented; seen on refused previews. No recording shows the value.
    """

    amount: None | OrderPreviewAmount | Unset = UNSET
    position: None | OrderPreviewChange | Unset = UNSET
    warn: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    equity: None | OrderPreviewChange | Unset = UNSET
    initial: None | OrderPreviewChange | Unset = UNSET
    maintenance: None | OrderPreviewChange | Unset = UNSET
    errors: Any | Unset = UNSET
    action: Any | Unset = UNSET
    cqe: Any | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_preview_amount import OrderPreviewAmount  # noqa: PLC0415
        from ..models.order_preview_change import OrderPreviewChange  # noqa: PLC0415

        amount: dict[str, Any] | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, OrderPreviewAmount):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, OrderPreviewChange):
            position = self.position.to_dict()
        else:
            position = self.position

        warn: None | str | Unset
        if isinstance(self.warn, Unset):
            warn = UNSET
        else:
            warn = self.warn

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        equity: dict[str, Any] | None | Unset
        if isinstance(self.equity, Unset):
            equity = UNSET
        elif isinstance(self.equity, OrderPreviewChange):
            equity = self.equity.to_dict()
        else:
            equity = self.equity

        initial: dict[str, Any] | None | Unset
        if isinstance(self.initial, Unset):
            initial = UNSET
        elif isinstance(self.initial, OrderPreviewChange):
            initial = self.initial.to_dict()
        else:
            initial = self.initial

        maintenance: dict[str, Any] | None | Unset
        if isinstance(self.maintenance, Unset):
            maintenance = UNSET
        elif isinstance(self.maintenance, OrderPreviewChange):
            maintenance = self.maintenance.to_dict()
        else:
            maintenance = self.maintenance

        errors = self.errors

        action = self.action

        cqe = self.cqe

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if position is not UNSET:
            field_dict["position"] = position
        if warn is not UNSET:
            field_dict["warn"] = warn
        if error is not UNSET:
            field_dict["error"] = error
        if equity is not UNSET:
            field_dict["equity"] = equity
        if initial is not UNSET:
            field_dict["initial"] = initial
        if maintenance is not UNSET:
            field_dict["maintenance"] = maintenance
        if errors is not UNSET:
            field_dict["errors"] = errors
        if action is not UNSET:
            field_dict["action"] = action
        if cqe is not UNSET:
            field_dict["cqe"] = cqe
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_preview_amount import OrderPreviewAmount  # noqa: PLC0415
        from ..models.order_preview_change import OrderPreviewChange  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_amount(data: object) -> None | OrderPreviewAmount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_0 = OrderPreviewAmount.from_dict(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderPreviewAmount | Unset, data)

        amount = _parse_amount(_source.pop("amount", UNSET))

        def _parse_position(data: object) -> None | OrderPreviewChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = OrderPreviewChange.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderPreviewChange | Unset, data)

        position = _parse_position(_source.pop("position", UNSET))

        def _parse_warn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warn = _parse_warn(_source.pop("warn", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        def _parse_equity(data: object) -> None | OrderPreviewChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                equity_type_0 = OrderPreviewChange.from_dict(data)

                return equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderPreviewChange | Unset, data)

        equity = _parse_equity(_source.pop("equity", UNSET))

        def _parse_initial(data: object) -> None | OrderPreviewChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initial_type_0 = OrderPreviewChange.from_dict(data)

                return initial_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderPreviewChange | Unset, data)

        initial = _parse_initial(_source.pop("initial", UNSET))

        def _parse_maintenance(data: object) -> None | OrderPreviewChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maintenance_type_0 = OrderPreviewChange.from_dict(data)

                return maintenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderPreviewChange | Unset, data)

        maintenance = _parse_maintenance(_source.pop("maintenance", UNSET))

        errors = _source.pop("errors", UNSET)

        action = _source.pop("action", UNSET)

        cqe = _source.pop("cqe", UNSET)

        data = _source.pop("data", UNSET)

        _model = cls(
            amount=amount,
            position=position,
            warn=warn,
            error=error,
            equity=equity,
            initial=initial,
            maintenance=maintenance,
            errors=errors,
            action=action,
            cqe=cqe,
            data=data,
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
