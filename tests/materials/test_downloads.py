"""Serving materials: safe headers, byte ranges, privacy, and a counter that stores
nothing personal."""

from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction

import pytest

from hub.materials.factories import DocumentFactory
from hub.materials.models import DownloadCount
from tests.materials import files

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_pdf_is_served_inline_with_safe_headers(client):
    document = DocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Accept-Ranges"] == "bytes"
    assert body(response).startswith(b"%PDF-")


@pytest.mark.parametrize(
    "name, content_type",
    [
        ("notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (
            "slides.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        ("text.odt", "application/vnd.oasis.opendocument.text"),
        ("bundle.zip", "application/zip"),
        ("data.csv", "text/csv"),
    ],
)
def test_other_formats_are_attachments_with_their_type(client, name, content_type):
    document = DocumentFactory(file=ContentFile(files.GOOD_FILES[name], name=name))
    response = client.get(document.url)
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_range_request_resumes_a_download(client):
    data = bytes(range(256)) * 40
    document = DocumentFactory(file=ContentFile(data, name="data.zip"))
    response = client.get(document.url, headers={"range": "bytes=1000-1999"})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 1000-1999/{len(data)}"
    assert response["Content-Length"] == "1000"
    assert body(response) == data[1000:2000]
    assert response["Content-Security-Policy"] == "default-src 'none'"

    tail = client.get(document.url, headers={"range": "bytes=-100"})
    assert body(tail) == data[-100:]
    rest = client.get(document.url, headers={"range": "bytes=10000-"})
    assert body(rest) == data[10000:]


def test_unsatisfiable_and_stale_ranges(client):
    document = DocumentFactory()
    size = document.get_file_size()
    refused = client.get(document.url, headers={"range": f"bytes={size + 10}-"})
    assert refused.status_code == 416
    assert refused["Content-Range"] == f"bytes */{size}"
    stale = client.get(document.url, headers={"range": "bytes=0-10", "if-range": '"old-etag"'})
    assert stale.status_code == 200  # the file changed: send it whole
    several = client.get(document.url, headers={"range": "bytes=0-1,5-6"})
    assert several.status_code == 200
    nonsense = client.get(document.url, headers={"range": "pages=1-2"})
    assert nonsense.status_code == 200


def test_two_downloads_count_two_and_nothing_personal_is_stored(client):
    document = DocumentFactory()
    client.get(document.url, headers={"user-agent": "Firefox", "x-forwarded-for": "203.0.113.9"})
    client.get(document.url, REMOTE_ADDR="198.51.100.7")
    counts = DownloadCount.objects.get(document=document)
    assert counts.count == 2
    stored = {field.name for field in DownloadCount._meta.get_fields()}
    assert stored == {"id", "document", "day", "count"}
    assert "203.0.113.9" not in str(list(DownloadCount.objects.values()))


def test_resumed_parts_head_requests_and_revalidation_do_not_count(client):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4\n" + b"x" * 5000, name="long.pdf"))
    first = client.get(document.url, headers={"range": "bytes=0-999"})
    client.get(document.url, headers={"range": "bytes=1000-"})
    client.head(document.url)
    client.get(document.url, headers={"if-none-match": first["ETag"]})
    assert DownloadCount.objects.get(document=document).count == 1


def test_unknown_document_or_wrong_name_is_404(client):
    document = DocumentFactory()
    assert client.get("/documents/999999/nothing.pdf").status_code == 404
    assert client.get(f"/documents/{document.pk}/other-name.pdf").status_code == 404
    assert not DownloadCount.objects.exists()


@pytest.fixture
def private_collection():
    root = Collection.get_first_root_node()
    private = root.add_child(name="Partners only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    return private.add_child(name="Drafts of worksheets")  # restricted through its parent


def test_private_document_is_not_downloadable_anonymously(client, private_collection):
    document = DocumentFactory(collection=private_collection)
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert "ETag" not in response
    again = client.get(document.url, headers={"if-none-match": f'"{document.file_hash}"'})
    assert again.status_code == 302
    assert not DownloadCount.objects.exists()
