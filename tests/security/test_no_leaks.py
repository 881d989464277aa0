"""No leaks (issue 11): drafts, private pages (password, login or group restricted, or
below one) and private documents never appear on a public surface. One site holds public
content beside every kind of secret, each named with a word found nowhere else; every
surface is read as its clients read it and must show the public content and none of
those words (docs/reliability.md P10, S6, S12; the one gate is hub/security/public.py)."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)

import pytest

from cases.factories import CaseIndexPageFactory, CasePageFactory
from hub.materials.factories import DocumentFactory, materials_stream
from hub.taxonomy.models import SDG, Country, term
from search import indexing
from tests.materials import files
from tests.utils import refused, response_text, translate
from toolkits.factories import MethodPageFactory, ToolkitPageFactory

pytestmark = pytest.mark.django_db

# What the public must never see, each with the word that names it.
SECRET_PAGES = {
    "draft": "zeppelin",
    "unpublished": "quokka",
    "newer draft of a live page": "narwhal",
    "password": "walrus",
    "login": "ocelot",
    "group": "axolotl",
    "restricted after mirroring": "gecko",
    "restricted after a mirror of its mirror was made": "iguana",
    "restricted section": "pangolin",
    "page in a restricted section": "wombat",
}
SECRET_DOCUMENTS = {
    "login collection": "marmot",
    "group collection": "lemur",
    "below a restricted collection": "tapir",
}
SECRET_WORDS = [*SECRET_PAGES.values(), *SECRET_DOCUMENTS.values()]
PUBLIC = ["Solar harbour", "Solar kettle", "Solar walk", "Harbour worksheet"]


def assert_no_secret(body, where):
    leaked = [word for word in SECRET_WORDS if word in body.lower()]
    assert not leaked, f"{where} shows {leaked}"


def read(client, url, **params):
    """The body of an anonymous GET that the surface answers with a 200."""
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return response_text(response)


@pytest.fixture
def secrets(case_index, toolkit, mirror):
    def case(word, live=True):
        page = CasePageFactory(
            parent=case_index,
            title=f"Solar {word}",
            summary=f"About the {word}.",
            sdgs=[term(SDG, 7)],
            country=term(Country, "DE"),
            live=live,
        )
        revision = page.save_revision()
        if live:  # published as editors publish, with dates (OAI-PMH lists by date)
            revision.publish()
        return page

    root = Collection.get_first_root_node()
    login_only = root.add_child(name="Partners")
    CollectionViewRestriction.objects.create(collection=login_only, restriction_type="login")
    moderators_only = root.add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=moderators_only, restriction_type=CollectionViewRestriction.GROUPS
    ).groups.set(Group.objects.filter(name="Moderators"))
    collections = {
        "login collection": login_only,
        "group collection": moderators_only,
        "below a restricted collection": login_only.add_child(name="Partner drafts"),
    }
    documents = [
        DocumentFactory(
            title=f"Harbour {word} budget",
            collection=collections[kind],
            file=ContentFile(files.text_pdf(word), name=f"{word}.pdf"),
            extracted_text=f"{word} figures",
        )
        for kind, word in SECRET_DOCUMENTS.items()
    ]
    worksheet = DocumentFactory(
        title="Harbour worksheet",
        file=ContentFile(files.text_pdf("harbour"), name="worksheet.pdf"),
        extracted_text="harbour figures",
    )
    # A public page listing private documents beside a public one: only that one shows.
    method = MethodPageFactory(
        parent=toolkit, title="Solar walk", worksheets=materials_stream(worksheet, *documents)
    )
    harbour = case("harbour")
    kettle = case("kettle")
    kettle.title, kettle.summary = "Solar narwhal", "About the narwhal."
    kettle.save_revision()  # a newer draft of a live page
    case("zeppelin", live=False)
    case("quokka").unpublish()
    protected = {"password": case("walrus"), "login": case("ocelot"), "group": case("axolotl")}
    PageViewRestriction.objects.create(
        page=protected["password"], restriction_type="password", password="a-long-password"
    )
    PageViewRestriction.objects.create(page=protected["login"], restriction_type="login")
    PageViewRestriction.objects.create(
        page=protected["group"], restriction_type=PageViewRestriction.GROUPS
    ).groups.set(Group.objects.filter(name="Moderators"))
    section = ToolkitPageFactory(parent=toolkit.get_parent(), title="Solar pangolin")
    MethodPageFactory(parent=section, title="Solar wombat", summary="About the wombat.")
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    later, latest = case("gecko"), case("iguana")
    translate(harbour, "pl", "Słoneczny port", "Port.")
    mirror("pl", "de")  # the languages the tests read
    # A mirror of a mirror, as a partner language mirroring another partner language has.
    latest.get_translation(Locale.objects.get(language_code="pl")).create_alias(
        update_slug="solar-iguana-again"
    )
    # Restricted once their mirrors exist: they follow it, as Wagtail routes a mirror by
    # its source's restrictions, and a mirror of a mirror by the first source's.
    for page in (later, latest):
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    return {"harbour": harbour, "method": method, "toolkit": toolkit, "documents": documents}


@pytest.fixture
def indexed(engine, secrets):
    """The site in the search index of the engine under test."""
    indexing.rebuild()
    return secrets


def secret_pages():
    return [page for page in Page.objects.all() if any(w in page.slug for w in SECRET_WORDS)]


def test_pages(client, secrets):
    """What a visitor can reach, in English and in partner languages (translated or
    mirrored), and the secret pages themselves in each of them: refused, not found, or
    a password form with nothing of the page."""
    paths = ["", "cases/", "cases/?sdg=7", "toolkits/", "cases/solar-harbour/",
             "cases/solar-kettle/", secrets["toolkit"].url[4:],
             secrets["method"].url[4:]]  # fmt: skip
    for language in ("en", "pl", "de"):
        for path in paths:
            assert_no_secret(read(client, f"/{language}/{path}"), f"/{language}/{path}")
    shown = read(client, "/en/cases/") + read(client, secrets["method"].url)
    assert all(title in shown for title in ("Solar harbour", "Solar kettle", "Harbour worksheet"))
    for page in secret_pages():
        response = client.get(page.url)
        assert response.status_code in (200, 404) or refused(response), page.url
        if response.status_code == 200:  # the password form, sending back to the page
            form = response_text(response)
            assert 'name="password"' in form
            assert_no_secret(form.replace(page.url, ""), page.url)


def test_downloads(client, secrets):
    """Private documents: no download, not even revalidated, and not inside 'Download
    all' of a public page that lists them (docs/reliability.md U14, U15)."""
    for document in secrets["documents"]:
        assert refused(client.get(document.url))
        etag = f'"{document.file_hash}"'
        assert refused(client.get(document.url, headers={"if-none-match": etag}))
    response = client.get(secrets["method"].url + "download-all/")
    archive = zipfile.ZipFile(io.BytesIO(response_text(response, binary=True)))
    listing = " ".join(archive.namelist()) + archive.read("ATTRIBUTION.txt").decode()
    assert "Harbour worksheet" in listing
    assert_no_secret(listing, "the ZIP of the method's materials")


