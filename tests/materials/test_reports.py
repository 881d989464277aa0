"""The downloads reports editors see in the admin."""

import csv
import io
from datetime import timedelta

from django.utils import timezone

import pytest

from hub.materials.factories import DocumentFactory
from hub.materials.models import DownloadCount
from toolkits.factories import MethodPageFactory

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
