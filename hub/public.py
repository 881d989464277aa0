"""The one gate for what is public. Every public surface (pages, listings, search, API,
feeds, sitemaps, OAI-PMH, downloads) asks here, so "never leak a draft, a private page or
a restricted document" is kept in one place.

The view restrictions of pages and collections are read once per request, in one query
(hub.per_request), and then checked for every page and document the request shows; a
restriction saved or deleted during the request is read again (hub.apps)."""

from typing import NamedTuple

from django.db.models import Q, Value

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from hub import per_request

RESTRICTIONS = "public:restrictions"


class Restriction(NamedTuple):
    """A view restriction of a page or a collection, and where in its tree it applies."""

    kind: str  # "page" or "collection"
    pk: int  # of the restriction
    target_id: int  # the page or collection restricted
    path: str  # the restricted section: it and everything below
    depth: int


def restrictions():
    """Every view restriction of pages and of collections, in one query per request."""

    def read():
        pages = PageViewRestriction.objects.values_list(
            Value("page"), "pk", "page_id", "page__path", "page__depth"
        )
        collections = CollectionViewRestriction.objects.values_list(
            Value("collection"), "pk", "collection_id", "collection__path", "collection__depth"
        )
        return [
            Restriction(*row) for row in pages.order_by().union(collections.order_by(), all=True)
        ]

    return per_request.cached(RESTRICTIONS, read)


def page_restrictions():
    return [r for r in restrictions() if r.kind == "page"]


def private_pages_filter():
    """A Q matching pages in a private section (the restricted page and below), as
    Wagtail's PageQuerySet.public() excludes them."""
    query = Q()
    for restriction in page_restrictions():
        query |= Q(path__startswith=restriction.path, depth__gte=restriction.depth)
    return query if query else Q(pk__in=[])


def is_private(page):
    """Whether `page` (any object with path and depth) is in a private section."""
    return any(page.path.startswith(r.path) and page.depth >= r.depth for r in page_restrictions())


def public_pages(queryset):
    """Live pages without view restrictions (password, login or group)."""
    return queryset.live().exclude(private_pages_filter())


def restricted_collection_paths():
    return [r.path for r in restrictions() if r.kind == "collection"]


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
    per_request.forget(RESTRICTIONS)
