"""The one gate for what is public. Every public surface (pages, listings, search, API,
feeds, sitemaps, OAI-PMH, downloads) asks here, so "never leak a draft, a private page or
a restricted document" is kept in one place.

The view restrictions of pages and collections are read once per request, in one query
(hub.caching.per_request), and then checked for every page and document the request shows; a
restriction saved or deleted during the request is read again (hub.apps)."""

import functools
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, Exists, IntegerField, OuterRef, Q
from django.db.models.functions import Cast

from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)

from hub.caching import per_request

RESTRICTIONS = "public:restrictions"


class Restriction(NamedTuple):
    """A view restriction of a page or a collection, and where in its tree it applies."""

    kind: str  # "page", "mirror" (a mirror of a restricted page) or "collection"
    pk: int  # of the restriction
    target_id: int  # the page or collection restricted
    path: str  # the restricted section: it and everything below
    depth: int


def restrictions():
    """Every view restriction of pages and of collections, and the mirrors of restricted
    pages, in one query per request."""

    def read():
        with connection.cursor() as cursor:
            cursor.execute(*_restrictions_sql(connection.vendor))
            return [Restriction(*row) for row in cursor.fetchall()]

    return per_request.cached(RESTRICTIONS, read)


@functools.cache
def _restrictions_sql(vendor):
    """The SQL (and its parameters) of the restrictions' query, built once per database:
    it is the same on every request, so it is compiled once per database, not per
    request."""
    quote = connection.ops.quote_name
    page = quote(Page._meta.db_table)
    page_restriction = quote(PageViewRestriction._meta.db_table)
    collection = quote(Collection._meta.db_table)
    collection_restriction = quote(CollectionViewRestriction._meta.db_table)
    # Wagtail serves a mirror (an alias) under the restrictions of its source, following
    # a mirror of a mirror to the end; a mirror does not copy the restrictions set on its
    # source after it was made. The ORM has no recursive query, hence the SQL. The mirrors
    # are found through the index on alias_of (joined the other way, SQLite reads every
    # page). UNION, not UNION ALL, ends a cycle.
    # The names put into the SQL are the models' own tables, quoted.
    sql = f"""
        WITH RECURSIVE restricted (kind, restriction_id, page_id) AS (
            SELECT 'page', id, page_id FROM {page_restriction}
            UNION
            SELECT 'mirror', restricted.restriction_id, mirror.id
            FROM {page} mirror JOIN restricted ON mirror.alias_of_id = restricted.page_id
        )
        SELECT restricted.kind, restricted.restriction_id, restricted.page_id,
               page.path, page.depth
        FROM restricted JOIN {page} page ON page.id = restricted.page_id
        UNION ALL
        SELECT 'collection', restriction.id, restriction.collection_id,
               collection.path, collection.depth
        FROM {collection_restriction} restriction
        JOIN {collection} collection ON collection.id = restriction.collection_id
    """  # noqa: S608
    return sql, ()


def page_restrictions():
    """The view restrictions of pages, as Wagtail reads them (hub.pages.routing)."""
    return [r for r in restrictions() if r.kind == "page"]


def private_sections():
    """Where pages are private: each restricted page and each mirror of one, with
    everything below them."""
    return [r for r in restrictions() if r.kind in ("page", "mirror")]


def private_pages_filter():
    """A Q matching pages in a private section, as Wagtail's PageQuerySet.public()
    excludes them, and mirrors of private pages and what lies below them, which
    Wagtail's serving treats as private but PageQuerySet.public() does not."""
    query = Q()
    for restriction in private_sections():
        query |= Q(path__startswith=restriction.path, depth__gte=restriction.depth)
    return query if query else Q(pk__in=[])


def is_private(page):
    """Whether `page` (any object with path and depth) is in a private section."""
    return any(page.path.startswith(r.path) and page.depth >= r.depth for r in private_sections())


def sections_of(page):
    """The pages whose privacy a restriction of `page` decides: it, every mirror of it (a
    mirror of a mirror too) and everything below them, such as a translation made under a
    mirror. Read when a restriction changes, to update what lists pages elsewhere."""
    tops, frontier = {page.pk: page.path}, [page.pk]
    while frontier:
        mirrors = Page.objects.filter(alias_of__in=frontier).exclude(pk__in=tops)
        found = dict(mirrors.values_list("pk", "path"))
        tops.update(found)
        frontier = list(found)
    query = Q()
    for path in tops.values():
        query |= Q(path__startswith=path)
    return Page.objects.filter(query)


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


def page_references_to_documents():
    """Wagtail's ReferenceIndex rows of documents chosen on pages ("used on")."""
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
    )


def documents_used_on(pages):
    """The ids of the documents chosen on `pages` (a queryset of pages)."""
    keys = pages.order_by().annotate(key=Cast("pk", CharField())).values("key")
    references = page_references_to_documents().filter(object_id__in=keys)
    return {int(pk) for pk in references.values_list("to_object_id", flat=True).distinct()}


def used_only_on_private_pages_filter():
    """A Q matching documents used on pages, none of which a visitor can see (not live,
    restricted, below a restricted page or a mirror of one): they would carry a private
    page's title and summary out. One used on no page at all stays public."""
    # Correlated on both indexes (a document's references, a page's pk): the cost grows
    # with the documents listed and their uses, not with the pages of the site.
    used = page_references_to_documents().filter(to_object_id=Cast(OuterRef("pk"), CharField()))
    visible = public_pages(Page.objects.filter(pk=Cast(OuterRef("object_id"), IntegerField())))
    return Q(Exists(used)) & ~Q(Exists(used.filter(Exists(visible))))


def public_documents(queryset=None):
    """Documents listed for anyone: none in a restricted collection or below one, and
    none used only on private pages."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return queryset.exclude(restricted_collections_filter()).exclude(
        used_only_on_private_pages_filter()
    )


def public_document_ids(ids):
    """Those of the document `ids` that public_documents lets through, in one query."""
    if not ids:
        return set()
    documents = public_documents(get_document_model().objects.filter(pk__in=ids))
    return set(documents.values_list("pk", flat=True))
