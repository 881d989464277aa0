"""Hostile content (issue 11): script in page titles, rich text, document titles and
file names, and SVG or HTML uploads, entered the ways people enter content (the page
editor, uploads, the case import, a translator's PO file), is inert everywhere it
appears: pages, listings, search, feeds, API, OAI-PMH, open data, the admin, ZIP files.

Inert means: no script element, event handler or javascript: link carries it, and the
text is still shown, escaped, where it belongs (docs/reliability.md P7, S10, U1, U5, U6, U8,
U9, U10, U12)."""

import io
import json
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

import pytest
from PIL import Image

from cases.factories import CasePageFactory
from cases.models import CasePage
from hub.factories import UserFactory
from hub.materials.factories import MINIMAL_PDF, materials_stream
from search import indexing
from tests.materials import files
from tests.utils import case_edit_form, in_locale, response_text
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db

TITLE = "<script>alert('title')</script> Harbour"
SUMMARY = "<img src=x onerror=alert('summary')> Summary"
ORGANISATION = "\"><svg onload=alert('organisation')>"
RICH_TEXT = "<script>alert('rich')</script> Read more"
LINK = "javascript:alert('link')"
DOCUMENT_TITLE = "<img src=x onerror=alert('document')> Budget"
FILE_NAME = "\"><img src=x onerror=alert('file')>.pdf"


