"""Keep the index current as editors publish, unpublish, move, restrict and upload."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.materials.extraction import document_text_extracted
from hub.materials.usage import documents_exposure_changed
from hub.public import sections_of
from search import indexing


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    indexing.index_page(instance)


@receiver(post_delete)  # every page type is its own sender, so no sender filter here
def object_deleted(sender, instance, **kwargs):
    if isinstance(instance, (Page, get_document_model())):
        indexing.remove_objects([(ContentType.objects.get_for_model(instance), instance.pk)])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def page_privacy_changed(sender, instance, origin=None, **kwargs):
    # A restriction deleted with its page: the page's own deletion removes its records
    # (its specific row may be gone already, which failed the whole deletion).
    if isinstance(origin, Page) or (
        isinstance(origin, QuerySet) and issubclass(origin.model, Page)
    ):
        return
    for page in sections_of(instance.page).specific():
        indexing.index_page(page)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    """Into or out of a restricted section, and to new URLs: the moved section again."""
    for page in sections_of(Page.objects.get(pk=instance.pk)).specific():
        indexing.index_page(page)


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, **kwargs):
    indexing.index_document(instance)


@receiver(document_text_extracted)
def document_text_ready(sender, document, **kwargs):
    indexing.index_document(document)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_privacy_changed(sender, instance, **kwargs):
    for document in get_document_model().objects.filter(
        collection__path__startswith=instance.collection.path
    ):
        indexing.index_document(document)


@receiver(documents_exposure_changed)
def documents_exposure_changed_(sender, documents, **kwargs):
    """Pages using them were published, unpublished or restricted: each is indexed
    again, or removed (its record also names the page it is from)."""
    for document in get_document_model().objects.filter(pk__in=documents).defer(None):
        indexing.index_document(document)
