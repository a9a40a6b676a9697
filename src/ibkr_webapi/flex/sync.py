"""Sync a Flex query into SQLite, idempotently: what a portfolio tracker needs.

``sync`` fetches the report (waiting out generation and pacing as ``FlexClient.fetch``
does) and ``store`` writes its rows: one table per row type, named after it (``Trade``,
``CashTransaction``), with one typed column per XSD field. A row already stored is never
stored twice, whatever the overlap of the periods fetched. Its key (column ``row_key``):

- IBKR's own id, the first of ``transactionID``, ``tradeID``, ``actionID``, ``execID``,
  ``ibExecID`` (any spelling of case) that the row carries: ``transactionID=123``;
- otherwise (positions, rates, summaries, or a query without id columns) the content:
  ``content=<sha256>#<n>``, the digest of every field's value and the row's number among
  identical rows of the report (two identical executions in one report are two rows;
  the same rows in an overlapping report get the same keys).

Values are stored exactly: decimals, dates and datetimes as ISO text (declared types
``DECIMAL_TEXT``, ``DATE_TEXT``, ``DATETIME_TEXT`` keep SQLite from rounding), integers
and flags as INTEGER, lists as their Flex text, unknown attributes (``extra``) as JSON.
Rows of unknown types go to ``unknown_rows``.

The schema is versioned in ``flex_sync_meta`` (``schema_version``, ``xsd_digest``). When
the XSD gains columns, ``store`` adds them to existing tables (ALTER TABLE ADD COLUMN)
and records the new digest; a database written by a newer schema version is refused.

>>> import sqlite3
>>> xml = b'<FlexQueryResponse><FlexStatements count="1"><FlexStatement accountId="U1">'
>>> xml += b'<Trades><Trade tradeID="7" symbol="AAPL" quantity="10"/></Trades>'
>>> xml += b'</FlexStatement></FlexStatements></FlexQueryResponse>'
>>> db = sqlite3.connect(":memory:")
>>> store(xml, db).new, store(xml, db).new
({'Trades': 1}, {})
>>> db.execute("SELECT row_key, symbol, quantity FROM Trade").fetchall()
[('tradeID=7', 'AAPL', '10')]
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import os
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, Final

from ibkr_client.flex import ROW_SPECS, SCHEMA_DIGEST, FieldSpec, FlexRow, Multi, UnknownRow

from .fetch import FetchProgress, FlexClient
from .parser import iter_entries
from .source import Source

SCHEMA_VERSION: Final = 1
ID_FIELDS: Final = ("transactionid", "tradeid", "actionid", "execid", "ibexecid")
META_TABLE: Final = "flex_sync_meta"
UNKNOWN_TABLE: Final = "unknown_rows"
SQL_TYPES: Final = {
    "decimal": "DECIMAL_TEXT",
    "integer": "INTEGER",
    "bool": "INTEGER",
    "date": "DATE_TEXT",
    "datetime": "DATETIME_TEXT",
    "time": "TIME_TEXT",
    "timestamp": "DATETIME_TEXT",
}
BOOKKEEPING: Final = (
    ("row_key", "TEXT PRIMARY KEY"),
    ("section", "TEXT"),
    ("statement_account", "TEXT"),
    ("synced_at", "TEXT"),
)


@dataclasses.dataclass(frozen=True)
class SyncResult:
    """What one store (or sync) did: rows new per section, and rows seen per section."""

    new: dict[str, int]
    seen: dict[str, int]
    report_format: str = ""

    def summary(self) -> str:
        """One line per section: new and already stored rows."""
        lines = [
            f"{section}: {self.new.get(section, 0)} new, "
            f"{count - self.new.get(section, 0)} already stored"
            for section, count in sorted(self.seen.items())
        ]
        return "\n".join(lines) if lines else "no rows in the report"


class SyncError(Exception):
    """The database cannot be used (written by a newer schema version)."""


def sync(
    query_id: str,
    db: str | os.PathLike[str] | sqlite3.Connection,
    *,
    token: str | None = None,
    client: FlexClient | None = None,
    on_progress: Callable[[FetchProgress], None] | None = None,
) -> SyncResult:
    """Fetch Flex query ``query_id`` and store its new rows in the SQLite database ``db``.

    Pass a ``token`` (a FlexClient is made) or your own ``client``. An expired or invalid
    token raises FlexTokenError, whose message says how to get a new one; generation in
    progress (1019) and pacing (1018) are waited out as FlexClient.fetch does.
    """
    if client is None:
        if not token:
            raise ValueError("give a Flex token or a FlexClient")
        with FlexClient(token) as own:
            return sync(query_id, db, client=own, on_progress=on_progress)
    with tempfile.TemporaryDirectory(prefix="flex-sync-") as scratch:
        result = client.fetch(query_id, Path(scratch) / "report", on_progress=on_progress)
        return store(result.path, db)


def store(source: Source, db: str | os.PathLike[str] | sqlite3.Connection) -> SyncResult:
    """Store the rows of a report (XML or CSV) that the database does not hold yet."""
    connection = db if isinstance(db, sqlite3.Connection) else sqlite3.connect(db)
    try:
        with connection:
            migrate(connection)
            return _store_rows(connection, source)
    finally:
        if connection is not db:
            connection.close()


def _store_rows(connection: sqlite3.Connection, source: Source) -> SyncResult:
    stream = iter_entries(source)
    tables = Tables(connection)
    now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    new: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for entry in stream:
        seen[entry.section] += 1
        inserted = tables.insert(entry.row, entry.section, entry.statement.account_id, now)
        new[entry.section] += inserted
    return SyncResult(
        {section: count for section, count in new.items() if count}, dict(seen), stream.format
    )


# --------------------------------------------------------------------------- schema


def migrate(connection: sqlite3.Connection) -> None:
    """Create or upgrade the bookkeeping table; refuse a database of a newer version."""
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT)"
    )
    found = connection.execute(
        f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
    ).fetchone()
    version = int(found[0]) if found else SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise SyncError(
            f"the database has schema version {version}; this ibkr-webapi knows up to "
            f"{SCHEMA_VERSION}: upgrade ibkr-webapi"
        )
    # Version steps go here (version 1 -> 2 ...) when the layout of the database changes;
    # columns the XSD gains are added table by table (Tables.ensure).
    for key, value in (("schema_version", str(SCHEMA_VERSION)), ("xsd_digest", SCHEMA_DIGEST)):
        connection.execute(f"INSERT OR REPLACE INTO {META_TABLE} VALUES (?, ?)", (key, value))
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {UNKNOWN_TABLE} (row_key TEXT PRIMARY KEY, section TEXT,"
        " statement_account TEXT, synced_at TEXT, tag TEXT, attributes TEXT)"
    )


def columns_of(tag: str) -> list[tuple[str, str]]:
    """(column, declared type) of a row type's table, bookkeeping first."""
    fields = _fields(tag)
    typed = [(spec.py_name, SQL_TYPES.get(spec.kind, "TEXT")) for spec in fields]
    return [*BOOKKEEPING, *typed, ("extra", "TEXT")]


