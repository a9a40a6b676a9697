"""The fast path for Flex XML: rows split with str.split, checked against a verified layout.

Why: expat alone (no handler at all) takes more than an eighth of ibflex's time on a
report of wide Trade rows, so a parser built on it cannot be 8x faster. Flex XML has a
plain shape: one empty element per row, double-quoted attributes in a fixed order, no
comments, DTDs, CDATA or text. For that shape:

- the decoded text is split on "<" (an attribute value cannot hold "<"), each element
  on '"': ``parts[1::2]`` are the values, ``parts[0::2]`` the names with their "=" and
  spacing, plus the tag before and the "/>" and newline after;
- the first element of a layout (the tag and the first attribute name) goes the careful
  way: a regular expression checks it, or, when it holds "&", a tab, a line break in a
  value or anything unusual, a hardened expat parser reads that element alone (entities
  and whitespace normalised exactly as in the whole document). The row is built by the
  ReportTarget, which compiles its builder, and the layout is remembered;
- every later element whose ``parts[0::2]`` equal a remembered layout (a C-level list
  comparison of strings) and which holds no "&" nor more line breaks than its layout is
  the same shape, so its values go straight to the compiled builder;
- end tags must close the open element; text outside elements must be whitespace; the
  document must end with its root closed. Anything else is FlexFormatError.

Documents with "<!" (comments, CDATA, a DTD) or a processing instruction after the
declaration, or a declared encoding other than UTF-8, are left to expat (``plain_shape``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NoReturn
from xml.parsers import expat

from ibkr_client.flex import FlexRow

from .errors import FlexFormatError
from .rows import RowBuilder
from .source import safe_parser
from .target import ReportTarget
from .values import InvalidValue

MAX_ELEMENT: Final = 8 << 20  # an element (with its attributes) above 8 MiB is refused
_NAME: Final = r"[A-Za-z_][\w.\-]*"
_START_RE: Final = re.compile(rf'({_NAME})((?:\s+{_NAME}\s*=\s*"[^"]*")*)\s*(/?)>(\s*)\Z')
_END_RE: Final = re.compile(rf"/({_NAME})\s*>(\s*)\Z")
_DECLARATION_RE: Final = re.compile(r"\?xml\s[^<>]*\?>\s*\Z")
_MARKUP_RE: Final = re.compile(rb"<[!?]")
_ENCODING_RE: Final = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")

Layout = tuple[list[str], Callable[[list[str]], FlexRow], RowBuilder, int, int]


def plain_shape(chunks: Iterable[bytes]) -> bool:
    """True when the document has the plain Flex shape the fast path reads.

    >>> plain_shape([b'<?xml version="1.0" encoding="UTF-8"?><A><B x="1"/></A>'])
    True
    >>> plain_shape([b'<A><!-- a comment --></A>']), plain_shape([b'<!DOCTYPE A><A/>'])
    (False, False)
    """
    watch = ShapeWatch()
    for _ in watch.watch(chunks):
        pass
    return watch.plain


class ShapeWatch:
    """Checks the shape of chunks on their way to another reader (one pass, not two).

    ``plain`` is the answer once ``complete`` (the reader consumed every chunk).
    """

    def __init__(self) -> None:
        self.plain = True
        self.complete = False
        self._first = True
        self._boundary = False  # the previous chunk ended with "<"

    def watch(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            if self.plain:
                self._see(chunk)
            yield chunk
        self.complete = True

    def _see(self, chunk: bytes) -> None:
        if self._first:
            self._first = False
            if not _utf8_declared(chunk):
                self.plain = False
                return
            chunk = chunk.lstrip()
            if chunk.startswith(b"<?xml"):
                chunk = chunk[chunk.find(b"?>") + 2 :]
        # No copy of the chunk: its own "<!"/"<?", and one spanning the boundary.
        # "!" and "?" are rare in Flex and found by memchr; only then the pattern is run.
        if (b"!" in chunk or b"?" in chunk) and _MARKUP_RE.search(chunk):
            self.plain = False
        if self._boundary and chunk[:1] in (b"!", b"?"):
            self.plain = False
        self._boundary = chunk.endswith(b"<")


def _utf8_declared(head: bytes) -> bool:
    declaration = head[: head.find(b"?>") + 2] if head.lstrip().startswith(b"<?xml") else b""
    match = _ENCODING_RE.search(declaration)
    return match is None or match.group(1).lower() in (b"utf-8", b"utf8")


class FastFeeder:
    """Feeds a ReportTarget from text split on "<", with layouts verified once."""

    def __init__(self, target: ReportTarget) -> None:
        self._target = target
        self._rows = target.rows
        # Keyed by the tag with the first name, and the number of parts: rows of one type
        # from differently configured queries then keep a layout each.
        self._layouts: dict[tuple[str, int], Layout] = {}
        self._known: dict[tuple[str, ...], Layout] = {}  # every verified layout, by its names
        self._plain = target.session.plain_row_builders
        self._open: list[str] = []
        self._carry = ""
        self._started = False
        self._closed = False

    def run(self, chunks: Iterable[bytes]) -> Iterator[None]:
        """Feed every chunk, pausing after each (as feed_all does for expat)."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for chunk in chunks:
                self.feed(decoder.decode(chunk))
                yield None
            self.feed(decoder.decode(b"", final=True), final=True)
        except UnicodeDecodeError as error:
            raise FlexFormatError(
                f"malformed XML: not UTF-8 ({error})", detected="malformed-xml"
            ) from None
        self.close()
        yield None

    def feed(self, text: str, final: bool = False) -> None:
        pieces = (self._carry + text).split("<")
        self._carry = "" if final else pieces.pop()
        if len(self._carry) > MAX_ELEMENT:
            _malformed(f"an element longer than {MAX_ELEMENT} characters")
        if not self._started:
            if not pieces:
                return
            self._started = True
            if pieces.pop(0).strip():
                _malformed("text before the root element")
        layouts, known = self._layouts, self._known
        append, slow = self._rows.append, self._slow
        for piece in pieces:
            parts = piece.split('"')
            names = parts[0::2]
            key = (parts[0], len(parts))
            layout = layouts.get(key)
            if layout is None or layout[0] != names:
                # Another verified layout of the same tag and width (rows of one type
                # from differently configured queries): a hash lookup, not the careful way.
                layout = known.get(tuple(names))
                if layout is not None:
                    layouts[key] = layout
            if (
                layout is not None
                and "&" not in piece
                and piece.count("\n") == layout[3]
                and piece.count("\r") == layout[4]
                and "\t" not in piece
            ):
                try:
                    append(layout[1](parts))
                except InvalidValue:
                    append(layout[2].build_carefully(_flat(parts)))
                continue
            slow(piece, parts)

    def close(self) -> None:
        if self._carry.strip():
            _malformed("the document ends inside an element")
        if self._open or not self._closed:
            _malformed("the document ends before its root element is closed")

    # ----------------------------------------------------------------------- careful path

    def _slow(self, piece: str, parts: list[str]) -> None:
        if self._closed:
            _malformed("content after the root element")
        if piece.startswith("/"):
            self._end(piece)
        elif piece.startswith("?"):
            if self._open or _DECLARATION_RE.match(piece) is None:
                _malformed(f"unexpected processing instruction <{piece[:40]}")
        else:
            self._start(piece, parts)

    def _end(self, piece: str) -> None:
        match = _END_RE.match(piece)
        if match is None or match.group(2).strip():
            _malformed(f"bad end tag <{piece[:40]}")
        if not self._open or self._open.pop() != match.group(1):
            _malformed(f"end tag </{match.group(1)}> does not close the open element")
        if not self._open:
            self._closed = True

    def _start(self, piece: str, parts: list[str]) -> None:
        match = _START_RE.match(piece)
        simple = match is not None and "&" not in piece and "\t" not in piece
        flat = _flat(parts) if simple else []
        if simple and any(("\n" in value or "\r" in value) for value in flat[1::2]):
            simple = False
        if simple and len(set(flat[0::2])) != len(flat) // 2:
            simple = False  # a repeated attribute: expat says what is wrong
        if match is None or not simple:
            tag, flat, empty = _standalone(piece)
        else:
            tag, empty = match.group(1), match.group(3) == "/"
            if match.group(4).strip():
                _malformed(f"text after <{tag}>")
        self._target.start(tag, flat)
        if not empty:
            self._open.append(tag)
            return
        if not self._open:  # an empty root element: the whole document
            self._closed = True
        builder = self._plain.get(tag)
        if simple and builder is not None and flat and len(self._known) < 1024:
            build = builder.compile_split(tuple(flat[0::2]))
            if build is not None:
                names = parts[0::2]
                layout = (names, build, builder, piece.count("\n"), piece.count("\r"))
                self._layouts[(parts[0], len(parts))] = self._known[tuple(names)] = layout


