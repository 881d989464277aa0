"""Taxonomy labels in the visitor's language. A page may point to a term in another
locale (a page that mirrors the source, or one translated before the term was); its
label is looked up by the term's stable key in the active locale, falling back to the
source locale. The terms of a taxonomy are read once per request, whatever the page
shows."""

from contextvars import ContextVar

from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Locale

_labels = ContextVar("taxonomy_labels", default=None)


def _locale(language_code):
    """A Locale by language code, read once per request."""
    cache = _labels.get()
    if cache is None:
        return Locale.objects.get_for_language(language_code)
    key = ("locale", language_code)
    if key not in cache:
        cache[key] = Locale.objects.get_for_language(language_code)
    return cache[key]


def active_locale():
    try:
        return _locale(get_language())
    except Locale.DoesNotExist:
        return default_locale()


def default_locale():
    """The source locale (English), from LANGUAGE_CODE as Wagtail defines it."""
    return _locale(settings.LANGUAGE_CODE)


def terms_in_locale(taxonomy, locale=None):
    """{key: term} for a taxonomy in `locale` (default: the active one), with the source
    locale's term for keys not translated yet. Read once per request and locale, so
    labels, filters, facets and editor choices share one query per taxonomy."""
    locale = locale or active_locale()
    cache = _labels.get()
    cache_key = (taxonomy, locale.pk)
    if cache is not None and cache_key in cache:
        return cache[cache_key]
    default = default_locale()
    terms = {}
    for term in taxonomy.objects.filter(locale__in={locale, default}):
        if term.key not in terms or term.locale_id == locale.pk:
            terms[term.key] = term
    if cache is not None:
        cache[cache_key] = terms
    return terms


def localized_term(term):
    """`term` as the visitor should read it: its translation in the active locale."""
    return terms_in_locale(type(term)).get(term.key, term)


class TaxonomyLabelsMiddleware:
    """Gives every request its own cache of localized terms."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _labels.set({})
        try:
            return self.get_response(request)
        finally:
            _labels.reset(token)
