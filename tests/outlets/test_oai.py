"""OAI-PMH 2.0 at /oai/: a real harvester walks it, and every protocol error is asked for."""

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
import time_machine

from cases.factories import CasePageFactory
from hub.materials.factories import DocumentFactory
from hub.outlets import oai
from tests.materials import files
from tests.utils import translate
from toolkits.factories import MethodPageFactory

NS = {"o": "http://www.openarchives.org/OAI/2.0/", "dc": "http://purl.org/dc/elements/1.1/"}


def ask(client, **params):
    response = client.get("/oai/", params)
    assert response.status_code == 200  # the protocol puts its errors in the XML
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    return ET.fromstring(response.content)  # noqa: S314 - our own server's answer


def error(client, **params):
    found = ask(client, **params).find("o:error", NS)
    return found.get("code") if found is not None else None


def identifiers(root):
    return [
        (h.findtext("o:identifier", namespaces=NS), h.get("status"))
        for h in root.iter("{http://www.openarchives.org/OAI/2.0/}header")
    ]


def published(page, when):
    with time_machine.travel(when, tick=False):
        page.save_revision().publish()
    return page


@pytest.fixture
def records(case_index, toolkit):
    day = datetime(2026, 3, 1, 12, tzinfo=UTC)
    pages = {
        "old": published(CasePageFactory(parent=case_index, title="Old case"), day),
        "new": published(
            CasePageFactory(parent=case_index, title="New case"), day.replace(month=6)
        ),
        "method": published(MethodPageFactory(parent=toolkit, title="Walk"), day.replace(month=5)),
        "draft": CasePageFactory(parent=case_index, title="Draft case", live=False),
    }
    secret = Collection.get_first_root_node().add_child(name="Secret")
    CollectionViewRestriction.objects.create(collection=secret, restriction_type="login")
    pages["document"] = DocumentFactory(
        title="Open worksheet", file=ContentFile(files.text_pdf("x"), name="w.pdf")
    )
    pages["secret"] = DocumentFactory(title="Secret budget", collection=secret)
    return pages


def local(identifier):
    return identifier.split(":", 2)[2]


@pytest.mark.django_db
def test_records_are_public_content_in_dublin_core(client, records):
    root = ask(client, verb="ListRecords", metadataPrefix="oai_dc")
    found = {local(i) for i, _status in identifiers(root)}
    assert {f"page:{records[k].pk}" for k in ("old", "new", "method")} <= found
    assert f"document:{records['document'].pk}" in found
    assert f"page:{records['draft'].pk}" not in found
    assert f"document:{records['secret'].pk}" not in found
    record = next(
        r for r in root.iter("{http://www.openarchives.org/OAI/2.0/}record")
        if r.findtext("o:header/o:identifier", namespaces=NS).endswith(f"page:{records['old'].pk}")
    )  # fmt: skip
    dc = {e.tag.split("}")[1]: e.text for e in record.find("o:metadata", NS)[0]}
    assert dc["title"] == "Old case" and dc["language"] == "en"
    assert dc["identifier"] == "http://testserver" + records["old"].url
    assert dc["rights"] == "https://creativecommons.org/licenses/by/4.0/"
    assert dc["date"] == "2026-03-01"


@pytest.mark.django_db
def test_sets_by_type_and_language(client, records):
    translate(records["old"], "pl", "Stary przypadek", "Stary.")
    methods = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="type:method")
    assert [local(i) for i, _s in identifiers(methods)] == [f"page:{records['method'].pk}"]
    polish = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="language:pl")
    assert len(identifiers(polish)) == 1  # the translation; mirrors are not records
    sets = {s.findtext("o:setSpec", namespaces=NS) for s in ask(client, verb="ListSets").iter(
        "{http://www.openarchives.org/OAI/2.0/}set")}  # fmt: skip
    assert {"type", "type:case", "type:document", "language", "language:el"} <= sets


@pytest.mark.django_db
def test_selective_harvesting_by_date(client, records):
    def between(**dates):
        root = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="type:case",
                   **dates)  # fmt: skip
        return [local(i) for i, _s in identifiers(root)]

    old, new = f"page:{records['old'].pk}", f"page:{records['new'].pk}"
    assert between(**{"from": "2026-04-01"}) == [new]
    assert between(until="2026-04-01") == [old]
    assert between(**{"from": "2026-03-01", "until": "2026-03-01"}) == [old]  # whole day
    assert between(**{"from": "2026-03-01T12:00:00Z", "until": "2026-03-01T12:00:00Z"}) == [old]