# Words every secret shares with public content: a leak would rank among the results.
SHARED_WORDS = ["solar", "about the", "harbour", "budget", "figures"]


def test_search_results(client, indexed):
    for language in ("en", "pl"):
        for query in SHARED_WORDS:
            for fmt in ("json", "html"):
                body = read(client, f"/{language}/search/", q=query, format=fmt, untranslated=1)
                assert_no_secret(body, f"/{language}/search/?q={query}&format={fmt}")
        for word in SECRET_WORDS:
            answer = json.loads(read(client, f"/{language}/search/", q=word, format="json"))
            assert answer["total"] == 0, (language, word)
    found = json.loads(read(client, "/en/search/", q="solar", format="json"))
    assert {r["title"] for r in found["results"]} == {"Solar harbour", "Solar kettle", "Solar walk"}
    found = json.loads(read(client, "/en/search/", q="figures", format="json"))
    assert [r["title"] for r in found["results"]] == ["Harbour worksheet"]


def counts(answer):
    return {
        facet: {value["value"]: value["count"] for value in values}
        for facet, values in answer["facets"].items()
    }


def test_facet_counts(client, indexed):
    """Counted over public content only, with and without a query or a selection."""
    everything = counts(json.loads(read(client, "/en/search/", format="json")))
    assert everything["type"] == {"case": 2, "toolkit": 1, "method": 1, "document": 1}
    assert everything["sdg"]["7"] == 2 and everything["country"]["DE"] == 2
    solar = counts(json.loads(read(client, "/en/search/", q="solar", sdg="7", format="json")))
    assert solar["type"] == {"case": 2} and solar["sdg"]["7"] == 2
    documents = json.loads(read(client, "/en/search/", type="document", format="json"))
    assert documents["total"] == 1
    assert sum(counts(documents)["licence"].values()) == 1
    assert sum(counts(documents)["language"].values()) == 1


