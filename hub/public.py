"""The one gate for what is public. Every public surface (pages, listings, search, API,
feeds, sitemaps, OAI-PMH, downloads) asks here, so "never leak a draft, a private page or
a restricted document" is kept in one place.

The view restrictions themselves are read once per request (hub.per_request) and then
checked for every page and document the request shows; a restriction saved or deleted
during the request is read again (hub.apps)."""

from django.db.models import Q

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from hub import per_request

PAGE_RESTRICTIONS = "public:page_restrictions"
COLLECTION_RESTRICTIONS = "public:collection_restrictions"


def page_restrictions():
    """Every page view restriction, with its page's place in the tree."""
    return per_request.cached(
        PAGE_RESTRICTIONS, lambda: list(PageViewRestriction.objects.select_related("page"))
    )


def private_pages_filter():
    """A Q matching pages in a private section (the restricted page and below), as
    Wagtail's PageQuerySet.public() excludes them."""
    query = Q()
    for restriction in page_restrictions():
        query |= Q(path__startswith=restriction.page.path, depth__gte=restriction.page.depth)
    return query if query else Q(pk__in=[])


def is_private(page):
    """Whether `page` (any object with path and depth) is in a private section."""
    return any(
        page.path.startswith(r.page.path) and page.depth >= r.page.depth
        for r in page_restrictions()
    )


def public_pages(queryset):
    """Live pages without view restrictions (password, login or group)."""
    return queryset.live().exclude(private_pages_filter())


def restricted_collection_paths():
    return per_request.cached(
        COLLECTION_RESTRICTIONS,
        lambda: list(CollectionViewRestriction.objects.values_list("collection__path", flat=True)),
    )


def restricted_collections_filter():
    """A Q matching documents in a restricted collection or any of its sub-collections."""
    query = Q(pk__in=[])
    for path in restricted_collection_paths():
        query |= Q(collection__path__startswith=path)
    return query


def in_restricted_collection(document):
    """Whether `document` (its collection loaded) is in a restricted collection."""
    return any(document.collection.path.startswith(p) for p in restricted_collection_paths())


def public_documents(queryset=None):
    """Documents anyone may download: none in a restricted collection or below one."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return queryset.exclude(restricted_collections_filter())


def forget_restrictions(**kwargs):
    """Signal receiver: a restriction changed during this request."""
    per_request.forget(PAGE_RESTRICTIONS, COLLECTION_RESTRICTIONS)
