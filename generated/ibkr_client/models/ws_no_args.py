from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsNoArgs")


@_attrs_define
class WsNoArgs:
    """The empty argument object of topics that take none ("sor+{}", "umd+265598+{}")."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _model = cls()

        return _model