def test_suggestions(client, indexed):
    for language in ("en", "pl"):
        for query in ["sol", "solar", "harb", *(word[:4] for word in SECRET_WORDS)]:
            body = read(client, f"/{language}/search/suggest/", q=query)
            assert_no_secret(body.replace(f'"{query}"', ""), f"suggestions for {query}")
    suggested = json.loads(read(client, "/en/search/suggest/", q="solar"))["suggestions"]
    assert {s["title"] for s in suggested} == {"Solar harbour", "Solar kettle", "Solar walk"}


def test_api(client, secrets):
    """Wagtail's API v2: listings of every locale and type, searches, lookups by id and
    by path, and documents."""
    listings = [("pages/", {}), ("pages/", {"locale": "pl"}), ("pages/", {"type": "cases.CasePage",
                "fields": "*"}), ("pages/", {"type": "toolkits.MethodPage", "fields": "*"}),
                ("documents/", {"fields": "*"})]  # fmt: skip
    for path, params in listings:
        assert_no_secret(read(client, f"/api/v2/{path}", **params), f"/api/v2/{path} {params}")
    for path, query, public in [("pages/", "solar", "Solar harbour"),
                                ("documents/", "harbour", "Harbour worksheet")]:  # fmt: skip
        searched = read(client, f"/api/v2/{path}", search=query)
        assert public in searched
        assert_no_secret(searched, f"/api/v2/{path}?search={query}")
    titles = {item["title"] for item in json.loads(read(client, "/api/v2/pages/"))["items"]}
    assert {"Solar harbour", "Solar kettle", "Solar walk"} <= titles
    for page in secret_pages():
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404, page.url
        found = client.get("/api/v2/pages/find/", {"html_path": page.url[3:]})
        assert found.status_code == 404, page.url
        assert_no_secret(response_text(client.get("/api/v2/pages/", {"child_of": page.pk})), "")
    for document in secrets["documents"]:
        assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    # Wagtail 8's v3 API, which can also write, is not enabled (docs/reliability.md P10).
    assert client.get("/api/v3/pages/", follow=True).status_code == 404


def test_feeds(client, secrets):
    for language in ("en", "pl", "de"):
        for path in ("feed/", "feed/cases/", "feed/toolkits/", "feed/courses/"):
            assert_no_secret(read(client, f"/{language}/{path}"), f"/{language}/{path}")
    assert "Solar harbour" in read(client, "/en/feed/")


def test_sitemap(client, secrets):
    sitemap = read(client, "/sitemap.xml")
    assert_no_secret(sitemap, "/sitemap.xml")
    assert "/en/cases/solar-harbour/" in sitemap and "/pl/cases/solar-harbour/" in sitemap


OAI = "{http://www.openarchives.org/OAI/2.0/}"


def test_oai_pmh(client, secrets):
    """Every record, every identifier and a lookup of each secret: none is a record (an
    unpublished page may be a deleted record, which names no title)."""
    for verb in ("ListRecords", "ListIdentifiers"):
        body = read(client, "/oai/", verb=verb, metadataPrefix="oai_dc")
        assert_no_secret(body, verb)
        assert "Solar harbour" in body or verb == "ListIdentifiers"
    identifiers = set(re.findall(r"<identifier>([^<]+)</identifier>", body))
    prefix = next(iter(identifiers)).rsplit(":", 2)[0]
    kinds = [("page", page.pk) for page in secret_pages()]
    kinds += [("document", document.pk) for document in secrets["documents"]]
    for kind, pk in kinds:
        record = ET.fromstring(  # noqa: S314 - our own server's answer
            read(
                client,
                "/oai/",
                verb="GetRecord",
                metadataPrefix="oai_dc",
                identifier=f"{prefix}:{kind}:{pk}",
            )  # fmt: skip
        )
        header = record.find(f".//{OAI}header")
        error = record.find(f"{OAI}error")
        assert error is not None or header.get("status") == "deleted", (kind, pk)
        assert record.find(f".//{OAI}metadata") is None
    assert_no_secret(read(client, "/oai/", verb="ListSets"), "ListSets")


