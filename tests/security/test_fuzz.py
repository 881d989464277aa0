"""Every public surface that takes input, fed generated values (issue 26): listings with
every filter, search as HTML, JSON and suggestions, the API with every parameter
Wagtail's API accepts, OAI-PMH with every verb and argument, feeds, the sitemap, open
data, page addresses, CSP reports and downloads with their conditional and range headers.

Values mix what nobody thought of (hypothesis' text) with what broke the hub before:
Unicode digits that `int()` refuses or accepts, numbers past Python's integer-string
limit, NUL and control characters, unbalanced quotes, Wagtail's `key:value` query
syntax repeated thousands of times, very long strings, repeated parameters.

Whatever the input: never a 5xx (the test client raises what the server would have
answered 500 with), a 4xx says why in its body, and the work of one request stays
bounded: at most MAX_QUERIES SQL queries, and no statement grows faster than the input
(MAX_SQL characters plus twice the request's own length: a value may be compared once,
as Wagtail's redirects compare a missing page's address, but never multiplied into a
query, as the API's search did with Wagtail's query syntax)."""

import json

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from cases.factories import CasePageFactory
from courses.factories import UnitPageFactory
from hub.content.registry import page_types
from hub.materials.factories import DocumentFactory, materials_stream
from hub.outlets import oai
from search import indexing
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db

# The most SQL one request may run, and the longest statement beyond what the request
# itself brought. The busiest public answers (a filtered listing, an API listing with
# every field, an OAI-PMH page of records) stay well below both.
MAX_QUERIES = 40
MAX_SQL = 20_000

NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1e9",
    "9" * 30,
    "9" * 5000,
    "²",  # a digit to str.isdigit(), not to int()
    "٣",  # an Arabic-Indic three: int() takes it
    "１２",  # full-width digits
    "𝟗",
    "\x00",
    "a\x00b",
    "\r\nX-Injected: 1",
    "\x1b[2J",
    '"',
    'energy"',
    "a:" * 2020,
    "title:(foo OR",
    "*:*",
    "\\",
    "%00",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "ﬀ" * 100,
    "x" * 60_000,
    "live:false",
    "2026-13-45",
    "2026-01-01T00:00:00Z",
]

values = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=200),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.text(alphabet=st.characters(categories=("Nd", "No", "Nl")), min_size=1, max_size=40),
)


def query_strategy(names):
    """Query parameters drawn from `names` (plus one nobody expects), each repeated up
    to three times with generated values."""
    return st.dictionaries(
        st.sampled_from([*names, "bogus"]),
        st.lists(values, min_size=1, max_size=3),
        max_size=5,
    )


FUZZ = hypothesis_settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def ask(client, path, params=None, method="get", **kwargs):
    """One request: never a 5xx, a 4xx with a message, bounded work. The response."""
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(path, params or {}, **kwargs)
        body = body_of(response)
    where = f"{method.upper()} {path} {params!r:.300}"
    assert response.status_code < 500, f"{where}: {response.status_code}"
    if 400 <= response.status_code < 500 and response.status_code not in (404, 405):
        assert body.strip(), f"{where}: a {response.status_code} that says nothing"
    assert len(captured) <= MAX_QUERIES, f"{where}: {len(captured)} queries"
    longest = max((len(query["sql"]) for query in captured), default=0)
    brought = len(path) + len(repr(params)) + len(repr(kwargs))
    assert longest <= MAX_SQL + 2 * brought, f"{where}: a statement of {longest} characters"
    return response


@pytest.fixture
def site_content(case_index, toolkit, module):
    """A little of everything, with a public document on a case, a method and a unit."""
    document = DocumentFactory(title="Solar worksheet")
    case = CasePageFactory(parent=case_index, title="Solar harbour")
    method = MethodPageFactory(parent=toolkit, title="Solar walk")
    method.materials = materials_stream(document)
    method.save_revision().publish()
    unit = UnitPageFactory(parent=module, title="Solar unit")
    indexing.rebuild()
    return {"case": case, "method": method, "unit": unit, "document": document}


LISTINGS = {
    "cases": ["sdg", "area", "sector", "country", "orgtype", "page"],
    "toolkits": ["category", "setting", "difficulty", "duration", "page"],
    "courses": ["eqf", "audience", "page"],
}


