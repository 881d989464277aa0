"""Names of languages and countries, one way everywhere (pages, facets, materials)."""

import functools

from django.conf import settings
from django.utils.translation import get_language, get_language_info

from django_countries import countries


def language_name(code):
    """A language named in itself, as the settings spell it (Čeština, Polski)."""
    return dict(settings.LANGUAGES).get(code) or get_language_info(code)["name_local"]


def language_name_translated(code):
    """A language named in the visitor's language ("Polish", "polski", "Polnisch")."""
    return get_language_info(code)["name_translated"]


def country_name(code):
    """A country named in the visitor's language (django-countries)."""
    name = _country_names(get_language()).get(code)
    return name or countries.name(code) or code


@functools.cache
def _country_names(language):
    """{code: name} in `language`, built once per process: a listing names its countries
    some fifty times, and django-countries translates the name on each call."""
    return dict(countries)
