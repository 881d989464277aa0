"""Load and faults: gunicorn (2 workers, production settings, the page cache in Redis
when Redis is installed) on PostgreSQL with `seed_demo --cases 1000`, loaded by wrk on
127.0.0.1 with a realistic mix: the home page, every listing (with and without
filters), many case pages, other page types, searches with facets and downloads, each
visitor's next request a different URL. Printed: requests/s, p50 and p99 latency, and
every answer by status; the floor (a minimal Django view, same tool, same run) as a
ratio. Then the same mix while PostgreSQL is stopped for a few seconds and started
again: the answers must be pages or short 503s with Retry-After, never a 500, and the
site must come back by itself (time to the first healthy answer). Last, searches that
the page cache cannot answer while the search engine (its own OpenSearch, when Java and
Maven are installed) is stopped: every one must be answered, by the database fallback.

Its database server is its own (a new cluster in a temporary folder, on port 54339), so
stopping it disturbs nothing else; without PostgreSQL the fault part is skipped."""

import atexit
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench import common
from bench.common import ROOT, Site, step
from bench.pages import FLOOR, redis_server

SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
FAULT_SECONDS = int(os.environ.get("BENCH_FAULT_SECONDS", "30"))
CONNECTIONS = 32
CASES = 1000
PG_PORT = "54339"
DOWN_SECONDS = 5
ENGINE_PORT = "9252"  # the bench's own engine, apart from `make search-engine`'s 9250
FALLBACK_TEXT = "The search engine is not answering right now"  # search.views.FALLBACK_NOTICE
SEARCHES = [
    "/en/search/?q=energy",
    "/en/search/?q=energy&sdg=7&area=clean-energy",
    "/en/search/?q=circular&type=case",
    "/en/search/?q=workshop&type=method",
    "/en/search/?q=water&country=ES",
    "/pl/search/?q=energia",
]

MIX = """
import random
from cases.models import CasePage
from courses.models import CourseModulePage, UnitPage
from hub.materials.models import HubDocument
from hub.security.public import public_pages
from toolkits.models import MethodPage, ToolkitPage
random.seed(9)
cases = list(public_pages(CasePage.objects.filter(locale__language_code="en")).order_by("pk"))
urls = ["/en/", "/en/", "/de/", "/pl/", "/en/cases/", "/en/cases/?sdg=7",
        "/en/cases/?sdg=13&country=DE", "/en/cases/?page=3", "/en/toolkits/", "/en/courses/"]
urls += [case.url for case in random.sample(cases, 40)]
for model in (ToolkitPage, MethodPage, CourseModulePage, UnitPage):
    english = model.objects.filter(locale__language_code="en")
    urls += [page.url for page in public_pages(english)[:3]]
urls += SEARCHES + ["/en/search/?sector=C"]
urls += [document.url for document in HubDocument.objects.order_by("pk")[:4]]
print(json.dumps(urls))
"""

SCRIPT = """
paths = %(paths)s
FALLBACK = %(fallback)s
-- Unique URLs (never in the page cache) when asked: each request then reaches the search.
function suffix(n)
  if %(unique)s then return "&n=" .. n .. "-" .. math.random(1000000) end
  return ""
end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  counts = {}
  hinted = 0
  fell_back = 0
  at = math.random(#paths)
end
function request()
  at = at %% #paths + 1
  sent = (sent or 0) + 1
  return wrk.format("GET", paths[at] .. suffix(sent))
end
function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status == 503 and headers["Retry-After"] then hinted = hinted + 1 end
  if body and body:find(FALLBACK, 1, true) then fell_back = fell_back + 1 end
end
function done(summary, latency, requests)
  local total, hints, fallbacks = {}, 0, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + n end
    hints = hints + thread:get("hinted")
    fallbacks = fallbacks + thread:get("fell_back")
  end
  io.write("STATUSES")
  for status, n in pairs(total) do io.write(" " .. status .. "=" .. n) end
  io.write(" retry_after=" .. hints .. " fell_back=" .. fallbacks .. "\\n")
end
"""


