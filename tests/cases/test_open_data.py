"""The case database as open data: CSV and JSON per language, licence stated."""

import csv
import io
import json

from wagtail.models import PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from hub.taxonomy.models import SDG, Country, GreenDealArea, Sector, term
from tests.utils import MAX_PAGE_QUERIES, count_queries, translate

pytestmark = pytest.mark.django_db
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Link"] == f'<{CC_BY}>; rel="license"'
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.fixture
def cases(case_index):
    wind = CasePageFactory(
        parent=case_index,
        title="Wind cooperative",
        organisation='=HYPERLINK("http://evil.example")',
        country=term(Country, "PL"),
        sector=term(Sector, "D"),
        sdgs=[term(SDG, 13), term(SDG, 7)],
    )
    CasePageFactory(parent=case_index, title="Draft case", live=False)
    private = CasePageFactory(parent=case_index, title="Private case")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return {"wind": wind, "index": case_index}


def test_csv_has_keys_labels_and_the_licence(client, cases):
    rows = list(csv.DictReader(io.StringIO(download(client, "/en/cases/data/csv/"))))
    assert [row["title"] for row in rows] == ["Wind cooperative"]
    row = rows[0]
    assert row["url"] == "http://testserver/en/cases/wind-cooperative/"
    assert (row["country"], row["country_label"]) == ("PL", "Poland")
    assert row["sdgs"] == "7;13"
    assert row["sdg_labels"] == "Affordable and clean energy;Climate action"
    assert row["sector"] == "D" and row["language"] == "en"
    assert row["licence"] == CC_BY
    # A cell a spreadsheet would run as a formula is written as text.
    assert row["organisation"] == '\'=HYPERLINK("http://evil.example")'


def test_json_per_language_with_labels_in_that_language(client, cases):
    translate(cases["wind"], "pl", "Spółdzielnia wiatrowa", "Wiatr.")
    data = json.loads(download(client, "/pl/cases/data/json/"))
    assert data["licence"] == {"name": "CC BY 4.0", "url": CC_BY}
    assert data["language"] == "pl" and "sdgs" in data["columns"]
    [item] = [i for i in data["items"] if i["title"] == "Spółdzielnia wiatrowa"]
    assert item["language"] == "pl" and item["country_label"] == "Polska"
    assert item["url"].startswith("http://testserver/pl/")
    # Untranslated cases appear in the source language, and say so.
    assert all(i["language"] in ("pl", "en") for i in data["items"])


def test_the_listing_links_to_the_downloads(client, cases):
    html = client.get(cases["index"].url).content.decode()
    assert 'href="/en/cases/data/csv/"' in html and 'href="/en/cases/data/json/"' in html


@pytest.mark.parametrize("url", ["/en/cases/data/csv/", "/en/cases/data/json/"])
def test_queries_do_not_grow_with_the_cases(client, cases, url):
    few = count_queries(client, url)
    CasePageFactory.create_batch(20, parent=cases["index"])
    assert count_queries(client, url) == few <= MAX_PAGE_QUERIES


def test_more_cases_than_one_chunk_keep_their_terms_and_queries(client, cases, monkeypatch):
    """The cases stream in chunks, their terms in one query beside them: with chunks of
    three, 2 cases and 22 cost the same queries and every row has its own terms."""
    from cases import open_data

    monkeypatch.setattr(open_data, "CHUNK", 3)
    few = count_queries(client, "/en/cases/data/csv/")
    for n in range(21):
        CasePageFactory(
            parent=cases["index"],
            title=f"Case {n:02}",
            sdgs=[term(SDG, 1 + n % 17)],
            green_deal_areas=[] if n % 2 else [term(GreenDealArea, "clean-energy")],
        )
    assert count_queries(client, "/en/cases/data/csv/") == few <= MAX_PAGE_QUERIES
    rows = {
        r["title"]: r for r in csv.DictReader(io.StringIO(download(client, "/en/cases/data/csv/")))
    }
    assert len(rows) == 22 and rows["Wind cooperative"]["sdgs"] == "7;13"
    for n in range(21):
        row = rows[f"Case {n:02}"]
        assert row["sdgs"] == str(1 + n % 17)
        assert row["green_deal_areas"] == ("" if n % 2 else "clean-energy")
