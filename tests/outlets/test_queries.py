"""Every outlet answers within the query budget of issue 9 (MAX_PAGE_QUERIES), and with
the same number of SQL queries for few records as for many: OAI-PMH (ListRecords,
ListIdentifiers, GetRecord), the Atom feeds, the sitemap, the API (listings and details
of every type, documents), the case open data, and the JSON-LD block of content pages.
Each test counts with a few records of every kind, adds many more, and counts again."""

import re

from django.utils import timezone

import pytest

from cases.factories import CasePageFactory
from courses.factories import CourseModulePageFactory, UnitPageFactory
from hub.materials.factories import DocumentFactory, materials_stream
from hub.outlets import oai
from hub.outlets import structured_data as sd
from hub.taxonomy.models import SDG, Audience, Competence, GreenDealArea, term
from tests.utils import MAX_PAGE_QUERIES, count_queries, translate
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def outcomes(n):
    """`n` learning outcomes, each tagged with up to `n` competences."""
    competences = list(Competence.objects.filter(locale__language_code="en")[:n])
    return [("outcome", {"text": f"Outcome {i}.", "competences": competences}) for i in range(n)]


def add_content(n, case_index, toolkit, course_index, image):
    """`n` records of every kind, published, each with what it is described by: cases
    with SDGs, Green Deal areas and a picture; methods with steps and worksheets; course
    modules with audiences, outcomes, materials and a unit each (outcomes, materials);
    documents with tags (each the material of that round's pages): 5n records."""
    now = timezone.now()
    areas = list(GreenDealArea.objects.filter(locale__language_code="en")[:3])
    audiences = list(Audience.objects.filter(locale__language_code="en")[:2])
    for i in range(n):
        document = DocumentFactory()
        document.tags.add("worksheet", f"topic {i}")
        CasePageFactory(
            parent=case_index,
            image=image,
            first_published_at=now,
            sdgs=[term(SDG, 1 + i % 17), term(SDG, 13)],
            green_deal_areas=areas[: 1 + i % 3],
            materials=materials_stream(document),
        )
        MethodPageFactory(
            parent=toolkit,
            first_published_at=now,
            steps=[("step", {"title": "Map", "minutes": 20, "instructions": "<p>Map.</p>"})],
            worksheets=materials_stream(document),
        )
        module = CourseModulePageFactory(
            parent=course_index,
            image=image,
            first_published_at=now,
            audiences=audiences,
            learning_outcomes=outcomes(2),
            materials=materials_stream(document),
        )
        UnitPageFactory(
            parent=module,
            first_published_at=now,
            learning_outcomes=outcomes(3),
            materials=materials_stream(document),
        )


@pytest.fixture
def grow(case_index, toolkit, course_index, image):
    """add(n): `n` more records of every kind."""
    toolkit.first_published_at = timezone.now()
    toolkit.save()

    def add(n):
        add_content(n, case_index, toolkit, course_index, image)

    return add


def assert_same_few_and_many(client, grow, urls, few=2, more=16):
    """Each of `urls` ((url, params) pairs, or callables giving them) runs the same
    queries, at most MAX_PAGE_QUERIES, with `few` records of every kind and with `more`
    added."""

    def count(url):
        path, params = url() if callable(url) else url
        return path, params, count_queries(client, path, params)

    grow(few)
    counted = [count(url) for url in urls]
    grow(more)
    for (_path, _params, few_queries), url in zip(counted, urls, strict=True):
        path, params, many = count(url)
        assert few_queries == many, f"{path} {params}: {few_queries} with few, {many} with many"
        assert many <= MAX_PAGE_QUERIES, f"{many} queries on {path} {params}"


def harvest(client, params):
    response = client.get("/oai/", params)
    return response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"set": "type:case"},
        {"set": "type:method"},
        {"set": "type:course"},
        {"set": "type:unit"},
        {"set": "type:document"},
        {"set": "language:en"},
    ],
    ids=["all", "cases", "methods", "modules", "units", "documents", "english"],
)
@pytest.mark.parametrize("verb", ["ListRecords", "ListIdentifiers"])
def test_oai_lists_cost_the_same_for_few_and_many_records(client, grow, verb, params):
    params = {"verb": verb, "metadataPrefix": "oai_dc", **params}
    assert_same_few_and_many(client, grow, [("/oai/", params)])
    answer = harvest(client, params)
    assert 16 < answer.count("<header") <= oai.PAGE_SIZE  # one response holds them all


