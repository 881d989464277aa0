"""Search input (docs/reliability.md S1-S13) not covered in tests/search: what reaches the
engine for deep pages, long queries and repeated facets, unknown parameters, and the
query echoed everywhere on the page. docs/reliability.md maps each line to its test."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.search.backends.base import BaseSearchQueryCompiler
from wagtail.search.query import MatchAll, PlainText

import pytest

from cases.factories import CasePageFactory
from hub.materials.factories import DocumentFactory
from hub.security.search_input import MAX_QUERY_LENGTH, MAX_TERMS, clean_text, search_terms
from search import indexing, views
from search.adapters.query_dsl import QueryDSLAdapter
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
    """docs/reliability.md S2: Elasticsearch and OpenSearch refuse from + size > 10,000."""
    bodies = []
    body = QueryDSLAdapter.body
    monkeypatch.setattr(QueryDSLAdapter, "body", lambda self, *a: bodies.append(body(self, *a))
                        or bodies[-1])  # fmt: skip
    client.get("/en/search/", {"q": "script", "page": page})
    assert bodies and all(b["from"] + b["size"] <= 10_000 for b in bodies)


def test_unknown_types_and_parameters(client, cases):
    """docs/reliability.md S3: an unknown type finds nothing; an unknown parameter is ignored."""
    assert json_search(client, type="does-not-exist")["total"] == 0
    everything = json_search(client, q="script")
    assert everything["total"] == 11
    assert json_search(client, q="script", foo="bar")["total"] == everything["total"]


def test_a_facet_repeated_a_thousand_times_is_cut_to_twenty(client, cases, sent):
    """docs/reliability.md S4: the engine is asked once, for 20 values."""
    response = client.get("/en/search/?format=json&" + "&".join(f"sdg={n}" for n in range(1000)))
    assert response.status_code == 200
    assert len(sent) == 1
    assert len(sent[0].filters["sdg"]) == 20


def test_a_very_long_query_reaches_the_engine_cut(client, cases, sent):
    """docs/reliability.md S7 (CVE-2024-39317): of 60,000 characters, at most 255 and at most
    MAX_TERMS words are searched for (the work, not the seconds, a loaded machine
    takes)."""
    response = client.get("/en/search/", {"q": "script alert " * 5000})
    assert response.status_code == 200
    assert len(sent) == 1
    assert len(sent[0].query) <= MAX_QUERY_LENGTH
    assert len(search_terms(sent[0].query)) <= MAX_TERMS


def test_the_echoed_query_is_escaped_everywhere(client, cases):
    """docs/reliability.md S10: in the title, the search box, the result count, the pagination
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
    """docs/reliability.md S11, on every engine (other word forms per language:
    tests/search/test_engine.py::test_each_language_finds_other_forms_of_a_word)."""
    case = CasePageFactory(parent=case_index, title="Energy village")
    translate(case, "el", "Ενεργειακή κοινότητα", "Χωριό.")
    indexing.rebuild()
    found = client.get("/el/search/", {"q": "κοινότητα", "format": "json"}).json()
    assert [r["title"] for r in found["results"]] == ["Ενεργειακή κοινότητα"]
    html = response_text(client.get("/el/search/", {"q": "\u202eשלום"}))
    # The override cannot reach the text around it (the quotes are the language's own).
    assert re.search(r"<bdi>[^<]?\u202eשלום[^<]?</bdi>", html)


# The worst queries of 4,000 characters we could build, for Wagtail's search (the API,
# the admin): each asks the database for far more work than a query of words.
WORST_QUERIES = {
    "a phrase of 2,000 tokens": "qq:" * 1333 + "q",
    "2,000 words": "qq " * 1333 + "q",
    "800 phrases": '"qq" ' * 800,
    "666 filters": "qq:qq " * 666 + "qqqq",
    "one word of 4,000 letters": "q" * 4000,
    "underscores": "qq_" * 1333 + "q",
    "wildcards and operators": "qq* OR NOT " * 363 + "qqqqqqq",
}
WORDS = re.compile(r"[^\W_]+( [^\W_]+)*")
SEARCH_SURFACES = [
    ("/api/v2/pages/", "search"),
    ("/api/v2/documents/", "search"),
    ("/admin/pages/search/", "q"),
    ("/admin/documents/", "q"),
    ("/admin/images/", "q"),
]


