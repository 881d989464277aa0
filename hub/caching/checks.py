from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def shared_cache(app_configs, **kwargs):
    """In production several processes serve pages: with a cache per process, a change
    made through one of them leaves the others serving the old page."""
    backend = settings.CACHES["default"]["BACKEND"]
    if not backend.endswith("LocMemCache"):
        return []
    warnings = []
    if settings.HUB_PAGE_CACHE_SECONDS:
        warnings.append(
            Warning(
                "The page cache is kept in each process's memory, so a change published "
                "through one process shows in the others only after PAGE_CACHE_SECONDS.",
                hint="Set CACHE_URL=redis://HOST:6379/0 (or PAGE_CACHE_SECONDS=0).",
                id="hub.W001",
            )
        )
    if settings.SEARCH_RATE_LIMIT or settings.SUGGEST_RATE_LIMIT:
        warnings.append(
            Warning(
                "Search rate limits are counted in each process's memory, so one address "
                "can search as many times the rate as there are processes.",
                hint="Set CACHE_URL=redis://HOST:6379/0 (or SEARCH_RATE_LIMIT=off and "
                "SUGGEST_RATE_LIMIT=off).",
                id="hub.W002",
            )
        )
    return warnings
