"""Wagtail's API under /api/v2/: public content only, taxonomy fields and locale on
pages, licence and language on documents, clear 400s for bad parameters."""

import base64

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from hub.factories import UserFactory
from hub.materials.factories import DocumentFactory
from hub.outlets import api
from hub.taxonomy.models import SDG, Country, term
from tests.materials import files
from tests.utils import MAX_PAGE_QUERIES, count_queries, page_queries, translate

pytestmark = pytest.mark.django_db


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    return response.json()


@pytest.fixture
def cases(case_index):
    pages = {
        "wind": CasePageFactory(
            parent=case_index,
            title="Wind cooperative",
            country=term(Country, "PL"),
            sdgs=[term(SDG, 7), term(SDG, 13)],
        ),
        "draft": CasePageFactory(parent=case_index, title="Draft case", live=False),
        "private": CasePageFactory(parent=case_index, title="Private case"),
    }
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="login")
    return pages


def test_pages_carry_their_taxonomy_fields_and_locale(client, cases):
    answer = get(
        client, "/api/v2/pages/", type="cases.CasePage", fields="country,sdgs,summary,locale"
    )
    assert [item["title"] for item in answer["items"]] == ["Wind cooperative"]
    wind = answer["items"][0]
    assert wind["country"]["key"] == "PL"
    assert [sdg["key"] for sdg in wind["sdgs"]] == ["7", "13"]
    assert wind["meta"]["locale"] == "en"
    assert wind["meta"]["html_url"].endswith("/en/cases/wind-cooperative/")


def test_pages_filter_by_locale_and_leave_out_mirrors(client, cases):
    translate(cases["wind"], "pl", "Spółdzielnia wiatrowa", "Wiatr.")
    polish = get(client, "/api/v2/pages/", locale="pl", type="cases.CasePage")
    # The Polish tree mirrors every English page; only the real translation is listed.
    assert [item["title"] for item in polish["items"]] == ["Spółdzielnia wiatrowa"]


def test_drafts_and_private_pages_are_not_in_the_api(client, cases):
    titles = [item["title"] for item in get(client, "/api/v2/pages/", limit=100)["items"]]
    assert "Draft case" not in titles and "Private case" not in titles
    for page in (cases["draft"], cases["private"]):
        get(client, f"/api/v2/pages/{page.pk}/", status=404)


def test_documents_carry_licence_and_language_and_hide_restricted_ones(client):
    public = DocumentFactory(
        title="Open worksheet", language="pl", file=ContentFile(files.text_pdf("x"), name="w.pdf")
    )
    secret = Collection.get_first_root_node().add_child(name="Secret")
    CollectionViewRestriction.objects.create(collection=secret, restriction_type="login")
    hidden = DocumentFactory(title="Secret budget", collection=secret)
    answer = get(client, "/api/v2/documents/", fields="licence,language,authors")
    assert [item["title"] for item in answer["items"]] == ["Open worksheet"]
    item = answer["items"][0]
    assert item["licence"]["key"] == "cc-by-4.0"
    assert item["licence"]["url"].startswith("https://creativecommons.org/licenses/by/4.0")
    assert item["language"] == "pl"
    assert get(client, "/api/v2/documents/", language="en")["items"] == []
    get(client, f"/api/v2/documents/{hidden.pk}/", status=404)
    assert get(client, f"/api/v2/documents/{public.pk}/")["meta"]["download_url"].endswith(".pdf")


def test_documents_are_listed_without_their_whole_text(client):
    """A PDF's extracted text is for search, and no field of the API."""
    document = DocumentFactory(title="Harbour report", extracted_text="port " * 10**5)
    for url in ("/api/v2/documents/", f"/api/v2/documents/{document.pk}/"):
        queries = page_queries(client, url, {"fields": "*"})
        assert "Harbour report" in str(get(client, url, fields="*"))
        assert [sql for sql in queries if "extracted_text" in sql] == []


@pytest.mark.parametrize(
    "params",
    [{"foo": "bar"}, {"type": "nope.Nope"}, {"limit": "abc"}, {"offset": "-1"}, {"order": "x"}],
)
def test_bad_parameters_get_a_400_with_a_message(client, cases, params):
    assert get(client, "/api/v2/pages/", status=400, **params)["message"]


