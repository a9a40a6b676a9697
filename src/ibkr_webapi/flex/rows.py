"""Building typed rows from raw attributes: the parser's inner loop.

Rows of one type nearly always carry the same attributes in the same order (a
Flex query fixes its columns), so a RowBuilder compiles one small function per
attribute order it meets: it unpacks expat's flat [name, value, ...] list in one
step and builds the row's NamedTuple in one expression, reading each converted
value from its memo with a plain subscript (a C-level hit; Python runs only on a
miss, see ibkr_webapi.flex.values.Memo). The generated source holds only
identifiers this module makes up (``x3``, ``m3``); attribute names from the
document never reach it. A bounded number of orders is compiled per row type;
beyond that (or for a row with a value that does not convert) rows are built by
a plain loop, which keeps invalid raw values in ``extra`` and reports them as
drift.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, cast

from ibkr_client.flex import EMPTY_EXTRA, FieldSpec, FlexRow, RowSpec

from .drift import SchemaDrift
from .values import (
    NULL_TOKENS,
    BoolCache,
    CodeCache,
    DateCache,
    DateTimeCache,
    DecimalCache,
    EnumCache,
    IntegerCache,
    InvalidValue,
    ListCache,
    TextCache,
    TimeCache,
    ValueCache,
)

MAX_COMPILED_ORDERS: Final = 32
TEXT_KINDS: Final = frozenset({"text", "id"})

Build = Callable[[list[str]], FlexRow]


class Converters:
    """The converters of one parse: shared by kind, per attribute for enums (to name the drift)."""

    def __init__(self, day_first: bool | None, drift: SchemaDrift) -> None:
        self.drift = drift
        self.day_first = day_first
        # Zones the report states, beside the (naive, wall-clock) values: see DateTimeCache.
        self.time_zones: Counter[str] = Counter()
        self._datetimes: dict[tuple[str, str], DateTimeCache] = {}
        text = TextCache()
        self._by_kind: dict[str, ValueCache[Any]] = {
            "text": text,
            "id": text,
            "decimal": DecimalCache(),
            "integer": IntegerCache(),
            "bool": BoolCache(),
            "code": CodeCache(),
            "currency": CodeCache(),
            "date": DateCache(day_first),
            "time": TimeCache(),
            "codes": ListCache(";,"),
            "texts": ListCache(","),
        }

    def cache_for(self, owner: str, spec: FieldSpec) -> ValueCache[Any]:
        """The converter of this field."""
        if spec.enum is not None:
            return self._enum_cache(owner, spec.xml_name, spec.enum)
        if spec.kind == "datetime":
            return self._datetime_cache(owner, spec.xml_name)
        return self._by_kind[spec.kind]

    def _datetime_cache(self, owner: str, attribute: str) -> DateTimeCache:
        """One per field, so date-only values are counted against the field that had them."""
        cache = self._datetimes.get((owner, attribute))
        if cache is None:
            zones = self.time_zones

            def zone(text: str) -> None:
                zones[text] += 1

            def date_only() -> None:
                self.drift.date_only_datetime(owner, attribute)

            cache = self._datetimes[(owner, attribute)] = DateTimeCache(
                self.day_first,
                on_zone=zone,
                on_date_only=date_only,
                on_unknown_zone=self.drift.unknown_time_zone,
            )
        return cache

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
        self._split: dict[tuple[str, ...], Build] = {}
        self.last_keys: list[str] | None = None
        self.last_build: Build = self.build

    def build(self, attributes: list[str]) -> FlexRow:
        """The row of expat's flat [name, value, ...] list, in any attribute order.

        The build used becomes ``last_build`` (for ``last_keys``), which the parser
        calls directly while the order repeats.
        """
        keys = tuple(attributes[::2])
        build = self._builder_for(keys)
        try:
            return build(attributes)
        except InvalidValue:
            return self.build_carefully(attributes)

    def _builder_for(self, keys: tuple[str, ...]) -> Build:
        build = self._compiled.get(keys)
        if build is None:
            if len(self._compiled) >= MAX_COMPILED_ORDERS:
                return self.build_carefully
            build = self._compiled[keys] = self._compile(keys)
        if keys:  # the parser treats an element without attributes as structure first
            self.last_keys, self.last_build = list(keys), build
        return build

    def compile_columns(self, keys: tuple[str, ...]) -> Callable[[list[str]], FlexRow]:
        """A build for CSV rows: a plain list of values, one per key (attribute name)."""
        return self._compile(keys, "columns")

    def compile_split(self, keys: tuple[str, ...]) -> Callable[[list[str]], FlexRow] | None:
        """A build for an element split on '"': [tag and name, value, name, ..., end].

        Cached per attribute order; None beyond MAX_COMPILED_ORDERS (the caller then
        reads such rows the careful way).
        """
        build = self._split.get(keys)
        if build is None:
            if len(self._split) >= MAX_COMPILED_ORDERS:
                return None
            build = self._split[keys] = self._compile(keys, "split")
        return build

    def _compile(self, keys: tuple[str, ...], layout: str = "expat") -> Build:
        captured: dict[str, Any] = {"new": tuple.__new__, "cls": self._cls, "N": NULL_TOKENS}
        position_of_field: dict[int, int] = {}
        unknown: list[int] = []
        for position, name in enumerate(keys):
            known = self._by_xml.get(name)
            if known is None:
                unknown.append(position)
                continue
            index, cache, is_text = known
            position_of_field.setdefault(index, position)
            if not is_text:
                captured[f"m{position}"] = cache.memo
        if unknown:
            captured["extra"] = self._extra_maker(tuple(keys[p] for p in unknown))
        else:
            captured["EMPTY"] = EMPTY_EXTRA
        expressions = [
            self._expression(index, position_of_field, keys, unknown)
            for index in range(len(self._fields))
        ]
        # A name per build (row tags come from the contract, never from the document), so
        # tracebacks and profiles tell the builds apart.
        name = f"<flex row builder {self.tag} #{len(self._compiled)}>"
        return cast(Build, _define(name, len(keys), expressions, captured, layout))

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
            return f"(None if x{position} in N else x{position})"
        return f"m{position}[x{position}]"

    def _extra_maker(
        self, names: tuple[str, ...]
    ) -> Callable[[tuple[str, ...]], Mapping[str, str]]:
        drift, tag = self._drift, self.tag

        def extra(values: tuple[str, ...]) -> Mapping[str, str]:
            # An empty value says nothing: not kept, not counted (XML and CSV alike, where
            # every row of a section carries every column).
            kept = {name: value for name, value in zip(names, values, strict=True) if value}
            for name in kept:
                drift.unknown_attribute(tag, name)
            return MappingProxyType(kept) if kept else EMPTY_EXTRA

        return extra

    def build_carefully(self, attributes: list[str]) -> FlexRow:
        """One attribute at a time: invalid values are kept raw in ``extra`` and reported."""
        values = list(self._defaults)
        kept: dict[str, str] = {}
        for name, raw in zip(attributes[::2], attributes[1::2], strict=True):
            known = self._by_xml.get(name)
            if known is None:
                if raw:
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


def _define(
    name: str, arity: int, expressions: list[str], captured: dict[str, Any], layout: str
) -> Any:
    """Compile ``build(attributes)`` for one attribute order.

    ``attributes`` is expat's flat [name, value, ...] list ("expat"), a CSV record's
    values ("columns"), or an element split on '"' ("split": names and values alternate
    and a last part follows), unpacked in one step; the converters are closure cells of
    a factory, which the body reads as fast as locals.
    """
    unpack = "".join(f"x{p}, " if layout == "columns" else f"_, x{p}, " for p in range(arity))
    if layout == "split":
        unpack += "_, "
    lines = [
        f"def factory({', '.join(captured)}):",
        "    def build(attributes):",
        *([f"        {unpack}= attributes"] if unpack else []),
        f"        return new(cls, ({', '.join(expressions)},))",
        "    return build",
    ]
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), name, "exec"), namespace)
    return namespace["factory"](**captured)
