"""The search engines the search tests run against, shared by every folder that tests a
search surface (tests/search, tests/security): the database adapter and a real
OpenSearch, started once per session."""

import contextlib
import os
import subprocess
import urllib.request
from importlib.metadata import version
from pathlib import Path

import pytest

from hub.settings import search_backends
from search import engine as search_engine


def engines():
    """The adapters every search test runs against: the database and a real OpenSearch,
    and with an Elasticsearch 7.x client installed (a CI step does that) the
    Elasticsearch backend too, which that client lets talk to OpenSearch.
    HUB_TEST_ENGINES=a,b picks some of them."""
    names = ["database", "opensearch"]
    if version("elasticsearch").startswith("7."):
        names.append("elasticsearch")
    chosen = os.environ.get("HUB_TEST_ENGINES")
    return [name for name in names if not chosen or name in chosen.split(",")]


ENGINES = engines()
ENGINE_START = Path(__file__).resolve().parents[1] / "search" / "engine" / "start"
TEST_PORT = "9251"


@pytest.fixture(scope="session")
def engine_url():
    """A real OpenSearch: the one at SEARCH_URL when set (CI starts one for both test
    runs), else one started here for this session (about 30 s) and stopped after it."""
    url = os.environ.get("SEARCH_URL")
    started = not url
    if started:
        result = subprocess.run(
            [str(ENGINE_START), TEST_PORT], capture_output=True, text=True, timeout=900
        )
        if result.returncode:
            pytest.fail(
                "Could not start the search engine for the tests (it needs Java 17+ and "
                f"Maven):\n{result.stderr[-2000:]}"
            )
        url = result.stdout.strip().splitlines()[-1]
    yield url
    requests_delete(f"{url}/{index_prefix()}*")
    if started:
        subprocess.run([str(ENGINE_START), "stop", TEST_PORT], check=False)


def index_prefix():
    return f"test{os.getpid()}_"  # this session's indexes only


def requests_delete(url):
    with contextlib.suppress(OSError):
        urllib.request.urlopen(urllib.request.Request(url, method="DELETE"), timeout=10)  # noqa: S310


@pytest.fixture(params=ENGINES)
def engine(request, settings):
    """Every search test runs against every engine adapter: the database and a real
    OpenSearch."""
    settings.SEARCH_BACKEND = request.param
    if request.param != "database":
        url = request.getfixturevalue("engine_url")
        settings.SEARCH_URL = url
        settings.SEARCH_INDEX_PREFIX = index_prefix()
        settings.WAGTAILSEARCH_BACKENDS = search_backends(
            request.param, url, settings.SEARCH_TIMEOUT, index_prefix()
        )
        search_engine._mark_up()
    refused = search_engine.refused_requests
    yield request.param
    # A failed or refused engine request would be hidden by the fallback to the database.
    assert search_engine.available(), "the search engine failed during this test"
    assert search_engine.refused_requests == refused, "the engine refused a request"