def test_page_listing_queries_do_not_grow_with_the_pages(client, case_index):
    params = {"type": "cases.CasePage", "fields": "country,sdgs", "limit": 50}
    CasePageFactory.create_batch(2, parent=case_index)
    few = count_queries(client, "/api/v2/pages/", params)
    CasePageFactory.create_batch(20, parent=case_index)
    assert len(get(client, "/api/v2/pages/", **params)["items"]) == 22
    assert count_queries(client, "/api/v2/pages/", params) == few <= MAX_PAGE_QUERIES


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/documents/"])
@pytest.mark.parametrize(
    "params",
    [{"offset": "9" * 30}, {"search_operator": "xx", "search": "a"}],
    ids=["offset of 30 nines", "unknown search operator"],
)
def test_malformed_paging_and_search_parameters_get_a_400(client, cases, url, params):
    """Issue 26: both were 500s (an offset SQLite cannot hold, PlainText's ValueError)."""
    client.raise_request_exception = False
    assert get(client, url, status=400, **params)["message"]


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/documents/"])
def test_the_largest_offset_allowed_answers_an_empty_page(client, cases, url):
    assert get(client, url, offset=str(api.MAX_OFFSET))["items"] == []


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/documents/"])
@pytest.mark.parametrize("search", ['"', 'wind"', "wind:"])
def test_a_broken_search_is_searched_as_its_words(client, cases, url, search):
    """Issue 26: a quote was a 500 (SQLite's FTS5 syntax). Quotes and colons are text a
    visitor may type, as on the search page: the words of the query are searched for;
    nothing else reaches the database."""
    DocumentFactory(title="Wind atlas")
    client.raise_request_exception = False
    titles = [item["title"] for item in get(client, url, search=search)["items"]]
    assert titles == (
        ["Wind cooperative" if "pages" in url else "Wind atlas"] if "wind" in search else []
    )


@pytest.mark.parametrize(
    "url, params",
    [
        ("/api/v2/pages/", {"search": "\x00"}),
        ("/api/v2/documents/", {"search": "wind\x00"}),
        ("/api/v2/pages/", {"locale": "\x00"}),
        ("/api/v2/pages/", {"site": "\x00"}),
        ("/api/v2/documents/", {"title": "a\x00b"}),
        ("/api/v2/pages/", {"fields": "\x1b"}),
        ("/api/v2/pages/find/", {"html_path": "/en/\x00/"}),
    ],
    ids=["search", "search-after-a-word", "locale", "site", "title", "fields", "find"],
)
def test_control_characters_in_a_parameter_get_a_400(client, cases, url, params):
    """Issue 26: a NUL in ?search= was a 503 on SQLite; in ?locale= or ?site= a 500 on
    PostgreSQL, which refuses NUL in a query. No parameter has a use for them."""
    assert "control character" in get(client, url, status=400, **params)["message"]


@pytest.fixture
def api_user():
    return UserFactory(username="api-admin", is_superuser=True, is_staff=True)


def basic(username, password):
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/documents/"])
@pytest.mark.parametrize("password", ["a-long-test-password", "wrong"], ids=["right", "wrong"])
def test_basic_credentials_are_neither_checked_nor_honoured(client, cases, api_user, url, password):
    """Issue 26: the read-only API is anonymous. HTTP Basic was a second password check
    beside the sign-in form, without its pauses' page (a wrong password answered 401 and
    counted towards the account's lockout, a right one reset it). Now a request with
    credentials, even a superuser's, is not checked and gets exactly what an anonymous
    visitor gets."""
    restricted = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(collection=restricted, restriction_type="login")
    DocumentFactory(title="Internal memo", collection=restricted)
    DocumentFactory(title="Open report")
    anonymous = client.get(url, {"fields": "title"})
    with CaptureQueriesContext(connection) as queries:
        with_credentials = client.get(url, {"fields": "title"}, **basic("api-admin", password))
    assert with_credentials.status_code == anonymous.status_code == 200
    assert with_credentials.json() == anonymous.json()
    titles = str(with_credentials.json())
    assert "Private case" not in titles and "Draft case" not in titles
    assert "Internal memo" not in titles
    # No password was checked: no account read, no sign-in attempt recorded.
    touched = " ".join(query["sql"] for query in queries.captured_queries)
    assert "auth_user" not in touched and "axes_" not in touched


@pytest.mark.parametrize(
    "params",
    [
        {"type": "cases.CasePage", "country": "9" * 30},
        {"type": "cases.CasePage", "sdgs": "9" * 30},
        {"type": "cases.CasePage", "sdgs": "abc"},
        {"type": "cases.CasePage", "sdgs": "²"},
        {"type": "courses.CourseModulePage", "ects": "abc"},
    ],
    ids=["foreign key of 30 nines", "many-to-many of 30 nines", "many-to-many word", "digit",
         "decimal word"],
)  # fmt: skip
def test_a_field_filter_takes_values_of_its_field(client, cases, params):
    """A relation's filter with an id no database column holds was a 500 (SQLite's
    OverflowError), a word a 500 for a many-to-many or a decimal field (Django's
    ValueError, ValidationError)."""
    client.raise_request_exception = False
    assert get(client, "/api/v2/pages/", status=400, **params)["message"]


def test_relation_filters_still_filter(client, cases):
    poland, sdg7 = term(Country, "PL"), term(SDG, 7)
    for params in ({"country": poland.pk}, {"sdgs": sdg7.pk}):
        found = get(client, "/api/v2/pages/", type="cases.CasePage", **params)["items"]
        assert [item["title"] for item in found] == ["Wind cooperative"]
