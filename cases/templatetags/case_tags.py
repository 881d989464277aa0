import functools

from django import template
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cases.map import map_scale, render_country_map
from hub.translation.names import country_name

register = template.Library()


@register.inclusion_tag("cases/includes/case_map.html")
def case_map(country_counts):
    """The map of cases per country; each country with cases links to the filtered list."""
    return {
        "svg": _drawn_map(tuple(country_counts.items()), get_language()),
        "scale": map_scale(country_counts),
    }


@functools.lru_cache(maxsize=64)
def _drawn_map(counts, language):
    """The map for `counts` in `language` (the active one), drawn once per process:
    every view of a listing (any filters, any page) shows the same map."""
    return render_country_map(
        dict(counts),
        lambda code: "?" + urlencode({"country": code}),
        title=_("Map of Europe: number of cases per country"),
        description=_("Darker countries have more cases. Select a country to list its cases."),
        country_name=country_name,
    )


@register.filter
def country_rows(country_counts):
    """The text alternative of the map: one row per country, most cases first."""
    return [
        {"code": code, "name": country_name(code), "count": count}
        for code, count in country_counts.items()
    ]
