"""What only a real search engine shows: language analysis, one request per search, the
alias swap during a rebuild, and what happens when the engine stops or stalls."""

import json
import logging
import os
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from io import StringIO

from django.core.management import call_command
from django.test import override_settings

import pytest

from cases.demo_content import CASES
from cases.factories import CasePageFactory
from hub.settings import search_backends
from search import engine as search_engine
from search import indexing
from search.adapters.base import SearchRequest
from search.adapters.query_dsl import QueryDSLAdapter
from search.models import PendingEngineUpdate, SearchRecord
from tests.engines import ENGINE_START, SERVER_ENGINES, index_prefix, requests_delete
from tests.search.conftest import (
    search,
    titles,
)
from tests.utils import translate

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.parametrize("engine", SERVER_ENGINES, indirect=True),
]


def settings_url():
    from django.conf import settings

    return settings.SEARCH_URL


def engine_get(path):
    with urllib.request.urlopen(f"{settings_url()}{path}", timeout=10) as response:  # noqa: S310
        return json.load(response)


def engine_post(path, body):
    request = urllib.request.Request(  # noqa: S310 - the test engine's http URL
        f"{settings_url()}{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return json.load(response)


# Language analysis ------------------------------------------------------------------------
WORD_FORMS = [
    # (language, text on the page, what a visitor types)
    ("en", "Bicycle cooperative for commuters", "cooperatives"),
    ("de", "Ein Fahrrad für jede Pendlerin", "Fahrräder"),
    ("es", "Cooperativa de energía solar", "energías"),
    ("it", "Una bicicletta per ogni studente", "biciclette"),
    ("el", "Κοινότητα ενέργειας στο χωριό", "ενέργεια"),
    ("cs", "Obnovitelné zdroje pro obec", "obnovitelných"),
    ("hu", "Kerékpár minden diáknak", "kerékpárok"),
]


@pytest.mark.parametrize(("code", "text", "query"), WORD_FORMS, ids=[w[0] for w in WORD_FORMS])
def test_each_language_finds_other_forms_of_a_word(client, engine, case_index, code, text, query):
    case = CasePageFactory(parent=case_index, title="Source case", summary="Source summary.")
    if code != "en":
        translate(case, code, text, text)
    else:
        case.title = text
        case.save_revision().publish()
    indexing.rebuild()
    assert titles(search(client, code, q=query)) == [text]


def test_polish_matches_words_with_diacritics_folded_and_by_base_form(client, engine, case_index):
    case = CasePageFactory(parent=case_index, title="Source case", summary="Source summary.")
    translate(case, "pl", "Energia słoneczna w gminie", "Słońce dla szkół.")
    indexing.rebuild()
    assert titles(search(client, "pl", q="sloneczna")) == ["Energia słoneczna w gminie"]
    # Another form of the word matches by its base form (docs/search.md).
    assert titles(search(client, "pl", q="słonecznej")) == ["Energia słoneczna w gminie"]


def polish_mapping():
    mapping = engine_get(f"/{index_prefix()}records/_mapping")
    (index,) = mapping.values()
    return index["mappings"]["_meta"], index["mappings"]["properties"]["text_pl"]


def test_polish_is_stemmed_by_stempel_where_the_engine_has_it(client, engine, case_index):
    case = CasePageFactory(parent=case_index, title="Source case", summary="Source summary.")
    translate(case, "pl", "Strategia dla gminy", "Plan na lata 2030.")
    indexing.rebuild()
    meta, field = polish_mapping()
    assert meta == {"polish_analyzer": "polish"} and field["analyzer"] == "polish"
    analysed = engine_post(
        f"/{index_prefix()}records/_analyze", {"field": "text_pl", "text": "strategii spółdzielni"}
    )
    assert [token["token"] for token in analysed["tokens"]] == ["strategia", "spółdzielnia"]
    assert titles(search(client, "pl", q="strategii gminami")) == ["Strategia dla gminy"]


def test_without_stempel_polish_falls_back_to_base_forms_and_says_so(
    client, engine, case_index, monkeypatch, caplog
):
    # An analyser the engine does not have stands for a cluster without the plugin: the
    # real question goes to the real engine, which refuses it.
    monkeypatch.setattr(search_engine, "POLISH_ANALYZER", "polish_not_installed")
    case = CasePageFactory(parent=case_index, title="Source case", summary="Source summary.")
    translate(case, "pl", "Strategia dla gminy", "Plan na lata 2030.")
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        indexing.rebuild()
    assert "no Polish stemmer (plugin analysis-stempel)" in caplog.text
    meta, field = polish_mapping()
    assert meta == {"polish_analyzer": "hub_folded"} and field["analyzer"] == "hub_folded"
    assert titles(search(client, "pl", q="strategii gminami")) == ["Strategia dla gminy"]


# One request per search --------------------------------------------------------------------
def test_a_faceted_search_is_one_engine_request(client, corpus, settings):
    def searches():
        stats = engine_get(f"/{index_prefix()}records/_stats/search")
        return stats["_all"]["primaries"]["search"]["query_total"]

    params = {"q": "solar", "sdg": ["7", "13"], "type": ["case", "method"], "language": "en"}
    before = searches()
    answer = search(client, **params)
    assert searches() - before == 1
    assert titles(answer) == ["Solar village"]
    # Total and every facet's disjunctive counts, all from that one request, are what
    # the database adapter computes with its several queries (snippets differ).
    settings.SEARCH_BACKEND = "database"
    database = search(client, **params)
    assert (database["total"], database["facets"]) == (answer["total"], answer["facets"])
    assert {v["value"]: v["count"] for v in answer["facets"]["sdg"]} == {"7": 1, "13": 1}


# Rebuilds ------------------------------------------------------------------------------------
def test_update_index_swaps_an_alias_and_search_keeps_answering(corpus):
    adapter, answers, done = QueryDSLAdapter(), [], threading.Event()

    def poll():
        while not done.is_set():
            answers.append(adapter.search(SearchRequest(query="solar")).total)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        for _ in range(3):
            call_command("update_index", "--hub-only", stdout=StringIO())
    finally:
        done.set()
        poller.join()
    assert len(answers) > 3 and set(answers) == {3}  # never empty, never an error
    aliases = engine_get(f"/_alias/{index_prefix()}records")
    assert len(aliases) == 1  # the old indexes are gone


def test_update_index_reports_progress(corpus):
    out = StringIO()
    call_command("update_index", "--hub-only", stdout=out)
    records = SearchRecord.objects.count()
    assert f"  {records} records in the search index" in out.getvalue()
    assert f"engine: {records} documents indexed" in out.getvalue()
    assert f"Search index rebuilt: {records} records" in out.getvalue()


def test_healthz_reports_the_engine(client, corpus, engine):
    report = client.get("/healthz").json()
    assert report["search"]["status"] == "ok"
    assert report["search"]["backend"] == engine


def test_an_engine_without_the_index_falls_back_until_update_index(
    client, corpus, monkeypatch, django_capture_on_commit_callbacks
):
    """A new or wiped cluster: searches fall back, changes stay queued (never a partial
    index), /healthz says what to do, and update_index brings it all back."""
    requests_delete(f"{settings_url()}/{index_prefix()}records_*")
    refused = search_engine.refused_requests
    answer = search(client, q="solar")
    assert titles(answer) == ["Solar policy", "Solar village", "Solar walk"]  # the database
    assert "The search engine is not answering" in answer["messages"][0]
    assert search_engine.refused_requests == refused + 1 and search_engine.available()
    monkeypatch.setattr(search_engine, "refused_requests", refused)  # that one was expected
    assert "update_index" in client.get("/healthz").json()["search"]["status"]

    with django_capture_on_commit_callbacks(execute=True):
        corpus["draft"].save_revision().publish()
    assert PendingEngineUpdate.objects.exists()
    assert engine_get(f"/_alias/{index_prefix()}records*") == {}  # no partial index

    call_command("update_index", "--hub-only", stdout=StringIO())
    assert not PendingEngineUpdate.objects.exists()
    answer = search(client, q="solar")
    assert titles(answer) == ["Draft solar plan", "Solar policy", "Solar village", "Solar walk"]
    assert answer["messages"] == []


# Committed, as seeding is: its documents' text is read after the commit, and indexed.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seeding_into_an_engine_without_an_index_says_so_once(
    client, engine, mirroring_only, caplog
):
    """seed_demo saves hundreds of pages and documents in one transaction: the engine
    gets them in one send (with no index yet, one warning, not one per page or
    document), then update_index serves the demo from the engine."""
    requests_delete(f"{settings_url()}/{index_prefix()}records*")
    mirroring_only()  # the English demo is enough here
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        call_command("seed_demo", "--no-index", stdout=StringIO())
    queued = [r for r in caplog.records if "updates stay queued" in r.getMessage()]
    assert len(queued) == 1
    assert PendingEngineUpdate.objects.count() > 50

    call_command("update_index", "--hub-only", stdout=StringIO())
    assert not PendingEngineUpdate.objects.exists()
    answer = search(client, q=CASES[0]["title"])
    assert CASES[0]["title"] in titles(answer) and answer["messages"] == []


