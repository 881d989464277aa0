"""Keep the deleted records of OAI-PMH: a harvested page or document that stops being
public is remembered as deleted; one that comes back is forgotten again."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.materials.usage import documents_exposure_changed
from hub.models import ContentPage
from hub.outlets.models import DeletedRecord
from hub.public import public_document_ids, public_pages, sections_of


def _remember(identifier, kind, language):
    DeletedRecord.objects.update_or_create(
        identifier=identifier,
        defaults={"kind": kind, "language": language, "deleted_at": timezone.now()},
    )


def _page_gone(page):
    # specific_class comes from the content type: no query for a row being deleted.
    model = page.specific_class
    if model and issubclass(model, ContentPage) and model.kind and not page.alias_of_id:
        _remember(f"page:{page.pk}", model.kind, page.locale.language_code)


@receiver(page_unpublished)
def page_unpublished_(sender, instance, **kwargs):
    _page_gone(instance)


@receiver(post_delete)  # every page type is its own sender
def object_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        _page_gone(instance)
    elif isinstance(instance, get_document_model()):
        _remember(f"document:{instance.pk}", "document", instance.language)


@receiver(post_save, sender=PageViewRestriction)
def page_restricted(sender, instance, **kwargs):
    for page in sections_of(instance.page).live().select_related("locale"):
        _page_gone(page)


@receiver(post_delete, sender=PageViewRestriction)
def page_unrestricted(sender, instance, **kwargs):
    """Public again (unless another restriction still applies): no longer deleted."""
    pages = public_pages(sections_of(instance.page))
    DeletedRecord.objects.filter(
        identifier__in=[f"page:{pk}" for pk in pages.values_list("pk", flat=True)]
    ).delete()


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    """Into a restricted section: its live pages are deleted records; out of one: they
    are records again."""
    section = sections_of(Page.objects.get(pk=instance.pk))
    public = set(public_pages(section).values_list("pk", flat=True))
    for page in section.live().exclude(pk__in=public).select_related("locale"):
        _page_gone(page)
    DeletedRecord.objects.filter(identifier__in=[f"page:{pk}" for pk in public]).delete()


@receiver(page_published)
def page_published_(sender, instance, **kwargs):
    DeletedRecord.objects.filter(identifier=f"page:{instance.pk}").delete()


@receiver(documents_exposure_changed)
def documents_exposure_changed_(sender, documents, **kwargs):
    """Documents used only on private pages now are deleted records; public ones are
    records again."""
    public = public_document_ids(documents)
    hidden = get_document_model().objects.filter(pk__in=documents).exclude(pk__in=public)
    for pk, language in hidden.values_list("pk", "language"):
        _remember(f"document:{pk}", "document", language)
    DeletedRecord.objects.filter(identifier__in=[f"document:{pk}" for pk in public]).delete()
