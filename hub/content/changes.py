"""The one change pipeline. Django's and Wagtail's signals about content are heard here
and nowhere else, turned into a few kinds of change, and handed to every subscriber once:
the search index (search), OAI-PMH's deleted records (hub.outlets) and the page cache
(hub.caching); per-request state is forgotten here. A subscriber joins from its app's
ready() with `subscribe()` and implements the changes it cares about:

- `pages_changed(pages)`: pages published, moved, restricted or opened again (specific
  pages: for a move or a restriction, the whole section);
- `pages_unpublished(pages)`: pages unpublished, also just before they are deleted
  (when the database still holds them live);
- `pages_deleted(pages)`: pages deleted;
- `documents_changed(ids)`: documents saved or given their text;
- `documents_exposed(ids)`: documents whose public status may have changed (their
  collection's privacy, the pages that use them);
- `documents_deleted(documents)`;
- `shown_changed()`: anything a public page can show changed;
- `bulk_started(rebuilt)`, `bulk_ended(rebuilt)`: around bulk writes (seeding), where
  `rebuilt` says that a full rebuild of derived state follows.

Subscribers whose state lives in the database (the index tables, the deleted records)
act at once, inside the transaction of the change, so a rollback undoes both; what
lives elsewhere (the search engine, the page cache) is told again or only on commit."""

import contextlib

from django.apps import apps
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub import caching
from hub.caching import per_request
from hub.security.public import RESTRICTIONS, documents_used_on, sections_of

_subscribers = []

