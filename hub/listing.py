"""Listing pages: filters by taxonomy through URL parameters (the same names as the
search contract: sdg, area, sector, country, ...) and pagination, done one way for every
section. Filters validate with django-filter; several values of one parameter combine
with OR, different parameters with AND."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.utils.translation import gettext_lazy as _

import django_filters

from hub.images.models import HubImage
from hub.public import public_pages
from hub.taxonomy.labels import terms_in_locale

PER_PAGE = 12
CARD_RENDITION = "fill-480x270"
MAX_VALUES_PER_FILTER = 20


def card_queryset(model):
    """Live, public pages of `model` ready for cards: the picture and its card rendition
    fetched in bulk, so a listing's query count does not depend on how many it shows."""
    return (
        public_pages(model.objects.all())
        .select_related("image")
        .prefetch_related(
            Prefetch("image", queryset=HubImage.objects.prefetch_renditions(CARD_RENDITION))
        )
    )


def paginate(request, items, per_page=PER_PAGE):
    """One page of `items`. A missing, malformed or out-of-range `page` never fails:
    it gives the first or the last page, the same on every listing and on search."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


@dataclass
class ListingFilter:
    """One URL parameter of a listing: `param` values are matched on `lookup` (a path
    from the listed model to the term's key); `taxonomy` or `choices` give the labels."""

    param: str
    label: str
    lookup: str
    taxonomy: type | None = None
    choices: tuple = ()

    def labelled_choices(self):
        if self.taxonomy is None:
            return [(str(key), label) for key, label in self.choices]
        return [(key, term.label) for key, term in terms_in_locale(self.taxonomy).items()]


def build_filterset(filters, choices):
    """A django-filter FilterSet class with one multiple-choice filter per ListingFilter,
    built per request so the labels follow the active language."""
    attrs = {
        f.param: django_filters.MultipleChoiceFilter(
            field_name=f.lookup, label=f.label, distinct=True, choices=choices[f.param]
        )
        for f in filters
    }
    return type("ListingFilterSet", (django_filters.FilterSet,), attrs)


class Listing:
    """The filtered, paginated items of a listing page and what its template shows."""

    def __init__(self, request, queryset, filters):
        self.filters = filters
        self.choices = {f.param: f.labelled_choices() for f in filters}
        params = request.GET.copy()
        for f in filters:  # a parameter repeated a thousand times costs no more than 20
            params.setlist(f.param, params.getlist(f.param)[:MAX_VALUES_PER_FILTER])
        filterset = build_filterset(filters, self.choices)(params, queryset=queryset)
        self.errors = filterset.errors if filterset.is_bound else {}
        # An unknown value means nothing can match: say so and show no items, rather
        # than silently ignoring the filter and showing everything.
        items = queryset.none() if self.errors else filterset.qs
        self.page = paginate(request, items)
        self.form = filterset.form
        self.options = self._options(queryset, filterset.form)
        self.active = [
            {"param": o["param"], "value": v["value"], "label": v["label"], "facet": o["label"]}
            for o in self.options
            for v in o["values"]
            if v["selected"]
        ]

    def _options(self, queryset, form):
        """For each filter, the values used in this section, with how many items carry
        each: one query per filter, however many items there are."""
        options = []
        for f in self.filters:
            selected = set(form.data.getlist(f.param))
            counts = dict(
                queryset.order_by()
                .values_list(f.lookup)
                .annotate(n=Count("pk", distinct=True))
                .values_list(f.lookup, "n")
            )
            counts = {str(key): n for key, n in counts.items() if key is not None}
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