class Scripts(HTMLParser):
    """What a browser would run in a page: script elements, event handler attributes and
    javascript: URLs, each with where it was found."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self.script = [], None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") or value.startswith(("javascript:", "data:text/html")):
                self.found.append(f"<{tag} {name}={value}>")
        if tag == "script":
            self.script = dict(attrs).get("type", "")

    def handle_endtag(self, tag):
        if tag == "script":
            self.script = None

    def handle_data(self, data):
        if self.script is not None and "alert(" in data:
            if self.script == "application/ld+json":
                json.loads(data)  # data, as long as it parses whole (no break-out)
            else:
                self.found.append(f"<script>{data[:60]}")


def assert_inert(html, where):
    scanner = Scripts()
    scanner.feed(html)
    assert not scanner.found, f"{where} runs {scanner.found}"


def rich_text(text, url):
    """A rich text field as the page editor (Draftail) posts it: a paragraph whose first
    word links to `url`."""
    entity = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
    block = {"key": "a1b2c", "text": text, "type": "unstyled", "depth": 0,
             "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
             "data": {}}  # fmt: skip
    return json.dumps({"blocks": [block], "entityMap": {"0": entity}})


@pytest.fixture
def admin(client):
    """The client, logged in as an administrator (again, after a fixture logged out)."""
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def hostile_case(admin, case_index, mirror):
    """A case whose title, summary, organisation and rich text carry script, published
    through the page editor."""
    case = CasePageFactory(parent=case_index, title="Plain", slug="hostile")
    mirror("pl")
    form = case_edit_form(case, title=TITLE, summary=SUMMARY, organisation=ORGANISATION,
                          challenge=rich_text(RICH_TEXT, LINK),
                          **{"action-publish": "1"})  # fmt: skip
    response = admin.post(reverse("wagtailadmin_pages:edit", args=[case.pk]), form)
    assert response.status_code == 302, response_text(response)[:3000]
    admin.logout()
    case.refresh_from_db()
    assert case.live and case.title == TITLE
    return case


def test_the_page_editor_keeps_script_out_of_rich_text(hostile_case):
    stored = hostile_case.challenge
    assert "<script" not in stored and "javascript:" not in stored  # the link lost its URL
    assert "alert('rich')&lt;/script&gt; Read more" in stored  # kept as text


def test_a_hostile_page_is_inert_on_the_site(client, hostile_case):
    surfaces = [hostile_case.url, "/en/", "/en/cases/", "/en/cases/?sdg=7"]
    for url in surfaces:
        assert_inert(response_text(client.get(url)), url)
    html = response_text(client.get(hostile_case.url))
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Harbour" in html
    assert "&lt;img src=x onerror=alert(&#x27;summary&#x27;)&gt; Summary" in html


def test_a_hostile_page_is_inert_in_search_and_suggestions(client, engine, hostile_case):
    """The search page, its JSON and the suggestions, on every engine (snippets of
    hostile body text: tests/search/test_search.py::test_hostile_content_is_inert_in_results)."""
    indexing.rebuild()
    html = response_text(client.get("/en/search/", {"q": "harbour"}))
    assert_inert(html, "the search page")
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Harbour" in html
    answer = client.get("/en/search/", {"q": "harbour", "format": "json"})
    assert answer["Content-Type"] == "application/json"
    assert answer.json()["results"][0]["title"] == TITLE  # data for the client to escape
    assert "<script" not in answer.json()["results"][0]["snippet"]
    suggestions = client.get("/en/search/suggest/", {"q": "harb"})
    assert suggestions["Content-Type"] == "application/json"
    assert suggestions["X-Content-Type-Options"] == "nosniff"


def test_a_hostile_page_is_inert_for_machines(client, hostile_case):
    """Feeds, sitemap and OAI-PMH are well-formed XML holding the text; the API and open
    data are JSON or CSV served as such, never as HTML."""
    for url in ("/en/feed/", "/en/feed/cases/", "/sitemap.xml", "/oai/?verb=ListRecords&"
                "metadataPrefix=oai_dc"):  # fmt: skip
        body = response_text(client.get(url))
        root = ET.fromstring(body)  # noqa: S314 - our own server's answer
        assert "<script" not in body and "<img" not in body, url
        assert url == "/sitemap.xml" or TITLE in "".join(root.itertext()), url
    for url in ("/api/v2/pages/?type=cases.CasePage&fields=*", "/en/cases/data/json/"):
        response = client.get(url)
        assert response["Content-Type"].startswith("application/json"), url
        assert TITLE in response_text(response).replace("\\u003C", "<").replace("\\u003E", ">")
    csv = client.get("/en/cases/data/csv/")
    assert csv["Content-Type"].startswith("text/csv") and csv["X-Content-Type-Options"] == "nosniff"
    detail = client.get(f"/api/v2/pages/{hostile_case.pk}/").json()
    assert "<script" not in detail["challenge"] and "javascript:" not in detail["challenge"]


def test_a_hostile_page_is_inert_in_the_admin(hostile_case, admin):
    """The explorer, editor, history, revision comparison, admin search and reports
    (CVE-2026-28223: the translate confirmation message and the translations report)."""
    admin.force_login(UserFactory(username="admin"))  # the fixture left the admin
    hostile_case.save_revision()  # a second revision, to compare
    pages = "wagtailadmin_pages"
    urls = [
        reverse("wagtailadmin_explore", args=[hostile_case.get_parent().pk]),
        reverse(f"{pages}:edit", args=[hostile_case.pk]),
        reverse(f"{pages}:history", args=[hostile_case.pk]),
        reverse(f"{pages}:revisions_compare", args=[hostile_case.pk, "earliest", "latest"]),
        reverse(f"{pages}:search") + "?q=harbour",
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtail_localize:submit_page_translation", args=[hostile_case.pk]),
    ]
    polish = Locale.objects.get(language_code="pl")
    submitted = admin.post(urls[-1], {"locales": [polish.pk]}, follow=True)
    assert "successfully submitted" in response_text(submitted)  # the message names the page
    assert_inert(response_text(submitted), "the translate confirmation message")
    urls += [reverse("wagtail_localize:translations_report"), reverse("translation_status")]
    for url in urls:
        response = admin.get(url)
        assert response.status_code == 200, url
        assert_inert(response_text(response), url)


def upload(client, name, data, title=None, path="wagtaildocs:add"):
    return client.post(
        reverse(path),
        {"title": title or name, "file": SimpleUploadedFile(name, data), "collection": 1,
         "language": "en", "authors": DOCUMENT_TITLE, "description": SUMMARY},
    )  # fmt: skip


@pytest.fixture
def hostile_document(admin, toolkit):
    """A document with script in its title, authors, description and file name, listed on
    a method page."""
    response = upload(admin, FILE_NAME, MINIMAL_PDF, title=DOCUMENT_TITLE)
    assert response.status_code == 302, response_text(response)[:2000]
    document = get_document_model().objects.get(title=DOCUMENT_TITLE)
    method = MethodPageFactory(
        parent=toolkit, title="Harbour walk", worksheets=materials_stream(document)
    )
    return document, method


def test_a_hostile_document_is_inert_everywhere_it_is_listed(client, admin, hostile_document):
    document, method = hostile_document
    assert "<" not in document.file.name and "/" not in document.file.name[len("documents/") :]
    indexing.rebuild()
    for url in [reverse("wagtaildocs:index"), reverse("wagtaildocs:edit", args=[document.pk]),
                reverse("materials_reports:by_material"),
                reverse("materials_reports:by_page")]:  # fmt: skip
        assert_inert(response_text(admin.get(url)), url)
    admin.logout()
    for url in (method.url, "/en/search/?q=budget"):
        html = response_text(client.get(url))
        assert_inert(html, url)
        assert "&lt;img src=x onerror=alert(&#x27;document&#x27;)&gt; Budget" in html, url
    body = response_text(client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"}))
    ET.fromstring(body)  # noqa: S314 - well-formed, the title as text
    assert "<img" not in body
    archive = zipfile.ZipFile(
        io.BytesIO(response_text(client.get(method.url + "download-all/"), binary=True))
    )
    for name in archive.namelist():
        assert ".." not in name and not name.startswith("/") and "<" not in name, name
    assert DOCUMENT_TITLE in archive.read("ATTRIBUTION.txt").decode()  # plain text


@pytest.mark.parametrize(
    "name",
    ["../../x.pdf", "..\\..\\x.pdf", "x%00.pdf", "x\x00y.pdf", "Übung\u202efdp.pdf", FILE_NAME],
    ids=["parent-dirs", "windows-parent-dirs", "encoded-nul", "nul", "right-to-left", "html"],
)
def test_crafted_file_names_are_stored_and_served_flat(client, admin, name):
    """docs/reliability.md U12: stored under a plain name inside documents/, served with a
    Content-Disposition that names no folder (RFC 5987 filename* for non-ASCII)."""
    assert upload(admin, name, MINIMAL_PDF, title="Crafted").status_code == 302
    document = get_document_model().objects.get(title="Crafted")
    stored = document.file.name.removeprefix("documents/")
    assert document.file.name.startswith("documents/")
    for bad in ("/", "\\", "..", "\x00", "\u202e", "<"):
        assert bad not in stored, (name, stored)
    disposition = client.get(document.url)["Content-Disposition"]
    assert "/" not in disposition and "\\" not in disposition and "\u202e" not in disposition
    if not stored.isascii():
        assert "filename*=UTF-8''" in disposition


@pytest.mark.parametrize(
    "name, data, message",
    [
        (
            "evil.svg",
            b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
            "Not a supported image format",
        ),
        ("evil.html", b"<html><script>alert(1)</script></html>", "Not a supported image format"),
        (
            "evil.png",
            b"<html><script>alert(1)</script></html>",  # HTML named .png
            "The extension does not match the file format",
        ),
        ("photo.jpg", files.png(), "The extension does not match the file format"),
        ("bomb.png", None, "This file has too many pixels"),  # a small file, 81 megapixels
    ],  # fmt: skip
    ids=["svg", "html", "html-as-png", "png-as-jpg", "pixel-bomb"],
)
def test_pictures_that_could_run_or_explode_are_refused(admin, name, data, message, settings):
    """docs/reliability.md U8, U9, U10 (SVG pictures are not enabled: WAGTAILIMAGES_EXTENSIONS
    keeps Wagtail's default, without svg). A form error, nothing stored, never a 500."""
    assert "svg" not in getattr(settings, "WAGTAILIMAGES_EXTENSIONS", ["avif", "gif", "jpg"])
    if data is None:
        buffer = io.BytesIO()
        Image.new("1", (9000, 9000)).save(buffer, "PNG")
        data = buffer.getvalue()
    response = admin.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": 1},
    )
    assert response.status_code == 200  # the form again, with its error
    assert message in response_text(response)
    assert not get_image_model().objects.filter(title=name).exists()