@FUZZ
@given(section=st.sampled_from(sorted(LISTINGS)), data=st.data())
def test_listings(client, site_content, section, data):
    params = data.draw(query_strategy(LISTINGS[section]))
    ask(client, f"/en/{section}/", params)


SEARCH_PARAMS = [
    "q", "type", "sdg", "area", "sector", "country", "orgtype", "language", "licence",
    "eqf", "ects", "duration", "group", "audience", "competence", "sort", "page",
    "untranslated", "format",
]  # fmt: skip


@FUZZ
@given(params=query_strategy(SEARCH_PARAMS), json_format=st.booleans())
@example(params={"q": ["\x00"]}, json_format=True)
@example(params={"q": ["a:" * 2020]}, json_format=False)
def test_search(client, site_content, params, json_format):
    if json_format:
        params = {**params, "format": "json"}
    ask(client, "/en/search/", params)


@FUZZ
@given(params=query_strategy(["q"]))
@example(params={"q": ["a:" * 2020]})
@example(params={"q": ['energy"']})
def test_suggestions(client, site_content, params):
    ask(client, "/en/search/suggest/", params)


# Every parameter Wagtail's API knows, and a field filter of each endpoint.
API_PARAMS = {
    "pages": [
        "type", "fields", "order", "limit", "offset", "search", "search_operator", "locale",
        "translation_of", "child_of", "descendant_of", "ancestor_of", "site", "slug",
        "title", "id", "show_in_menus", "seo_title", "format",
    ],
    "documents": [
        "fields", "order", "limit", "offset", "search", "search_operator", "title", "tags",
        "id", "format",
    ],
}  # fmt: skip


@FUZZ
@given(endpoint=st.sampled_from(["pages", "documents"]), data=st.data())
def test_api_listings(client, site_content, endpoint, data):
    ask(client, f"/api/v2/{endpoint}/", data.draw(query_strategy(API_PARAMS[endpoint])))


def api_types():
    """{"app.Model": [its API fields]} for every content page type, as `?type=` names
    them: each field is also a filter of the listing of that type."""
    return {
        f"{model._meta.app_label}.{model.__name__}": [field.name for field in model.api_fields]
        for model in page_types()
    }


@FUZZ
@given(kind=st.sampled_from(sorted(api_types().items())), data=st.data())
def test_api_listings_of_each_type(client, site_content, kind, data):
    """A type's own fields as filters (a relation takes an id, a number a number)."""
    name, fields = kind
    params = data.draw(query_strategy([*fields, *API_PARAMS["pages"]]))
    ask(client, "/api/v2/pages/", {**params, "type": name})


@pytest.mark.parametrize(
    "params",
    [
        {"search": '"'},
        {"search": 'energy"'},
        {"offset": "9" * 30},
        {"limit": "9" * 30},
        {"search_operator": "xx", "search": "a"},
        {"search": "\x00"},
        {"search": "a:" * 2020},
        {"search": "solar " * 10_000},
    ],
    ids=["quote", "open-quote", "huge-offset", "huge-limit", "operator", "nul", "syntax", "long"],
)
@pytest.mark.parametrize("endpoint", ["pages", "documents"])
def test_api_inputs_that_broke_it(client, site_content, endpoint, params):
    response = ask(client, f"/api/v2/{endpoint}/", params)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json()["message"]


@FUZZ
@given(endpoint=st.sampled_from(["pages", "documents"]), key=values, fields=values)
def test_api_details(client, site_content, endpoint, key, fields):
    ask(client, f"/api/v2/{endpoint}/{key[:200]}/", {"fields": fields})
    ask(client, "/api/v2/pages/find/", {"html_path": key})


OAI_VERBS = [
    "Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers", "ListRecords",
    "GetRecord",
]  # fmt: skip
OAI_ARGUMENTS = ["identifier", "metadataPrefix", "from", "until", "set", "resumptionToken"]


