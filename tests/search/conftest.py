import contextlib
import os
import subprocess
import urllib.request
from importlib.metadata import version
from pathlib import Path

from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from courses.factories import UnitPageFactory
from hub.materials.factories import DocumentFactory
from hub.settings import search_backends
from hub.taxonomy.models import SDG, Country, Sector, term
from search import engine as search_engine
from search import indexing
from tests.materials import files
from tests.utils import translate
from toolkits.factories import MethodPageFactory


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
ENGINE_START = Path(__file__).resolve().parents[2] / "search" / "engine" / "start"
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


def materials(*documents):
    return [
        ("materials", {"heading": "", "items": [{"document": d, "note": ""} for d in documents]})
    ]


@pytest.fixture
def corpus(engine, case_index, toolkit, module):
    """A known set: three public cases, a draft, a private case, a method, a unit, a public
    and a private document, and a Polish translation of one case."""

    def case(title, sdgs, country, sector, **kwargs):
        return CasePageFactory(
            parent=case_index,
            title=title,
            summary=f"{title} summary.",
            organisation=f"Team {country}{sector}",  # fixed: random words could match queries
            sdgs=[term(SDG, n) for n in sdgs],
            country=term(Country, country),
            sector=term(Sector, sector),
            **kwargs,
        )

    pages = {
        "solar": case("Solar village", [7, 13], "DE", "D"),
        "wind": case("Wind cooperative", [7], "PL", "D"),
        "water": case("Water reuse", [6], "IT", "E"),
        "draft": case("Draft solar plan", [7], "DE", "D", live=False),
        "private": case("Private solar deal", [7], "DE", "D"),
        "method": MethodPageFactory(parent=toolkit, title="Solar walk", summary="A walk."),
        "unit": UnitPageFactory(parent=module, title="Solar policy", summary="Policy."),
    }
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="login")
    root = Collection.get_first_root_node()
    secret = root.add_child(name="Secret")
    CollectionViewRestriction.objects.create(collection=secret, restriction_type="login")
    documents = {
        "worksheet": DocumentFactory(
            title="Village worksheet",
            file=ContentFile(files.text_pdf("heliotrope"), name="w.pdf"),
            extracted_text="heliotrope",
        ),
        "secret": DocumentFactory(
            title="Secret heliotrope budget", collection=secret, extracted_text="heliotrope"
        ),
    }
    pages["solar"].materials = materials(documents["worksheet"])
    pages["solar"].save_revision().publish()
    pages["solar_pl"] = translate(
        pages["solar"], "pl", "Słoneczna wieś", "Wieś z energią słoneczną."
    )
    indexing.rebuild()
    return {**pages, **documents}


def search(client, language="en", **params):
    """The search page's JSON answer (asserting it is a 200)."""
    response = client.get(f"/{language}/search/", {"format": "json", **params})
    assert response.status_code == 200, response.content
    return response.json()


def titles(answer):
    return sorted(result["title"] for result in answer["results"])
