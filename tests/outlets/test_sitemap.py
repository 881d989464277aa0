"""/sitemap.xml, read as a search engine reads it (XML with the sitemap namespaces)."""

import xml.etree.ElementTree as ET

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from tests.utils import MAX_PAGE_QUERIES, count_queries, translate

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own server's answer
    return {
        url.findtext("s:loc", namespaces=NS): {
            "lastmod": url.findtext("s:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("x:link", namespaces=NS)
            },
        }
        for url in root.findall("s:url", namespaces=NS)
    }


def test_lists_public_pages_of_every_language_with_hreflang_and_lastmod(client, case_index):
    case = CasePageFactory(parent=case_index, title="Wind cooperative")
    case.save_revision().publish()
    case.refresh_from_db()
    translate(case, "pl", "Spółdzielnia wiatrowa", "Wiatr.")
    found = entries(client)
    english = found["http://testserver/en/cases/wind-cooperative/"]
    polish_url = next(url for url in found if url.startswith("http://testserver/pl/cases/"))
    assert english["alternates"] == {
        "en": "http://testserver/en/cases/wind-cooperative/",
        "pl": polish_url,
        "x-default": "http://testserver/en/cases/wind-cooperative/",
    }
    assert found[polish_url]["alternates"] == english["alternates"]
    # The date in the site's time zone, as the sitemap writes it.
    assert english["lastmod"] == timezone.localdate(case.last_published_at).isoformat()


def test_drafts_private_pages_and_mirrors_are_left_out(client, case_index):
    CasePageFactory(parent=case_index, title="Draft case", live=False)
    private = CasePageFactory(parent=case_index, title="Private case")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    public = CasePageFactory(parent=case_index, title="Public case")
    translate(public, "de", "Öffentlicher Fall", "Fall.")  # mirrors every other page too
    urls = set(entries(client))
    assert "http://testserver/en/cases/public-case/" in urls
    assert not any("draft-case" in url or "private-case" in url for url in urls)
    # German mirrors of untranslated pages (English text) are not in the sitemap.
    assert not any(url.startswith("http://testserver/de/cases/draft") for url in urls)
    german = [url for url in urls if url.startswith("http://testserver/de/")]
    assert german == ["http://testserver/de/cases/public-case/"]


def test_queries_do_not_grow_with_the_pages(client, case_index):
    CasePageFactory.create_batch(2, parent=case_index)
    few = count_queries(client, "/sitemap.xml")
    CasePageFactory.create_batch(20, parent=case_index)
    assert count_queries(client, "/sitemap.xml") == few <= MAX_PAGE_QUERIES