@FUZZ
@given(
    verb=st.one_of(st.sampled_from(OAI_VERBS), values),
    arguments=st.dictionaries(
        st.sampled_from([*OAI_ARGUMENTS, "bogus"]), st.one_of(values, st.just("oai_dc"))
    ),
    post=st.booleans(),
    local=st.one_of(st.sampled_from(["²", "9" * 30, "٣", "-1", "1.5"]), values),
)
def test_oai_pmh(client, site_content, verb, arguments, post, local):
    if "identifier" in arguments and arguments["identifier"] == "":
        # An identifier in this repository's form, with a generated number.
        arguments["identifier"] = oai.oai_identifier(f"page:{local}")
    ask(client, "/oai/", {"verb": verb, **arguments}, method="post" if post else "get")


@pytest.mark.parametrize("local", ["²", "9" * 30, "٣٣", "１", "0", "-5", "page:1"])
@pytest.mark.parametrize("kind", ["page", "document"])
def test_oai_identifiers_that_broke_it(client, site_content, kind, local):
    ask(
        client,
        "/oai/",
        {
            "verb": "GetRecord",
            "metadataPrefix": "oai_dc",
            "identifier": oai.oai_identifier(f"{kind}:{local}"),
        },
    )


@FUZZ
@given(
    path=st.sampled_from(
        [
            "/en/feed/",
            "/en/feed/{}/",
            "/sitemap.xml",
            "/en/cases/data/csv/",
            "/en/cases/data/json/",
            "/{}/",
            "/en/{}/",
            "/en/cases/{}/",
            "/xx/search/",
        ]
    ),  # fmt: skip
    segment=values,
    params=query_strategy(["p", "page", "sdg", "country", "format"]),
)
def test_feeds_sitemap_open_data_and_addresses(client, site_content, path, segment, params):
    # A path segment as a browser would send it: no slash, no NUL in the path itself.
    segment = segment.replace("/", "").replace("\x00", "")[:500] or "x"
    ask(client, path.replace("{}", segment), params)


@FUZZ
@given(body=st.one_of(values.map(str.encode), st.binary(max_size=2000)), data=st.data())
def test_csp_reports(client, body, data):
    report = data.draw(
        st.dictionaries(
            st.sampled_from(["violated-directive", "blocked-uri", "document-uri", "x"]), values
        )
    )
    ask(client, "/csp-report/", body, method="post", content_type="application/csp-report")
    ask(
        client,
        "/csp-report/",
        json.dumps({"csp-report": report}),
        method="post",
        content_type="application/csp-report",
    )


RANGES = st.one_of(
    st.sampled_from(
        [
            f"bytes={'9' * 5000}-",
            f"bytes=0-{'9' * 5000}",
            f"bytes=-{'9' * 5000}",
            "bytes=²-",
            "bytes=٣-٤",
            "bytes=-0",
            "bytes=5-1",
            "bytes=0-0,1-1",
            "bytes=",
            "items=0-1",
        ]
    ),
    st.builds(lambda a, b: f"bytes={a}-{b}", values, values),
    values,
)


@FUZZ
@given(
    range_header=RANGES,
    if_range=st.one_of(st.none(), values),
    if_none_match=st.one_of(st.none(), values),
    if_modified_since=st.one_of(st.none(), values),
    other_name=st.booleans(),
)
def test_downloads(
    client, site_content, range_header, if_range, if_none_match, if_modified_since, other_name
):
    document = site_content["document"]
    headers = {"range": range_header}
    for name, value in [
        ("if-range", if_range),
        ("if-none-match", if_none_match),
        ("if-modified-since", if_modified_since),
    ]:
        if value is not None:
            headers[name] = value
    url = document.url.replace(".pdf", "-other.pdf") if other_name else document.url
    response = ask(client, url, headers=headers)
    assert response.status_code in (200, 206, 304, 404, 416)


@FUZZ
@given(range_header=RANGES, params=query_strategy(["format"]))
def test_download_all(client, site_content, range_header, params):
    ask(
        client,
        site_content["method"].url + "download-all/",
        params,
        headers={"range": range_header},
    )


def test_a_file_larger_than_any_range(client, site_content):
    """Ranges past the end of a real file of some size: 416, never a 500."""
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4\n" + b"0" * 5000, name="big.pdf"))
    for header in (f"bytes={'9' * 5000}-", f"bytes={'9' * 30}-", "bytes=6000-"):
        assert ask(client, document.url, headers={"range": header}).status_code == 416
