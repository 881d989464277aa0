"""Uploads and downloads (docs/reliability.md U1-U16) not covered elsewhere: the others are
tested in tests/materials (allow-list, content checks, sizes, headers, privacy) and in
tests/security/test_hostile_content.py (pictures, crafted file names); docs/reliability.md
maps each line to its test."""

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest

from hub.materials import validation
from hub.materials.factories import DocumentFactory
from tests.materials import files
from tests.utils import response_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name, data",
    [
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
        ("page.html", b"<html><script>alert(1)</script></html>"),
    ],
    ids=["svg", "html"],
)
def test_a_stored_svg_or_html_document_is_downloaded_never_rendered(client, name, data):
    """docs/reliability.md U1. Such files cannot be uploaded (tests/materials/test_uploads.py);
    one stored before the allow-list, or by a script, still downloads as an attachment
    under a policy that runs nothing."""
    document = DocumentFactory(file=ContentFile(data, name=name))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response_text(response, binary=True) == data


def test_an_archive_with_too_many_files_is_refused(editor_client, monkeypatch):
    """docs/reliability.md U11: counted before anything is stored (10,000 files; 5 here)."""
    monkeypatch.setattr(validation, "MAX_ZIP_ENTRIES", 5)
    archive = files.zip_bytes({f"sheet-{n}.txt": "x" for n in range(6)})
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Many", "file": SimpleUploadedFile("many.zip", archive), "collection": 1,
         "language": "en"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "The archive holds too many files." in response_text(response)
    assert not get_document_model().objects.filter(title="Many").exists()


def test_a_picture_over_the_size_limit_is_refused(editor_client, settings):
    """docs/reliability.md U7 (pictures; documents: tests/materials/test_uploads.py)."""
    picture = files.png()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = len(picture) - 1
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Big", "file": SimpleUploadedFile("big.png", picture), "collection": 1},
    )
    assert response.status_code == 200
    assert "This file is too big" in response_text(response)
    assert not get_image_model().objects.filter(title="Big").exists()


def test_pictures_have_no_dynamic_serve_view(client, image):
    """docs/reliability.md U16 does not apply: renditions are made by the templates and served
    as static files, and Wagtail's dynamic image view (signed filter URLs) is not routed,
    so there is no signature to tamper with and no filter spec to send."""
    with pytest.raises(NoReverseMatch):
        reverse("wagtailimages_serve", args=["signature", image.pk, "fill-100x100"])
    forged = client.get(f"/images/forged/{image.pk}/fill-30000x30000/", follow=True)
    assert forged.status_code == 404


def test_a_document_is_found_only_under_its_own_name(client):
    """docs/reliability.md U13, for a name that differs only in case or by a folder."""
    document = DocumentFactory(file=ContentFile(files.GOOD_FILES["worksheet.pdf"], name="a.pdf"))
    name = document.filename
    for wrong in (name.upper(), f"x/{name}", f"..%2F{name}"):
        assert client.get(f"/documents/{document.pk}/{wrong}").status_code == 404, wrong
    assert client.get(document.url).status_code == 200