@pytest.mark.parametrize("verb", ["ListRecords", "ListIdentifiers"])
def test_every_oai_response_of_a_long_harvest_is_within_the_budget(client, grow, monkeypatch, verb):
    """Walking the resumption tokens through 91 records, 10 a response."""
    monkeypatch.setattr(oai, "PAGE_SIZE", 10)
    grow(18)
    params, responses = {"verb": verb, "metadataPrefix": "oai_dc"}, 0
    while True:
        assert count_queries(client, "/oai/", params) <= MAX_PAGE_QUERIES, params
        responses += 1
        token = re.search(
            r"<resumptionToken[^>]*>([^<]+)</resumptionToken>", harvest(client, params)
        )
        if not token:
            break
        params = {"verb": verb, "resumptionToken": token.group(1)}
    assert responses == 10


def test_oai_lists_with_translations_cost_the_same(client, grow, case_index):
    grow(2)
    case = case_index.get_children().live().first().specific
    translate(case, "pl", "Przypadek", "Po polsku.")  # a record whose terms are Polish
    params = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    few = count_queries(client, "/oai/", params)
    grow(16)
    assert count_queries(client, "/oai/", params) == few <= MAX_PAGE_QUERIES


def test_oai_get_record_costs_the_same_for_every_kind(client, grow, case_index, course_index):
    from wagtail.models import Page

    from hub.materials.models import HubDocument

    def records():
        pages = Page.objects.filter(depth__gt=3).live().specific()
        kinds = {}
        for page in pages.order_by("-pk"):
            kinds.setdefault(type(page).kind, page)
        kinds["document"] = HubDocument.objects.order_by("-pk").first()
        return kinds

    def identifier(kind):
        obj = records()[kind]
        local = f"document:{obj.pk}" if kind == "document" else f"page:{obj.pk}"
        return f"oai:testserver:{local}"

    urls = [
        (lambda kind=kind: ("/oai/", {"verb": "GetRecord", "metadataPrefix": "oai_dc",
                                      "identifier": identifier(kind)}))
        for kind in ("case", "method", "course", "unit", "document")
    ]  # fmt: skip
    assert_same_few_and_many(client, grow, urls)


def test_oai_get_record_of_a_page_that_is_no_record(client, case_index):
    """An index page is no record: the protocol's idDoesNotExist, not a failure."""
    for local in (f"page:{case_index.pk}", "page:abc", "document:abc"):
        answer = harvest(client, {"verb": "GetRecord", "metadataPrefix": "oai_dc",
                                  "identifier": f"oai:testserver:{local}"})  # fmt: skip
        assert 'code="idDoesNotExist"' in answer


@pytest.mark.parametrize(
    "url", ["/en/feed/", "/en/feed/cases/", "/en/feed/toolkits/", "/en/feed/courses/"]
)
def test_feeds_cost_the_same_for_few_and_many_items(client, grow, url):
    assert_same_few_and_many(client, grow, [(url, None)])


def test_the_sitemap_costs_the_same_for_few_and_many_pages(client, grow, case_index):
    grow(2)
    case = case_index.get_children().live().first().specific
    translate(case, "pl", "Przypadek", "Po polsku.")  # hreflang alternates to read
    few = count_queries(client, "/sitemap.xml")
    grow(16)
    assert count_queries(client, "/sitemap.xml") == few <= MAX_PAGE_QUERIES


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"type": "cases.CasePage", "fields": "*"},
        {"type": "toolkits.MethodPage", "fields": "*"},
        {"type": "courses.CourseModulePage", "fields": "*"},
        {"type": "courses.UnitPage", "fields": "*"},
        {"type": "cases.CasePage,toolkits.MethodPage"},
        {"locale": "en", "type": "cases.CasePage", "fields": "sdgs,country,materials"},
    ],
    ids=["pages", "cases", "methods", "modules", "units", "two-types", "some-fields"],
)
def test_api_listings_cost_the_same_for_few_and_many_pages(client, grow, params):
    assert_same_few_and_many(client, grow, [("/api/v2/pages/", {"limit": 50, **params})])


@pytest.mark.parametrize("params", [{}, {"fields": "*"}], ids=["default", "all-fields"])
def test_api_documents_cost_the_same_for_few_and_many(client, grow, params):
    assert_same_few_and_many(client, grow, [("/api/v2/documents/", {"limit": 50, **params})])


