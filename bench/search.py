"""Search at scale: `seed_demo --cases N` sites on SQLite and on PostgreSQL, timing the
hub's search (query alone, query with three facets selected, facets alone) against the
naive way measured on the same data in the same run: one Wagtail .facet() call per
facet. Figures are the server's own time (no network), median and 95th percentile, with
the SQL queries per search."""

import json
import os
import subprocess
from urllib.parse import urlparse

from bench.common import PYTHON, ROOT, Site, step

SIZES = [int(n) for n in os.environ.get("BENCH_SEARCH_SIZES", "10000,100000").split(",")]


def postgres_url(name):
    """A fresh PostgreSQL database for one run, on the server .ci/start-postgres runs."""
    try:
        server = subprocess.run(
            [str(ROOT / ".ci" / "start-postgres")], check=True, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    import psycopg2

    parts = urlparse(server)
    connection = psycopg2.connect(
        host=parts.hostname, port=parts.port, user=parts.username, dbname="postgres"
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    return server.rsplit("/", 1)[0] + "/" + name


def run():
    results = []
    for database in ("sqlite", "postgresql"):
        for size in SIZES:
            site = Site()
            if database == "postgresql":
                url = postgres_url(f"hub_bench_{size}")
                if url is None:
                    step("PostgreSQL is not available; skipping it")
                    break
                site.env["DATABASE_URL"] = url
            site.env["ALLOWED_HOSTS"] = "127.0.0.1,testserver"
            step(f"{database}: seeding {size:,} cases")
            site.prepare(("--cases", str(size)))
            step(f"{database}: timing searches on {size:,} cases")
            results.append(probe(site.env, size))
            report([results[-1]])
            if database == "sqlite":
                # The engine reads the same records, so one database is enough for it.
                step(f"opensearch: indexing and timing searches on {size:,} cases")
                results.append(probe({**site.env, **engine_env(size)}, size))
                report([results[-1]])
                report_indexing(results[-1])
    return results


def probe(env, size):
    result = subprocess.run(
        [PYTHON, "bench/search_probe.py"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise RuntimeError(f"the search probe failed:\n{result.stderr[-3000:]}")
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    answer["size"] = size
    return answer


def engine_env(size):
    """A running OpenSearch (started once, as `make search-engine` does) and a fresh set
    of indexes for this size."""
    url = (
        subprocess.run(
            [str(ROOT / "search" / "engine" / "start"), "9250"],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "ENGINE_HEAP": os.environ.get("ENGINE_HEAP", "2g")},
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return {
        "SEARCH_BACKEND": "opensearch",
        "SEARCH_URL": url,
        "SEARCH_INDEX_PREFIX": f"bench{size}_",
        # The bench measures steady-state search, not the fallback.
        "SEARCH_TIMEOUT": "30",
    }


def report_indexing(result):
    indexing = result["indexing"]
    hub, wagtail = indexing["hub"], indexing["wagtail"]
    print(
        f"{'opensearch: indexing':28} {hub['documents']:>8,}  {hub['per_s']:>7,} docs/s "
        f"(hub, {hub['seconds']} s)  against Wagtail's update_index "
        f"{wagtail['per_s']:,} docs/s ({wagtail['documents']:,} docs, {wagtail['seconds']} s): "
        f"{hub['per_s'] / wagtail['per_s']:.1f}×"
    )


def report(results):
    print()
    print(
        f"{'search':28} {'items':>8}  {'hub p50':>9} {'hub p95':>9} {'SQL':>4}  "
        f"{'naive p50':>9} {'SQL':>4}  {'naive / hub':>11}  {'page p50':>9}"
    )
    for result in results:
        for name in ("query", "query + 3 facets", "facets alone"):
            row = result[name]
            print(
                f"{result['database'] + ': ' + name:28} {result['items']:>8,}  "
                f"{row['hub']['median_ms']:>7.1f}ms {row['hub']['p95_ms']:>7.1f}ms "
                f"{row['hub']['queries']:>4}  {row['naive']['median_ms']:>7.1f}ms "
                f"{row['naive']['queries']:>4}  {row['speedup']:>10.1f}×  "
                f"{row['request']['median_ms']:>7.1f}ms"
            )
