"""The explorer in a real browser: Chromium (at $DYAD_TEST_CHROMIUM) driven by Playwright
against the app served by uvicorn on 127.0.0.1. Screenshots of each view go to
test-artifacts/."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from dyad.store import open_store
from dyad.web import create_app

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def service(variable: str) -> str:
    """A test service's address from the environment: skipped when unset, except under CI,
    where a missing service is a failure so that these tests never silently go unrun."""
    value = os.environ.get(variable)
    if not value:
        if os.environ.get("CI"):
            pytest.fail(f"{variable} is not set; CI must provide it (scripts/ci-services.sh)")
        pytest.skip(f"{variable} is not set")
    return value


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from test_web_api import HOSTILE, PLAIN, make_record

    path = str(tmp_path_factory.mktemp("browser") / "web.db")
    with open_store(path) as store:
        store.write(make_record("doc-1", PLAIN, title="Kirby on Aleppo"))
        store.write(make_record("doc-2", PLAIN.replace("2016", "2017"), published="2017-03-02",
                                title="Again"))
        store.write(make_record("doc-3", PLAIN.replace("John Kirby", "Maria Zakharova")
                                .replace("State Department", "State Department"),
                                published="2017-05-01", title="Zakharova",
                                speaker="Maria Zakharova"))
        store.write(make_record("evil", HOSTILE, title="<script>alert('t')</script>"))
    port = _free_port()
    config = uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server: str):
    chromium = service("DYAD_TEST_CHROMIUM")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1360, "height": 900})
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        pg.errors = errors
        yield pg
        browser.close()


def test_article_to_speaker_to_filtered_events(server: str, page) -> None:
    page.goto(f"{server}/articles/doc-1")
    assert page.locator("h1").inner_text() == "Kirby on Aleppo"
    # Pointing at the event word shows its coding; clicking the quote shows its speaker.
    page.locator("#text .event").first.hover()
    assert "Event 122 REJECT" in page.locator("#detail").inner_text()
    assert "pattern: condemn" in page.locator("#detail").inner_text()
    page.locator("#text span.quote").first.click()
    detail = page.locator("#detail").inner_text()
    assert "John Kirby" in detail and "said" in detail
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)

    page.locator("a.speaker-link", has_text="John Kirby").click()
    page.wait_for_url("**/actors/USAGOV%7Cjohn%20kirby")
    assert page.locator("h1").inner_text() == "John Kirby"
    assert page.locator("svg.timeline rect").count() == 2
    assert "Russia" in page.locator("table.grid").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "actor.png"), full_page=True)

    page.goto(f"{server}/events")
    assert page.locator("table.events-table tbody tr").count() == 4
    page.fill("input[name=actor]", "zakharova")
    page.select_option("select[name=plover]", "REJECT")
    page.click("form#event-filters button[type=submit]")
    page.wait_for_url("**/events?actor=zakharova&plover=REJECT&sort=date&order=asc")
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 1 and "Maria Zakharova" in rows.first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "events.png"), full_page=True)
    assert page.errors == []


def test_hostile_article_renders_as_text(server: str, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/articles/evil")
    assert "<script>alert('q')</script>" in page.locator("#text").inner_text()
    assert "<script>alert('t')</script>" in page.locator("h1").inner_text()
    assert page.locator("#text img, #text b, #text script").count() == 0
    assert dialogs == []
    page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)


def test_network_and_map_draw(server: str, page) -> None:
    page.goto(f"{server}/network")
    assert page.locator("svg#network line").count() == 2
    assert page.locator("svg#network circle").count() == 3
    page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)
    page.goto(f"{server}/map")
    assert page.locator("svg.map circle").count() == 1
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)
    page.goto(f"{server}/")
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    assert page.errors == []


def test_voices_from_the_menu(server: str, page) -> None:
    page.goto(f"{server}/")
    page.locator("nav a", has_text="Voices").click()
    page.wait_for_url("**/voices")
    page.select_option("select[name=by]", "period")
    page.select_option("select[name=period]", "year")
    page.locator("form.filters button").click()
    page.wait_for_url("**/voices?by=period&period=year")
    rows = page.locator("table.grid tbody tr")
    # The four articles were published in 2016 and 2017.
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())] == [
        "2016", "2017"]
    page.screenshot(path=str(ARTIFACTS / "voices.png"), full_page=True)
    assert page.errors == []
