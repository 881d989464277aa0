"""Wagtail's API (v2) under /api/v2/: pages of every type with their taxonomy fields and
locale, documents with licence and language. Both read through the one public gate, and
leave out pages that only mirror the source (they are not translations).

A response runs the same few SQL queries however many items it lists: the public pages
are found once per request (not once for each time Wagtail asks for them), and what the
listed items show besides their own row (taxonomy terms, the documents and snippets in
their StreamFields, document tags) is read for all of them at once."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import TagsField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.query import PlainText

from rest_framework.exceptions import Throttled
from taggit.managers import TaggableManager

from hub.outlets import bulk
from hub.security.limits import RETRY_AFTER_SECONDS, over_limit
from hub.security.public import public_documents, public_pages
from hub.security.search_input import CONTROL


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


def serialized_fields(serializer):
    """The names of the fields a (list) serializer writes for each item."""
    return list(getattr(serializer, "child", serializer).fields)


def stream_field_names(model, names):
    """Those of `names` that are StreamFields of `model`."""
    found = []
    for name in names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, StreamField):
            found.append(name)
    return found


# Far past any listing's end; the databases cannot take an offset past 2**63 (a 500).
MAX_OFFSET = 1_000_000


def searchable(request, queryset):
    """`queryset` as Wagtail's search can filter it when the request searches (`?search=`):
    the public gate's conditions (paths, mirrors, collections) are no indexed fields, the
    ids they leave are. Searches share the search page's rate limit (429 past it). What
    is searched for passes the hub's input guard (hub.security.search_backend)."""
    if "search" not in request.GET:
        return queryset
    if over_limit(request, "search"):
        raise Throttled(wait=RETRY_AFTER_SECONDS)
    operator = request.GET.get("search_operator")
    if operator is not None and operator not in PlainText.OPERATORS:
        raise BadRequestError(_("search_operator must be “and” or “or”."))
    return queryset.model.objects.filter(pk__in=queryset.values("pk"))


class HubPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        try:
            too_far = int(request.GET.get("offset", 0)) > MAX_OFFSET
        except ValueError:
            too_far = False  # Wagtail's own message follows
        if too_far:
            raise BadRequestError(_("offset cannot be higher than %(max)d") % {"max": MAX_OFFSET})
        return super().paginate_queryset(queryset, request, view)


def is_id(value):
    """Whether `value` is a whole number a database's id column can hold."""
    try:
        return 0 < int(value) <= models.BigIntegerField.MAX_BIGINT
    except ValueError:
        return False


# Fields whose value a word can break (Django converts it only when the query runs).
SCALAR_FIELDS = (
    models.DateField,
    models.DecimalField,
    models.DurationField,
    models.FloatField,
    models.IntegerField,
    models.TimeField,
    models.UUIDField,
)


