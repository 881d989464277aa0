"""Names of languages and countries, one way everywhere (pages, facets, materials)."""

from django.conf import settings
from django.utils.translation import get_language_info

from django_countries import countries


def language_name(code):
    """A language named in itself, as the settings spell it (Čeština, Polski)."""
    return dict(settings.LANGUAGES).get(code) or get_language_info(code)["name_local"]


def language_name_translated(code):
    """A language named in the visitor's language ("Polish", "polski", "Polnisch")."""
    return get_language_info(code)["name_translated"]


def country_name(code):
    """A country named in the visitor's language (django-countries)."""
    return countries.name(code) or code