def _flat(parts: list[str]) -> list[str]:
    """The [name, value, ...] list of an element split on '"' (names cleaned of = and space)."""
    names = parts[0:-1:2]
    flat: list[str] = []
    for index, name in enumerate(names):
        text = name.rstrip().rstrip("=").rstrip()
        text = (text.split()[-1] if len(text.split()) > 1 else "") if index == 0 else text.strip()
        flat += (text, parts[2 * index + 1])
    return flat


class _One:
    """Captures the one start tag of a standalone element."""

    def __init__(self) -> None:
        self.tag = ""
        self.attributes: list[str] = []

    def start(self, tag: str, attributes: list[str]) -> None:
        self.tag, self.attributes = tag, attributes

    def doctype(self, name: str, *_: object) -> None:  # pragma: no cover - "<!" never gets here
        _malformed("a DTD")


def _standalone(piece: str) -> tuple[str, list[str], bool]:
    """Tag, attributes and emptiness of one element, read by hardened expat on its own."""
    end = piece.rfind(">")
    if end == -1 or piece[end + 1 :].strip():
        _malformed(f"bad element <{piece[:40]}")
    empty = piece[:end].rstrip().endswith("/")
    element = "<" + (piece[: end + 1] if empty else piece[:end] + "/>")
    one = _One()
    parser = safe_parser(one)
    try:
        parser.Parse(element.encode("utf-8"), True)
    except expat.ExpatError as error:  # an entity refused by safe_parser raises its own error
        _malformed(f"{error} in <{piece[:40]}")
    return one.tag, one.attributes, empty


def _malformed(what: str) -> NoReturn:
    raise FlexFormatError(f"malformed XML: {what}", detected="malformed-xml")
