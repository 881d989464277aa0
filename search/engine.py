"""The search engine's copy of the hub's index (OpenSearch or Elasticsearch).

The database records (search/models.py) stay the source of truth and keep working when
the engine does not: the engine holds one document per record, written in bulk. Every
change is first queued in the database (PendingEngineUpdate, in the same transaction as
the records), then sent after commit by a background task (`send_pending`, run by the
worker); whatever the engine did not take stays queued, and the task tries again later,
waiting longer each time (or the next write, or `manage.py update_index --pending`,
sends it). A full rebuild fills a new index and swaps an alias, so searches keep
answering during it.

The queue table stays the record of what is pending, rather than the task's arguments:
it is written in the same transaction as the records (a change committed is a change
queued, even if the process dies before its task is enqueued), many changes go in one
bulk request, a rebuild clears what it covered, and /healthz counts it.

The connection is Wagtail's search backend for the engine (WAGTAILSEARCH_BACKENDS
["engine"], see hub/settings): its client, timeout and analysers."""

import contextlib
import logging
import time
from contextvars import ContextVar
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import get_random_string

from wagtail.search.backends import get_search_backend

from django_tasks import TaskResultStatus, task

from hub import caching
from search.models import PendingEngineUpdate, SearchRecord

logger = logging.getLogger(__name__)

# The engine's analyser for each of the hub's languages. Polish has Lucene's Stempel
# stemmer where the cluster has it ("polish", from the analysis-stempel plugin; the test
# engine in opensearch/ loads it from Lucene's jar); Slovenian and Slovak have no
# stemmer in OpenSearch or Elasticsearch. Those fall back to matching words as written,
# case and diacritics folded. Every language, these included, is also matched by the
# simplemma base forms each document carries (title_forms, text_forms) and the query's
# words reduced the same way in Python: the embedded default's base forms.
ANALYZERS = {
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "el": "greek",
    "cs": "czech",
    "hu": "hungarian",
}
POLISH_ANALYZER = "polish"
FALLBACK_ANALYZER = "hub_folded"
BATCH = 500
# After a failed request the engine is left alone this long, so that a dead engine costs
# one timeout, not one per visitor.
RETRY_AFTER = 10.0
REBUILD_TIMEOUT = 60
# A send the engine did not take is tried again by a later task: first after
# RETRY_FIRST seconds, then each wait twice the last, at most RETRY_LONGEST, for
# RETRY_ATTEMPTS tries (about a day). The changes stay queued all along; after the last
# try the next change to content, or `update_index --pending`, sends them.
RETRY_FIRST = 30
RETRY_LONGEST = 3600
RETRY_ATTEMPTS = 30
NEW_API_NAMES = {"from": "from_", "_source": "source"}


class EngineUnavailable(Exception):
    """The engine did not answer in time or refused the request."""


def enabled():
    return settings.SEARCH_BACKEND != "database"


def analyzer(language, polish=False):
    if language == "pl" and polish:
        return POLISH_ANALYZER
    return ANALYZERS.get(language, FALLBACK_ANALYZER)


def has_polish_stemmer():
    """Whether the cluster has the "polish" analyser (the analysis-stempel plugin):
    asked of the cluster itself when the index is made, and said in the log."""
    request = {"analyzer": POLISH_ANALYZER, "text": "strategii"}
    if not backend().use_new_elasticsearch_api:
        request = {"body": request}
    try:
        tokens = backend().es.indices.analyze(**request)["tokens"]
    except Exception as error:  # an unknown analyser is a 400: the plugin is missing
        if not _refused(error):
            raise EngineUnavailable(str(error)) from error
        logger.warning(
            "The search engine has no Polish stemmer (plugin analysis-stempel): Polish is "
            "matched as written and by its simplemma base forms. Install the plugin and "
            "run 'manage.py update_index' to stem Polish on the engine."
        )
        return False
    logger.info("The search engine stems Polish with Stempel (%s)", tokens[0]["token"])
    return True


def record_key(content_type_id, object_id):
    return f"{content_type_id}.{object_id}"


# Connection ------------------------------------------------------------------------------
@cache
def _backend(config_repr):
    return get_search_backend("engine")


def backend():
    """Wagtail's backend for the engine (one client per configuration)."""
    return _backend(repr(settings.WAGTAILSEARCH_BACKENDS["engine"]))


def alias():
    return f"{settings.SEARCH_INDEX_PREFIX}records"


_down_until = 0.0


def available():
    return time.monotonic() >= _down_until


def _mark_down(error):
    global _down_until
    _down_until = time.monotonic() + RETRY_AFTER
    logger.warning("Search engine unavailable: %s", type(error).__name__)


