"""Wagtail's API (v2) under /api/v2/: pages of every type with their taxonomy fields and
locale, documents with licence and language. Both read through the one public gate, and
leave out pages that only mirror the source (they are not translations)."""

from django.core.exceptions import FieldDoesNotExist

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet

from hub.public import public_documents, public_pages


def related_fields(model):
    """The model's API fields that are relations: ([foreign keys], [many-to-many])."""
    one, many = [], []
    for api_field in getattr(model, "api_fields", []):
        try:
            field = model._meta.get_field(api_field.name)
        except FieldDoesNotExist:
            continue
        if field.many_to_one:
            one.append(field.name)
        elif field.many_to_many:
            many.append(field.name)
    return one, many


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return public_pages(super().get_base_queryset().filter(alias_of__isnull=True))

    def get_queryset(self):
        # A listing's queries stay the same however many pages it shows.
        queryset = super().get_queryset()
        one, many = related_fields(queryset.model)
        return queryset.select_related("locale", *one).prefetch_related(*many)


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    listing_default_fields = [*DocumentsAPIViewSet.listing_default_fields, "licence", "language"]

    def get_queryset(self):
        return public_documents(super().get_queryset()).select_related("licence")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
