"""OAI-PMH's deleted records, as a subscriber of the change pipeline (hub.content.changes): a
harvested page or document that stops being public is remembered as deleted; one that
comes back is forgotten again."""

from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Page

from hub.content.registry import page_types
from hub.outlets.models import DeletedRecord
from hub.security.public import public_document_ids, public_pages


def _remember(identifier, kind, language):
    DeletedRecord.objects.update_or_create(
        identifier=identifier,
        defaults={"kind": kind, "language": language, "deleted_at": timezone.now()},
    )


def _harvested(page):
    """A page of a registered type (a mirror is not a record)."""
    # specific_class comes from the content type: no query for a row being deleted.
    return page.specific_class in page_types() and not page.alias_of_id


def pages_changed(pages):
    pages = [page for page in pages if _harvested(page)]
    if not pages:
        return
    ids = [page.pk for page in pages]
    public = set(public_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    for page in pages:
        if page.live and page.pk not in public:  # restricted: gone for harvesters
            _remember(f"page:{page.pk}", page.specific_class.kind, page.locale.language_code)
    DeletedRecord.objects.filter(identifier__in=[f"page:{pk}" for pk in public]).delete()


def pages_unpublished(pages):
    for page in pages:
        if _harvested(page):
            _remember(f"page:{page.pk}", page.specific_class.kind, page.locale.language_code)


def pages_deleted(pages):
    pages_unpublished([page for page in pages if page.live])


def documents_exposed(ids):
    """Documents turned private (their collection, or used only on private pages) are
    deleted records; public ones are records again."""
    public = public_document_ids(ids)
    hidden = get_document_model().objects.filter(pk__in=ids).exclude(pk__in=public)
    for pk, language in hidden.values_list("pk", "language"):
        _remember(f"document:{pk}", "document", language)
    DeletedRecord.objects.filter(identifier__in=[f"document:{pk}" for pk in public]).delete()


def documents_deleted(documents):
    for document in documents:
        _remember(f"document:{document.pk}", document.kind, document.language)
