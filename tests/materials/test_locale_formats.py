"""A material's version date and size, and the downloads report's totals, in the
reader's language: the locale's date format and separators ("3. März 2026", "1,5\xa0KB",
"12.500"), while the <time> element keeps the machine-readable date."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.users.models import UserProfile

import pytest

from hub.materials.factories import DocumentFactory, materials_stream
from hub.materials.models import DownloadCount
from tests.utils import assert_shows, in_locale, member_of
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def shown_in(mirror, page, language):
    """`page` as a visitor of `language` finds it: itself in English, else its mirror."""
    if language == "en":
        return page
    mirror(language)
    return in_locale(page, language)


# The version date 2026-03-03 and a 1,536-byte file in each language's format (Django
# writes a no-break space before the unit).
EXPECTED = {
    "en": ("March 3, 2026", "1.5\xa0KB"),
    "de": ("3. März 2026", "1,5\xa0KB"),
    "pl": ("3 marca 2026", "1,5\xa0KB"),
    "hu": ("2026. március 3.", "1,5\xa0KB"),
    "el": ("03/03/2026", "1,5\xa0KB"),
}


@pytest.fixture
def method_with_worksheet(toolkit):
    worksheet = DocumentFactory(
        title="Stakeholder grid",
        file=ContentFile(b"%PDF-1.4\n" + b"x" * 1527, name="grid.pdf"),
        version_date=datetime.date(2026, 3, 3),
    )
    method = MethodPageFactory(parent=toolkit, worksheets=materials_stream(worksheet))
    return method


@pytest.mark.parametrize("language", EXPECTED)
def test_material_version_date_and_size_in_the_language(
    client, mirror, method_with_worksheet, language
):
    method = method_with_worksheet
    page = shown_in(mirror, method, language)
    html = client.get(page.url).content.decode()
    assert_shows(html, *EXPECTED[language], '<time datetime="2026-03-03">')


@pytest.mark.parametrize(
    "language, total", [("en", "12,500"), ("de", "12.500"), ("pl", "12\xa0500"),
                        ("hu", "12\xa0500"), ("el", "12.500")]
)  # fmt: skip
def test_downloads_report_groups_thousands_as_the_language_does(client, language, total):
    document = DocumentFactory(title="Much used")
    DownloadCount.objects.create(document=document, day=timezone.localdate(), count=12_500)
    editor = member_of("Editors")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    html = client.get("/admin/reports/downloads/by-material/").content.decode()
    assert total in html
