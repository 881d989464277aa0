"""The search index as a subscriber of the change pipeline (hub.content.changes): what editors
publish, unpublish, move, restrict, upload and delete is indexed again or removed."""

from contextlib import ExitStack
from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType

from wagtail.documents import get_document_model

from search import engine, indexing

# Inside bulk writes (hub.content.changes.bulk): (whether a rebuild follows, the engine's
# deferral), or None.
_bulk = ContextVar("search_bulk", default=None)


def bulk_started(rebuilt):
    deferral = ExitStack()
    deferral.enter_context(engine.sends_deferred())
    _bulk.set((rebuilt, deferral))


def bulk_ended(rebuilt):
    """After the bulk writes committed: what they queued goes to the engine in one send
    (a rebuild sends everything anyway)."""
    held = _bulk.get()
    _bulk.set(None)
    if held is not None:
        held[1].close()
        if not rebuilt:
            engine.send_pending.enqueue()


def _skipped():
    """Per-item work is skipped when a rebuild follows."""
    held = _bulk.get()
    return held is not None and held[0]


def pages_changed(pages):
    if _skipped():
        return
    for page in pages:
        indexing.index_page(page)


pages_unpublished = pages_changed  # indexed again: removed unless still public


def pages_deleted(pages):
    indexing.remove_objects([(ContentType.objects.get_for_model(page), page.pk) for page in pages])


def documents_changed(ids):
    if _skipped():
        return
    # With their text (the manager defers it), which the record holds.
    for document in get_document_model().objects.filter(pk__in=ids).defer(None):
        indexing.index_document(document)


documents_exposed = documents_changed


def documents_deleted(documents):
    indexing.remove_objects(
        [(ContentType.objects.get_for_model(document), document.pk) for document in documents]
    )