# Wagtail's models that change what visitors see or may see; with them, every model of
# the hub's apps and of the content types' apps, except bookkeeping.
SHOWN_WAGTAIL = {
    "wagtailcore.Page",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "wagtailcore.Collection",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailsearchpromotions.SearchPromotion",
}
HUB_APPS = {"hub", "images", "materials", "taxonomy", "outlets"}
BOOKKEEPING = {"images.HubRendition", "materials.DownloadCount"}
# A draft saved on a live page changes only these columns: visitors see nothing new.
DRAFT_FIELDS = {
    "has_unpublished_changes",
    "draft_title",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def subscribe(subscriber):
    if subscriber not in _subscribers:
        _subscribers.append(subscriber)


def unsubscribe(subscriber):
    if subscriber in _subscribers:
        _subscribers.remove(subscriber)


def _tell(change, *args):
    for subscriber in _subscribers:
        method = getattr(subscriber, change, None)
        if method is not None:
            method(*args)


@contextlib.contextmanager
def bulk(rebuilt=False):
    """Bulk writes: subscribers may hold their work until the end (the search engine is
    sent everything at once) or, when a rebuild follows (`rebuilt`), skip it."""
    _tell("bulk_started", rebuilt)
    try:
        yield
    finally:
        _tell("bulk_ended", rebuilt)


def pages_changed(pages):
    pages = list(pages)
    if pages:
        _tell("pages_changed", pages)


def documents_changed(ids):
    ids = set(ids)
    if ids:
        _tell("documents_changed", ids)


def documents_exposed(ids):
    ids = set(ids)
    if ids:
        _tell("documents_exposed", ids)


def shown_changed():
    _tell("shown_changed")


def _shown_models():
    from hub.content.registry import page_types

    shown_apps = HUB_APPS | {model._meta.app_label for model in page_types()}
    return {
        model
        for model in apps.get_models()
        if model._meta.label in SHOWN_WAGTAIL
        or (model._meta.app_label in shown_apps and model._meta.label not in BOOKKEEPING)
    }


def _section_changed(page):
    """A move or a restriction of `page`: its section's pages and the documents they use
    may have turned public or private, and have new URLs."""
    per_request.forget(RESTRICTIONS)
    section = sections_of(page)
    pages_changed(section.specific())
    documents_exposed(documents_used_on(section))


def _published(sender, instance, **kwargs):
    pages_changed([instance])
    _uses_changed(instance)


def _unpublished(sender, instance, **kwargs):
    _tell("pages_unpublished", [instance])
    _uses_changed(instance)


def _uses_changed(page):
    # Wagtail updated the page's references when it was saved. Only what it uses now is
    # told: a document taken off a public page stays public; one taken off a private
    # page, used nowhere else, is listed again at its own next change.
    documents_exposed(documents_used_on(Page.objects.filter(pk=page.pk)))
    shown_changed()


def _moved(sender, instance, **kwargs):
    _section_changed(Page.objects.get(pk=instance.pk))
    shown_changed()


def _page_restriction(sender, instance, origin=None, **kwargs):
    # A restriction deleted with its page: the page's own deletion says it.
    if isinstance(origin, Page) or (
        isinstance(origin, QuerySet) and issubclass(origin.model, Page)
    ):
        per_request.forget(RESTRICTIONS)
        return
    _section_changed(instance.page)


def _collection_restriction(sender, instance, **kwargs):
    per_request.forget(RESTRICTIONS)
    documents = get_document_model().objects.filter(
        collection__path__startswith=instance.collection.path
    )
    documents_exposed(documents.values_list("pk", flat=True))


def _specific(sender, instance):
    """Whether a deletion signal is the one of the page's own type (a page is deleted
    as each of its models)."""
    return isinstance(instance, Page) and instance.specific_class is sender


def _page_deleting(sender, instance, **kwargs):
    if not _specific(sender, instance):
        return
    # A document used only on a deleted private page is used on no page, so public:
    # said once the deletion (and Wagtail's removal of the page's references) commits.
    documents = documents_used_on(Page.objects.filter(pk=instance.pk))
    if documents:
        transaction.on_commit(lambda: documents_exposed(documents))


def _page_deleted(sender, instance, **kwargs):
    if _specific(sender, instance):
        _tell("pages_deleted", [instance])


def _document_saved(sender, instance, raw=False, **kwargs):
    from hub.materials.pages import DOCUMENTS

    per_request.forget(DOCUMENTS)
    if not raw:
        documents_changed([instance.pk])


def _document_deleted(sender, instance, **kwargs):
    from hub.materials.pages import DOCUMENTS

    per_request.forget(DOCUMENTS)
    _tell("documents_deleted", [instance])


def _text_extracted(sender, document, **kwargs):
    documents_changed([document.pk])


def _locale_changed(**kwargs):
    from hub.translation import locales

    locales.forget()


def _collection_changed(**kwargs):
    per_request.forget(RESTRICTIONS)


def connect():
    """Hear the signals (hub's ready(), once); the page cache listens from the start."""
    from hub.materials.extraction import document_text_extracted

    subscribe(caching)  # its shown_changed()
    document = get_document_model()
    page_published.connect(_published, dispatch_uid="hub.changes.published")
    page_unpublished.connect(_unpublished, dispatch_uid="hub.changes.unpublished")
    post_page_move.connect(_moved, dispatch_uid="hub.changes.moved")
    for signal in (post_save, post_delete):
        signal.connect(_page_restriction, sender=PageViewRestriction, dispatch_uid="hub.changes.r")
        signal.connect(
            _collection_restriction,
            sender=CollectionViewRestriction,
            dispatch_uid="hub.changes.c",
        )
        signal.connect(_locale_changed, sender=Locale, dispatch_uid="hub.changes.locale")
        signal.connect(_collection_changed, sender=Collection, dispatch_uid="hub.changes.coll")
    pre_delete.connect(_page_deleting, dispatch_uid="hub.changes.page-deleting")
    post_delete.connect(_page_deleted, dispatch_uid="hub.changes.page-deleted")
    post_save.connect(_document_saved, sender=document, dispatch_uid="hub.changes.document")
    post_delete.connect(_document_deleted, sender=document, dispatch_uid="hub.changes.doc-d")
    document_text_extracted.connect(_text_extracted, dispatch_uid="hub.changes.text")
    _connect_shown()


def _connect_shown():
    """The page cache hears of every change to a model a public page can show."""
    shown = _shown_models()

    def on_save(sender, instance, update_fields=None, **kwargs):
        if sender not in shown:
            return
        if isinstance(instance, Page) and update_fields and set(update_fields) <= DRAFT_FIELDS:
            return
        shown_changed()

    def on_delete(sender, **kwargs):
        if sender in shown:
            shown_changed()

    def on_m2m(sender, instance, action, **kwargs):
        if action.startswith("post_") and type(instance) in shown:
            shown_changed()

    post_save.connect(on_save, weak=False, dispatch_uid="hub.changes.shown-save")
    post_delete.connect(on_delete, weak=False, dispatch_uid="hub.changes.shown-delete")
    m2m_changed.connect(on_m2m, weak=False, dispatch_uid="hub.changes.shown-m2m")
