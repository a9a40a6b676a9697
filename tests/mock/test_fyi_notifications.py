"""FYI through the generated client: paging, read state, subscriptions, disclaimers, delivery."""

from __future__ import annotations

from ibkr_client import Client
from ibkr_client.api.fyi import (
    delete_fyi_device,
    get_fyi_delivery_options,
    get_fyi_disclaimer,
    get_fyi_unread_count,
    list_fyi_notifications,
    list_fyi_subscriptions,
    list_more_fyi_notifications,
    mark_fyi_disclaimer_read,
    mark_fyi_notification_read,
    set_fyi_device_delivery,
    set_fyi_email_delivery,
    set_fyi_subscription,
)
from ibkr_client.models import (
    FyiDeviceChange,
    FyiNotification,
    FyiSubscriptionChange,
    FyiTypecode,
)
from ibkr_webapi.mock.config import ManualClock
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    OPEN,
    client_fixture,
    clock_fixture,
    http_fixture,
    mock_server,
    server_fixture,
    validator_fixture,
)


def unread(client: Client) -> int:
    answer = get_fyi_unread_count.sync(client=client)
    assert answer is not None and isinstance(answer.bn, int)
    return answer.bn


def notifications(client: Client, **options: object) -> list[FyiNotification]:
    answer = list_fyi_notifications.sync(client=client, **options)
    assert isinstance(answer, list), answer
    return answer


def test_pages_go_back_in_time_without_gaps(client: Client) -> None:
    seen: list[FyiNotification] = notifications(client)
    while True:
        page = list_more_fyi_notifications.sync(client=client, id=seen[-1].id)
        assert isinstance(page, list)
        if not page:
            break
        seen += page
    assert len(seen) == len({n.id for n in seen}) == 24
    dates = [float(n.d) for n in seen]
    assert dates == sorted(dates, reverse=True) and seen[0].d.endswith(".0")
    assert all(OPEN - 61 * 86_400 < d < OPEN for d in dates)


def test_max_limits_a_page(client: Client) -> None:
    assert len(notifications(client, max_=3)) == 3
    assert len(notifications(client)) == 10


def test_marking_read_lowers_the_unread_count(client: Client) -> None:
    before = unread(client)
    target = next(n for n in notifications(client) if n.r == 0)
    answer = mark_fyi_notification_read.sync(target.id, client=client)
    assert answer is not None and answer.v == 1 and answer.p.r == 1 and answer.p.id == target.id
    assert unread(client) == before - 1
    assert next(n for n in notifications(client) if n.id == target.id).r == 1


def test_an_unknown_notification_is_not_acknowledged(client: Client) -> None:
    answer = mark_fyi_notification_read.sync("42", client=client)
    assert answer is not None and (answer.v, answer.p.r) == (0, 0)


def test_subscriptions_and_disclaimers(client: Client) -> None:
    def setting(code: str) -> tuple[int, int]:
        rows = list_fyi_subscriptions.sync(client=client)
        assert isinstance(rows, list)
        row = next(r for r in rows if r.fc == code)
        return row.a, row.h
    assert setting("OE") == (1, 0)
    done = set_fyi_subscription.sync(FyiTypecode.OE, client=client,
                                     body=FyiSubscriptionChange(enabled=False))
    assert done is not None and done.v == 1
    disclaimer = get_fyi_disclaimer.sync(FyiTypecode.OE, client=client)
    assert disclaimer is not None and disclaimer.fc == "OE" and "information" in disclaimer.dt
    mark_fyi_disclaimer_read.sync(FyiTypecode.OE, client=client)
    assert setting("OE") == (0, 1)


def test_delivery_devices_and_email(client: Client) -> None:
    def options() -> tuple[int, dict[str, int]]:
        answer = get_fyi_delivery_options.sync(client=client)
        assert answer is not None
        return answer.m, {device.nm: device.a for device in answer.e}
    assert options() == (1, {"iPhone": 1})
    set_fyi_device_delivery.sync(client=client, body=FyiDeviceChange(
        device_name="Tablet", device_id="tablet-7", ui_name="Tablet", enabled=False))
    set_fyi_email_delivery.sync(client=client, enabled=False)
    assert options() == (0, {"iPhone": 1, "Tablet": 0})
    response = delete_fyi_device.sync_detailed("tablet-7", client=client)
    assert response.status_code == 200 and response.content == b""
    assert options() == (0, {"iPhone": 1})


def test_notifications_depend_on_the_seed() -> None:
    def ids(seed: int) -> list[str]:
        with mock_server(seed, ManualClock(OPEN)) as server:
            return [n.id for n in notifications(server.client())]
    assert ids(8) == ids(8) and ids(8) != ids(9)
