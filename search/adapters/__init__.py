"""The search engine the hub uses, chosen by settings.SEARCH_BACKEND."""

from functools import cache

from django.conf import settings


@cache
def get_adapter():
    from search.adapters.database import DatabaseAdapter

    adapters = {"database": DatabaseAdapter}
    return adapters[getattr(settings, "SEARCH_BACKEND", "database")]()