def _fields(tag: str) -> list[FieldSpec]:
    """The row type's fields, one per tuple field (aliases share their field's column)."""
    unique: dict[str, FieldSpec] = {}
    for spec in ROW_SPECS[tag].fields:
        unique.setdefault(spec.py_name, spec)
    return list(unique.values())


class Tables:
    """Creates and extends row tables on first use, and inserts rows by key."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._ready: dict[str, tuple[str, list[str], list[str]]] = {}
        self._copies: Counter[str] = Counter()  # identical id-less rows seen in this report

    def insert(self, row: FlexRow, section: str, account: str | None, now: str) -> int:
        """1 when the row was new, 0 when its key was already stored."""
        if isinstance(row, UnknownRow):
            attributes = json.dumps(dict(row.attributes), sort_keys=True)
            key = self._content_key([section, row.tag, attributes])
            values = [key, section, account, now, row.tag, attributes]
            sql = f"INSERT OR IGNORE INTO {UNKNOWN_TABLE} VALUES (?, ?, ?, ?, ?, ?)"
            return self._connection.execute(sql, values).rowcount
        tag = type(row).__name__
        sql, names, id_fields = self._ready.get(tag) or self._ensure(tag)
        stored = [_sql_value(getattr(row, name)) for name in names]
        key = _id_key(row, id_fields) or self._content_key([tag, *stored])
        return self._connection.execute(sql, [key, section, account, now, *stored]).rowcount

    def _content_key(self, values: list[Any]) -> str:
        digest = _digest(values)
        self._copies[digest] += 1
        return f"content={digest}#{self._copies[digest]}"

    def _ensure(self, tag: str) -> tuple[str, list[str], list[str]]:
        columns = columns_of(tag)
        self._connection.execute(
            f'CREATE TABLE IF NOT EXISTS "{tag}" ({", ".join(f"{n} {t}" for n, t in columns)})'
        )
        existing = {info[1] for info in self._connection.execute(f'PRAGMA table_info("{tag}")')}
        for name, sql_type in columns:
            if name not in existing:  # the XSD gained a column since this table was made
                self._connection.execute(f'ALTER TABLE "{tag}" ADD COLUMN {name} {sql_type}')
        names = [name for name, _ in columns[len(BOOKKEEPING) :]]
        marks = ", ".join("?" * len(columns))
        column_list = ", ".join(name for name, _ in columns)
        sql = f'INSERT OR IGNORE INTO "{tag}" ({column_list}) VALUES ({marks})'
        self._ready[tag] = (sql, names, _id_fields(tag))
        return self._ready[tag]


def _id_fields(tag: str) -> list[str]:
    """The row type's IBKR id fields, in ID_FIELDS order."""
    by_key = {spec.py_name.replace("_", ""): spec.py_name for spec in _fields(tag)}
    return [by_key[key] for key in ID_FIELDS if key in by_key]


def _id_key(row: FlexRow, id_fields: list[str]) -> str | None:
    """``name=value`` of the first id the row carries (a query may select only some)."""
    for field in id_fields:
        value = getattr(row, field)
        if value is not None:
            return f"{_xml_name(type(row).__name__, field)}={value}"
    return None


def _xml_name(tag: str, py_name: str) -> str:
    return next(spec.xml_name for spec in ROW_SPECS[tag].fields if spec.py_name == py_name)


def _digest(values: list[Any]) -> str:
    return hashlib.sha256(json.dumps(values, default=str).encode()).hexdigest()


def _sql_value(value: Any) -> Any:
    """A typed value as SQLite stores it exactly."""
    if value is None or (isinstance(value, int | str) and not isinstance(value, Enum)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Multi):
        return "MULTI"
    if isinstance(value, tuple):
        return ";".join(value)
    return json.dumps(dict(value), sort_keys=True) if value else None


def stored_rows(connection: sqlite3.Connection, tag: str) -> Iterator[sqlite3.Row]:
    """Every stored row of one type, oldest first (for tools and tests)."""
    connection.row_factory = sqlite3.Row
    yield from connection.execute(f'SELECT * FROM "{tag}" ORDER BY rowid')
