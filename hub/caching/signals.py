"""What invalidates the page cache: a change to anything a public page can show."""

import threading

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page
from wagtail.signals import post_page_move, published, unpublished

from hub import caching

# Apps whose every model can appear on a public page, except the bookkeeping below.
SHOWN_APPS = {"hub", "images", "materials", "taxonomy", "outlets", "cases", "toolkits", "courses"}
BOOKKEEPING = {"images.HubRendition", "materials.DownloadCount"}
# Wagtail's models that change what visitors see or may see.
SHOWN_WAGTAIL = {
    "wagtailcore.Page",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "wagtailcore.Collection",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailsearchpromotions.SearchPromotion",
}
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

# Whether this thread's transaction (a connection is per thread) changed what pages show.
_pending = threading.local()


def shown_models():
    return {
        model
        for model in apps.get_models()
        if model._meta.label in SHOWN_WAGTAIL
        or (model._meta.app_label in SHOWN_APPS and model._meta.label not in BOOKKEEPING)
    }


def changed():
    """Invalidate now, and again when the transaction commits: a page rendered between
    the two from the old rows would otherwise stay cached under the new token."""
    caching.invalidate()
    if transaction.get_connection().in_atomic_block:
        # Many changes in one transaction register many callbacks: the first to run
        # invalidates, the others find nothing pending.
        _pending.changed = True
        transaction.on_commit(_invalidate_pending)


def _invalidate_pending():
    if getattr(_pending, "changed", False):
        _pending.changed = False
        caching.invalidate()


def connect():
    shown = shown_models()

    def on_save(sender, instance, update_fields=None, **kwargs):
        if sender not in shown:
            return
        if isinstance(instance, Page) and update_fields and set(update_fields) <= DRAFT_FIELDS:
            return
        changed()

    def on_delete(sender, **kwargs):
        if sender in shown:
            changed()

    def on_m2m(sender, instance, action, **kwargs):
        if action.startswith("post_") and type(instance) in shown:
            changed()

    def on_page_signal(**kwargs):
        changed()

    post_save.connect(on_save, weak=False, dispatch_uid="hub.caching.save")
    post_delete.connect(on_delete, weak=False, dispatch_uid="hub.caching.delete")
    m2m_changed.connect(on_m2m, weak=False, dispatch_uid="hub.caching.m2m")
    for signal in (published, unpublished, post_page_move):
        signal.connect(on_page_signal, weak=False, dispatch_uid=f"hub.caching.{id(signal)}")
