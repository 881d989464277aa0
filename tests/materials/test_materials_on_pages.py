"""How materials appear on pages and in 'Download all'."""

import io
import zipfile

from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction

import pytest

from courses.factories import UnitPageFactory
from hub.materials.factories import DocumentFactory
from hub.materials.models import DownloadCount
from hub.taxonomy.models import Licence, term
from tests.utils import MAX_PAGE_QUERIES, assert_shows, count_queries, page_queries
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def materials(*documents, heading="Worksheets"):
    return [
        (
            "materials",
            {"heading": heading, "items": [{"document": d, "note": ""} for d in documents]},
        )
    ]


@pytest.fixture
def private_document():
    root = Collection.get_first_root_node()
    private = root.add_child(name="Internal")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    return DocumentFactory(title="Internal budget sheet", collection=private)


def test_material_shows_format_size_language_licence_and_attribution(client, toolkit):
    document = DocumentFactory(
        title="Stakeholder map",
        authors="Ana Novak, Jan Kowalski",
        licence=term(Licence, "cc-by-sa-4.0"),
    )
    method = MethodPageFactory(parent=toolkit, worksheets=materials(document))
    html = client.get(method.url).content.decode()
    assert_shows(
        html,
        "Stakeholder map",
        "PDF",
        document.size_label,
        "English",
        'rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"',
        "CC BY-SA 4.0",
        "How to attribute",
        "“Stakeholder map”, by Ana Novak, Jan Kowalski, IMPACT hub, "
        f"http://testserver{document.url}. Licensed under CC BY-SA 4.0 "
        "(https://creativecommons.org/licenses/by-sa/4.0/).",
    )


def test_private_documents_are_listed_nowhere_public(client, toolkit, private_document):
    public = DocumentFactory(title="Public worksheet")
    method = MethodPageFactory(parent=toolkit, worksheets=materials(public, private_document))
    html = client.get(method.url).content.decode()
    assert "Public worksheet" in html
    assert "Internal budget sheet" not in html
    archive = zipfile.ZipFile(
        io.BytesIO(b"".join(client.get(method.url + "download-all/").streaming_content))
    )
    assert not any("budget" in name for name in archive.namelist())


def test_language_versions_and_out_of_date_translations(client, toolkit):
    original = DocumentFactory(title="Pre-mortem guide", language="en")
    german = DocumentFactory(title="Pre-mortem Leitfaden", language="de", translation_of=original)
    method = MethodPageFactory(parent=toolkit, worksheets=materials(original, german))
    html = client.get(method.url).content.decode()
    assert "Also in" in html and 'hreflang="de"' in html
    assert "older than the current original" not in html
    assert not german.is_out_of_date

    original.file = ContentFile(b"%PDF-1.4\n% revised edition\n", name="guide-v2.pdf")
    original.file_hash = ""
    original.save()
    german.refresh_from_db()
    assert german.is_out_of_date
    html = client.get(method.url).content.decode()
    assert "This translation is older than the current original (English)." in html

    german.file = ContentFile(b"%PDF-1.4\n% neue Fassung\n", name="leitfaden-v2.pdf")
    german.file_hash = ""
    german.save()
    german.refresh_from_db()
    assert not german.is_out_of_date


def test_download_all_streams_a_zip_with_attribution(client, module):
    handout = DocumentFactory(title="Module handbook", authors="HHL team")
    slides = DocumentFactory(
        title="Unit slides",
        file=ContentFile(b"%PDF-1.4 slides", name="slides.pdf"),
        licence=term(Licence, "cc-by-nc-4.0"),
    )
    same_name = DocumentFactory(
        title="Other slides", file=ContentFile(b"%PDF-1.4 other", name="slides.pdf")
    )
    module.materials = materials(handout)
    module.save_revision().publish()
    unit = UnitPageFactory(parent=module, slug="unit-one", materials=materials(slides, same_name))
    UnitPageFactory(parent=module, slug="draft-unit", live=False, materials=materials(handout))

    html = client.get(module.url).content.decode()
    assert "Download all materials" in html and "ZIP, 3 files" in html

    response = client.get(module.url + "download-all/")
    assert response.status_code == 200
    assert response.streaming  # written while it is sent, never built first
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment")
    data = b"".join(response.streaming_content)
    assert int(response["Content-Length"]) == len(data)
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    names = sorted(archive.namelist())
    assert len(names) == 4 and "ATTRIBUTION.txt" in names
    assert len([n for n in names if n.startswith("unit-one/slides")]) == 2  # in the unit's folder
    attribution = archive.read("ATTRIBUTION.txt").decode()
    assert "“Module handbook”, by HHL team" in attribution
    assert "Creative Commons Attribution-NonCommercial 4.0 International" in attribution
    assert archive.read(next(n for n in names if n.endswith("handbook.pdf"))).startswith(b"%PDF")
    assert DownloadCount.objects.get(document=slides).count == 1
    assert client.get(unit.url + "download-all/").status_code == 200


def test_download_all_without_materials_is_404(client, toolkit):
    method = MethodPageFactory(parent=toolkit)
    assert "Download all materials" not in client.get(method.url).content.decode()
    assert client.get(method.url + "download-all/").status_code == 404


def test_unsafe_file_names_are_flattened_in_the_zip(client, toolkit):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4", name="Übung‮fdp.pdf"))
    method = MethodPageFactory(parent=toolkit, worksheets=materials(document))
    archive = zipfile.ZipFile(
        io.BytesIO(b"".join(client.get(method.url + "download-all/").streaming_content))
    )
    for name in archive.namelist():
        assert ".." not in name and not name.startswith("/") and "\u202e" not in name


def test_page_queries_do_not_grow_with_its_materials(client, toolkit):
    # count_queries views each page once first: file sizes and renditions are settled once
    one = MethodPageFactory(parent=toolkit, worksheets=materials(DocumentFactory()))
    five = MethodPageFactory(
        parent=toolkit, worksheets=materials(*(DocumentFactory() for _ in range(5)))
    )
    assert count_queries(client, one.url) == count_queries(client, five.url) <= MAX_PAGE_QUERIES


def test_a_page_and_a_download_read_no_whole_text(client, toolkit):
    """A PDF's extracted text (megabytes for a long report) is for search: a page listing
    the PDF, its language versions and its original shows them without reading it, and
    the PDF downloads without it."""
    original = DocumentFactory(
        title="Harbour report", language="en", extracted_text="port " * 10**5
    )
    german = DocumentFactory(
        title="Hafenbericht", language="de", translation_of=original, extracted_text="hafen"
    )
    method = MethodPageFactory(parent=toolkit, worksheets=materials(original, german))
    html = client.get(method.url).content.decode()
    assert "Harbour report" in html and "Hafenbericht" in html and 'hreflang="de"' in html
    for url in (method.url, original.url):
        assert [sql for sql in page_queries(client, url) if "extracted_text" in sql] == []
