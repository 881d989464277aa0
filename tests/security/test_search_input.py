"""Search input (RELIABILITY.md S1-S13) not covered in tests/search: what reaches the
engine for deep pages, long queries and repeated facets, unknown parameters, and the
query echoed everywhere on the page. docs/reliability.md maps each line to its test."""

import time

import pytest

from cases.factories import CasePageFactory
from search import indexing, views
from search.adapters.engine import EngineAdapter
from tests.engines import SERVER_ENGINES
from tests.security.test_hostile_content import assert_inert
from tests.utils import response_text, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def cases(case_index):
    """Eleven cases: two pages of results for 'script alert'."""
    for n in range(11):
        CasePageFactory(parent=case_index, title=f"Script alert case {n}")
    indexing.rebuild()


@pytest.fixture
def sent(monkeypatch):
    """The search requests the page hands to the engine adapters."""
    requests = []

    def spy(method, *args):
        requests.append(args[0] if method == "search" else args)
        return answer(method, *args)

    answer = views.answer
    monkeypatch.setattr(views, "answer", spy)
    return requests


def json_search(client, **params):
    response = client.get("/en/search/", {"format": "json", **params})
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("engine", SERVER_ENGINES, indirect=True)
@pytest.mark.parametrize("page", ["2", "1000", "1001", "99999999", "99999999999999999999"])
def test_no_page_asks_the_engine_past_its_result_window(client, engine, cases, monkeypatch, page):
    """RELIABILITY.md S2: Elasticsearch and OpenSearch refuse from + size > 10,000."""
    bodies = []
    body = EngineAdapter.body
    monkeypatch.setattr(EngineAdapter, "body", lambda self, *a: bodies.append(body(self, *a))
                        or bodies[-1])  # fmt: skip
    client.get("/en/search/", {"q": "script", "page": page})
    assert bodies and all(b["from"] + b["size"] <= 10_000 for b in bodies)


def test_unknown_types_and_parameters(client, cases):
    """RELIABILITY.md S3: an unknown type finds nothing; an unknown parameter is ignored."""
    assert json_search(client, type="does-not-exist")["total"] == 0
    everything = json_search(client, q="script")
    assert everything["total"] == 11
    assert json_search(client, q="script", foo="bar")["total"] == everything["total"]


def test_a_facet_repeated_a_thousand_times_is_cut_to_twenty(client, cases, sent):
    """RELIABILITY.md S4."""
    started = time.perf_counter()
    response = client.get("/en/search/?format=json&" + "&".join(f"sdg={n}" for n in range(1000)))
    assert response.status_code == 200
    assert time.perf_counter() - started < 1
    assert len(sent[0].filters["sdg"]) == 20


def test_a_very_long_query_reaches_the_engine_cut(client, cases, sent):
    """RELIABILITY.md S7 (CVE-2024-39317): 60,000 characters answer within a second and at
    most 255 of them are searched for."""
    started = time.perf_counter()
    response = client.get("/en/search/", {"q": "script alert " * 5000})
    assert response.status_code == 200
    assert time.perf_counter() - started < 1
    assert len(sent[0].query) <= 255


def test_the_echoed_query_is_escaped_everywhere(client, cases):
    """RELIABILITY.md S10: in the title, the search box, the result count, the pagination
    links and the language switcher; and when nothing is found."""
    query = "<script>alert</script>"
    html = response_text(client.get("/en/search/", {"q": query}))
    assert_inert(html, "the search page")
    assert "page=2" in html  # the pagination links carry the query too
    assert "<script>alert</script>" not in html
    assert "&lt;script&gt;alert&lt;/script&gt;" in html
    nothing = response_text(client.get("/en/search/", {"q": "<script>alert(1)</script>xyz"}))
    assert_inert(nothing, "the page without results")


def test_greek_finds_greek_and_right_to_left_text_is_isolated(client, engine, case_index):
    """RELIABILITY.md S11, on every engine (other word forms per language:
    tests/search/test_engine.py::test_each_language_finds_other_forms_of_a_word)."""
    case = CasePageFactory(parent=case_index, title="Energy village")
    translate(case, "el", "Ενεργειακή κοινότητα", "Χωριό.")
    indexing.rebuild()
    found = client.get("/el/search/", {"q": "κοινότητα", "format": "json"}).json()
    assert [r["title"] for r in found["results"]] == ["Ενεργειακή κοινότητα"]
    html = response_text(client.get("/el/search/", {"q": "\u202eשלום"}))
    assert "<bdi>“\u202eשלום”</bdi>" in html  # the override cannot reach the text around it
