"""Text inside materials is extracted in the background after upload; a file that
cannot be read is logged and never blocks the upload."""

from django.core.files.base import ContentFile

import pytest

from hub.materials.factories import DocumentFactory
from tests.materials import files

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name, data",
    [
        ("guide.pdf", files.text_pdf("Heliotrope workshop guide")),
        ("notes.docx", files.text_docx("Heliotrope workshop guide")),
        ("slides.pptx", files.text_pptx("Heliotrope workshop guide")),
        ("text.odt", files.text_odt("Heliotrope workshop guide")),
        ("slides.odp", files.text_odp("Heliotrope workshop guide")),
    ],
)
def test_text_is_extracted_after_upload(django_capture_on_commit_callbacks, name, data):
    with django_capture_on_commit_callbacks(execute=True):
        document = DocumentFactory(file=ContentFile(data, name=name))
    document.refresh_from_db()
    assert "Heliotrope workshop guide" in document.extracted_text
    assert document.text_extracted_for == document.file_hash


def test_unreadable_file_is_logged_and_kept(django_capture_on_commit_callbacks, caplog):
    broken = b"%PDF-1.4\n this is not really a PDF"
    with django_capture_on_commit_callbacks(execute=True):
        document = DocumentFactory(file=ContentFile(broken, name="broken.pdf"))
    document.refresh_from_db()
    assert document.pk and document.extracted_text == ""
    assert "Could not extract text from document" in caplog.text
