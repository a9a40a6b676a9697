"""Named market data fields: the full table, read from the spec (ibkr_webapi.ws.fields)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ibkr_client.models.market_data_field_id import MarketDataFieldId
from ibkr_client.models.market_data_snapshot import MarketDataSnapshot
from ibkr_webapi.spec import effective_spec
from ibkr_webapi.ws import MarketDataFields, decode_frame, field_descriptions
from ibkr_webapi.ws.fields import FIELD_ID_BY_NAME

INVENTORY = Path(__file__).resolve().parents[2] / "contract_tests/facts/cpapi-v1-inventory.json"


def documented_field_ids() -> list[str]:
    """The ids of the documentation's Market Data Fields table (the committed inventory)."""
    ids: list[str] = json.loads(INVENTORY.read_text(encoding="utf-8"))["market_data_field_ids"]
    return ids


def test_every_documented_field_has_a_name() -> None:
    documented = documented_field_ids()
    assert len(documented) == 118
    assert set(documented) == set(FIELD_ID_BY_NAME.values())


def test_names_come_from_the_spec_enum() -> None:
    schema = effective_spec()["components"]["schemas"]["MarketDataFieldId"]
    expected = {
        n.lower(): v for n, v in zip(schema["x-enum-varnames"], schema["enum"], strict=True)
    }
    assert expected == dict(FIELD_ID_BY_NAME)
    assert set(field_descriptions()) == set(schema["enum"])


@pytest.mark.parametrize("name", sorted(FIELD_ID_BY_NAME))
def test_every_name_reads_its_field(name: str) -> None:
    field_id = FIELD_ID_BY_NAME[name]
    fields = MarketDataFields({field_id: "C1.5K"})
    value = getattr(fields, name)
    assert value is not None and value.number == 1500 and value.closed
    assert fields[MarketDataFieldId(field_id)] == value


def test_an_absent_field_is_none_and_a_misspelt_name_an_error() -> None:
    fields = MarketDataFields({"31": "1"})
    assert fields.bid_price is None
    with pytest.raises(AttributeError, match="last_prize"):
        fields.last_prize  # noqa: B018


def test_unknown_ids_are_kept_and_metadata_is_not_a_field() -> None:
    data = {"conid": 1, "_updated": 2, "topic": "smd+1", "31": "2", "87_raw": 12200000.0}
    fields = MarketDataFields(data)
    assert list(fields) == ["31", "87_raw"]
    assert fields.unknown == {"87_raw": 12200000.0}
    assert fields.named() == {"last_price": fields.last_price}


def test_6508_and_6509_are_decoded() -> None:
    fields = MarketDataFields({"6509": "DPB", "6508": "&serviceID1=122&serviceID2=123"})
    assert fields.availability is not None and fields.availability.timeliness is not None
    assert fields.availability.timeliness.name == "DELAYED"
    assert fields.services is not None and fields.services.service_ids == ("122", "123")
    assert fields.market_data_availability is not None
    assert fields.market_data_availability.text == "DPB"


def test_the_rest_snapshot_uses_the_same_parser() -> None:
    body = {"conid": 265598, "conidEx": "265598", "31": "C193.18", "87": "12.2M", "6509": "RpB"}
    from_model = MarketDataFields.from_snapshot(MarketDataSnapshot.from_dict(body))
    from_json = MarketDataFields.from_snapshot(body)
    assert from_model.named() == from_json.named()
    assert from_model.volume is not None and from_model.volume.number == 12_200_000


def test_a_websocket_frame_and_a_snapshot_read_alike() -> None:
    body = {"conid": 265598, "31": "H10", "84": "9.5"}
    frame = decode_frame(json.dumps({**body, "topic": "smd+265598"}))
    assert frame.fields.named() == MarketDataFields.from_snapshot(body).named()  # type: ignore[attr-defined]
