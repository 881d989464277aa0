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
# The engines that run as servers: tests of what only a real engine shows.
SERVER_ENGINES = [name for name in ENGINES if name != "database"]
ENGINE_START = Path(__file__).resolve().parents[1] / "opensearch" / "start"
TEST_PORT = "9251"


def start_engine():
    """Start the test engine on TEST_PORT and return its URL."""
    result = subprocess.run(
        [str(ENGINE_START), TEST_PORT], capture_output=True, text=True, timeout=900
    )
    if result.returncode:
        pytest.exit(
            "Could not start the search engine for the tests (it needs Java 17+ and "
            f"Maven):\n{result.stderr[-2000:]}",
            returncode=1,
        )
    return result.stdout.strip().splitlines()[-1]


def stop_engine():
    subprocess.run([str(ENGINE_START), "stop", TEST_PORT], check=False)


def share_engine_with_workers(config):
    """Under pytest-xdist the controller starts the engine once, before the workers, and
    hands them its URL: a worker starting its own on the same port would find the
    other's and stop it when its session ends, under the other's feet."""
    is_controller = getattr(config.option, "numprocesses", None) and not hasattr(
        config, "workerinput"
    )
    if is_controller and SERVER_ENGINES and not os.environ.get("SEARCH_URL"):
        os.environ["SEARCH_URL"] = start_engine()
        config.add_cleanup(stop_engine)


@pytest.fixture(scope="session")
def engine_url():
    """A real OpenSearch: the one at SEARCH_URL when set (CI, or pytest-xdist's
    controller, starts one for all test runs), else one started here for this session
    and stopped after it."""
    url = os.environ.get("SEARCH_URL")
    started = not url
    if started:
        url = start_engine()
    yield url
    requests_delete(f"{url}/{index_prefix()}*")
    if started:
        stop_engine()


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
