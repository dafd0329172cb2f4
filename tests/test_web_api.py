"""The web explorer and HTTP API over a store built from hand-made records: the same views in
HTML and JSON, escaping, filters, writing with a token, size limits, and no server errors under
schemathesis."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import quote

import pytest
import schemathesis
from click.testing import CliRunner
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from dyad.cli_web import serve
from dyad.records import Actor, Event, Place, Quote, Record
from dyad.store import open_store
from dyad.web import create_app

TOKEN = "s3cret-token"


def make_record(doc_id: str, text: str, *, published: str = "2016-12-14",
                title: str | None = None, speaker: str = "John Kirby",
                target: str = "Russia") -> Record:
    """A record over ``text``, which must read '<speaker> said "<quote>" ... <target> ...':
    the speaker condemns the target (CAMEO 122, verbal conflict) in Aleppo."""
    s = text.index(speaker)
    t = text.rindex(target)
    q0 = text.index("“") + 1
    q1 = text.index("”")
    cue = text.index("said")
    place = text.index("Aleppo")
    trig = text.index("condemned")
    return Record(
        id=doc_id, text=text, title=title, published=published, source="Test Wire",
        actors=(
            Actor(id="a1", name=speaker, kind="person", country="USA", sector=("GOV",),
                  code="USAGOV", role="spokesman", affiliation="a3",
                  mentions=((s, s + len(speaker)),)),
            Actor(id="a2", name=target, kind="country", country="RUS", code="RUS",
                  mentions=((t, t + len(target)),)),
            Actor(id="a3", name="State Department", kind="organization", country="USA",
                  sector=("GOV",), code="USAGOV",
                  mentions=((text.index("State Department"),
                             text.index("State Department") + 16),)),
        ),
        quotes=(Quote(id="q1", text=text[q0:q1], start=q0, end=q1, kind="direct",
                      speaker="a1", speaker_span=(s, s + len(speaker)), cue="said",
                      cue_span=(cue, cue + 4)),),
        events=(Event(id="e1", cameo="122", root="12", plover="REJECT", penta=3, quad_class=3,
                      goldstein=-4.0, source="a1", target="a2", trigger="condemned",
                      trigger_span=(trig, trig + 9), sentence_span=(0, len(text)),
                      modality="asserted", date=published, place="p1", confidence=0.8,
                      evidence="pattern: condemn"),),
        places=(Place(id="p1", name="Aleppo", feature="city", country="SYR", lat=36.2,
                      lon=37.16, mentions=((place, place + 6),)),),
    )


PLAIN = ("John Kirby of the State Department said “we condemned the strikes on Aleppo” "
         "and blamed Russia.")
HOSTILE = ("John Kirby of the State Department said “<script>alert('q')</script> & "
           "we condemned <b>Aleppo</b>” <img src=x onerror=alert(1)> Russia.")


@pytest.fixture()
def db_path(tmp_path: Path) -> str:
    path = str(tmp_path / "web.db")
    with open_store(path) as store:
        store.write(make_record("doc-1", PLAIN, title="Kirby on Aleppo"))
        store.write(make_record("doc-2", PLAIN.replace("2016", "2017"), published="2017-03-02",
                                title="Again"))
        store.write(make_record("evil/<script>", HOSTILE, title="<script>alert('t')</script>",
                                speaker="John Kirby", target="Russia"))
    return path


@pytest.fixture()
def client(db_path: str):
    with TestClient(create_app(db_path, token=TOKEN, max_body=50_000)) as c:
        yield c


def test_one_view_answers_html_and_json(db_path: str, client: TestClient) -> None:
    page = client.get("/articles/doc-1")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "Kirby on Aleppo" in page.text
    by_param = client.get("/articles/doc-1?format=json").json()
    by_suffix = client.get("/articles/doc-1.json").json()
    by_accept = client.get("/articles/doc-1", headers={"Accept": "application/json"}).json()
    assert by_param == by_suffix == by_accept
    assert by_param["record"]["quotes"][0]["text"] == "we condemned the strikes on Aleppo"
    assert by_param["entities"]["a1"] == "USAGOV|john kirby"
    # An id that ends like a suffix still names its article.
    with open_store(db_path) as store:
        store.write(make_record("feeds/item-7.json", PLAIN, title="An id like a file"))
    assert "An id like a file" in client.get("/articles/feeds/item-7.json").text
    own = client.get("/articles/feeds/item-7.json?format=json").json()
    assert own["record"]["id"] == "feeds/item-7.json"
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/articles/nope.json").json()["detail"] == "no article 'nope'"


def test_article_marks_quotes_actors_places_and_events(client: TestClient) -> None:
    html = client.get("/articles/doc-1").text
    assert 'class="quote sp0" data-quote="q1"' in html
    assert 'href="/actors/USAGOV%7Cjohn%20kirby"' in html
    assert 'data-events="e1">condemned</span>' in html
    assert 'data-place="p1">Aleppo</span>' in html


def test_article_text_and_metadata_are_escaped(client: TestClient) -> None:
    url = "/articles/" + quote("evil/<script>", safe="")
    page = client.get(url)
    assert page.status_code == 200
    html = page.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Aleppo" not in html
    assert "&lt;script&gt;alert(&#39;q&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;" in html  # the title
    # The record embedded for the page's script cannot close its <script> element.
    embedded = html.split('id="record-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in embedded
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for other in ("/events", "/search?q=script", "/actors/USAGOV%7Cjohn%20kirby", "/articles"):
        body = client.get(other).text
        assert "<script>alert" not in body and "<img src=x" not in body, other


def test_events_filters_sorting_paging_and_csv(client: TestClient) -> None:
    def total(**params: str) -> int:
        return client.get("/events", params={**params, "format": "json"}).json()["total"]

    assert total() == 3
    assert total(actor="kirby") == 3 and total(actor="nobody") == 0
    assert total(country="rus") == 3 and total(country="FRA") == 0
    assert total(code="12") == 3 and total(code="19") == 0
    assert total(plover="REJECT") == 3 and total(plover="ASSAULT") == 0
    assert total(quad_class="3") == 3 and total(quad_class="1") == 0
    assert total(modality="asserted") == 3 and total(modality="denied") == 0
    assert total(since="2017") == 1 and total(until="2016-12") == 2
    assert total(q="strikes") == 2
    assert total(entity="RUS|russia") == 3 and total(entity="RUS|nowhere") == 0
    # Empty form fields mean "any".
    assert total(country="", code="", plover="", since="") == 3
    # User text is a parameter, never SQL, and LIKE wildcards match only themselves.
    assert total(actor="x' OR 1=1 --") == 0 and total(q="%") == 0
    page = client.get("/events?format=json&sort=date&order=desc&per_page=2&page=1").json()
    assert [e["published"] for e in page["events"]] == ["2017-03-02", "2016-12-14"]
    assert page["pages"] == 2 and page["total"] == 3
    assert len(client.get("/events.json?per_page=2&page=2").json()["events"]) == 1
    sheet = client.get("/events.csv?since=2016&until=2016")
    assert sheet.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(sheet.text)))
    assert len(rows) == 2 and rows[0]["cameo"] == "122" and rows[0]["source"] == "John Kirby"
    assert client.get("/events?code=abc").status_code == 422
    assert client.get("/events?sort=nonsense&format=json").status_code == 422
    html = client.get("/events?actor=kirby&plover=REJECT").text
    assert "John Kirby" in html and 'selected>REJECT' in html


def test_actor_view(client: TestClient) -> None:
    data = client.get("/actors/USAGOV%7Cjohn%20kirby.json").json()
    actor = data["actor"]
    assert actor["name"] == "John Kirby" and actor["code"] == "USAGOV"
    assert actor["roles"] == ["spokesman"] and actor["documents"] == 3 and actor["quotes"] == 3
    assert [a["name"] for a in actor["affiliations"]] == ["State Department"]
    assert {q["quote"] for q in data["quotes"]} >= {"we condemned the strikes on Aleppo"}
    assert {e["as"] for e in data["events"]} == {"source"}
    assert data["neighbours"][0]["name"] == "Russia"
    assert data["neighbours"][0]["conflict"] == 3
    assert {(t["month"], t["quad_class"], t["n"]) for t in data["timeline"]} == {
        ("2016-12", 3, 2), ("2017-03", 3, 1)}
    russia = client.get("/actors/RUS%7Crussia?format=json").json()
    assert {e["as"] for e in russia["events"]} == {"target"}
    html = client.get("/actors/USAGOV%7Cjohn%20kirby").text
    assert "<h1 class=\"actor-name\">John Kirby</h1>" in html and "<rect" in html
    assert client.get("/actors/nobody").status_code == 404
    listed = client.get("/actors.json?name=kirb").json()
    assert [a["name"] for a in listed["actors"]] == ["John Kirby"]


def test_network_map_and_search(client: TestClient) -> None:
    net = client.get("/network.json").json()
    assert {n["name"] for n in net["nodes"]} == {"John Kirby", "Russia"}
    [edge] = net["edges"]
    assert (edge["events"], edge["conflict"], edge["cooperation"]) == (3, 3, 0)
    assert client.get("/network.json?since=2018").json()["edges"] == []
    # Without a period: the twelve months up to the latest event (2017-03-02).
    assert net["since"] == "2016-04"
    assert client.get("/network.json?period=all").json()["since"] is None
    places = client.get("/map.json").json()["places"]
    assert places[0]["name"] == "Aleppo" and places[0]["documents"] == 3
    assert (places[0]["x"], places[0]["y"]) == (217.16, 53.8)
    assert "<circle" in client.get("/map").text
    found = client.get("/search.json?q=STRIKES").json()
    assert {a["doc_id"] for a in found["articles"]} == {"doc-1", "doc-2"}
    assert len(found["quotes"]) == 2
    assert client.get("/search.json?q=100%25").json() == {"q": "100%", "articles": [],
                                                         "quotes": []}
    home = client.get("/").text
    assert "Kirby on Aleppo" in home and "John Kirby" in home


def test_voices(client: TestClient) -> None:
    [row] = client.get("/voices.json").json()["rows"]
    # John Kirby is quoted in each of the three articles; the records give no gender.
    assert (row["people"], row["unknown"], row["women_share"]) == (3, 3, None)
    [outlet] = client.get("/voices.json?by=source").json()["rows"]
    assert outlet["group"] == "Test Wire"
    assert client.get("/voices.json?since=2018").json()["rows"] == []
    no_such_month = client.get("/voices.json?since=2016-13")
    assert no_such_month.status_code == 400 and "is not a date" in no_such_month.text
    page = client.get("/voices?by=period&period=year").text
    assert "Who gets quoted" in page and "2016" in page


def test_writing_needs_the_token(db_path: str, client: TestClient) -> None:
    record = make_record("new-doc", PLAIN, title="Posted").to_dict()
    assert client.post("/articles", json={"record": record}).status_code == 401
    wrong = client.post("/articles", json={"record": record},
                        headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    made = client.post("/articles", json={"record": record}, headers=auth)
    assert made.status_code == 201 and made.json()["outcome"] == "inserted"
    again = client.post("/articles", json={"record": record}, headers=auth)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    assert client.get("/articles/new-doc.json").json()["record"] == record
    broken = dict(record, events=[dict(record["events"][0], source="a9")])
    bad = client.post("/articles", json={"record": broken}, headers=auth)
    assert bad.status_code == 422 and "source unresolved" in bad.json()["detail"]
    assert client.post("/articles", json={}, headers=auth).status_code == 422
    with TestClient(create_app(db_path)) as reader:
        off = reader.post("/articles", json={"record": record}, headers=auth)
        assert off.status_code == 403 and "writing is off" in off.json()["detail"]


def test_large_bodies_are_refused_with_413(client: TestClient) -> None:
    big = {"text": "word " * 20_000}
    told = client.post("/analyze", json=big)
    assert told.status_code == 413
    assert told.json()["detail"] == "request body too large: the limit is 50000 bytes"

    def chunks():
        for _ in range(100):
            yield b"x" * 1000

    untold = client.post("/analyze", content=chunks(),
                         headers={"Content-Type": "application/json"})
    assert untold.status_code == 413


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_no_server_errors(db_path: str) -> None:
    """Schemathesis generates requests for every operation in the OpenAPI description (a few
    each, to stay quick); none may make the server fail."""
    app = create_app(db_path, token=TOKEN)
    # Analysing needs the language model: the slow test below covers POST /analyze.
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).exclude(path="/analyze")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=6, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def no_server_error(case) -> None:
            response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code < 500, (case.method, case.formatted_path, case.query,
                                                response.text[:500])

        no_server_error()


def test_same_answers_on_postgresql(db_path: str) -> None:
    """Every view's JSON from a PostgreSQL store equals the SQLite store's (same records)."""
    import uuid

    import psycopg
    from test_web_browser import service

    server = service("DYAD_TEST_POSTGRES")
    schema_name = "web_" + uuid.uuid4().hex[:12]
    url = f"{server}?schema={schema_name}"
    try:
        with open_store(url) as store:
            for doc_id in ("doc-1", "doc-2", "evil/<script>"):
                with open_store(db_path) as lite:
                    store.write(lite.get(doc_id))
        views = ["/", "/articles", "/articles/doc-1", "/actors", "/actors/USAGOV%7Cjohn%20kirby",
                 "/events?sort=goldstein&order=desc", "/events?actor=kirby&since=2017",
                 "/events?entity=RUS%7Crussia&q=strikes", "/network?period=all", "/map",
                 "/search?q=strikes"]
        with TestClient(create_app(db_path)) as lite, TestClient(create_app(url)) as pg:
            for view in views:
                sep = "&" if "?" in view else "?"
                a = lite.get(view + sep + "format=json")
                b = pg.get(view + sep + "format=json")
                assert a.status_code == b.status_code == 200, view
                assert a.json() == b.json(), view
                assert pg.get(view).status_code == 200, view
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema_name}" CASCADE')


@pytest.mark.slow
def test_analyze_returns_a_record_and_stores_nothing(client: TestClient) -> None:
    text = "Russia and Turkey struck a deal on Tuesday, the Kremlin said."
    got = client.post("/analyze", json={"text": text, "published": "2016-12-14"})
    assert got.status_code == 200
    record = got.json()
    assert record["schema"] == "dyad/1" and record["text"] == text
    assert {a["name"] for a in record["actors"]} >= {"Russia", "Turkey"}
    assert client.get(f"/articles/{record['id']}.json").status_code == 404
    stored = client.post("/articles", json={"article": {"text": text, "id": "posted"}},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert stored.status_code == 201
    assert client.get("/articles/posted.json").json()["record"]["text"] == text
