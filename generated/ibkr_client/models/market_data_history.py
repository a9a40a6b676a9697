from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_data_bar import MarketDataBar


T = TypeVar("T", bound="MarketDataHistory")


@_attrs_define
class MarketDataHistory:
    """
    Attributes:
        server_id (str | Unset): Internal request id.
        symbol (str | Unset): Symbol of the contract.
        text (str | Unset): Long name of the contract.
        price_factor (int | Unset): Price increment from the display rules; high and low are scaled by it.
        start_time (str | Unset): Start of the data, UTC, formatted YYYYMMDD-HH:mm:ss.
        high (str | Unset): Highest bar of the series as "price/volume/minutes": the high price times
            priceFactor, the volume (divided by 100) and the minutes from the start of the chart.
        low (str | Unset): Lowest bar of the series as "price/volume/minutes": the low price times
            priceFactor, the volume (divided by 100) and the minutes from the start of the chart.
        time_period (str | Unset): Duration of the request, e.g. 1d.
        bar_length (int | Unset): Length of one bar, in seconds.
        md_availability (str | Unset): Market data availability code (see field 6509 of MarketDataSnapshot); S in most
            samples.
        mkt_data_delay (int | Unset): Delay in producing the data, in milliseconds.
        outside_rth (bool | Unset): Whether data outside regular trading hours is included.
        trading_day_duration (int | Unset): Length of the trading day, in minutes (in the example, not in the field
            list).
        volume_factor (int | Unset): Factor the volumes are divided by.
        price_display_rule (int | Unset): Price display rule (internal use).
        price_display_value (str | Unset): Price display value (internal use).
        chart_pan_start_time (str | Unset): Start of the chart pan, formatted YYYYMMDD-HH:mm:ss (in the example, not in
            the field list).
        direction (int | Unset): Direction of the data, -1 or 1 (in the example, not in the field list).
        negative_capable (bool | Unset): Whether values can be negative.
        message_version (int | Unset): Internal use.
        data (list[MarketDataBar] | Unset): The bars of the period.
        points (int | Unset): Number of data points.
        travel_time (int | Unset): Time taken to return the data, in milliseconds.
        chart_annotations (str | Unset): Undocumented; chart annotations such as dividends, e.g. "x/D 0.24/1440;".
        payload (str | Unset): Undocumented (websocket smh only); the JSON argument of the subscription, echoed as text.
    """

    server_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    text: str | Unset = UNSET
    price_factor: int | Unset = UNSET
    start_time: str | Unset = UNSET
    high: str | Unset = UNSET
    low: str | Unset = UNSET
    time_period: str | Unset = UNSET
    bar_length: int | Unset = UNSET
    md_availability: str | Unset = UNSET
    mkt_data_delay: int | Unset = UNSET
    outside_rth: bool | Unset = UNSET
    trading_day_duration: int | Unset = UNSET
    volume_factor: int | Unset = UNSET
    price_display_rule: int | Unset = UNSET
    price_display_value: str | Unset = UNSET
    chart_pan_start_time: str | Unset = UNSET
    direction: int | Unset = UNSET
    negative_capable: bool | Unset = UNSET
    message_version: int | Unset = UNSET
    data: list[MarketDataBar] | Unset = UNSET
    points: int | Unset = UNSET
    travel_time: int | Unset = UNSET
    chart_annotations: str | Unset = UNSET
    payload: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id = self.server_id

        symbol = self.symbol

        text = self.text

        price_factor = self.price_factor

        start_time = self.start_time

        high = self.high

        low = self.low

        time_period = self.time_period

        bar_length = self.bar_length

        md_availability = self.md_availability

        mkt_data_delay = self.mkt_data_delay

        outside_rth = self.outside_rth

        trading_day_duration = self.trading_day_duration

        volume_factor = self.volume_factor

        price_display_rule = self.price_display_rule

        price_display_value = self.price_display_value

        chart_pan_start_time = self.chart_pan_start_time

        direction = self.direction

        negative_capable = self.negative_capable

        message_version = self.message_version

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        points = self.points

        travel_time = self.travel_time

        chart_annotations = self.chart_annotations

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        server_id = _source.pop("serverId", UNSET)

        symbol = _source.pop("symbol", UNSET)

        text = _source.pop("text", UNSET)

        price_factor = _source.pop("priceFactor", UNSET)

        start_time = _source.pop("startTime", UNSET)

        high = _source.pop("high", UNSET)

        low = _source.pop("low", UNSET)

        time_period = _source.pop("timePeriod", UNSET)

        bar_length = _source.pop("barLength", UNSET)

        md_availability = _source.pop("mdAvailability", UNSET)

        mkt_data_delay = _source.pop("mktDataDelay", UNSET)

        outside_rth = _source.pop("outsideRth", UNSET)

        trading_day_duration = _source.pop("tradingDayDuration", UNSET)

        volume_factor = _source.pop("volumeFactor", UNSET)

        price_display_rule = _source.pop("priceDisplayRule", UNSET)

        price_display_value = _source.pop("priceDisplayValue", UNSET)

        chart_pan_start_time = _source.pop("chartPanStartTime", UNSET)

        direction = _source.pop("direction", UNSET)

        negative_capable = _source.pop("negativeCapable", UNSET)

        message_version = _source.pop("messageVersion", UNSET)

        _data = _source.pop("data", UNSET)
        data: list[MarketDataBar] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = MarketDataBar.from_dict(data_item_data)

                data.append(data_item)

        points = _source.pop("points", UNSET)

        travel_time = _source.pop("travelTime", UNSET)

        chart_annotations = _source.pop("chartAnnotations", UNSET)

        payload = _source.pop("payload", UNSET)

        _model = cls(
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