@pytest.mark.django_db
def test_deleted_records_are_reported_and_come_back(client, records, case_index):
    records["new"].unpublish()
    private = published(CasePageFactory(parent=case_index, title="Soon private"), datetime.now(UTC))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    root = ask(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="type:case")
    statuses = {local(i): status for i, status in identifiers(root)}
    assert statuses[f"page:{records['new'].pk}"] == "deleted"
    assert statuses[f"page:{private.pk}"] == "deleted"
    assert statuses[f"page:{records['old'].pk}"] is None
    identifier = f"oai:testserver:page:{records['new'].pk}"
    record = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
    assert record.find(".//o:header", NS).get("status") == "deleted"
    assert record.find(".//o:metadata", NS) is None
    records["new"].save_revision().publish()
    root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
    assert root.find(".//o:header", NS).get("status") is None
    assert ask(client, verb="Identify").findtext(".//o:deletedRecord", namespaces=NS) == (
        "persistent"
    )


@pytest.mark.django_db
def test_resumption_tokens_walk_more_records_than_one_response(client, records, monkeypatch):
    monkeypatch.setattr(oai, "PAGE_SIZE", 2)
    seen, params, rounds = [], {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}, 0
    while True:
        root = ask(client, **params)
        seen += [i for i, _s in identifiers(root)]
        token = root.find(".//o:resumptionToken", NS)
        rounds += 1
        assert token.get("completeListSize") == "4"
        if not token.text:
            break
        params = {"verb": "ListIdentifiers", "resumptionToken": token.text}
    assert rounds == 2 and len(seen) == len(set(seen)) == 4
    assert error(client, verb="ListRecords", resumptionToken=token.text or "x") == (
        "badResumptionToken"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "set": "x"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2026-06-01",
                "until": "2026-01-01",
            },
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2026-01-01",
                "until": "2026-06-01T00:00:00Z",
            },
            "badArgument",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "type:nope"}, "badArgument"),
        ({"verb": "ListRecords", "resumptionToken": "x", "set": "type:case"}, "badArgument"),
        ({"verb": "GetRecord", "identifier": "oai:testserver:page:1"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "oai_dc",
                "identifier": "oai:testserver:page:0",
            },
            "idDoesNotExist",
        ),
        ({"verb": "ListMetadataFormats", "identifier": "elsewhere:1"}, "idDoesNotExist"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2099-01-01"},
            "noRecordsMatch",
        ),
        ({"verb": "ListRecords", "resumptionToken": "tampered"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "x"}, "badResumptionToken"),
    ],
)
def test_every_protocol_error(client, records, params, code):
    root = ask(client, **params)
    assert root.find("o:error", NS).get("code") == code
    assert root.find("o:error", NS).text  # a message for people too
    if code in ("badVerb", "badArgument"):
        assert root.find("o:request", NS).attrib == {}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_harvester_reads_the_repository(live_server, records, monkeypatch):
    """oaipmh-scythe, a maintained harvester, over real HTTP: identify, sets, every record
    through resumption tokens, one record by identifier."""
    from oaipmh_scythe import Scythe

    monkeypatch.setattr(oai, "PAGE_SIZE", 2)
    with Scythe(f"{live_server.url}/oai/") as harvester:
        assert harvester.identify().repositoryName == "IMPACT hub"
        assert "type:case" in {s.setSpec for s in harvester.list_sets()}
        harvested = list(harvester.list_records(metadata_prefix="oai_dc"))
        assert len(harvested) == 4
        titles = {record.metadata["title"][0] for record in harvested}
        assert {"Old case", "New case", "Walk", "Open worksheet"} == titles
        one = harvester.get_record(identifier=harvested[0].header.identifier)
        assert one.metadata["title"] == harvested[0].metadata["title"]


@pytest.mark.django_db
def test_deleting_a_page_leaves_a_deleted_record(client, records, case_index):
    gone = published(CasePageFactory(parent=case_index, title="Gone"), datetime.now(UTC))
    pk = gone.pk
    gone.delete()
    root = ask(client, verb="GetRecord", metadataPrefix="oai_dc",
               identifier=f"oai:testserver:page:{pk}")  # fmt: skip
    assert root.find(".//o:header", NS).get("status") == "deleted"
    assert [s.text for s in root.iter("{http://www.openarchives.org/OAI/2.0/}setSpec")] == [
        "type:case",
        "language:en",
    ]


