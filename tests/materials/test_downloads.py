"""Serving materials: safe headers, byte ranges, privacy, and a counter that stores
nothing personal."""

from django.core.files.base import ContentFile
from django.http import FileResponse

from wagtail.models import Collection, CollectionViewRestriction

import pytest

from hub.materials.factories import DocumentFactory
from hub.materials.models import DownloadCount
from hub.materials.ranges import partial_response
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


HUGE = "9" * 5000  # past Python's limit for int() of a string (4,300 digits)


def test_ranges_with_numbers_of_any_length_are_answered(client):
    """RFC 9110 §14.1.2: a first byte past the end is unsatisfiable (416); a last byte
    past the end, or a suffix longer than the file, means up to the end (206)."""
    data = bytes(range(256)) * 4
    document = DocumentFactory(file=ContentFile(data, name="data.zip"))
    size = len(data)
    for header in (f"bytes={HUGE}-", f"bytes={HUGE}-{HUGE}", f"bytes=0{HUGE}-"):
        refused = client.get(document.url, headers={"range": header})
        assert refused.status_code == 416, header[:20]
        assert refused["Content-Range"] == f"bytes */{size}"
        assert f"outside the file, which has {size} bytes" in refused.content.decode()
    for header in (f"bytes=0-{HUGE}", f"bytes=-{HUGE}", f"bytes=-000{HUGE}"):
        whole = client.get(document.url, headers={"range": header})
        assert whole.status_code == 206, header[:20]
        assert whole["Content-Range"] == f"bytes 0-{size - 1}/{size}"
        assert body(whole) == data
    tail = client.get(document.url, headers={"range": f"bytes=1000-{HUGE}"})
    assert tail["Content-Range"] == f"bytes 1000-{size - 1}/{size}"
    assert body(tail) == data[1000:]


@pytest.mark.parametrize(
    "header",
    ["bytes=²-", "bytes=٣-٥", "bytes=-٣", "bytes=0-²", "bytes=\x00-1", "bytes=1-\x00",
     "bytes=--1", "bytes=1--", "bytes=0x10-", "bytes=1e3-", "bytes=-", "bytes=5-1",
     "bytes=" + "1-2," * 2000],
    ids=lambda header: repr(header[:12]),
)  # fmt: skip
def test_a_range_that_is_not_ascii_digits_is_ignored(client, header):
    """RFC 9110: DIGIT is ASCII; an invalid range is ignored and the whole file sent."""
    document = DocumentFactory()
    response = client.get(document.url, headers={"range": header})
    assert response.status_code == 200
    assert body(response) == document.file.open("rb").read()


def test_junk_conditional_headers_send_the_whole_file(client):
    document = DocumentFactory()
    for headers in (
        {"if-range": "\x00junk", "range": "bytes=0-1"},
        {"if-range": HUGE, "range": "bytes=0-1"},
        {"if-range": "Sun, 06 Nov 99999 08:49:37 GMT", "range": "bytes=0-1"},
        {"if-none-match": "\x00"},
        {"if-none-match": HUGE},
        {"if-none-match": 'W/"' + HUGE},
        {"if-none-match": ", ," * 1000},
        {"if-modified-since": HUGE},
        {"if-modified-since": f"Sun, 06 Nov {HUGE} 08:49:37 GMT"},
        {"if-unmodified-since": "\x00"},
        {"if-match": "²"},
    ):
        response = client.get(document.url, headers=headers)
        assert response.status_code in (200, 412), headers


@pytest.mark.parametrize("read", [True, False], ids=["read", "unread"])
def test_a_partial_response_closes_its_file(rf, tmp_path, read):
    """The file of a 206 is closed with the response, also when nothing was read (a HEAD,
    a client gone early): no open file is left behind per request."""
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)))
    handle = path.open("rb")
    request = rf.get("/", headers={"range": "bytes=10-19"})
    partial = partial_response(request, FileResponse(handle))
    assert partial.status_code == 206
    if read:
        assert b"".join(partial.streaming_content) == bytes(range(10, 20))
    assert not handle.closed
    partial.close()
    assert handle.closed
