"""Tells the outlets when documents may have become public or private because of the
pages that use them (hub.public: a document used only on private pages is listed
nowhere public). A page published, unpublished, restricted, opened again, moved or
deleted sends `documents_exposure_changed` with the ids of the documents it uses ("used
on" is Wagtail's ReferenceIndex); the search index and OAI-PMH's deleted records listen,
as they listen for the page itself. hub.public decides; this only says when to ask."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import Signal, receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.public import documents_used_on, sections_of

# Sent with `documents`: a set of document ids whose public status may have changed.
documents_exposure_changed = Signal()


def announce(documents):
    if documents:
        documents_exposure_changed.send(sender=Page, documents=documents)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    # Wagtail updated the page's references when it was saved (a task). Only what it
    # uses now is announced: a document taken off a public page stays public; one taken
    # off a private page, used nowhere else, is listed again at its own next change.
    announce(documents_used_on(Page.objects.filter(pk=instance.pk)))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def page_privacy_changed(sender, instance, **kwargs):
    # The section's pages, its mirrors and what lies below them (hub.public.sections_of).
    announce(documents_used_on(sections_of(instance.page)))


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    # Into or out of a restricted section: the moved page, its mirrors and what is below.
    announce(documents_used_on(sections_of(Page.objects.get(pk=instance.pk))))


@receiver(pre_delete)  # every page type is its own sender
def page_deleting(sender, instance, **kwargs):
    """A document used only on a deleted private page is used on no page, so public:
    said once the deletion (and Wagtail's removal of the page's references) commits."""
    if isinstance(instance, Page) and instance.specific_class is sender:
        documents = documents_used_on(Page.objects.filter(pk=instance.pk))
        if documents:
            transaction.on_commit(lambda: announce(documents))