def postgres(folder, command=""):
    """.ci/start-postgres for the bench's own cluster in `folder`: its URL, or None."""
    env = {**os.environ, "PGPORT": PG_PORT, "HUB_PGDATA": str(folder)}
    result = subprocess.run(
        [str(ROOT / ".ci" / "start-postgres"), *([command] if command else [])],
        env=env,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def mix_script(folder, paths, name="mix", unique=False):
    """A wrk script that requests `paths` in turn and counts the answers by status (and
    the search pages answered by the database fallback)."""
    script = folder / f"{name}.lua"
    script.write_text(
        SCRIPT
        % {
            "paths": "{" + ", ".join(json.dumps(p) for p in paths) + "}",
            "fallback": json.dumps(FALLBACK_TEXT),
            "unique": "true" if unique else "false",
        }
    )
    return script


def wrk(url, seconds, script=None):
    return common.wrk(url, CONNECTIONS, seconds, script)


def search_engine(command="start"):
    """The bench's own OpenSearch (opensearch/start): its URL, or None without Java
    and Maven."""
    args = ["stop", ENGINE_PORT] if command == "stop" else [ENGINE_PORT]
    result = subprocess.run(
        [str(ROOT / "search" / "engine" / "start"), *args], capture_output=True, text=True
    )
    lines = result.stdout.strip().splitlines()
    return lines[-1] if result.returncode == 0 and lines else None


def engine_stop_later(delay):
    time.sleep(delay)
    search_engine("stop")


def outage(site, pgdata, started):
    """Stop PostgreSQL a third into the fault run, start it again DOWN_SECONDS later,
    then time the first healthy answer."""
    time.sleep(FAULT_SECONDS / 3)
    postgres(pgdata, "stop")
    stopped = time.monotonic()
    time.sleep(DOWN_SECONDS)
    postgres(pgdata)
    restarted = time.monotonic()
    while time.monotonic() - restarted < 60:
        try:
            with urllib.request.urlopen(site.url + "/healthz", timeout=5) as answer:
                if answer.status == 200:
                    break
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    started["down_s"] = restarted - stopped
    started["recovered_after_restart_s"] = time.monotonic() - restarted


def run():
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk (apt-get install wrk)")
    pgdata = Path(tempfile.mkdtemp(prefix="hub-bench-pg-"))
    atexit.register(shutil.rmtree, pgdata, True)
    database = postgres(pgdata)
    redis, cache_url = redis_server()
    extra = {"DATABASE_URL": database} if database else {}
    if cache_url:
        extra["CACHE_URL"] = cache_url
    step("starting the bench's search engine")
    engine = search_engine()
    if engine:  # searches go to the engine, as in production
        extra.update(
            SEARCH_BACKEND="opensearch", SEARCH_URL=engine, SEARCH_INDEX_PREFIX="benchload_"
        )
    site = Site(port=8767, extra_env=extra)
    results = {
        "database": "PostgreSQL" if database else "SQLite",
        "cache": "Redis" if redis else "local memory per worker",
        "search": "OpenSearch" if engine else "database",
        "cases": CASES,
        "connections": CONNECTIONS,
        "seconds": SECONDS,
    }
    try:
        site.prepare(["--cases", str(CASES)])
        paths = site.python(f"SEARCHES = {SEARCHES!r}\n" + MIX)
        script = mix_script(site.folder, paths)
        results["mix_urls"] = len(paths)
        log = site.folder / "server.log"
        site.start(workers=2, log=log)
        try:
            step(f"floor: {SECONDS} s, {CONNECTIONS} connections")
            results["floor"] = wrk(site.url + FLOOR, SECONDS)
            for path in paths:  # every URL once, so that pictures' renditions exist
                urllib.request.urlopen(site.url + path, timeout=60).read()
            step(f"mix of {len(paths)} URLs: {SECONDS} s, {CONNECTIONS} connections")
            results["mix"] = wrk(site.url + "/", SECONDS, script)
            results["mix"]["ratio"] = (
                results["mix"]["requests_per_s"] / results["floor"]["requests_per_s"]
            )
            if database:
                step(f"the same mix for {FAULT_SECONDS} s, PostgreSQL stopped for {DOWN_SECONDS} s")
                fault = {}
                stopper = threading.Thread(target=outage, args=(site, pgdata, fault))
                stopper.start()
                fault.update(wrk(site.url + "/", FAULT_SECONDS, script))
                stopper.join()
                # What operators read: each answer the outage cost, logged once.
                lines = log.read_text().splitlines()
                fault["logged_503s"] = sum("Service Unavailable" in line for line in lines)
                fault["logged_500s"] = sum("Internal Server Error" in line for line in lines)
                results["database_restart"] = fault
            if engine:
                step(f"searches for {FAULT_SECONDS} s, the search engine stopped a third in")
                searches = mix_script(site.folder, SEARCHES, name="searches", unique=True)
                stopper = threading.Thread(target=engine_stop_later, args=(FAULT_SECONDS / 3,))
                stopper.start()
                results["engine_stopped"] = wrk(site.url + "/", FAULT_SECONDS, searches)
                stopper.join()
        finally:
            site.stop()
    finally:
        if database:
            postgres(pgdata, "stop")
        if redis:
            redis.terminate()
        if engine:
            search_engine("stop")
    results["targets"] = check(results)
    return results


def check(results):
    mix = results["mix"]
    targets = [
        ("mix: no errors (every answer 2xx or 3xx)",
         mix["socket_errors"] == 0 and all(s.startswith(("2", "3")) for s in mix["statuses"])),
    ]  # fmt: skip
    fault = results.get("database_restart")
    if fault:
        targets += [
            ("database restart: no 500s, no dropped connections",
             fault["statuses"].get("500", 0) == 0 and fault["socket_errors"] == 0),
            ("database restart: every 503 carries Retry-After",
             fault["retry_after"] == fault["statuses"].get("503", 0)),
            ("database restart: healthy again within 10 s of the restart",
             fault["recovered_after_restart_s"] <= 10),
        ]  # fmt: skip
    stopped = results.get("engine_stopped")
    if stopped:
        targets += [
            ("search engine stopped: every search answered (200), none failed",
             set(stopped["statuses"]) == {"200"} and stopped["socket_errors"] == 0),
            ("search engine stopped: the database fallback answered after the stop",
             stopped["fell_back"] > 0),
        ]  # fmt: skip
    return targets


def report(results):
    floor, mix = results["floor"], results["mix"]
    print()
    print(
        f"  {results['database']}, search on {results['search']}, cache in {results['cache']}, "
        f"{results['cases']} cases, "
        f"{results['connections']} connections, {results['seconds']} s each"
    )
    print(f"  {'':34} {'req/s':>8} {'p50':>8} {'p99':>8} {'ratio':>7}")
    print(
        f"  {'floor (minimal Django view)':34} {floor['requests_per_s']:8.0f} "
        f"{floor['p50_ms']:7.1f}ms {floor['p99_ms']:7.1f}ms {1:7.3f}"
    )
    print(
        f"  {'mix of ' + str(results['mix_urls']) + ' URLs':34} {mix['requests_per_s']:8.0f} "
        f"{mix['p50_ms']:7.1f}ms {mix['p99_ms']:7.1f}ms {mix['ratio']:7.3f}"
    )
    print(f"  answers by status: {mix['statuses']}, socket errors {mix['socket_errors']}")
    fault = results.get("database_restart")
    if fault:
        print(
            f"  database stopped for {fault['down_s']:.1f} s during {FAULT_SECONDS} s of load: "
            f"{fault['requests_per_s']:.0f} req/s, p99 {fault['p99_ms']:.0f} ms"
        )
        print(
            f"  answers by status: {fault['statuses']}, 503s with Retry-After "
            f"{fault['retry_after']}, socket errors {fault['socket_errors']}; healthy again "
            f"{fault['recovered_after_restart_s']:.1f} s after the restart"
        )
        print(
            f"  server log: {fault['logged_503s']} 'Service Unavailable', "
            f"{fault['logged_500s']} 'Internal Server Error'"
        )
    else:
        print("  database restart: not measured (no PostgreSQL on this machine)")
    stopped = results.get("engine_stopped")
    if stopped:
        print(
            f"  searches (each URL new, none cached) with OpenSearch stopped after "
            f"{FAULT_SECONDS // 3} s of {FAULT_SECONDS} s: {stopped['requests_per_s']:.0f} "
            f"req/s, p50 {stopped['p50_ms']:.0f} ms, p99 {stopped['p99_ms']:.0f} ms"
        )
        print(
            f"  answers by status: {stopped['statuses']}, answered by the database "
            f"fallback {stopped['fell_back']}, socket errors {stopped['socket_errors']}"
        )
    else:
        print("  search engine stop: not measured (no Java and Maven for OpenSearch)")
    for target, holds in results["targets"]:
        print(f"  {'PASS' if holds else 'FAIL'}  {target}")