# Faults ----------------------------------------------------------------------------------------
FAULT_PORT = "9252"


@pytest.fixture
def disposable_engine(tmp_path, settings, engine):
    """An engine of this test's own, with its data in tmp_path so it can be stopped and
    started again: the shared engine keeps running for the other tests."""

    def start():
        result = subprocess.run(
            [str(ENGINE_START), FAULT_PORT],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "ENGINE_HOME": str(tmp_path / "engine")},
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1]

    def stop():
        subprocess.run([str(ENGINE_START), "stop", FAULT_PORT], check=True)
        for _ in range(60):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", int(FAULT_PORT))):
                    return
            time.sleep(0.5)
        raise AssertionError("the engine did not stop")

    url = start()
    settings.SEARCH_URL = url
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        engine, url, settings.SEARCH_TIMEOUT, index_prefix()
    )
    yield start, stop
    stop()


def test_engine_stopped_mid_run_falls_back_queues_and_catches_up(
    client, admin_client, corpus, disposable_engine, django_capture_on_commit_callbacks
):
    start, stop = disposable_engine
    indexing.rebuild()  # corpus indexed into this engine
    assert titles(search(client, q="solar")) == ["Solar policy", "Solar village", "Solar walk"]

    stop()
    assert search_engine.available()
    answer = search(client, q="solar")
    # The refused connection rests the engine: the next searches do not try it.
    assert not search_engine.available()
    assert titles(answer) == ["Solar policy", "Solar village", "Solar walk"]  # the database
    assert "The search engine is not answering" in answer["messages"][0]
    html = client.get("/en/search/", {"q": "solar"}).content.decode()
    assert "The search engine is not answering" in html
    assert client.get("/en/search/suggest/", {"q": "sol"}).status_code == 200
    report = client.get("/healthz")
    assert report.status_code == 200  # the site stays in service
    assert report.json()["search"]["status"] == "unavailable"

    # Editors' own search (the admin) never depends on the engine.
    assert admin_client.get("/admin/pages/search/", {"q": "solar"}).status_code == 200

    # An editor publishes while the engine is down: saved, and the change is queued.
    with django_capture_on_commit_callbacks(execute=True):
        corpus["draft"].save_revision().publish()
    assert PendingEngineUpdate.objects.exists()
    assert titles(search(client, q="draft")) == ["Draft solar plan"]  # from the database

    start()
    search_engine._mark_up()
    call_command("update_index", "--pending", stdout=StringIO())
    assert not PendingEngineUpdate.objects.exists()
    answer = search(client, q="draft")
    assert titles(answer) == ["Draft solar plan"] and answer["messages"] == []  # the engine
    # Caught up: the engine holds exactly the database's records, language by language.
    languages = {}
    for language in SearchRecord.objects.values_list("language", flat=True):
        languages[language] = languages.get(language, 0) + 1
    for language, count in languages.items():
        query = urllib.parse.quote(f"language:{language}")
        assert engine_get(f"/{index_prefix()}records/_count?q={query}")["count"] == count
    assert client.get("/healthz").json()["search"]["status"] == "ok"


