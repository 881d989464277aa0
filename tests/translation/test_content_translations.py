"""Content translated from PO files through wagtail-localize (hub.translation.content):
the taxonomy terms' and the demo's wording, complete in every partner language, and
applied as a translator's work would be."""

import re
from pathlib import Path

from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

import polib
import pytest

from hub.demo import translations as demo_translations
from hub.taxonomy import translations as taxonomy_translations
from hub.translation.content import TOOL_NAME, translate

PARTNERS = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
FILES = {
    "taxonomy": taxonomy_translations.PO_DIR,
    "demo": demo_translations.PO_DIR,
}
TAG = re.compile(r"</?[a-z][^>]*>")
NUMBER = re.compile(r"\d+")


@pytest.mark.parametrize("code", PARTNERS)
@pytest.mark.parametrize("kind", FILES)
def test_every_text_is_translated_with_its_markup(kind, code):
    path = Path(FILES[kind]) / f"{code}.po"
    entries = list(polib.pofile(str(path)))
    english = list(polib.pofile(str(Path(FILES[kind]) / "de.po")))
    assert [(e.msgctxt, e.msgid) for e in entries] == [(e.msgctxt, e.msgid) for e in english]
    assert [e.msgid for e in entries if not e.msgstr or e.fuzzy] == []
    for entry in entries:
        assert sorted(TAG.findall(entry.msgstr)) == sorted(TAG.findall(entry.msgid)), entry.msgid


@pytest.fixture
def wind(case_index):
    from cases.factories import CasePageFactory

    return CasePageFactory(
        parent=case_index,
        title="Wind cooperative",
        summary="Citizens own a wind park.",
        organisation="Wiatr Kooperatywa",
    )


def polish_lookup(text, path):
    return {
        "Wind cooperative": "Spółdzielnia wiatrowa",
        "Citizens own a wind park.": "Mieszkańcy są właścicielami farmy wiatrowej.",
    }.get(text)


def test_a_page_is_translated_published_and_open_to_translators(
    wind, django_capture_on_commit_callbacks
):
    polish = Locale.objects.get(language_code="pl")
    # wagtail-localize publishes a translated page once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        missing = translate(wind, {polish: polish_lookup})

    page = wind.get_translation(polish).specific
    assert page.live and page.alias_of_id is None
    assert page.title == "Spółdzielnia wiatrowa"
    assert page.summary == "Mieszkańcy są właścicielami farmy wiatrowej."
    # What had no translation keeps its English text, and is reported.
    assert "Wiatr Kooperatywa" in missing[polish] and page.organisation == "Wiatr Kooperatywa"
    # The translator's editor has the translation and its strings.
    assert Translation.objects.filter(source__object_id=wind.translation_key).exists()
    assert StringTranslation.objects.filter(
        locale=polish, data="Spółdzielnia wiatrowa", tool_name=TOOL_NAME
    ).exists()


def test_translating_again_updates_the_wording_without_duplicates(wind):
    polish = Locale.objects.get(language_code="pl")
    translate(wind, {polish: polish_lookup})
    translate(wind, {polish: lambda text, path: polish_lookup(text, path) and "Wiatr"})
    assert wind.get_translation(polish).title == "Wiatr"
    assert StringTranslation.objects.filter(locale=polish, data="Wiatr").count() == 2


def test_the_demo_leaves_a_page_translators_already_translated_alone(home_page, wind):
    polish = Locale.objects.get(language_code="pl")
    translate(wind, {polish: polish_lookup})
    page = wind.get_translation(polish)
    page.title = "Spółdzielnia wiatrowa (poprawiona)"
    page.save_revision().publish()
    lines = []
    demo_translations.load([wind], [polish], lines.append)
    page.refresh_from_db()
    assert page.title == "Spółdzielnia wiatrowa (poprawiona)"
    assert lines == ["Demo content in Polski: 0 pages translated, 0 texts left in English."]
