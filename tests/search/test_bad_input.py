"""Hostile and malformed search input gets a 200 with a clear message or a 400, never a
500; generated inputs (hypothesis) check the same for what nobody thought of."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "x" * 10_000,
    "\x00abc",
    "a\x00b",
    "\x07\x1b[31m",
    "title:(foo OR",
    '"unbalanced',
    "*:*",
    "\\",
    "NOT AND OR",
    "a*",
    "~fuzzy",
    "near(a b)",
    "-",
    "^x",
    "{}[]",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "‮evil",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🌍",
    " ".join(f"w{n}" for n in range(2000)),
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_are_answered(client, corpus, query):
    for fmt in ("html", "json"):
        response = client.get("/en/search/", {"q": query, "format": fmt})
        assert response.status_code == 200


@pytest.mark.parametrize(
    "params, status",
    [
        ({"page": "-1"}, 200),
        ({"page": "0"}, 200),
        ({"page": "abc"}, 200),
        ({"page": "99999999999999999999"}, 200),
        ({"sdg": "99"}, 200),
        ({"type": "nonsense"}, 200),
        ({"foo": "bar"}, 200),
        ({"sort": "bogus"}, 200),
        ({"type": "\x00"}, 200),
        ({"format": "xml"}, 400),
        ({"format": "json", "page": "abc"}, 400),
        ({"format": "json", "page": "-1"}, 400),
    ],
)
def test_malformed_parameters(client, corpus, params, status):
    response = client.get("/en/search/", params)
    assert response.status_code == status
    if status == 400:
        assert "error" in response.json()


def test_unknown_sort_says_so(client, corpus):
    html = client.get("/en/search/", {"q": "solar", "sort": "bogus"}).content.decode()
    assert "Unknown sort order" in html


def test_a_thousand_repeated_values_are_cut(client, corpus):
    response = client.get("/en/search/?format=json&" + "&".join(f"sdg={n}" for n in range(1000)))
    assert response.status_code == 200
    assert "Only the first 20 values of a filter are used." in response.json()["messages"]


def test_echoed_query_is_escaped(client, corpus):
    html = client.get("/en/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<bdi>“&lt;script&gt;alert(1)&lt;/script&gt;”</bdi>" in html


def test_parsed_filters_in_the_query_do_not_unlock_drafts(client, corpus):
    for query in ("live:false", "locale_id:2", "draft live:false"):
        answer = client.get("/en/search/", {"q": query, "format": "json"}).json()
        assert all("Draft" not in r["title"] for r in answer["results"])


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.text(max_size=300),
    facet=st.sampled_from(["sdg", "type", "area", "country", "language", "licence", "bogus"]),
    value=st.text(max_size=80),
    page=st.text(max_size=12),
    sort=st.text(max_size=12),
)
def test_generated_input_never_fails(client, corpus, query, facet, value, page, sort):
    for fmt in ("html", "json"):
        response = client.get(
            "/en/search/", {"q": query, facet: value, "page": page, "sort": sort, "format": fmt}
        )
        assert response.status_code in (200, 400)
        assert response.status_code == 200 or fmt == "json"