def _mark_up():
    global _down_until
    _down_until = 0.0


def _send(request):
    """Run `request()` against the engine. Any failure becomes EngineUnavailable: a
    refusal (4xx) is logged as an error, anything else rests the engine a while."""
    global refused_requests
    if not available():
        raise EngineUnavailable("the engine failed recently")
    try:
        result = request()
    except Exception as error:
        if _refused(error):
            # The engine is up but refused this request (a missing index, a bad query):
            # answer from the database this once and say so loudly in the log.
            refused_requests += 1
            logger.error("Search engine refused a request: %s", str(error)[:300])
        else:  # connection refused, timeout, 5xx, 429: the engine needs a rest
            _mark_down(error)
        raise EngineUnavailable(str(error)) from error
    _mark_up()
    return result


def call(method, *args, **kwargs):
    """Call the engine's client (`indices.create`, `search`, ...); the two clients take
    the request body differently."""
    target = backend().es
    for part in method.split("."):
        target = getattr(target, part)
    if "body" in kwargs and backend().use_new_elasticsearch_api:
        # The Elasticsearch 8+ client takes the body's keys as arguments.
        body = kwargs.pop("body")
        kwargs.update({NEW_API_NAMES.get(key, key): value for key, value in body.items()})
    return _send(lambda: target(*args, **kwargs))


refused_requests = 0  # counted, so tests can tell a refused request from a fallback


def _refused(error):
    """Whether the engine answered with a client error (4xx, but not a timeout or
    "too many requests"). The clients keep the status in different places."""
    status = getattr(error, "status_code", None)
    if not isinstance(status, int):
        status = getattr(getattr(error, "meta", None), "status", None)
    return isinstance(status, int) and 400 <= status < 500 and status not in (408, 429)


def health():
    """The engine's state for /healthz: always asks, even right after a failure."""
    if not enabled():
        return {"backend": "database", "status": "ok"}
    _mark_up()
    pending = PendingEngineUpdate.objects.count()
    report = {"backend": settings.SEARCH_BACKEND, "pending_updates": pending}
    try:
        status = call("cluster.health")["status"]
        report["cluster"] = status
        report["status"] = "ok" if status in ("green", "yellow") else "unavailable"
        if not call("indices.exists_alias", name=alias()):
            report["status"] = "no index: run manage.py update_index"
    except EngineUnavailable as error:
        report["status"] = "unavailable"
        report["error"] = type(error.__cause__ or error).__name__  # no addresses or details
    return report