def test_an_imported_case_with_script_in_its_cells_is_inert(admin, case_index):
    """The case import: cells become text, whatever they hold."""
    content = (
        "title,organisation,summary,challenge\n"
        f'"{TITLE}","{ORGANISATION.replace(chr(34), chr(34) * 2)}","{SUMMARY}","{RICH_TEXT}"\n'
    )
    response = admin.post(
        reverse("cases_import"),
        {"file": SimpleUploadedFile("cases.csv", content.encode()), "action": "import"},
    )
    assert_inert(response_text(response), "the import report")
    case = CasePage.objects.get(title=TITLE)
    assert "<script" not in case.challenge
    draft = admin.get(reverse("wagtailadmin_pages:view_draft", args=[case.pk]))
    assert_inert(response_text(draft), "the imported draft")


def test_script_in_a_translators_po_file_never_reaches_the_page(client, admin, case_index, mirror):
    """A translator's PO file puts script into the rich text and the title of the Polish
    translation: both strings are marked as errors (strings may hold inline tags without
    attributes only) and the published page shows neither."""
    case = CasePageFactory(parent=case_index, title="Tide mill", challenge="<p>Old mill.</p>")
    mirror("pl")
    polish = Locale.objects.get(language_code="pl")
    admin.post(reverse("wagtail_localize:submit_page_translation", args=[case.pk]),
               {"locales": [polish.pk]})  # fmt: skip
    translation = Translation.objects.get(source__object_id=case.translation_key)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"Old mill.": RICH_TEXT, "Tide mill": TITLE}.get(entry.msgid, entry.msgid)
    admin.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]) + "?next=/admin/",
        {"file": SimpleUploadedFile("pl.po", str(po).encode())},
    )
    translation.save_target(user=None, publish=True)
    page = in_locale(case, "pl")
    html = response_text(client.get(page.url))
    assert_inert(html, page.url)
    assert "alert(" not in html
    strings = StringTranslation.objects.filter(locale=polish, data__contains="alert(")
    assert strings.count() == 2 and all(string.has_error for string in strings)
