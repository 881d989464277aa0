"""The one gate for what is public. Every public surface (pages, listings, search, API,
feeds, sitemaps, OAI-PMH, downloads) asks here, so "never leak a draft, a private page or
a restricted document" is kept in one place."""

from django.db.models import Q

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction


def public_pages(queryset):
    """Live pages without view restrictions (password, login or group)."""
    return queryset.live().public()


def restricted_collections_filter():
    """A Q matching documents in a restricted collection or any of its sub-collections."""
    query = Q(pk__in=[])
    for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
        query |= Q(collection__path__startswith=path)
    return query


def public_documents(queryset=None):
    """Documents anyone may download: none in a restricted collection or below one."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return queryset.exclude(restricted_collections_filter())
