"""The translation status view's numbers on a known set of pages."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Page

import pytest

from cases.factories import CasePageFactory
from hub.translation.status import locale_statuses

pytestmark = pytest.mark.django_db


def translate(page, code, title):
    """Turn the mirrored page in `code` into a real, published translation."""
    target = Page.objects.get(translation_key=page.translation_key, locale__language_code=code)
    target = target.specific
    target.alias_of = None
    target.title = title
    target.save_revision().publish()
    return target


@pytest.fixture
def known_pages(home_page, case_index, mirror):
    cases = [CasePageFactory(parent=case_index, title=f"Case {n}") for n in range(4)]
    mirror()
    translate(home_page, "pl", "Strona główna")
    translate(case_index, "pl", "Przypadki")
    translate(cases[0], "pl", "Przypadek 0")
    translate(cases[1], "pl", "Przypadek 1")
    # The English source of case 1 is published again after its translation.
    later = timezone.now() + timedelta(minutes=5)
    cases[1].title = "Case 1, revised"
    cases[1].last_published_at = later
    cases[1].save_revision().publish()
    type(cases[1]).objects.filter(pk=cases[1].pk).update(last_published_at=later)
    return cases


def test_status_counts_translated_missing_and_outdated(known_pages):
    statuses = {status.locale.language_code: status for status in locale_statuses()}
    polish = statuses["pl"]
    assert polish.total == 6  # home, case index and four cases
    assert len(polish.translated) == 4
    assert polish.share == 67
    assert [row["source"]["title"] for row in polish.missing] == ["Case 2", "Case 3"]
    assert [row["source"]["title"] for row in polish.outdated] == ["Case 1, revised"]
    german = statuses["de"]
    assert (len(german.translated), len(german.missing), german.share) == (0, 6, 0)
    assert len(statuses) == 9


def test_status_pages_for_partners(client, known_pages, translator):
    client.force_login(translator)
    overview = client.get("/admin/translation-status/").content.decode()
    assert "67 %" in overview
    detail = client.get("/admin/translation-status/pl/")
    html = detail.content.decode()
    assert "67 % translated: 4 of 6 live pages." in html
    assert "Case 1, revised" in html and "Case 3" in html
    assert "/admin/pages/" in html  # each links to the translation editor
    assert client.get("/admin/translation-status/xx/").status_code == 404
