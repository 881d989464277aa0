"""Listing pages: filters by taxonomy through URL parameters (the same names as the
search contract: sdg, area, sector, country, ...) and pagination, done one way for every
section. Filters validate with django-filter; several values of one parameter combine
with OR, different parameters with AND."""

import functools

from django.core.paginator import Paginator
from django.db.models import Count, F, TextField, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField
from wagtail.models import Page

import django_filters

from hub import caching
from hub.images.renditions import prefetch_renditions
from hub.security.public import is_private, public_pages
from hub.taxonomy.labels import want_terms

PER_PAGE = 12
CARD_RENDITION = "fill-480x270"
MAX_VALUES_PER_FILTER = 20
TOTAL = "*"  # in a listing's counts: how many items the section has


def card_queryset(model):
    """Live, public pages of `model` ready for cards, with their picture. Pass what it
    gives to `cards()` to fetch the pictures' renditions in bulk. A card shows none of
    the page's rich text, so those columns (most of a row's bytes) are left unread; its
    blocks are read (a module's "Download all" counts its units' materials)."""
    return public_pages(model.objects.all()).select_related("image").defer(*_rich_text(model))


@functools.cache
def _rich_text(model):
    """The names of `model`'s own rich text fields (read once per model, not per list)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField) and field.model is not Page
    ]


def cards(items):
    """`items` (pages for cards) as a list, with the card renditions of their pictures
    fetched together: a page's query count does not depend on how many cards it shows.
    (A page's own picture is one; Wagtail's rendition cache serves it.)"""
    items = list(items)
    prefetch_renditions((getattr(item, "image", None) for item in items), CARD_RENDITION)
    return items


# What a plain link to a page shows (its title and URL), whether it may (path and depth
# say if the page is in a private section), and what finds it in another language.
LINK_FIELDS = ("title", "url_path", "live", "path", "depth", "translation_key", "locale")


def linked_pages(links, field):
    """The live, public pages that `links` (an ordered relation, such as a case's
    method_links) point to by `field`, in the links' order, in one query that reads only
    what a link shows (a linked page's full row is most of the query's cost). In a
    preview the links are the editor's, held in memory."""
    own = [column.name for column in links.model._meta.concrete_fields]
    rows = links.select_related(field).only(*own, *(f"{field}__{name}" for name in LINK_FIELDS))
    pages = (getattr(row, field) for row in rows)
    return [page for page in pages if page is not None and page.live and not is_private(page)]


def in_locale(locale_id, *groups, pages=None):
    """Each of `groups` (lists of live, public pages) with every page of another language
    replaced by its live, public translation or mirror in the locale, where it has one,
    read from `pages` (by default Page with LINK_FIELDS): a Polish case links the English
    pages it was copied with, and its reader should land on the Polish ones. One query
    for all the groups, none when every page is in the locale already."""
    if all(page.locale_id == locale_id for group in groups for page in group):
        return [list(group) for group in groups]
    keys = {page.translation_key for group in groups for page in group}
    pages = Page.objects.only(*LINK_FIELDS) if pages is None else pages
    translations = public_pages(pages.filter(locale_id=locale_id, translation_key__in=keys))
    found = {page.translation_key: page for page in translations.order_by()}
    return [[found.get(page.translation_key, page) for page in group] for group in groups]


def paginate(request, items, per_page=PER_PAGE, count=None):
    """One page of `items` (`count` of them, when known, saves counting them). A missing,
    malformed or out-of-range `page` never fails: it gives the first or the last page,
    the same on every listing and on search."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))


def build_filterset(filters, choices):
    """A django-filter FilterSet class with one multiple-choice filter per facet, built
    per request so the labels follow the active language."""
    attrs = {
        f.param: django_filters.MultipleChoiceFilter(
            field_name=f.lookup, label=f.label, distinct=True, choices=choices[f.param]
        )
        for f in filters
    }
    return type("ListingFilterSet", (django_filters.FilterSet,), attrs)


class Listing:
    """The filtered, paginated items of a listing page and what its template shows."""

    def __init__(self, request, queryset):
        # The listed type's facets that the database can filter by (hub.taxonomy.facets).
        self.filters = filters = [f for f in queryset.model.facets if f.in_listing]
        want_terms(*(f.taxonomy for f in filters if f.taxonomy))  # their labels in one query
        self.choices = {f.param: f.labelled_choices() for f in filters}
        params = request.GET.copy()
        for f in filters:  # a parameter repeated a thousand times costs no more than 20
            params.setlist(f.param, params.getlist(f.param)[:MAX_VALUES_PER_FILTER])
        filterset = build_filterset(filters, self.choices)(params, queryset=queryset)
        self.errors = filterset.errors if filterset.is_bound else {}
        # An unknown value means nothing can match: say so and show no items, rather
        # than silently ignoring the filter and showing everything.
        items = queryset.none() if self.errors else filterset.qs
        self.counts = self._counts(queryset)
        # Unfiltered, the listing is the whole section, whose size was counted with the
        # filters' counts.
        filtered = any(params.getlist(f.param) for f in filters)
        total = None if filtered or self.errors else self.counts.get(TOTAL)
        self.page = paginate(request, items, count=total)
        self.page.object_list = cards(self.page.object_list)
        self.form = filterset.form
        self.options = self._options(filterset.form)
        self.active = [
            {"param": o["param"], "value": v["value"], "label": v["label"], "facet": o["label"]}
            for o in self.options
            for v in o["values"]
            if v["selected"]
        ]

    def _counts(self, queryset):
        """{param: {value: number of items}} over the whole section. They do not depend
        on the filters chosen, so every filtered view of the section shares them until
        anything is published (a new generation), rather than every render counting the
        whole section. The key is the section's SQL itself."""
        if not self.filters:
            return {}
        return caching.remembered(
            ("listing-counts", str(queryset.query)), lambda: self._count(queryset)
        )

    def _count(self, queryset):
        """The counts for every filter and the section's size in one query (a UNION of
        one count per filter and one of everything)."""
        lookups = [*(F(f.lookup) for f in self.filters), Value("")]
        selects = [
            queryset.order_by()
            .annotate(hub_filter=Value(index), hub_value=Cast(lookup, TextField()))
            .values("hub_filter", "hub_value")
            .annotate(n=Count("pk", distinct=True))
            .values_list("hub_filter", "hub_value", "n")
            for index, lookup in enumerate(lookups)
        ]
        counts = {f.param: {} for f in self.filters}
        counts[TOTAL] = 0
        for index, value, n in selects[0].union(*selects[1:], all=True):
            if index == len(self.filters):
                counts[TOTAL] = n
            elif value is not None:
                counts[self.filters[index].param][value] = n
        return counts

    def _options(self, form):
        """For each filter, the values used in this section, with how many items carry
        each, and those selected."""
        options = []
        for f in self.filters:
            selected = set(form.data.getlist(f.param))
            counts = self.counts[f.param]
            values = [
                {
                    "value": key,
                    "label": label,
                    "count": counts.get(key, 0),
                    "selected": key in selected,
                }
                for key, label in self.choices[f.param]
                if key in counts or key in selected
            ]
            options.append({"param": f.param, "label": f.label, "values": values})
        return options

    @property
    def error_message(self):
        if not self.errors:
            return ""
        names = ", ".join(str(self.form.fields[name].label) for name in self.errors)
        return _("Nothing matches: an unknown value was given for %(filters)s.") % {
            "filters": names
        }
