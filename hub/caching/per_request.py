"""What one request looks up once: localized taxonomy terms, the view restrictions of
pages and collections, the public documents of a page. A page asks for these from many
places (its template, its blocks, its cards, the language switcher, its structured
data); keeping the answer for the rest of the request makes the page's SQL queries a
fixed number, however many items it shows.

Nothing is kept beyond the request: the cache lives in a context variable that the
middleware (hub.taxonomy.labels.TaxonomyLabelsMiddleware) sets up and throws away.
Outside a request (commands, tasks, tests calling functions) every lookup is fresh."""

from contextvars import ContextVar

_cache = ContextVar("hub_per_request", default=None)


def cached(key, compute):
    """compute() once per request under `key`; every time outside a request."""
    cache = _cache.get()
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def store():
    """The current request's cache (a dict), or None outside a request."""
    return _cache.get()


def forget(*keys):
    """Drop answers that a change made during this request has made stale."""
    cache = _cache.get()
    if cache is not None:
        for key in keys:
            cache.pop(key, None)


class PerRequestMiddleware:
    """Gives every request its own, empty cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _cache.set({})
        try:
            return self.get_response(request)
        finally:
            _cache.reset(token)