def test_api_details_cost_the_same_however_much_a_page_holds(client, case_index, course_index):
    """A case with one SDG and material, and one with many; a module with one outcome
    and one with many."""
    few_case = CasePageFactory(parent=case_index, sdgs=[term(SDG, 7)],
                               materials=materials_stream(DocumentFactory()))  # fmt: skip
    many_case = CasePageFactory(
        parent=case_index,
        sdgs=[term(SDG, n) for n in range(1, 12)],
        green_deal_areas=list(GreenDealArea.objects.filter(locale__language_code="en")),
        materials=materials_stream(*(DocumentFactory() for _ in range(8))),
    )
    few_module = CourseModulePageFactory(
        parent=course_index,
        learning_outcomes=outcomes(1),
        materials=materials_stream(DocumentFactory()),
    )
    many_module = CourseModulePageFactory(
        parent=course_index,
        learning_outcomes=outcomes(6),
        audiences=list(Audience.objects.filter(locale__language_code="en")),
        materials=materials_stream(*(DocumentFactory() for _ in range(6))),
    )
    for few, many in ((few_case, many_case), (few_module, many_module)):
        counted = [count_queries(client, f"/api/v2/pages/{page.pk}/") for page in (few, many)]
        assert counted[0] == counted[1] <= MAX_PAGE_QUERIES
    document = DocumentFactory()
    assert count_queries(client, f"/api/v2/documents/{document.pk}/") <= MAX_PAGE_QUERIES


def test_api_documents_list_their_tags_in_name_order(client):
    document = DocumentFactory()
    document.tags.add("zero waste", "Circular", "audit")
    item = client.get("/api/v2/documents/").json()["items"][0]
    detail = client.get(f"/api/v2/documents/{document.pk}/").json()
    assert item["meta"]["tags"] == detail["meta"]["tags"]
    assert sorted(item["meta"]["tags"]) == ["Circular", "audit", "zero waste"]


@pytest.mark.parametrize(
    "url",
    ["/en/cases/data/csv/", "/en/cases/data/json/", "/pl/cases/data/csv/"],
)
def test_case_open_data_costs_the_same_for_few_and_many_cases(client, grow, case_index, url):
    def mirrored():
        mirror_into_polish()  # the new cases appear in the Polish download too
        return (url, None)

    assert_same_few_and_many(client, grow, [mirrored if url.startswith("/pl/") else (url, None)])


# The JSON-LD and Open Graph block of content pages ----------------------------------
def meta_queries(client, url, monkeypatch):
    """The queries the page_meta block adds to a page: the page's queries with it, less
    those without it (its structured data then describes nothing)."""
    with_meta = count_queries(client, url)
    with monkeypatch.context() as patch:
        patch.setattr(sd, "structured_data", lambda page, request: None)
        without = count_queries(client, url)
    return with_meta - without


def mirror_into_polish():
    from wagtail_localize.models import LocaleSynchronization

    LocaleSynchronization.objects.get(locale__language_code="pl").sync_trees()


def url_in(page, language):
    """The page's address in English, or that of its Polish mirror."""
    from wagtail.models import Locale

    if language == "en":
        return page.url
    mirrored = page.get_translation(Locale.objects.get(language_code="pl"))
    assert mirrored.alias_of_id == page.pk
    return mirrored.url


@pytest.mark.parametrize("language", ["en", "pl-mirror"])
def test_structured_data_reuses_what_a_page_has_read(
    client, case_index, toolkit, course_index, image, monkeypatch, language
):
    """The JSON-LD of a case, a method, a module and a unit costs at most two queries
    (the default licence; a mirror's source's units or module), however many terms,
    steps, materials and units it describes."""

    def pages(n):
        case = CasePageFactory(
            parent=case_index,
            image=image,
            sdgs=[term(SDG, 1 + i) for i in range(n)],
            green_deal_areas=list(GreenDealArea.objects.filter(locale__language_code="en"))[:n],
            materials=materials_stream(*(DocumentFactory() for _ in range(n))),
        )
        method = MethodPageFactory(
            parent=toolkit,
            steps=[("step", {"title": f"Step {i}", "minutes": 5, "instructions": "<p>Do.</p>"})
                   for i in range(n)],
            worksheets=materials_stream(*(DocumentFactory() for _ in range(n))),
        )  # fmt: skip
        module = CourseModulePageFactory(
            parent=course_index,
            image=image,
            learning_outcomes=outcomes(n),
            audiences=list(Audience.objects.filter(locale__language_code="en"))[:n],
        )
        units = [
            UnitPageFactory(
                parent=module,
                learning_outcomes=outcomes(n),
                materials=materials_stream(*(DocumentFactory() for _ in range(n))),
            )
            for _ in range(n)
        ]
        return [case, method, module, units[0]]

    few, many = pages(1), pages(5)
    if language == "pl-mirror":
        mirror_into_polish()
    for small, large in zip(few, many, strict=True):
        urls = [url_in(page, language) for page in (small, large)]
        counted = [meta_queries(client, url, monkeypatch) for url in urls]
        assert counted[0] == counted[1] <= 2, f"{type(small).__name__}: {counted}"
