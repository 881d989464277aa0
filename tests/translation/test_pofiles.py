"""Translators who work offline: PO export and import keep every segment; a wrong or
corrupt PO file gets a clear message and changes nothing."""

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

import polib
import pytest

from cases.factories import CasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(client, case_index, mirror, translator):
    case = CasePageFactory(
        parent=case_index,
        title="Wind co-op",
        summary="Citizens own the turbines.",
        challenge="<p>Nobody trusted the developer.</p>",
    )
    mirror()
    polish = Locale.objects.get(language_code="pl")
    client.force_login(translator)
    response = client.post(f"/admin/localize/submit/page/{case.pk}/", {"locales": [polish.pk]})
    assert response.status_code == 302
    return Translation.objects.get(target_locale=polish, source__object_id=case.translation_key)


def export(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload(client, translation, content, name="page-pl.po"):
    return client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/?next=/admin/",
        {"file": SimpleUploadedFile(name, content)},
    )


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def test_po_round_trip_keeps_every_segment(client, translation):
    po = export(client, translation)
    source_texts = {entry.msgid for entry in po}
    assert {
        "Wind co-op",
        "Citizens own the turbines.",
        "Nobody trusted the developer.",
    } <= source_texts
    for entry in po:
        entry.msgstr = f"PL: {entry.msgid}"

    response = upload(client, translation, str(po).encode())
    assert response.status_code == 302
    assert "Successfully imported translations from PO File." in messages_of(response)

    again = export(client, translation)
    assert {entry.msgid for entry in again} == source_texts
    assert all(entry.msgstr == f"PL: {entry.msgid}" for entry in again)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "Choose a PO file to upload."),
        (b"\xff\xfe\x00garbage", "it is not UTF-8 text"),
        (b'msgid "unterminated\nmsgstr ', "damaged"),
        (
            b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            b'msgid "Wind co-op"\nmsgstr "X"\n',
            "exported for a different page or language",
        ),
    ],
)
def test_wrong_or_corrupt_po_changes_nothing(client, translation, content, message):
    before = StringTranslation.objects.count()
    response = upload(client, translation, content)
    assert response.status_code == 302
    assert any(message in text for text in messages_of(response))
    assert StringTranslation.objects.count() == before


def test_po_of_another_translation_is_refused(client, translation, case_index, mirror):
    po = export(client, translation)
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    for entry in po:
        entry.msgstr = "Obce"
    response = upload(client, translation, str(po).encode())
    assert any("different page or language" in text for text in messages_of(response))
    assert not StringTranslation.objects.filter(data="Obce").exists()


def test_missing_file_is_a_message_not_an_error(client, translation):
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/?next=/admin/"
    )
    assert response.status_code == 302
    assert "Choose a PO file to upload." in messages_of(response)


def test_machine_translation_fills_the_strings(client, translation):
    """With a translator configured (the dummy one in tests), one click fills every
    segment; no external service is needed to prove the wiring."""
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/?next=/admin/"
    )
    assert response.status_code == 302
    translated = {entry.msgid: entry.msgstr for entry in export(client, translation)}
    assert translated["Wind co-op"] == "co-op Wind"  # the dummy translator reverses words
    assert all(translated.values())