def filter_error(field, value):
    """Why `value` cannot filter by `field` (a model field the API filters by), or None."""
    if isinstance(field, (models.BooleanField, TaggableManager)):  # Wagtail reads these itself
        return None
    if field.is_relation:
        if isinstance(field.target_field, models.IntegerField) and not is_id(value):
            return _("the id of an item is a whole number from 1.")
        return None
    if isinstance(field, SCALAR_FIELDS):
        try:
            field.to_python(value)
        except ValidationError as error:
            return " ".join(error.messages)
    return None


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (`?country=<id>`, `?ects=5`), with each value checked
    against its field first. Wagtail converts booleans, integers and foreign keys only:
    an id no column holds was a 500 (SQLite's OverflowError), and so was a word for a
    many-to-many or a decimal field (Django's ValueError, ValidationError)."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        fields.discard("locale")  # a language code, for Wagtail's LocaleFilter
        for name, value in request.GET.items():
            if name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            error = filter_error(field, value)
            if error:
                raise BadRequestError(
                    _("Cannot filter by %(name)s: %(error)s") % {"name": name, "error": error}
                )
        return super().filter_queryset(request, queryset, view)


def with_values_checked(filter_backends):
    return [CheckedFieldsFilter if f is FieldsFilter else f for f in filter_backends]


class PublicAPI:
    """What both endpoints share: read-only and anonymous, so no authentication (DRF's
    default would check HTTP Basic passwords beside the sign-in form and its lockout),
    offsets a database can take, and no control characters in the query string."""

    authentication_classes = ()
    pagination_class = HubPagination

    def initial(self, request, *args, **kwargs):
        # Before any parameter is read: no parameter has a use for control characters,
        # and PostgreSQL refuses a NUL in a query (a 500 from ?locale= or ?site=).
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if CONTROL.search(name) or any(CONTROL.search(value) for value in values):
                raise BadRequestError(_("A parameter holds a control character."))


class PublicPagesAPIViewSet(PublicAPI, PagesAPIViewSet):
    filter_backends = with_values_checked(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        """The live, public pages of the site asked for (and of its translations), as
        Wagtail's, found once for the request: Wagtail asks for them several times."""
        if getattr(self, "_hub_base_queryset", None) is None:
            self._hub_base_queryset = searchable(self.request, self._public_pages_of_site())
        return self._hub_base_queryset

    def _public_pages_of_site(self):
        request = self.request
        queryset = public_pages(Page.objects.filter(alias_of__isnull=True))
        try:
            site = SiteFilterValidator(site=request.GET.get("site"), request=request).site_obj
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        if site is None:
            return queryset.none()
        # The site's root page and, with translations on, the roots of the other
        # languages' trees, in one query: pages below any of them belong to the site.
        roots = Page.objects.filter(pk=site.root_page_id)
        if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            roots = Page.objects.filter(translation_key__in=roots.values("translation_key"))
        below = Q(pk__in=[])
        for path, depth in roots.values_list("path", "depth"):
            below |= Q(path__startswith=path, depth__gte=depth)
        return queryset.filter(below)

    def get_queryset(self):
        # A listing's queries stay the same however many pages it shows.
        queryset = super().get_queryset()
        one, many = related_fields(queryset.model)
        return queryset.select_related("locale", *one).prefetch_related(*many)

    def get_object(self):
        """The page asked for, as its specific type, with its related rows and terms."""
        if not hasattr(self, "_hub_object"):
            page = BaseAPIViewSet.get_object(self)
            specific = bulk.specific_pages([(page.pk, page.content_type_id)]).get(page.pk, page)
            bulk.read_relations([specific])
            self._hub_object = specific
        return self._hub_object

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        items = args[0] if args else kwargs.get("instance")
        items = list(items) if kwargs.get("many") else [items]
        if items and items[0] is not None:
            names = stream_field_names(type(items[0]), serialized_fields(serializer))
            bulk.read_streams(items, names)
        return serializer


class TagNamesField(TagsField):
    """A document's tags, from the names read for the whole listing when they were."""

    def to_representation(self, value):
        names = getattr(value.instance, "_hub_tag_names", None)
        return list(names) if names is not None else super().to_representation(value)


class HubDocumentSerializer(DocumentSerializer):
    def build_property_field(self, field_name, model_class):
        field_class, kwargs = super().build_property_field(field_name, model_class)
        return (TagNamesField if field_class is TagsField else field_class), kwargs


def read_tag_names(documents):
    """Keep on each document the names of its tags, in name order, read in one query."""
    if not documents:
        return
    model = type(documents[0])
    through = model.tags.through
    names = {document.pk: [] for document in documents}
    rows = (
        through.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=list(names)
        )
        .order_by("tag__name")
        .values_list("object_id", "tag__name")
    )
    for pk, name in rows:
        names[pk].append(name)
    for document in documents:
        document._hub_tag_names = names[document.pk]


class PublicDocumentsAPIViewSet(PublicAPI, DocumentsAPIViewSet):
    filter_backends = with_values_checked(DocumentsAPIViewSet.filter_backends)
    base_serializer_class = HubDocumentSerializer
    listing_default_fields = [*DocumentsAPIViewSet.listing_default_fields, "licence", "language"]

    def get_queryset(self):
        # The one public gate leaves out every restricted collection and those below it
        # (what Wagtail's own filter would leave out for an anonymous visitor, and more).
        queryset = BaseAPIViewSet.get_queryset(self)
        return searchable(self.request, public_documents(queryset)).select_related("licence")

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        if kwargs.get("many") and "tags" in serialized_fields(serializer):
            read_tag_names(list(args[0] if args else kwargs.get("instance")))
        return serializer


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
