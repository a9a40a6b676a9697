"""Named, parsed access to market data fields, for websocket smd frames and REST snapshots.

The field table is never copied here: ids and names come from the spec's MarketDataFieldId
enum (its ``x-enum-varnames`` became the members of the generated ``MarketDataFieldId``), and
descriptions from its ``x-enum-descriptions`` in the packaged effective spec. A name is the
member name in lower case, so ``fields.last_price`` is field 31 and ``fields.bid_size`` 88.

>>> fields = MarketDataFields({"31": "C193.18", "87": "12.2M", "6509": "DPB", "9999": "x"})
>>> fields.last_price.number, fields.last_price.closed
(Decimal('193.18'), True)
>>> fields[MarketDataFieldId.VOLUME].number
Decimal('12200000.0')
>>> fields.availability.timeliness.name
'DELAYED'
>>> fields.bid_price is None                      # a known field that was not sent
True
>>> fields.unknown                                # ids outside the table are kept
{'9999': 'x'}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Final

from ibkr_client.models.market_data_field_id import MarketDataFieldId

from .values import (
    Availability,
    FieldValue,
    ServiceParams,
    decode_availability,
    decode_service_params,
    parse_value,
)

FIELD_ID_BY_NAME: Final[Mapping[str, str]] = {
    member.name.lower(): member.value for member in MarketDataFieldId
}
NAME_BY_FIELD_ID: Final[Mapping[str, str]] = {v: k for k, v in FIELD_ID_BY_NAME.items()}
# Keys of an smd frame or a snapshot that are not field ids of the table.
METADATA_KEYS: Final = frozenset({"conid", "conidEx", "_updated", "server_id", "topic"})


@cache
def field_descriptions() -> Mapping[str, str]:
    """Field id -> "Name: meaning", from the spec's ``x-enum-descriptions``."""
    from ibkr_webapi.spec import effective_spec

    schema = effective_spec()["components"]["schemas"]["MarketDataFieldId"]
    return dict(schema.get("x-enum-descriptions", {}))


class MarketDataFields:
    """The market data fields of one frame or snapshot, parsed on first access.

    It wraps the decoded JSON object without copying it. ``fields.<name>`` and
    ``fields[field_id]`` give a `FieldValue`, or None when the field was not sent; an
    unknown name raises AttributeError (a typo never reads as "no data").
    """

    __slots__ = ("_data", "_parsed")

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data
        self._parsed: dict[str, FieldValue] = {}

    @classmethod
    def from_snapshot(cls, snapshot: Any) -> MarketDataFields:
        """Wrap a REST snapshot: the generated MarketDataSnapshot model or its JSON object."""
        to_dict = getattr(snapshot, "to_dict", None)
        return cls(to_dict() if callable(to_dict) else snapshot)

    def get(self, field_id: MarketDataFieldId | str) -> FieldValue | None:
        """The parsed value of one field id, or None when it was not sent."""
        parsed = self._parsed.get(field_id)
        if parsed is None:
            raw = self._data.get(field_id)
            if raw is None:
                return None
            parsed = self._parsed[field_id] = parse_value(raw)
        return parsed

    def __getitem__(self, field_id: MarketDataFieldId | str) -> FieldValue | None:
        return self.get(field_id)

    def __getattr__(self, name: str) -> FieldValue | None:
        # Every field name is a property (installed below); this only types them for mypy
        # and turns a misspelt name into an AttributeError.
        field_id = FIELD_ID_BY_NAME.get(name)
        if field_id is None:
            raise AttributeError(f"no market data field named {name!r}")
        return self.get(field_id)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *FIELD_ID_BY_NAME]

    def __contains__(self, field_id: object) -> bool:
        return str(field_id) in self._data and str(field_id) not in METADATA_KEYS

    def __iter__(self) -> Iterator[str]:
        """The field ids present (documented or not), in the order sent."""
        return (key for key in self._data if key not in METADATA_KEYS)

    def items(self) -> Iterator[tuple[str, FieldValue]]:
        """(field id, parsed value) for every field present."""
        for key in self:
            value = self.get(key)
            if value is not None:
                yield key, value

    def named(self) -> dict[str, FieldValue]:
        """{field name: parsed value} for the documented fields present."""
        return {NAME_BY_FIELD_ID[k]: v for k, v in self.items() if k in NAME_BY_FIELD_ID}

    @property
    def unknown(self) -> dict[str, Any]:
        """Raw values of the keys that are neither table fields nor frame metadata."""
        return {
            k: v
            for k, v in self._data.items()
            if k not in NAME_BY_FIELD_ID and k not in METADATA_KEYS
        }

    @property
    def availability(self) -> Availability | None:
        """Field 6509 decoded (real time, delayed, frozen; snapshot, consolidated; book)."""
        raw = self._data.get(MarketDataFieldId.MARKET_DATA_AVAILABILITY)
        return decode_availability(raw) if isinstance(raw, str) else None

    @property
    def services(self) -> ServiceParams | None:
        """Field 6508 decoded ("&serviceID1=122&..." as a mapping)."""
        raw = self._data.get(MarketDataFieldId.SERVICE_PARAMS)
        return decode_service_params(raw) if isinstance(raw, str) else None

    def __repr__(self) -> str:
        return f"MarketDataFields({sorted(self)})"


def _field_property(name: str, field_id: str) -> property:
    def read(self: MarketDataFields) -> FieldValue | None:
        return self.get(field_id)

    read.__name__ = name
    read.__doc__ = f"Field {field_id}, parsed; None when it was not sent."
    return property(read)


for _name, _field_id in FIELD_ID_BY_NAME.items():
    if hasattr(MarketDataFields, _name):
        raise RuntimeError(f"market data field name {_name!r} collides with MarketDataFields")
    setattr(MarketDataFields, _name, _field_property(_name, _field_id))
