"""The search engine the hub uses, chosen by settings.SEARCH_BACKEND, and the fallback to
the database when that engine does not answer."""

import logging
from functools import cache

from django.conf import settings

from search.engine import EngineUnavailable

logger = logging.getLogger(__name__)


@cache
def _adapter(name):
    from search.adapters.database import DatabaseAdapter
    from search.adapters.query_dsl import QueryDSLAdapter

    return DatabaseAdapter() if name == "database" else QueryDSLAdapter()


def get_adapter():
    return _adapter(settings.SEARCH_BACKEND)


def answer(method, *args):
    """Ask the configured engine; when it is down or too slow, ask the database, which
    always holds the same records. Returns (result, fell_back)."""
    adapter = get_adapter()
    try:
        return getattr(adapter, method)(*args), False
    except EngineUnavailable as error:
        logger.warning("Search fell back to the database: %s", str(error)[:200])
        return getattr(_adapter("database"), method)(*args), True
