"""Reading a source (path, bytes or binary file) safely: chunks, BOM, sniffing, hardened XML.

A source may be read more than once (date-order detection, strict validation,
then parsing), so unseekable streams are spooled to a temporary file first.
Before any XML parser sees the data, the first bytes tell what it is: a Flex
report, an envelope, or something else (CSV, HTML, text), which is a typed
error. The XML parser itself refuses DTDs, so there are no entities to expand,
no external files and no network.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final, NoReturn, Protocol
from xml.parsers import expat

from .errors import FlexFormatError, FlexUnsafeXmlError

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""What the parser accepts: a path, the bytes, or a binary file object."""

CHUNK_SIZE: Final = 1 << 16
SNIFF_LIMIT: Final = 1 << 20
SPOOL_IN_MEMORY: Final = 8 << 20
UTF8_BOM: Final = b"\xef\xbb\xbf"
REPORT_ROOT: Final = "FlexQueryResponse"
ENVELOPE_ROOT: Final = "FlexStatementResponse"

_ROOT_RE: Final = re.compile(rb"<([A-Za-z_][\w.\-]*)")
_HTML_RE: Final = re.compile(rb"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)


class Input:
    """A re-readable byte source."""

    def __init__(self, source: Source) -> None:
        self._path: Path | None = None
        self._data: bytes | None = None
        self._file: IO[bytes] | None = None
        self._start = 0
        self._spool: IO[bytes] | None = None
        self._attach(source)

    def _attach(self, source: Source) -> None:
        if isinstance(source, bytes | bytearray | memoryview):
            self._data = bytes(source)
        elif isinstance(source, str | os.PathLike):
            self._path = Path(source)
        elif _seekable(source):
            self._file, self._start = source, source.tell()
        else:
            self._file = self._spool = _spool(source)

    def chunks(self) -> Iterator[bytes]:
        """The whole content from its start, in chunks, UTF-8 BOM removed."""
        first = True
        for chunk in self._raw_chunks():
            if first:
                chunk = chunk.removeprefix(UTF8_BOM)
                first = False
            yield chunk

    def _raw_chunks(self) -> Iterator[bytes]:
        if self._data is not None:
            view = memoryview(self._data)
            for offset in range(0, len(view), CHUNK_SIZE):
                yield bytes(view[offset : offset + CHUNK_SIZE])
        elif self._path is not None:
            with self._path.open("rb") as handle:
                yield from iter(lambda: handle.read(CHUNK_SIZE), b"")
        else:
            assert self._file is not None
            self._file.seek(self._start)
            yield from iter(lambda: self._file.read(CHUNK_SIZE) if self._file else b"", b"")

    def head(self) -> bytes:
        """Up to 1 MiB from the start (BOM removed), enough to see the root element."""
        collected = bytearray()
        for chunk in self.chunks():
            collected += chunk
            if len(collected) >= SNIFF_LIMIT or _ROOT_RE.search(_strip_prolog(bytes(collected))):
                break
        return bytes(collected)

    def for_validator(self) -> str | IO[bytes]:
        """A form xmlschema can read."""
        if self._path is not None:
            return str(self._path)
        if self._data is not None:
            return io.BytesIO(self._data.removeprefix(UTF8_BOM))
        assert self._file is not None
        self._file.seek(self._start)
        return self._file

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return stream.seekable()
    except (AttributeError, OSError):
        return False


def _spool(stream: IO[bytes]) -> IO[bytes]:
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 - closed by Input.close
    for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
        spool.write(chunk)
    spool.seek(0)
    return spool


# --------------------------------------------------------------------------- sniffing


def root_element(head: bytes) -> str:
    """Name of the root element, or a FlexFormatError saying what the bytes are instead.

    >>> root_element(b'<?xml version="1.0"?>\\n<FlexQueryResponse queryName="q">')
    'FlexQueryResponse'
    """
    body = head.lstrip()
    if not body:
        raise FlexFormatError("empty response: no bytes to parse", detected="empty")
    if _HTML_RE.search(body[:4096]):
        raise FlexFormatError(
            "an HTML page, not a Flex report (a login, maintenance or error page?)", detected="html"
        )
    if not body.startswith(b"<"):
        _raise_not_xml(body)
    match = _ROOT_RE.search(_strip_prolog(body))
    if match is None:
        raise FlexFormatError("no root element found", detected="malformed-xml")
    return match.group(1).decode("ascii")


def _raise_not_xml(body: bytes) -> NoReturn:
    if csv_delimiter(body) is not None:
        raise FlexFormatError("a CSV report, not XML", detected="csv")
    raise FlexFormatError("plain text, not a Flex report", detected="text")


CSV_RECORD_CODES: Final = frozenset({"BOF", "BOA", "BOS", "HEADER", "DATA", "EOS", "EOA", "EOF"})
_HEADING_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9 /_().&#%-]{0,79}\Z")


def csv_delimiter(head: bytes) -> str | None:
    """The delimiter of a Flex CSV report (",", "|" or tab), or None if the bytes are not one.

    A Flex CSV report begins with a header/trailer record (BOF), a section-code record
    (HEADER), or a line of column headings; IBKR quotes every field. Anything else (a
    plain-text error message, say) is not CSV.

    >>> csv_delimiter(b'"ClientAccountID","Symbol"\\r\\n"U1","AAPL"')
    ','
    >>> csv_delimiter(b"Service down, sorry") is None
    True
    """
    first_line = head.lstrip().split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
    # Unquoted (a re-saved file): at least three heading-like fields, so prose is not CSV.
    least = 1 if first_line.startswith('"') else 3
    for delimiter in (",", "|", "\t"):
        fields = next(csv.reader([first_line], delimiter=delimiter), [])
        if len(fields) < least or (len(fields) == 1 and delimiter != ","):
            continue
        if fields[0] in CSV_RECORD_CODES or all(_HEADING_RE.match(field) for field in fields):
            return delimiter
    return None


def _strip_prolog(body: bytes) -> bytes:
    """Drop the XML declaration, processing instructions and comments before the root."""
    text = body
    while True:
        text = text.lstrip()
        if text.startswith(b"<?"):
            end = text.find(b"?>")
        elif text.startswith(b"<!--"):
            end = text.find(b"-->")
        else:
            return text
        if end == -1:
            return b""
        text = text[end + 2 :].lstrip(b">")


# --------------------------------------------------------------------------- hardened parser


class ParserTarget(Protocol):
    """What the parser calls: ``start`` with the tag and a flat [name, value, ...] list."""

    def start(self, tag: str, attributes: list[str]) -> None: ...


class RefuseDoctype:
    """Mixin for parser targets: a DOCTYPE ends the parse before any entity is declared."""

    def doctype(self, name: str, *_: object) -> None:
        raise FlexUnsafeXmlError(
            f"the document declares a DTD (<!DOCTYPE {name}>); Flex reports never do, "
            "so it is refused to rule out entity expansion and external entities"
        )


def _refuse_entity(name: str, *_: object) -> None:
    raise FlexUnsafeXmlError(f"the document declares or references an entity ({name!r}); refused")


def safe_parser(target: ParserTarget) -> expat.XMLParserType:
    """An expat push parser that refuses DTDs and entities: no expansion, no files, no network.

    Attributes come as an ordered flat list, names interned: rows of one type then share
    their name objects, which makes comparing attribute orders cheap.
    """
    parser = expat.ParserCreate()
    parser.ordered_attributes = True
    parser.buffer_text = True
    parser.StartElementHandler = target.start
    if hasattr(target, "end"):
        parser.EndElementHandler = target.end
    if hasattr(target, "data"):
        parser.CharacterDataHandler = target.data
    parser.StartDoctypeDeclHandler = getattr(target, "doctype", _refuse_entity)
    parser.EntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_entity  # type: ignore[assignment]
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def feed_all(parser: expat.XMLParserType, chunks: Iterator[bytes]) -> Iterator[None]:
    """Feed chunks, yielding after each so the caller can drain what the target produced."""
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
            yield None
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise FlexFormatError(f"malformed XML: {error}", detected="malformed-xml") from None
    yield None


def attribute_dict(attributes: list[str]) -> dict[str, str]:
    """The flat [name, value, ...] list as a dict."""
    return dict(zip(attributes[::2], attributes[1::2], strict=True))
