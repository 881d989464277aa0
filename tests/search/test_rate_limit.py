"""Searches are limited per address (RELIABILITY L5): past the rate a 429 with
Retry-After and a clear message, on the search page, its JSON, suggestions and the API's
?search=; other addresses and everything else keep working."""

from django.core.cache import cache

import pytest
import time_machine

pytestmark = pytest.mark.django_db

SEARCH = "/en/search/"


@pytest.fixture
def limited(settings, home_page):
    """Three searches and two suggestions a minute, in a minute that stands still (the
    counts are per minute window, which a test could otherwise straddle)."""
    settings.RATELIMIT_ENABLE = True
    settings.SEARCH_RATE_LIMIT = "3/m"
    settings.SUGGEST_RATE_LIMIT = "2/m"
    cache.clear()
    with time_machine.travel("2026-06-01 10:00:30 +0000", tick=False) as traveller:
        yield traveller
    cache.clear()


def test_searches_past_the_rate_get_a_429_with_a_retry_hint(client, limited):
    for n in range(3):
        assert client.get(SEARCH, {"q": f"solar {n}"}).status_code == 200
    response = client.get(SEARCH, {"q": "solar again"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    page = response.content.decode()
    assert "<h1>Too many searches</h1>" in page and "wait a minute" in page
    assert '<html lang="en">' in page
    as_json = client.get(SEARCH, {"q": "solar", "format": "json"})
    assert as_json.status_code == 429
    assert as_json.json() == {"error": "Too many searches from your address; please wait a minute."}
    # Pages and listings are not limited.
    assert client.get("/en/").status_code == 200


def test_the_limit_is_per_address_and_lifts_after_the_minute(client, limited):
    for _ in range(4):
        client.get(SEARCH, {"q": "wind"})
    assert client.get(SEARCH, {"q": "wind"}).status_code == 429
    assert client.get(SEARCH, {"q": "wind"}, REMOTE_ADDR="192.0.2.7").status_code == 200
    limited.shift(61)
    assert client.get(SEARCH, {"q": "wind"}).status_code == 200


def test_suggestions_have_their_own_rate(client, limited):
    for _ in range(2):
        assert client.get(f"{SEARCH}suggest/", {"q": "so"}).status_code == 200
    response = client.get(f"{SEARCH}suggest/", {"q": "so"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "error" in response.json()
    assert client.get(SEARCH, {"q": "solar"}).status_code == 200


@pytest.mark.parametrize("endpoint", ["/api/v2/pages/", "/api/v2/documents/"])
def test_api_searches_share_the_search_pages_rate(client, limited, endpoint):
    for _ in range(3):
        assert client.get(SEARCH, {"q": "water"}).status_code == 200
    response = client.get(endpoint, {"search": "water"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "throttled" in response.json()["detail"].lower()
    # Listing without a search is not limited.
    assert client.get(endpoint).status_code == 200


def test_behind_a_proxy_visitors_are_told_apart_by_the_address_it_appends(
    client, limited, settings
):
    settings.HUB_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}

    def search(forwarded):
        return client.get(SEARCH, {"q": "solar"}, HTTP_X_FORWARDED_FOR=forwarded, **proxy)

    for _ in range(3):
        assert search("198.51.100.1").status_code == 200
    assert search("198.51.100.1").status_code == 429
    # A client cannot escape by sending its own X-Forwarded-For: the proxy appends.
    assert search("203.0.113.9, 198.51.100.1").status_code == 429
    # Another visitor behind the same proxy is not limited.
    assert search("198.51.100.2").status_code == 200


def test_with_the_cache_unreachable_searches_are_not_limited(client, limited, redis_unreachable):
    for _ in range(5):
        assert client.get(SEARCH, {"q": "solar"}).status_code == 200


def test_a_limit_set_to_off_limits_nothing(client, limited, settings):
    settings.SEARCH_RATE_LIMIT = None  # what SEARCH_RATE_LIMIT=off gives
    for _ in range(5):
        assert client.get(SEARCH, {"q": "solar"}).status_code == 200


def test_searches_served_from_the_page_cache_are_not_counted(client, limited, settings):
    settings.HUB_PAGE_CACHE_SECONDS = 300
    # The first page a site serves creates its settings row, which starts a new cache
    # generation: serve one before the searches so the first search stays cached.
    client.get("/en/")
    for _ in range(6):
        assert client.get(SEARCH, {"q": "tide"}).status_code == 200
    assert client.get(SEARCH, {"q": "tide"})["X-Cache"] == "hit"
    # Two more searches the cache cannot answer reach the limit of three.
    for query in ("tide mill", "tide pool"):
        assert client.get(SEARCH, {"q": query}).status_code == 200
    assert client.get(SEARCH, {"q": "tidal"}).status_code == 429
