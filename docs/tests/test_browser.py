"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

`nox -s docs_browser` runs this after `nox -s docs` built site/. The site is served on
loopback; every request to another host is refused and recorded (the site must work offline).
Screenshots of the home page, one REST operation and one websocket topic go to reports/.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page, Route, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
REPORTS = ROOT / "reports"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1440, "height": 900}
SEARCHED = "place_orders"
TIMEOUT_MS = 120_000
"""Redoc hydrates a 3 MB script: seconds on an idle machine, far more on a loaded one."""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def spec_routes() -> set[str]:
    """``#/<tag>/<operationId>`` of every operation of the effective spec."""
    spec = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    return {f"#/{op['tags'][0]}/{op['operationId']}" for item in spec["paths"].values()
            for method, op in item.items() if method in ("get", "put", "post", "delete",
                                                          "patch")}


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    assert (SITE / "index.html").exists(), "site/ is not built: run `nox -s docs` first"
    handler = functools.partial(_Quiet, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def outside_requests() -> list[str]:
    return []


@pytest.fixture(scope="session")
def context(base_url: str, outside_requests: list[str], tmp_path_factory: pytest.TempPathFactory,
            ) -> Iterator[BrowserContext]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install -y chromium"
    with sync_playwright() as playwright:
        browser_context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
            headless=True, args=FLAGS, viewport=VIEWPORT)

        def only_loopback(route: Route) -> None:
            if route.request.url.startswith(base_url):
                route.continue_()
            else:
                outside_requests.append(route.request.url)
                route.fulfill(status=404, body="")

        browser_context.route("**/*", only_loopback)
        yield browser_context
        browser_context.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    page.close()


def shot(page: Page, name: str) -> None:
    REPORTS.mkdir(exist_ok=True)
    page.screenshot(path=str(REPORTS / f"docs-{name}.png"))


def menu_links(page: Page, selector: str) -> set[str]:
    """The menu's hrefs, read in one step (Redoc re-renders the menu as routes change)."""
    return set(page.eval_on_selector_all(selector, "links => links.map(a => a.getAttribute("
                                                   "'href'))"))


def test_the_home_page_renders(page: Page, base_url: str) -> None:
    page.goto(base_url)
    page.wait_for_selector("h1")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "ibkr-webapi"
    assert page.locator("nav.md-nav").count() > 0
    shot(page, "home")


def test_the_rest_reference_lists_every_operation(page: Page, base_url: str) -> None:
    """Open each tag of Redoc's menu by its route and collect the operations it lists.

    The prerendered menu links tags as ``/orders``; once Redoc's script runs, the routes are
    hashes (``#/orders/place_orders``), so waiting for those also waits for the script."""
    page.goto(base_url + "rest/index.html")
    tags = {href.lstrip("#") for href in menu_links(page, ".menu-item-type-group > a")}
    shown: set[str] = set()
    for tag in sorted(tags):
        page.goto(f"{base_url}rest/index.html#{tag}")
        inside = f".menu-item-type-operation > a[href^='#{tag}/']"
        page.locator(inside).first.wait_for()
        shown |= menu_links(page, inside)
    expected = spec_routes()
    assert len(shown) == len(expected), (sorted(expected - shown), sorted(shown - expected))
    assert shown == expected


def test_an_operation_shows_its_python_call_and_pacing(page: Page, base_url: str) -> None:
    page.goto(base_url + f"rest/index.html#/orders/{SEARCHED}")
    page.get_by_text(f"client.orders.{SEARCHED}(account_id, body=body)").first.wait_for()
    assert page.get_by_text("Pacing").count() > 0
    page.locator(".menu-item-type-operation > a[href^='#/orders/']").first.wait_for()
    page.get_by_text("Loading...").first.wait_for(state="hidden")  # the search index is built
    page.wait_for_load_state("networkidle")
    page.get_by_role("heading", name="Place an order").first.scroll_into_view_if_needed()
    shot(page, "rest-operation")


def test_the_search_finds_place_orders(page: Page, base_url: str) -> None:
    page.goto(base_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").fill(SEARCHED)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for()
    hrefs = [urlsplit(results.nth(i).get_attribute("href") or "")
             for i in range(results.count())]
    assert ("/reference/operations/orders/", SEARCHED) in [(h.path, h.fragment) for h in hrefs]
    page.goto(base_url + f"reference/operations/orders/#{SEARCHED}")
    assert page.locator(f"[id='{SEARCHED}']").is_visible()


def test_a_websocket_topic_renders(page: Page, base_url: str) -> None:
    page.goto(base_url + "reference/websocket/#subscribemarketdata")
    heading = page.locator("[id='subscribemarketdata']")
    heading.wait_for()
    assert "smd" in heading.inner_text()
    assert page.get_by_text('smd+265598+{"fields":["31","84","86"]}').count() > 0
    shot(page, "websocket-topic")


def test_nothing_is_fetched_from_another_host(outside_requests: list[str]) -> None:
    """Runs last in this module: the pages above loaded with every outside request refused.

    Redoc's footer asks for its logo on a CDN; the image is hidden when that fails, so it is
    the one request allowed (and still refused)."""
    assert [url for url in outside_requests if "/redoc/logo" not in url] == []