def test_open_data(client, secrets):
    for language in ("en", "pl", "de"):
        for fmt in ("csv", "json"):
            body = read(client, f"/{language}/cases/data/{fmt}/")
            assert_no_secret(body, f"/{language}/cases/data/{fmt}/")
    rows = list(csv.DictReader(io.StringIO(read(client, "/en/cases/data/csv/").lstrip("\ufeff"))))
    assert sorted(row["title"] for row in rows) == ["Solar harbour", "Solar kettle"]


# A private page's materials (issue 26): a document used only on pages a visitor cannot
# see is listed nowhere public; one also used on a public page, or on none, stays.
@pytest.fixture
def summary(engine, case_index, toolkit, django_capture_on_commit_callbacks):
    """A published case with its "Case summary" PDF, used on that case only, and a
    checklist used on the case and on a public method. The index is built first (an
    engine's included); what follows reaches it through the change pipeline."""
    indexing.rebuild()
    with django_capture_on_commit_callbacks(execute=True):
        document = DocumentFactory(
            title="Case summary: Solar capybara",
            description="About the capybara.",
            file=ContentFile(files.text_pdf("capybara"), name="capybara.pdf"),
            extracted_text="capybara figures",
        )
        checklist = DocumentFactory(
            title="Harbour checklist",
            file=ContentFile(files.text_pdf("checklist"), name="checklist.pdf"),
            extracted_text="checklist figures",
        )
        MethodPageFactory(
            parent=toolkit, title="Solar walk", worksheets=materials_stream(checklist)
        )
        case = CasePageFactory(
            parent=case_index,
            title="Solar capybara",
            summary="About the capybara.",
            materials=materials_stream(checklist, document),
        )
        case.save_revision().publish()
    return {"case": case, "document": document, "checklist": checklist}


def public_listings(client, document):
    """Where `document` is listed for anyone: search, suggestions, the documents API
    (listing, search, lookup) and OAI-PMH (its record's status, from both lists)."""
    found = json.loads(read(client, "/en/search/", q="capybara", format="json"))
    suggested = json.loads(read(client, "/en/search/suggest/", q="capy"))["suggestions"]
    api = json.loads(read(client, "/api/v2/documents/"))["items"]
    api_search = json.loads(read(client, "/api/v2/documents/", search="capybara"))["items"]
    status = {}
    for verb in ("ListRecords", "ListIdentifiers"):
        root = ET.fromstring(read(client, "/oai/", verb=verb, metadataPrefix="oai_dc"))  # noqa: S314
        for header in root.iter(f"{OAI}header"):
            if header.find(f"{OAI}identifier").text.endswith(f":document:{document.pk}"):
                status[verb] = header.get("status", "listed")
    return {
        "search": [r["title"] for r in found["results"]],
        "suggestions": [s["title"] for s in suggested],
        "api": [item["title"] for item in api if item["id"] == document.pk],
        "api search": [item["title"] for item in api_search],
        "api lookup": client.get(f"/api/v2/documents/{document.pk}/").status_code,
        "oai": status,
    }


LISTED = {
    "search": ["Case summary: Solar capybara", "Solar capybara"],
    "suggestions": ["Case summary: Solar capybara", "Solar capybara"],
    "api": ["Case summary: Solar capybara"],
    "api search": ["Case summary: Solar capybara"],
    "api lookup": 200,
    "oai": {"ListRecords": "listed", "ListIdentifiers": "listed"},
}
UNLISTED = {
    "search": [],
    "suggestions": [],
    "api": [],
    "api search": [],
    "api lookup": 404,
    "oai": {"ListRecords": "deleted", "ListIdentifiers": "deleted"},
}


def sorted_listings(listings):
    return {
        key: sorted(value) if isinstance(value, list) else value for key, value in listings.items()
    }


