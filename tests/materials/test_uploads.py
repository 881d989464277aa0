"""Uploads through the admin: accepted formats are stored; a forbidden extension, an
oversized file, content that does not match its extension or a corrupt archive gets a
clear form error and nothing is stored."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

import pytest

from tests.materials import files

pytestmark = pytest.mark.django_db
Document = get_document_model()


def upload(client, name, data, **fields):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": 1,
            "language": "en",
            **fields,
        },
    )


@pytest.mark.parametrize("name", list(files.GOOD_FILES))
def test_accepted_formats_are_stored(editor_client, name):
    response = upload(editor_client, name, files.GOOD_FILES[name])
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get(title=name)
    assert document.file_size == len(files.GOOD_FILES[name])
    assert document.licence.short_name == "CC BY 4.0"


BAD_UPLOADS = {
    "evil.html": (b"<html><script>alert(1)</script></html>", "extension “html” is not allowed"),
    "evil.svg": (b"<svg onload='alert(1)'/>", "extension “svg” is not allowed"),
    "evil.exe": (b"MZ\x90\x00", "extension “exe” is not allowed"),
    "evil.php.pdf": (b"<?php echo 1; ?>", "does not match its extension"),
    "page.pdf": (b"<html><body>not a pdf</body></html>", "does not match its extension"),
    "binary.docx": (b"MZ\x90\x00\x03\x00\x00\x00", "does not match its extension"),
    "plain-zip.docx": (files.zip_bytes({"a.txt": "a"}), "does not match its extension"),
    "broken.zip": (files.zip_bytes({"a.txt": "a" * 1000})[:-30], "damaged"),
    "bomb.zip": (files.zip_bomb(), "unpacks to too much data"),
    "html.txt": (b"<!DOCTYPE html><p>x</p>", "does not match its extension"),
    "jpeg.png": (files.GOOD_FILES["photo.png"].replace(b"PNG", b"JPG", 1), "does not match"),
    "nul.csv": (b"a,b\x00c", "does not match its extension"),
    "latin1.txt": ("Zażółć".encode("iso-8859-2") * 3, "UTF-8"),
}


@pytest.mark.parametrize("name", list(BAD_UPLOADS))
def test_bad_files_get_a_form_error_and_nothing_is_stored(editor_client, name, tmp_path, settings):
    data, message = BAD_UPLOADS[name]
    response = upload(editor_client, name, data)
    assert response.status_code == 200  # the form again, with its error
    assert message in response.content.decode()
    assert not Document.objects.filter(title=name).exists()


def test_oversized_file_is_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = upload(editor_client, "big.pdf", b"%PDF-1.4\n" + b"0" * 2000)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not Document.objects.filter(title="big.pdf").exists()


def test_multiple_upload_validates_content_too(editor_client):
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("fake.pdf", b"<html>no</html>")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "does not match its extension" in answer["error_message"]
    assert not Document.objects.exists()