# The index ---------------------------------------------------------------------------------
def index_body(polish=False):
    """Settings and mapping of the hub's index: text fields per language with that
    language's analyser (Stempel for Polish when `polish`), the base forms of every
    record's words, facet keys as keywords, titles for search as you type with the edge
    n-gram analyser of Wagtail's AutocompleteField."""
    wagtail_analysis = backend().settings["settings"]["analysis"]
    analysis = {
        "analyzer": {
            **wagtail_analysis["analyzer"],
            FALLBACK_ANALYZER: {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
        },
        "filter": wagtail_analysis["filter"],
    }
    text_fields = {}
    for code, _name in settings.LANGUAGES:
        for field in ("title", "text"):
            text_fields[f"{field}_{code}"] = {
                "type": "text",
                "analyzer": analyzer(code, polish),
                # Words typed without their accents ("sloneczna" for "słoneczna"), which
                # a stemmer keeps apart, match here, as on the database.
                "fields": {"folded": {"type": "text", "analyzer": FALLBACK_ANALYZER}},
            }
    # Reduced in Python already (search/base_forms.py): only case and accents to fold.
    forms = {"type": "text", "analyzer": FALLBACK_ANALYZER}
    keyword = {"type": "keyword"}
    return {
        "settings": {
            "number_of_shards": 1,
            "auto_expand_replicas": "0-1",  # a replica once the cluster has a second node
            "index": {"max_ngram_diff": 14},
            "analysis": analysis,
        },
        "mappings": {
            "dynamic": False,
            "_meta": {"polish_analyzer": analyzer("pl", polish)},
            "properties": {
                **text_fields,
                "title_forms": forms,
                "text_forms": forms,
                "term_forms": forms,
                "record_id": {"type": "long"},
                "kind": keyword,
                "language": keyword,
                "group_key": keyword,
                "group_languages": keyword,
                "facets": {"type": "object", "dynamic": True},
                "title_suggest": {
                    "type": "text",
                    "analyzer": "edgengram_analyzer",
                    "search_analyzer": FALLBACK_ANALYZER,
                },
                "sort_title": keyword,
                "date": {"type": "date"},
                "url": {"type": "keyword", "index": False},
                "title": {"type": "keyword", "index": False},
                "summary": {"type": "text", "index": False},
                "facts": {"type": "object", "enabled": False},
                "parent_title": {"type": "keyword", "index": False},
                "parent_url": {"type": "keyword", "index": False},
            },
            # Facet keys under facets.* are all keywords, whatever facet they belong to.
            "dynamic_templates": [
                {"facets": {"path_match": "facets.*", "mapping": {"type": "keyword"}}}
            ],
        },
    }


def document(record, group_languages):
    facets = {}
    for key in record.facet_keys.all():
        facets.setdefault(key.facet, []).append(key.key)
    return {
        "record_id": record.pk,
        "kind": record.kind,
        "language": record.language,
        "group_key": record.group_key,
        "group_languages": sorted(group_languages),
        "facets": facets,
        f"title_{record.language}": record.title,
        f"text_{record.language}": f"{record.summary} {record.body}",
        "title_forms": record.title_forms,
        "text_forms": record.body_forms,
        "term_forms": record.term_forms,
        "title_suggest": record.title,
        "sort_title": record.sort_title,
        "date": record.date.isoformat() if record.date else None,
        "url": record.url,
        "title": record.title,
        "summary": record.summary,
        "facts": record.facts,
        "parent_title": record.parent_title,
        "parent_url": record.parent_url,
    }


def _actions(index, records, deleted_keys=()):
    records = list(records)
    groups = {}
    for group_key, language in SearchRecord.objects.filter(
        group_key__in={r.group_key for r in records}
    ).values_list("group_key", "language"):
        groups.setdefault(group_key, set()).add(language)
    for record in records:
        yield {
            "_op_type": "index",
            "_index": index,
            "_id": record_key(record.content_type_id, record.object_id),
            "_source": document(record, groups.get(record.group_key, {record.language})),
        }
    for key in deleted_keys:
        yield {"_op_type": "delete", "_index": index, "_id": key}


def _bulk(actions, refresh=False):
    """Send actions in one bulk request; a missing document to delete is not an error."""
    actions = list(actions)
    if not actions:
        return 0
    client, options = backend().es, {"request_timeout": REBUILD_TIMEOUT}
    if backend().use_new_elasticsearch_api:
        client, options = client.options(**options), {}
    _ok, errors = _send(
        lambda: backend().bulk(client, actions, refresh=refresh, raise_on_error=False, **options)
    )
    errors = [e for e in errors if e.get("delete", {}).get("status") != 404]
    if errors:
        raise EngineUnavailable(f"{len(errors)} documents refused, first: {errors[0]}")
    return len(actions)


def _records(keys=None):
    records = SearchRecord.objects.prefetch_related("facet_keys").order_by("pk")
    if keys is None:
        return records
    # One condition per content type: one per key would pass SQLite's limit of 1,000
    # nested expressions when many changes are queued.
    by_type = {}
    for key in set(keys):
        content_type_id, object_id = key.split(".")
        by_type.setdefault(int(content_type_id), []).append(int(object_id))
    wanted = Q(pk__in=[])
    for content_type_id, object_ids in by_type.items():
        wanted |= Q(content_type_id=content_type_id, object_id__in=object_ids)
    return records.filter(wanted)


def require_index():
    """Changes go only into an index a full rebuild made: an engine that lost its data
    (a new cluster) would otherwise answer from an index holding just the latest
    changes. Until `update_index` runs, searches fall back and changes stay queued."""
    if not call("indices.exists_alias", name=alias()):
        raise EngineUnavailable(
            f"the engine has no index {alias()!r} yet: run 'manage.py update_index'"
        )


# Writing ---------------------------------------------------------------------------------------
_sends_deferred = ContextVar("hub_engine_sends_deferred", default=False)


@contextlib.contextmanager
def sends_deferred():
    """Queue changes without sending them, for bulk writes that end with a rebuild or a
    send of their own: seeding saves thousands of pages in one transaction, and each
    save would otherwise send (or, with no index yet, log a warning) once more."""
    token = _sends_deferred.set(True)
    try:
        yield
    finally:
        _sends_deferred.reset(token)


def queue(keys):
    """Remember that these records changed (inside the caller's transaction) and send
    them to the engine once the transaction commits."""
    if not enabled() or not keys:
        return
    PendingEngineUpdate.objects.bulk_create([PendingEngineUpdate(key=key) for key in set(keys)])
    if not _sends_deferred.get():
        transaction.on_commit(send_pending.enqueue)


def flush(limit=BATCH * 4, refresh="wait_for"):
    """Send queued changes, oldest first. Returns how many were sent; what the engine
    did not take stays queued."""
    if not enabled():
        return 0
    sent = 0
    while True:
        pending = list(PendingEngineUpdate.objects.order_by("pk")[:limit])
        if not pending:
            if sent:
                # The engine took changes after their transaction committed (and after
                # the page cache was invalidated): cached searches may predate them.
                caching.invalidate()
            return sent
        keys = [p.key for p in pending]
        require_index()
        records = list(_records(keys))
        present = {record_key(r.content_type_id, r.object_id) for r in records}
        _bulk(_actions(alias(), records, [k for k in keys if k not in present]), refresh=refresh)
        PendingEngineUpdate.objects.filter(pk__in=[p.pk for p in pending]).delete()
        sent += len(pending)


def retry_delay(attempt):
    """Seconds to wait before try number `attempt` (1, 2, ...) of a failed send."""
    return min(RETRY_FIRST * 2 ** (attempt - 1), RETRY_LONGEST)


@task()
def send_pending(attempt=0):
    """Send the queued changes; when the engine does not take them, try again later.
    `attempt` counts the tries since the engine last took a send."""
    try:
        return {"sent": flush()}
    except EngineUnavailable as error:
        return _retry_later(attempt + 1, error)


def _retry_later(attempt, error):
    backend = send_pending.get_backend()
    if not backend.supports_defer:  # tasks run inline (tests): the next write sends them
        logger.warning("Search engine updates stay queued: %s", error)
        return {"retry": None}
    if attempt > RETRY_ATTEMPTS:
        logger.error(
            "Search engine updates stay queued after %d tries: %s. The next change sends "
            "them, or run 'manage.py update_index --pending' once the engine is back.",
            RETRY_ATTEMPTS,
            error,
        )
        return {"retry": None}
    if _send_waiting(backend):
        # A send is queued already (a newer change, or another failed send's retry):
        # one waiting send is enough, it takes every queued change.
        logger.warning("Search engine updates stay queued: %s", error)
        return {"retry": "waiting"}
    delay = retry_delay(attempt)
    send_pending.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(attempt=attempt)
    logger.warning(
        "Search engine updates stay queued: %s. Trying again in %d s (try %d of %d).",
        error,
        delay,
        attempt,
        RETRY_ATTEMPTS,
    )
    return {"retry": delay}


def _send_waiting(backend):
    """Whether a send is queued and not started yet (known of the database backend)."""
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(backend, DatabaseBackend):
        return False
    return DBTaskResult.objects.filter(
        backend_name=backend.alias,
        task_path=send_pending.module_path,
        status=TaskResultStatus.READY,
    ).exists()


def rebuild(log=lambda message: None):
    """Fill a new index from every record, then point the alias at it and drop the old
    index: searches keep answering from the old index until the swap."""
    started = PendingEngineUpdate.objects.order_by("-pk").values_list("pk", flat=True).first()
    name = f"{alias()}_{get_random_string(8).lower()}"
    call("indices.create", index=name, body=index_body(polish=has_polish_stemmer()))
    total = SearchRecord.objects.count()
    sent, batch, began = 0, [], time.monotonic()
    try:
        for record in _records().iterator(chunk_size=BATCH):
            batch.append(record)
            if len(batch) >= BATCH:
                sent += _bulk(_actions(name, batch))
                batch = []
                rate = sent / max(time.monotonic() - began, 1e-6)
                log(f"  engine: {sent} of {total} documents ({rate:.0f}/s)")
        sent += _bulk(_actions(name, batch))
        call("indices.refresh", index=name)
        old = []
        if call("indices.exists_alias", name=alias()):
            old = list(call("indices.get_alias", name=alias()).keys())
        elif call("indices.exists", index=alias()):
            call("indices.delete", index=alias())  # a plain index in the alias's place
        swap = [{"remove": {"index": index, "alias": alias()}} for index in old]
        swap.append({"add": {"index": name, "alias": alias()}})
        call("indices.update_aliases", body={"actions": swap})
        caching.invalidate()  # cached search pages answered from the old index
        for index in old:
            call("indices.delete", index=index)
    except EngineUnavailable:
        with contextlib.suppress(Exception):  # the engine is gone; the half index too
            backend().es.indices.delete(index=name, ignore_unavailable=True)
        raise
    # Changes queued before the rebuild began are in the new index now.
    if started:
        PendingEngineUpdate.objects.filter(pk__lte=started).delete()
    log(f"  engine: {sent} documents indexed in {time.monotonic() - began:.1f} s")
    return sent
