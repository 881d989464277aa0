"""Wagtail's API under /api/v2/: public content only, taxonomy fields and locale on
pages, licence and language on documents, clear 400s for bad parameters."""

from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from hub.materials.factories import DocumentFactory
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