@pytest.mark.django_db
def test_lifting_a_restriction_brings_the_record_back(client, records):
    restriction = PageViewRestriction.objects.create(page=records["old"], restriction_type="login")
    identifier = f"oai:testserver:page:{records['old'].pk}"
    assert ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier).find(
        ".//o:header", NS).get("status") == "deleted"  # fmt: skip
    restriction.delete()
    assert ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier).find(
        ".//o:header", NS).get("status") is None  # fmt: skip


@pytest.mark.django_db
def test_a_translation_below_a_mirror_of_a_restricted_section_is_deleted(client, records):
    """Restricting the English toolkit makes the Polish method translated under its Polish
    mirror private: its record is reported deleted, and back once the restriction goes."""
    polish = translate(records["method"], "pl", "Spacer", "Po dzielnicy.")
    identifier = f"oai:testserver:page:{polish.pk}"

    def status():
        root = ask(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
        return root.find(".//o:header", NS).get("status")

    assert status() is None
    toolkit = records["method"].get_parent()
    restriction = PageViewRestriction.objects.create(page=toolkit, restriction_type="login")
    assert status() == "deleted"
    restriction.delete()
    assert status() is None


NOT_RECORD_NUMBERS = ["²", "٣", "9" * 30, "9" * 19, "-1", "01", "1 ", "1e3"]


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["page", "document"])
def test_an_identifier_that_names_no_record_does_not_exist(client, records, group):
    """Digits int() refuses (²) or reads differently (٣), and numbers past the database's
    integers: identifiers of no record, the protocol's idDoesNotExist, not a 500."""
    for number in NOT_RECORD_NUMBERS:
        identifier = f"oai:testserver:{group}:{number}"
        params = {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": identifier}
        assert error(client, **params) == "idDoesNotExist", number
        params = {"verb": "ListMetadataFormats", "identifier": identifier}
        assert error(client, **params) == "idDoesNotExist", number


CONTROL = ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\ufffe"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:testserver:page:1"},
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:testserver:x"},
        {"verb": "ListMetadataFormats", "identifier": "oai:testserver:page:1"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-01-01"},
        {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "until": "2026-01-01"},
        {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "type:case"},
        {"verb": "ListIdentifiers", "resumptionToken": "x"},
        {"verb": "ListSets", "resumptionToken": "x"},
    ],
    ids=["get", "get-other", "formats", "from", "until", "set", "token", "sets-token"],
)
def test_control_characters_in_an_argument_are_a_bad_argument(client, records, params):
    """NUL (which PostgreSQL refuses in a query) and characters XML cannot carry, in any
    argument or in its name: badArgument, in an answer that is still well-formed XML."""
    for character in CONTROL:
        for name in [key for key in params if key != "verb"]:
            changed = {**params, name: params[name] + character}
            assert error(client, **changed) == "badArgument", (name, character)
        assert error(client, **{**params, "from" + character: "2026-01-01"}) == "badArgument"


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["from", "until"])
def test_a_date_that_is_no_utc_datetime_is_a_bad_argument(client, records, name):
    for date in [
        "٢٠٢٦-٠١-٠١", "２０２６-01-01", "2026-²-01", "2026-01-01T00:00:00Z" + "0" * 5000,
        "9" * 5000, "0000-01-01", "10000-01-01",
    ]:  # fmt: skip
        params = {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", name: date}
        assert error(client, **params) == "badArgument", date[:30]
    for date in ["0001-01-01", "9999-12-31", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]:
        params = {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", name: date}
        assert error(client, **params) in (None, "noRecordsMatch"), date  # the extremes


@pytest.mark.django_db
def test_a_token_that_is_not_ours_is_a_bad_resumption_token(client, records):
    for token in ["²", "9" * 5000, "x:" * 2000, "a:b:c", ".eJw:1:2", "\u0663"]:
        params = {"verb": "ListRecords", "resumptionToken": token}
        assert error(client, **params) == "badResumptionToken", token[:30]


@pytest.mark.django_db
def test_the_protocol_namespace_stays_the_default_after_pdfs_are_made(client, records):
    """WeasyPrint (which draws the demo PDFs) registers its own XML namespaces when it is
    imported, the empty prefix among them; harvesters that read the answer as text expect
    <identifier>, not <ns0:identifier>."""
    from weasyprint.pdf import metadata  # noqa: F401 - imported for its registrations

    body = client.get("/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"})
    text = body.content.decode()
    assert "<identifier>" in text and "ns0:" not in text
    assert '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"' in text
