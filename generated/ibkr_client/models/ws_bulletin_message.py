from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_bulletin import WsBulletin


T = TypeVar("T", bound="WsBulletinMessage")


@_attrs_define
class WsBulletinMessage:
    """Topic "blt", unsolicited bulletins.

    Attributes:
        topic (Literal['blt']):
        args (list[WsBulletin] | Unset | WsBulletin): One bulletin (as documented) or, as servers send, an array of
            them.
    """

    topic: Literal["blt"]
    args: list[WsBulletin] | Unset | WsBulletin = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_bulletin import WsBulletin  # noqa: PLC0415

        topic = self.topic

        args: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, WsBulletin):
            args = self.args.to_dict()
        else:
            args = []
            for args_type_1_item_data in self.args:
                args_type_1_item = args_type_1_item_data.to_dict()
                args.append(args_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_bulletin import WsBulletin  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        topic = cast(Literal["blt"], _source.pop("topic"))
        if topic != "blt":
            raise ValueError(f"topic must match const 'blt', got '{topic}'")

        def _parse_args(data: object) -> list[WsBulletin] | Unset | WsBulletin:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                args_type_0 = WsBulletin.from_dict(data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            args_type_1 = []
            _args_type_1 = data
            for args_type_1_item_data in _args_type_1:
                args_type_1_item = WsBulletin.from_dict(args_type_1_item_data)

                args_type_1.append(args_type_1_item)

            return args_type_1

        args = _parse_args(_source.pop("args", UNSET))

        _model = cls(
            topic=topic,
            args=args,
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
