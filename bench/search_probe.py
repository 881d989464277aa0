"""Run inside a benchmark site (see bench/search.py): times the hub's search against the
naive way (one Wagtail .facet() call per facet) on the same data, in one process. With
SEARCH_BACKEND set to an engine, both run on that engine (the hub's adapter, and Wagtail's
backend for the naive way), after measuring how fast each fills the engine."""

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from modelsearch.query import MATCH_ALL  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from cases.models import CasePage  # noqa: E402
from hub.taxonomy.models import Country, OrganisationType, Sector  # noqa: E402
from search.adapters import get_adapter  # noqa: E402
from search.adapters.base import SearchRequest  # noqa: E402

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
SELECTED = {"country": ["DE", "PL"], "sector": ["C", "D"], "orgtype": ["sme", "ngo"]}
SCENARIOS = {
    "query": ("energy", {}),
    "query + 3 facets": ("energy", SELECTED),
    "facets alone": ("", SELECTED),
}
NAIVE_FIELDS = {
    "country": ("country_id", Country),
    "sector": ("sector_id", Sector),
    "orgtype": ("organisation_type_id", OrganisationType),
}


def naive(query, selected):
    """What a site without our index would do: one Wagtail search per facet, each with
    the other facets' filters, and one more for the hits."""
    english = Locale.get_default()
    base = CasePage.objects.live().filter(locale=english)
    ids = {
        param: [
            term.pk
            for term in NAIVE_FIELDS[param][1].objects.filter(locale=english)
            if term.key in values
        ]
        for param, values in selected.items()
    }

    def filtered(skip=None):
        queryset = base
        for param in selected:
            if param != skip:
                queryset = queryset.filter(**{f"{NAIVE_FIELDS[param][0]}__in": ids[param]})
        return queryset.search(query or MATCH_ALL, backend=WAGTAIL_BACKEND)

    hits = list(filtered()[:10])
    counts = {
        param: filtered(skip=param).facet(field) for param, (field, _lookup) in NAIVE_FIELDS.items()
    }
    return hits, counts


def ours(query, selected):
    return get_adapter().search(
        SearchRequest(query=query, language="en", filters={"type": ["case"], **selected})
    )


def timed(function, *args):
    """Median and 95th percentile of repeated calls; slow ones are repeated less, so a
    run stays within about 20 seconds per figure."""
    started = time.perf_counter()
    function(*args)  # warm up
    first = time.perf_counter() - started
    times = []
    with CaptureQueriesContext(connection) as queries:
        function(*args)
    for _ in range(max(5, min(RUNS, int(20 / max(first, 0.001))))):
        started = time.perf_counter()
        function(*args)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        "queries": len(queries),
    }


def request(query, selected):
    params = {"q": query, "type": "case", **selected}
    response = Client().get("/en/search/", params)
    assert response.status_code == 200


def indexing():
    """Documents per second into the engine: the hub's bulk rebuild of its records
    against Wagtail's plain update_index of the same site, in the same run."""
    from django.core.management import call_command

    from search import engine

    started = time.perf_counter()
    ours_docs = engine.rebuild()
    ours_s = time.perf_counter() - started
    started = time.perf_counter()
    call_command("wagtail_update_index", backend_name="engine", verbosity=0)
    wagtail_s = time.perf_counter() - started
    client = engine.backend().es
    prefix = engine.backend().index_prefix
    wagtail_docs = sum(
        int(row["docs.count"] or 0)
        for row in client.cat.indices(index=f"{prefix}*", format="json")
        if not row["index"].startswith(engine.alias())
    )
    return {
        "hub": {
            "documents": ours_docs,
            "seconds": round(ours_s, 2),
            "per_s": round(ours_docs / ours_s),
        },
        "wagtail": {
            "documents": wagtail_docs,
            "seconds": round(wagtail_s, 2),
            "per_s": round(wagtail_docs / wagtail_s),
        },
    }


results = {}
engine_name = settings.SEARCH_BACKEND if settings.SEARCH_BACKEND != "database" else None
WAGTAIL_BACKEND = "engine" if engine_name else "default"
if engine_name:
    results["indexing"] = indexing()
for name, (query, selected) in SCENARIOS.items():
    mine, baseline = timed(ours, query, selected), timed(naive, query, selected)
    results[name] = {
        "hub": mine,
        "naive": baseline,
        "request": timed(request, query, selected),
        "speedup": round(baseline["median_ms"] / mine["median_ms"], 2)
        if mine["median_ms"]
        else None,
    }
results["items"] = CasePage.objects.live().filter(locale__language_code="en").count()
results["database"] = engine_name or connection.vendor
print(json.dumps(results))
