"""The downloads reports editors see in the admin."""

import csv
import io
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, Locale

import pytest

from hub.factories import UserFactory
from hub.materials.factories import DocumentFactory, materials_stream
from hub.materials.models import DownloadCount
from tests.utils import member_of, response_text
from toolkits.factories import MethodPageFactory
from toolkits.models import MethodPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def downloads(toolkit):
    today = timezone.localdate()
    popular = DocumentFactory(title="Popular worksheet")
    rare = DocumentFactory(title="Rare worksheet")
    DownloadCount.objects.create(document=popular, day=today, count=7)
    DownloadCount.objects.create(document=popular, day=today - timedelta(days=40), count=100)
    DownloadCount.objects.create(document=rare, day=today - timedelta(days=1), count=2)
    MethodPageFactory(
        parent=toolkit,
        title="Method with both",
        worksheets=[
            (
                "materials",
                {
                    "heading": "",
                    "items": [{"document": popular, "note": ""}, {"document": rare, "note": ""}],
                },
            )
        ],
    )
    return popular, rare


def rows_of(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def test_downloads_by_material_for_the_last_30_days(editor_client, downloads):
    response = editor_client.get("/admin/reports/downloads/by-material/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Popular worksheet" in html and "Rare worksheet" in html
    assert "9 downloads from" in html
    assert '<svg class="bar-chart"' in html

    export = editor_client.get("/admin/reports/downloads/by-material/", {"export": "csv"})
    rows = rows_of(export)
    assert rows[0] == ["Material", "Language", "Downloads"]
    assert rows[1] == ["Popular worksheet", "en", "7"]  # most downloaded first
    assert rows[2] == ["Rare worksheet", "en", "2"]


def test_period_and_sorting(editor_client, downloads):
    start = (timezone.localdate() - timedelta(days=60)).isoformat()
    rows = rows_of(
        editor_client.get(
            "/admin/reports/downloads/by-material/", {"start": start, "export": "csv"}
        )
    )
    assert rows[1] == ["Popular worksheet", "en", "107"]
    rows = rows_of(
        editor_client.get(
            "/admin/reports/downloads/by-material/", {"ordering": "download_total", "export": "csv"}
        )
    )
    assert rows[1][0] == "Rare worksheet"
    bad = editor_client.get("/admin/reports/downloads/by-material/", {"start": "not-a-date"})
    assert bad.status_code == 200


def test_downloads_by_page(editor_client, downloads):
    rows = rows_of(editor_client.get("/admin/reports/downloads/by-page/", {"export": "csv"}))
    assert rows[0] == ["Page", "URL", "Materials", "Downloads"]
    assert rows[1][0] == "Method with both"
    assert rows[1][2:] == ["2", "9"]


def test_reports_need_a_cms_account(client, downloads):
    response = client.get("/admin/reports/downloads/by-material/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_out_of_date_translations_are_flagged_in_the_admin(editor_client):
    from django.core.files.base import ContentFile

    original = DocumentFactory(title="Routine mapping guide")
    polish = DocumentFactory(title="Mapowanie rutyn", language="pl", translation_of=original)
    report = editor_client.get("/admin/reports/downloads/outdated/").content.decode()
    assert "Mapowanie rutyn" not in report

    original.file = ContentFile(b"%PDF-1.4\n% second edition\n", name="guide-2.pdf")
    original.file_hash = ""
    original.save()

    report = editor_client.get("/admin/reports/downloads/outdated/").content.decode()
    assert "Mapowanie rutyn" in report
    response = editor_client.get(f"/admin/documents/edit/{polish.pk}/")
    edit = response.content.decode()
    assert "Out of date: the original" in edit


def page_rows(client):
    rows = rows_of(client.get("/admin/reports/downloads/by-page/", {"export": "csv"}))
    return [[row[0], *row[2:]] for row in rows[1:]]


def test_downloads_by_page_lists_a_page_once_not_once_per_language_mirror(
    editor_client, downloads, mirror
):
    mirror("pl", "de")
    assert page_rows(editor_client) == [["Method with both", "2", "9"]]


def test_a_translation_with_materials_of_its_own_has_a_row_of_its_own(
    editor_client, downloads, mirror
):
    """Its own materials only: each download is counted once, so the rows add up to the
    report's total."""
    popular, rare = downloads
    polish_sheet = DocumentFactory(title="Arkusz", language="pl", translation_of=rare)
    DownloadCount.objects.create(document=polish_sheet, day=timezone.localdate(), count=4)
    mirror("pl", "de")
    method = MethodPage.objects.get(title="Method with both", locale__language_code="en")
    polish = method.get_translation(Locale.objects.get(language_code="pl")).specific
    polish.alias_of = None
    polish.title = "Metoda z arkuszem"
    polish.worksheets = materials_stream(popular, polish_sheet)
    polish.save_revision().publish()
    rows = page_rows(editor_client)
    assert sorted(rows) == [["Method with both", "2", "9"], ["Metoda z arkuszem", "1", "4"]]
    html = editor_client.get("/admin/reports/downloads/by-page/").content.decode()
    assert "13 downloads from" in html and sum(int(row[2]) for row in rows) == 13


@pytest.fixture
def restricted_downloads(downloads):
    partners = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(collection=partners, restriction_type="login")
    budget = DocumentFactory(title="Partner budget", collection=partners)
    DownloadCount.objects.create(document=budget, day=timezone.localdate(), count=3)
    DocumentFactory(title="Budżet partnerów", language="pl", translation_of=budget,
                    collection=partners)  # fmt: skip
    budget.file = ContentFile(b"%PDF-1.4\n% second edition\n", name="budget-2.pdf")
    budget.file_hash = ""
    budget.save()
    return budget


@pytest.mark.parametrize("group", ["Editors", "Translators (pl)"])
def test_reports_list_only_materials_the_account_may_see(client, restricted_downloads, group):
    client.force_login(member_of(group))
    for url in ("/admin/reports/downloads/by-material/", "/admin/reports/downloads/outdated/"):
        for params in ({}, {"export": "csv"}):
            response = client.get(url, params)
            assert response.status_code == 200
            assert "Partner budget" not in response_text(response)
            assert "Budżet partnerów" not in response_text(response)
    assert "Popular worksheet" in response_text(client.get("/admin/reports/downloads/by-material/"))
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert "Partner budget" in response_text(client.get("/admin/reports/downloads/by-material/"))
    assert "Budżet partnerów" in response_text(client.get("/admin/reports/downloads/outdated/"))