@pytest.mark.parametrize("restriction_type", ["login", PageViewRestriction.GROUPS])
def test_a_private_pages_only_material_leaves_every_public_listing(
    client, summary, restriction_type, django_capture_on_commit_callbacks
):
    document = summary["document"]
    assert sorted_listings(public_listings(client, document)) == LISTED
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=summary["case"], restriction_type=restriction_type
        )
        restriction.groups.set(Group.objects.filter(name="Moderators"))
    assert sorted_listings(public_listings(client, document)) == UNLISTED
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert sorted_listings(public_listings(client, document)) == LISTED


def test_an_unpublished_pages_only_material_leaves_and_comes_back(
    client, summary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        summary["case"].unpublish()
    assert sorted_listings(public_listings(client, summary["document"])) == UNLISTED
    with django_capture_on_commit_callbacks(execute=True):
        summary["case"].save_revision().publish()
    assert sorted_listings(public_listings(client, summary["document"])) == LISTED


def test_a_material_of_a_private_page_also_used_on_a_public_one_stays(
    client, summary, django_capture_on_commit_callbacks
):
    """It stays listed, and its search result names the public page it is from, never
    the private one."""
    checklist = summary["checklist"]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=summary["case"], restriction_type="login")
    found = json.loads(read(client, "/en/search/", q="checklist", format="json"))["results"]
    assert [(r["title"], r["page"]["title"]) for r in found] == [
        ("Harbour checklist", "Solar walk")
    ]
    assert client.get(f"/api/v2/documents/{checklist.pk}/").status_code == 200
    assert f":document:{checklist.pk}</identifier>" in read(
        client, "/oai/", verb="ListIdentifiers", metadataPrefix="oai_dc"
    )
    assert_no_secret(json.dumps(found), "the checklist's search result")  # no private title
    assert "capybara" not in json.dumps(found).lower()


def test_a_material_used_on_no_page_stays_listed(
    client, engine, django_capture_on_commit_callbacks
):
    indexing.rebuild()
    with django_capture_on_commit_callbacks(execute=True):
        document = DocumentFactory(
            title="Loose capybara notes",
            file=ContentFile(files.text_pdf("loose"), name="notes.pdf"),
        )
    found = json.loads(read(client, "/en/search/", q="capybara", format="json"))
    assert [r["title"] for r in found["results"]] == ["Loose capybara notes"]
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 200


def test_a_page_moved_into_a_restricted_section_leaves_with_its_only_material(
    client, summary, home_page, django_capture_on_commit_callbacks
):
    """Moved below a restricted page, a case is private as Wagtail then serves it: it and
    its summary PDF leave search and are reported deleted; moved back, they return."""
    case, document = summary["case"], summary["document"]
    archive = CaseIndexPageFactory(parent=home_page, title="Archive", slug="archive")
    PageViewRestriction.objects.create(page=archive, restriction_type="login")
    public_index = case.get_parent()  # read again before moving back: its numchild changes
    with django_capture_on_commit_callbacks(execute=True):
        case.move(archive, pos="last-child")
    assert sorted_listings(public_listings(client, document)) == UNLISTED
    assert record_status(client, f"page:{case.pk}") == "deleted"
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=case.pk).move(Page.objects.get(pk=public_index.pk), pos="last-child")
    assert sorted_listings(public_listings(client, document)) == LISTED
    assert record_status(client, f"page:{case.pk}") == "listed"


def record_status(client, local):
    """An OAI-PMH record's status: "listed", "deleted", or None (no such record)."""
    root = ET.fromstring(  # noqa: S314 - our own server's answer
        read(
            client,
            "/oai/",
            verb="GetRecord",
            metadataPrefix="oai_dc",
            identifier=f"oai:testserver:{local}",
        )  # fmt: skip
    )
    header = root.find(f".//{OAI}header")
    return None if header is None else header.get("status", "listed")


def test_a_private_pages_only_material_is_listed_again_once_the_page_is_deleted(
    client, summary, django_capture_on_commit_callbacks
):
    """Used on no page any more, the document is public again (its collection is)."""
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=summary["case"], restriction_type="login")
    assert sorted_listings(public_listings(client, summary["document"])) == UNLISTED
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=summary["case"].pk).delete()
    alone = ["Case summary: Solar capybara"]
    assert sorted_listings(public_listings(client, summary["document"])) == {
        **LISTED,
        "search": alone,
        "suggestions": alone,
    }