@pytest.fixture
def stalled_engine():
    """A server that accepts connections and never answers, like an engine stuck in a
    long garbage collection: (its URL, the connections the hub opened to it so far). The
    kernel queues each connection as it is made, so counting them needs no waiting."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    held = []

    def connections():
        while True:
            try:
                held.append(server.accept()[0])
            except BlockingIOError:
                return held

    yield f"http://127.0.0.1:{server.getsockname()[1]}", connections
    for connection in connections():
        connection.close()
    server.close()


def hung_up(connection):
    """Whether the hub gave up on this connection: it closed it after sending its
    request (the engine never answered)."""
    connection.settimeout(10)  # a guard against a hub that never hangs up
    while connection.recv(65536):
        pass
    return True


def test_a_stalled_engine_costs_one_timeout_then_falls_back_at_once(
    client, corpus, stalled_engine, settings, engine
):
    url, connections = stalled_engine
    settings.SEARCH_URL = url
    with override_settings(
        WAGTAILSEARCH_BACKENDS=search_backends(engine, url, 1.0, index_prefix())
    ):
        first = search(client, q="solar")
        # One attempt, given up after the timeout, then the database answered.
        (attempt,) = connections()
        assert hung_up(attempt)
        second = search(client, q="water")
        # The engine is left alone for a while: no connection at all.
        assert len(connections()) == 1
    assert titles(first) == ["Solar policy", "Solar village", "Solar walk"]
    assert titles(second) == ["Water reuse"]
    assert "The search engine is not answering" in first["messages"][0]
    search_engine._mark_up()
