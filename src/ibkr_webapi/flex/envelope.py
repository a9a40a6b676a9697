"""The FlexStatementResponse envelope: reading it and mapping its status and code to an outcome.

Success carries a reference code and the GetStatement address (``<Url>`` or the
documented ``<url>``); Warn and Fail carry an error code, which maps to a typed
error (1019 and the other "try again" codes are retryable).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from ibkr_client.flex import ENVELOPE_FIELDS, FieldSpec, FlexStatementResponse

from .dates import InvalidTemporal, parse_timestamp
from .errors import FlexFormatError, error_for
from .source import (
    ENVELOPE_ROOT,
    Input,
    RefuseDoctype,
    Source,
    attribute_dict,
    feed_all,
    root_element,
    safe_parser,
)
from .values import EnumCache, IntegerCache, InvalidValue


class EnvelopeTarget(RefuseDoctype):
    """Collects the text of the envelope's child elements."""

    def __init__(self) -> None:
        self.root = ""
        self.attributes: dict[str, str] = {}
        self.children: dict[str, str] = {}
        self._depth = 0
        self._current: str | None = None
        self._text: list[str] = []

    def start(self, tag: str, attributes: list[str]) -> None:
        if self._depth == 0:
            self.root, self.attributes = tag, attribute_dict(attributes)
        elif self._depth == 1:
            self._current, self._text = tag, []
        self._depth += 1

    def data(self, text: str) -> None:
        if self._current is not None:
            self._text.append(text)

    def end(self, tag: str) -> None:
        self._depth -= 1
        if self._depth == 1 and self._current is not None:
            self.children.setdefault(self._current, "".join(self._text).strip())
            self._current = None

    def close(self) -> None:
        return None


def read_envelope(data: Input) -> FlexStatementResponse:
    """Parse an envelope from a re-readable input."""
    target = EnvelopeTarget()
    for _ in feed_all(safe_parser(target), data.chunks()):
        pass
    if target.root != ENVELOPE_ROOT:
        raise FlexFormatError(
            f"expected <{ENVELOPE_ROOT}>, found <{target.root}>", detected="unexpected-root"
        )
    return FlexStatementResponse(**_fields(target))


def _fields(target: EnvelopeTarget) -> dict[str, Any]:
    values: dict[str, Any] = {}
    extra: dict[str, str] = {}
    specs = {spec.xml_name: spec for spec in ENVELOPE_FIELDS}
    for name, raw in _named_values(target):
        spec = specs.get(name)
        if spec is None:
            extra[name] = raw
            continue
        try:
            values[spec.py_name] = _convert(spec, raw)
        except (InvalidValue, InvalidTemporal):
            extra[name] = raw
    if extra:
        values["extra"] = MappingProxyType(extra)
    return values


def _named_values(target: EnvelopeTarget) -> Iterator[tuple[str, str]]:
    yield from target.attributes.items()
    yield from target.children.items()


def _convert(spec: FieldSpec, raw: str) -> Any:
    if spec.enum is not None:
        return EnumCache(spec.enum, _ignore)(raw)
    if spec.kind == "timestamp":
        return parse_timestamp(raw) if raw else None
    if spec.kind == "integer":
        return IntegerCache()(raw)
    return raw or None


def _ignore(value: str) -> None:
    """Unknown statuses stay plain strings; an envelope has no drift report."""


def parse_envelope(source: Source) -> FlexStatementResponse:
    """Read a FlexStatementResponse (SendRequest's answer, or a GetStatement error).

    >>> from ibkr_webapi.flex import parse_envelope
    >>> envelope = parse_envelope(b'''<FlexStatementResponse
    ... timestamp="28 August, 2012 10:37 AM EDT"><Status>Success</Status>
    ... <ReferenceCode>1234567890</ReferenceCode>
    ... <url>https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService/GetStatement</url>
    ... </FlexStatementResponse>''')
    >>> envelope.status, envelope.reference_code, envelope.url.endswith("/GetStatement")
    (<ResponseStatus.SUCCESS: 'Success'>, '1234567890', True)
    """
    data = Input(source)
    try:
        root = root_element(data.head())
        if root != ENVELOPE_ROOT:
            raise FlexFormatError(
                f"expected <{ENVELOPE_ROOT}>, found <{root}>", detected="unexpected-root"
            )
        return read_envelope(data)
    finally:
        data.close()


def raise_for_envelope(envelope: FlexStatementResponse, *, operation: str) -> None:
    """Raise the typed error of a Warn/Fail envelope; return quietly for Success.

    >>> raise_for_envelope(FlexStatementResponse(status="Warn", error_code=1019,
    ...     error_message="Statement generation in progress."), operation="GetStatement")
    Traceback (most recent call last):
    ...
    ibkr_webapi.flex.errors.FlexGenerationInProgressError: GetStatement: Flex error 1019: ...
    """
    if envelope.error_code is None and envelope.status == "Success":
        return
    if envelope.error_code is None:
        raise FlexFormatError(
            f"{operation}: envelope with status {envelope.status!r} and no error code",
            detected="unexpected-root",
        )
    message = envelope.error_message or "(no message)"
    raise error_for(envelope.error_code, message, operation=operation)
