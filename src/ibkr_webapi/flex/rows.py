"""Building typed rows from raw attributes: the parser's inner loop.

Rows of one type nearly always carry the same attributes in the same order (a
Flex query fixes its columns), so a RowBuilder compiles one small function per
attribute order it meets: it unpacks the attribute values positionally and
builds the row's NamedTuple in one expression, probing each value's memo with a
C-level ``dict.get`` and calling Python only on a miss. The generated source
holds only identifiers this module makes up (``x3``, ``g3``); attribute names
from the document never reach it. A bounded number of orders is compiled per
row type; beyond that (or for a row with a value that does not convert) rows
are built by a plain loop, which keeps invalid raw values in ``extra`` and
reports them as drift.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, cast

from ibkr_client.flex import EMPTY_EXTRA, FieldSpec, FlexRow, RowSpec

from .drift import SchemaDrift
from .values import (
    MISSING,
    BoolCache,
    CodeCache,
    DecimalCache,
    EnumCache,
    IntegerCache,
    InvalidValue,
    ListCache,
    TemporalCache,
    TextCache,
    TimeCache,
    ValueCache,
)

MAX_COMPILED_ORDERS: Final = 32
TEXT_KINDS: Final = frozenset({"text", "id"})

Build = Callable[[Iterable[str]], FlexRow]


class Converters:
    """The converters of one parse: shared by kind, per attribute for enums (to name the drift)."""

    def __init__(self, day_first: bool | None, drift: SchemaDrift) -> None:
        self.drift = drift
        self.temporal = TemporalCache(day_first, drift.unknown_time_zone)
        text = TextCache()
        self._by_kind: dict[str, ValueCache[Any]] = {
            "text": text,
            "id": text,
            "decimal": DecimalCache(),
            "integer": IntegerCache(),
            "bool": BoolCache(),
            "code": CodeCache(),
            "currency": CodeCache(),
            "date": self.temporal,
            "datetime": self.temporal,
            "time": TimeCache(),
            "codes": ListCache(";,"),
            "texts": ListCache(","),
        }

    def cache_for(self, owner: str, spec: FieldSpec) -> ValueCache[Any]:
        """The converter of this field."""
        if spec.enum is not None:
            return self._enum_cache(owner, spec.xml_name, spec.enum)
        return self._by_kind[spec.kind]

    def _enum_cache(self, owner: str, attribute: str, enum: type[StrEnum]) -> EnumCache:
        def report(value: str) -> None:
            self.drift.unknown_value(owner, attribute, value)

        return EnumCache(enum, report)

    def convert(self, owner: str, spec: FieldSpec, raw: str) -> Any:
        """One value, for headers (not the hot path)."""
        return self.cache_for(owner, spec)(raw)


class RowBuilder:
    """Turns the attributes of one row element into its typed NamedTuple."""

    def __init__(self, spec: RowSpec, converters: Converters) -> None:
        self.tag = spec.tag
        self._cls = spec.cls
        self._drift = converters.drift
        self._fields: tuple[str, ...] = spec.cls._fields
        self._extra_index = self._fields.index("extra")
        defaults: dict[str, Any] = spec.cls._field_defaults
        self._defaults = [defaults.get(name) for name in self._fields]
        self._by_xml: dict[str, tuple[int, ValueCache[Any], bool]] = {
            field.xml_name: (
                self._fields.index(field.py_name),
                converters.cache_for(spec.tag, field),
                field.kind in TEXT_KINDS and field.enum is None,
            )
            for field in spec.fields
        }
        self._compiled: dict[tuple[str, ...], Build] = {}
        self.last_keys: list[str] | None = None
        self.last_build: Build = self._build_carefully_from_values

    def build(self, attrib: Mapping[str, str]) -> FlexRow:
        keys = tuple(attrib)
        build = self._builder_for(keys)
        try:
            return build(attrib.values())
        except InvalidValue:
            return self._build_carefully(attrib)

    def _builder_for(self, keys: tuple[str, ...]) -> Build:
        """The compiled build of this order; it becomes the one the parser tries first."""
        build = self._compiled.get(keys)
        if build is None:
            if len(self._compiled) >= MAX_COMPILED_ORDERS:
                return lambda values: self._build_carefully(dict(zip(keys, values, strict=True)))
            build = self._compiled[keys] = self._compile(keys)
        self.last_keys, self.last_build = list(keys), build
        return build

    def _compile(self, keys: tuple[str, ...]) -> Build:
        namespace: dict[str, Any] = {
            "new": tuple.__new__,
            "cls": self._cls,
            "M": MISSING,
            "EMPTY": EMPTY_EXTRA,
        }
        position_of_field: dict[int, int] = {}
        unknown: list[int] = []
        for position, name in enumerate(keys):
            known = self._by_xml.get(name)
            if known is None:
                unknown.append(position)
                continue
            index, cache, _ = known
            position_of_field.setdefault(index, position)
            namespace[f"g{position}"] = cache.memo.get
            namespace[f"r{position}"] = cache.resolve
        namespace["extra"] = self._extra_maker(tuple(keys[p] for p in unknown))
        expressions = [
            self._expression(index, position_of_field, keys, unknown)
            for index in range(len(self._fields))
        ]
        return cast(Build, _define(len(keys), expressions, namespace))

    def _expression(
        self,
        index: int,
        position_of_field: dict[int, int],
        keys: tuple[str, ...],
        unknown: list[int],
    ) -> str:
        if index == self._extra_index:
            return f"extra(({''.join(f'x{p}, ' for p in unknown)}))" if unknown else "EMPTY"
        position = position_of_field.get(index)
        if position is None:
            return "()" if self._defaults[index] == () else "None"
        if self._by_xml[keys[position]][2]:
            return f"(x{position} or None)"
        return f"(v if (v := g{position}(x{position}, M)) is not M else r{position}(x{position}))"

    def _extra_maker(
        self, names: tuple[str, ...]
    ) -> Callable[[tuple[str, ...]], Mapping[str, str]]:
        drift, tag = self._drift, self.tag

        def extra(values: tuple[str, ...]) -> Mapping[str, str]:
            for name in names:
                drift.unknown_attribute(tag, name)
            return MappingProxyType(dict(zip(names, values, strict=True)))

        return extra

    def _build_carefully_from_values(self, values: Iterable[str]) -> FlexRow:
        raise AssertionError("no attribute order compiled yet")  # pragma: no cover

    def _build_carefully(self, attrib: Mapping[str, str]) -> FlexRow:
        values = list(self._defaults)
        kept: dict[str, str] = {}
        for name, raw in attrib.items():
            known = self._by_xml.get(name)
            if known is None:
                kept[name] = raw
                self._drift.unknown_attribute(self.tag, name)
                continue
            index, cache, _ = known
            try:
                values[index] = cache(raw)
            except InvalidValue:
                kept[name] = raw
                self._drift.invalid_value(self.tag, name, raw)
        values[self._extra_index] = MappingProxyType(kept) if kept else EMPTY_EXTRA
        return tuple.__new__(self._cls, values)


def _define(arity: int, expressions: list[str], namespace: dict[str, Any]) -> Any:
    """Compile ``build(values)`` for one attribute order."""
    names = "".join(f"x{p}, " for p in range(arity))
    unpack = f"    {names}= values\n" if arity else ""
    body = f"def build(values):\n{unpack}    return new(cls, ({', '.join(expressions)},))\n"
    exec(compile(body, "<flex row builder>", "exec"), namespace)
    return namespace["build"]
