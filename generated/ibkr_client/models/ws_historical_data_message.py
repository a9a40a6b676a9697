from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_data_bar import MarketDataBar


T = TypeVar("T", bound="WsHistoricalDataMessage")


@_attrs_define
class WsHistoricalDataMessage:
    """Topic "smh+CONID": historical bars, sent once per subscription; serverId is needed to
    unsubscribe (umh+SERVERID). The same content as GET /iserver/marketdata/history.

        Attributes:
            topic (str): "smh+" and the conid.
            server_id (None | str | Unset): Internal request id.
            symbol (None | str | Unset): Symbol of the contract.
            text (None | str | Unset): Long name of the contract.
            price_factor (int | None | Unset): Price increment from the display rules; high and low are scaled by it.
            start_time (None | str | Unset): Start of the data, UTC, formatted YYYYMMDD-HH:mm:ss.
            high (None | str | Unset): Highest bar of the series as "price/volume/minutes": the high price times
                priceFactor, the volume (divided by 100) and the minutes from the start of the chart.
            low (None | str | Unset): Lowest bar of the series as "price/volume/minutes": the low price times
                priceFactor, the volume (divided by 100) and the minutes from the start of the chart.
            time_period (None | str | Unset): Duration of the request, e.g. 1d.
            bar_length (int | None | Unset): Length of one bar, in seconds.
            md_availability (None | str | Unset): Market data availability code (see field 6509 of MarketDataSnapshot); S in
                most samples.
            mkt_data_delay (int | None | Unset): Delay in producing the data, in milliseconds.
            outside_rth (bool | None | Unset): Whether data outside regular trading hours is included.
            trading_day_duration (int | None | Unset): Length of the trading day, in minutes (in the example, not in the
                field list).
            volume_factor (int | None | Unset): Factor the volumes are divided by.
            price_display_rule (int | None | Unset): Price display rule (internal use).
            price_display_value (None | str | Unset): Price display value (internal use).
            chart_pan_start_time (None | str | Unset): Start of the chart pan, formatted YYYYMMDD-HH:mm:ss (in the example,
                not in the field list).
            direction (int | None | Unset): Direction of the data, -1 or 1 (in the example, not in the field list).
            negative_capable (bool | None | Unset): Whether values can be negative.
            message_version (int | None | Unset): Internal use.
            data (list[MarketDataBar] | None | Unset): The bars of the period.
            points (int | None | Unset): Number of data points.
            travel_time (int | None | Unset): Time taken to return the data, in milliseconds.
            chart_annotations (None | str | Unset): Undocumented; chart annotations such as dividends, e.g. "x/D
                0.24/1440;".
            payload (None | str | Unset): Undocumented (websocket smh only); the JSON argument of the subscription, echoed
                as text.
    """

    topic: str
    server_id: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    price_factor: int | None | Unset = UNSET
    start_time: None | str | Unset = UNSET
    high: None | str | Unset = UNSET
    low: None | str | Unset = UNSET
    time_period: None | str | Unset = UNSET
    bar_length: int | None | Unset = UNSET
    md_availability: None | str | Unset = UNSET
    mkt_data_delay: int | None | Unset = UNSET
    outside_rth: bool | None | Unset = UNSET
    trading_day_duration: int | None | Unset = UNSET
    volume_factor: int | None | Unset = UNSET
    price_display_rule: int | None | Unset = UNSET
    price_display_value: None | str | Unset = UNSET
    chart_pan_start_time: None | str | Unset = UNSET
    direction: int | None | Unset = UNSET
    negative_capable: bool | None | Unset = UNSET
    message_version: int | None | Unset = UNSET
    data: list[MarketDataBar] | None | Unset = UNSET
    points: int | None | Unset = UNSET
    travel_time: int | None | Unset = UNSET
    chart_annotations: None | str | Unset = UNSET
    payload: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        price_factor: int | None | Unset
        if isinstance(self.price_factor, Unset):
            price_factor = UNSET
        else:
            price_factor = self.price_factor

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        high: None | str | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        low: None | str | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        time_period: None | str | Unset
        if isinstance(self.time_period, Unset):
            time_period = UNSET
        else:
            time_period = self.time_period

        bar_length: int | None | Unset
        if isinstance(self.bar_length, Unset):
            bar_length = UNSET
        else:
            bar_length = self.bar_length

        md_availability: None | str | Unset
        if isinstance(self.md_availability, Unset):
            md_availability = UNSET
        else:
            md_availability = self.md_availability

        mkt_data_delay: int | None | Unset
        if isinstance(self.mkt_data_delay, Unset):
            mkt_data_delay = UNSET
        else:
            mkt_data_delay = self.mkt_data_delay

        outside_rth: bool | None | Unset
        if isinstance(self.outside_rth, Unset):
            outside_rth = UNSET
        else:
            outside_rth = self.outside_rth

        trading_day_duration: int | None | Unset
        if isinstance(self.trading_day_duration, Unset):
            trading_day_duration = UNSET
        else:
            trading_day_duration = self.trading_day_duration

        volume_factor: int | None | Unset
        if isinstance(self.volume_factor, Unset):
            volume_factor = UNSET
        else:
            volume_factor = self.volume_factor

        price_display_rule: int | None | Unset
        if isinstance(self.price_display_rule, Unset):
            price_display_rule = UNSET
        else:
            price_display_rule = self.price_display_rule

        price_display_value: None | str | Unset
        if isinstance(self.price_display_value, Unset):
            price_display_value = UNSET
        else:
            price_display_value = self.price_display_value

        chart_pan_start_time: None | str | Unset
        if isinstance(self.chart_pan_start_time, Unset):
            chart_pan_start_time = UNSET
        else:
            chart_pan_start_time = self.chart_pan_start_time

        direction: int | None | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        negative_capable: bool | None | Unset
        if isinstance(self.negative_capable, Unset):
            negative_capable = UNSET
        else:
            negative_capable = self.negative_capable

        message_version: int | None | Unset
        if isinstance(self.message_version, Unset):
            message_version = UNSET
        else:
            message_version = self.message_version

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        travel_time: int | None | Unset
        if isinstance(self.travel_time, Unset):
            travel_time = UNSET
        else:
            travel_time = self.travel_time

        chart_annotations: None | str | Unset
        if isinstance(self.chart_annotations, Unset):
            chart_annotations = UNSET
        else:
            chart_annotations = self.chart_annotations

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if text is not UNSET:
            field_dict["text"] = text
        if price_factor is not UNSET:
            field_dict["priceFactor"] = price_factor
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if time_period is not UNSET:
            field_dict["timePeriod"] = time_period
        if bar_length is not UNSET:
            field_dict["barLength"] = bar_length
        if md_availability is not UNSET:
            field_dict["mdAvailability"] = md_availability
        if mkt_data_delay is not UNSET:
            field_dict["mktDataDelay"] = mkt_data_delay
        if outside_rth is not UNSET:
            field_dict["outsideRth"] = outside_rth
        if trading_day_duration is not UNSET:
            field_dict["tradingDayDuration"] = trading_day_duration
        if volume_factor is not UNSET:
            field_dict["volumeFactor"] = volume_factor
        if price_display_rule is not UNSET:
            field_dict["priceDisplayRule"] = price_display_rule
        if price_display_value is not UNSET:
            field_dict["priceDisplayValue"] = price_display_value
        if chart_pan_start_time is not UNSET:
            field_dict["chartPanStartTime"] = chart_pan_start_time
        if direction is not UNSET:
            field_dict["direction"] = direction
        if negative_capable is not UNSET:
            field_dict["negativeCapable"] = negative_capable
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if data is not UNSET:
            field_dict["data"] = data
        if points is not UNSET:
            field_dict["points"] = points
        if travel_time is not UNSET:
            field_dict["travelTime"] = travel_time
        if chart_annotations is not UNSET:
            field_dict["chartAnnotations"] = chart_annotations
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_data_bar import MarketDataBar  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        topic = _source.pop("topic")

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(_source.pop("serverId", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(_source.pop("text", UNSET))

        def _parse_price_factor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_factor = _parse_price_factor(_source.pop("priceFactor", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(_source.pop("startTime", UNSET))

        def _parse_high(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        high = _parse_high(_source.pop("high", UNSET))

        def _parse_low(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        low = _parse_low(_source.pop("low", UNSET))

        def _parse_time_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_period = _parse_time_period(_source.pop("timePeriod", UNSET))

        def _parse_bar_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bar_length = _parse_bar_length(_source.pop("barLength", UNSET))

        def _parse_md_availability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        md_availability = _parse_md_availability(_source.pop("mdAvailability", UNSET))

        def _parse_mkt_data_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mkt_data_delay = _parse_mkt_data_delay(_source.pop("mktDataDelay", UNSET))

        def _parse_outside_rth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        outside_rth = _parse_outside_rth(_source.pop("outsideRth", UNSET))

        def _parse_trading_day_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trading_day_duration = _parse_trading_day_duration(
            _source.pop("tradingDayDuration", UNSET)
        )

        def _parse_volume_factor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_factor = _parse_volume_factor(_source.pop("volumeFactor", UNSET))

        def _parse_price_display_rule(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_display_rule = _parse_price_display_rule(
            _source.pop("priceDisplayRule", UNSET)
        )

        def _parse_price_display_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_display_value = _parse_price_display_value(
            _source.pop("priceDisplayValue", UNSET)
        )

        def _parse_chart_pan_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chart_pan_start_time = _parse_chart_pan_start_time(
            _source.pop("chartPanStartTime", UNSET)
        )

        def _parse_direction(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        direction = _parse_direction(_source.pop("direction", UNSET))

        def _parse_negative_capable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        negative_capable = _parse_negative_capable(
            _source.pop("negativeCapable", UNSET)
        )

        def _parse_message_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_version = _parse_message_version(_source.pop("messageVersion", UNSET))

        def _parse_data(data: object) -> list[MarketDataBar] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = MarketDataBar.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MarketDataBar] | None | Unset, data)

        data = _parse_data(_source.pop("data", UNSET))

        def _parse_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points = _parse_points(_source.pop("points", UNSET))

        def _parse_travel_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        travel_time = _parse_travel_time(_source.pop("travelTime", UNSET))

        def _parse_chart_annotations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chart_annotations = _parse_chart_annotations(
            _source.pop("chartAnnotations", UNSET)
        )

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(_source.pop("payload", UNSET))

        _model = cls(
            topic=topic,
            server_id=server_id,
            symbol=symbol,
            text=text,
            price_factor=price_factor,
            start_time=start_time,
            high=high,
            low=low,
            time_period=time_period,
            bar_length=bar_length,
            md_availability=md_availability,
            mkt_data_delay=mkt_data_delay,
            outside_rth=outside_rth,
            trading_day_duration=trading_day_duration,
            volume_factor=volume_factor,
            price_display_rule=price_display_rule,
            price_display_value=price_display_value,
            chart_pan_start_time=chart_pan_start_time,
            direction=direction,
            negative_capable=negative_capable,
            message_version=message_version,
            data=data,
            points=points,
            travel_time=travel_time,
            chart_annotations=chart_annotations,
            payload=payload,
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
