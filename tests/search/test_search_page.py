import pytest

from hub.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def test_empty_search_shows_the_form(client, home_page):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


def test_search_finds_a_live_page(client, home_page):
    home_page.title = "Circular economy hub"
    home_page.save_revision().publish()

    response = client.get("/en/search/", {"q": "circular"})

    assert response.status_code == 200
    assert "Circular economy hub" in response.content.decode()


def test_search_never_shows_drafts(client, home_page):
    HomePageFactory(parent=home_page, title="Secret draft about wind", live=False)
    html = client.get("/en/search/", {"q": "wind"}).content.decode()
    assert "Secret draft" not in html
    assert "0 results" in html


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999999", "1.5", ""])
def test_bad_page_numbers_are_not_errors(client, home_page, page):
    response = client.get("/en/search/", {"q": "hub", "page": page})
    assert response.status_code == 200


HOSTILE_QUERIES = [
    "\x00abc",
    "title:(foo OR",
    '"unbalanced',
    '"',
    "\\",
    "*:*",
    "'",
    "a'b",
    "NEAR(a b)",
    "live:false",
    "-",
    "^x",
    "x" * 60_000,
    " ".join(f"word{n}" for n in range(2000)),
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_are_answered(client, home_page, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200


def test_query_is_escaped_when_echoed(client, home_page):
    html = client.get("/en/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
