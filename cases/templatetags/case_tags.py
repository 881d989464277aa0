from django import template
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cases.map import map_scale, render_country_map
from hub import caching
from hub.translation.names import country_name

register = template.Library()


@register.inclusion_tag("cases/includes/case_map.html")
def case_map(country_counts):
    """The map of cases per country; each country with cases links to the filtered list.
    Every view of the listing (any filters, any page) shows the same map, so it is drawn
    once per language and generation (hub.caching) and kept with the counts it shows."""
    counts = tuple(country_counts.items())

    def draw():
        svg = render_country_map(
            country_counts,
            lambda code: "?" + urlencode({"country": code}),
            title=_("Map of Europe: number of cases per country"),
            description=_("Darker countries have more cases. Select a country to list its cases."),
            country_name=country_name,
        )
        return counts, svg

    drawn, svg = caching.remembered(("case-map", get_language()), draw)
    if drawn != counts:  # a second case section in this language: another map
        svg = draw()[1]
    return {"svg": svg, "scale": map_scale(country_counts)}


@register.filter
def country_rows(country_counts):
    """The text alternative of the map: one row per country, most cases first."""
    return [
        {"code": code, "name": country_name(code), "count": count}
        for code, count in country_counts.items()
    ]