@pytest.fixture
def compiled(monkeypatch):
    """The queries Wagtail's search backend compiles for the database (each is checked
    once before it runs)."""
    queries = []
    check = BaseSearchQueryCompiler.check

    def spy(self):
        queries.append(self.query)
        return check(self)

    monkeypatch.setattr(BaseSearchQueryCompiler, "check", spy)
    return queries


@pytest.fixture
def searchable(case_index, image):
    CasePageFactory(parent=case_index, title="Qq harbour")
    DocumentFactory(title="Qq harbour report")
    image.title = "Qq harbour"
    image.save()


def sql_of(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return [query["sql"] for query in queries.captured_queries]


def assert_guarded(query):
    if isinstance(query, MatchAll):  # the admin's page search lists every page
        return
    assert isinstance(query, PlainText), query
    assert len(query.query_string) <= MAX_QUERY_LENGTH
    assert len(query.query_string.split()) <= MAX_TERMS
    assert WORDS.fullmatch(query.query_string), query.query_string


@pytest.mark.parametrize("url, param", SEARCH_SURFACES)
@pytest.mark.parametrize("worst", list(WORST_QUERIES.values()), ids=list(WORST_QUERIES))
def test_the_worst_query_reaches_the_database_cut(
    editor_client, searchable, compiled, url, param, worst
):
    """Issue 26: `a:` repeated 2,020 times reached FTS5 as a 2,020-token phrase through
    /api/v2/documents/.
    Every surface of Wagtail's search hands the database at most MAX_TERMS words of at
    most MAX_QUERY_LENGTH characters, no syntax, in no more SQL queries than one word."""
    assert len(worst) <= 4000
    one_word = sql_of(editor_client, url, {param: "qq"})
    compiled.clear()
    sent = sql_of(editor_client, url, {param: worst})
    # Wagtail's page search takes `key:value` for its filters: no text may be left.
    assert compiled or url == "/admin/pages/search/", "the search reached no backend"
    for query in compiled:
        assert_guarded(query)
    assert len(sent) <= len(one_word)
    # What the database is sent grows with the guard's bounds, not with the input.
    assert max(map(len, sent)) < max(map(len, one_word)) + 12 * MAX_QUERY_LENGTH


@pytest.mark.parametrize("url, param", SEARCH_SURFACES)
@pytest.mark.parametrize("query", ['"', 'harbour"', "\x00", "harbour\x00"])
def test_query_syntax_and_control_characters_are_searched_as_words(
    editor_client, searchable, compiled, url, param, query
):
    """A quote made SQLite's FTS5 fail (a 500); a NUL reached the database (a 503). The
    guard keeps words only: what is left is searched for, nothing else reaches the
    database. (The API refuses a control character in any parameter: a 400.)"""
    if "\x00" in query and url.startswith("/api/"):
        assert editor_client.get(url, {param: query}).status_code == 400
        assert not compiled
        return
    sent = sql_of(editor_client, url, {param: query})
    assert not any("\x00" in sql for sql in sent)
    for compiled_query in compiled:
        assert_guarded(compiled_query)
    # (the admin's search form refuses a NUL: no search)
    if "harbour" in query and (param == "search" or "\x00" not in query):
        assert compiled and all(q.query_string == "harbour" for q in compiled)


def test_api_search_finds_the_words_of_a_broken_query(client, searchable):
    for url in ("/api/v2/pages/", "/api/v2/documents/"):
        found = client.get(url, {"search": 'harbour"'}).json()["items"]
        assert [item["title"] for item in found if "harbour" in item["title"].lower()]


@pytest.mark.parametrize("worst", list(WORST_QUERIES.values()), ids=list(WORST_QUERIES))
def test_suggestions_take_the_same_guard(client, cases, sent, worst):
    """Suggestions and the search page clean what was typed with the hub's guard too."""
    response = client.get("/en/search/suggest/", {"q": worst})
    assert response.status_code == 200
    prefix, _language = sent[0]
    assert prefix == clean_text(worst, views.MAX_PREFIX_LENGTH)
    assert len(search_terms(prefix)) <= MAX_TERMS
