import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from hub import caching
from hub.caching import per_request

# Paths whose answers depend on who asks or count what they serve.
NEVER = ("/admin/", "/documents/", "/healthz")
# Cookies that make an answer personal: a session (logged in, a page password given,
# messages) or pending messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# The only Vary headers a cached page may carry: pages are cached only for requests
# without a session, so the answer is the same for all of them.
HARMLESS_VARY = {"cookie", "accept-encoding"}


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache (see hub.caching).

    It sits right after the security middleware: a page served from the cache skips
    sessions, routing and rendering, but still gets the security headers. Answers are
    marked `X-Cache: hit` or `miss`; uncacheable ones carry no mark."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        # The page and the current generation in one round trip: an entry counts only
        # if it was stored under the generation that is current now.
        key = page_key(request)
        found = cache.get_many([caching.GENERATION_KEY, key])
        generation = found.get(caching.GENERATION_KEY) or caching.generation()
        per_request.cached(caching.GENERATION_KEY, lambda: generation)  # read once
        stored = found.get(key)
        if stored is not None and stored[0] == generation:
            return restore(stored[1])
        response = self.get_response(request)
        if request.method == "GET" and cacheable_response(request, response):
            cache.set(key, (generation, keep(response)), caching.seconds())
            response["X-Cache"] = "miss"
        return response


def cacheable_request(request):
    return (
        caching.seconds() > 0
        and request.method in ("GET", "HEAD")
        and not request.path_info.startswith(NEVER)
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
        and "HTTP_AUTHORIZATION" not in request.META
    )


def cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if header_words(response, "Cache-Control") & {"private", "no-cache", "no-store"}:
        return False
    return header_words(response, "Vary") <= HARMLESS_VARY


def header_words(response, name):
    return {word.strip().lower() for word in cc_delim_re.split(response.get(name, "")) if word}


def page_key(request):
    # HEAD is answered from the GET entry: servers drop the body of a HEAD answer.
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "hub:page:" + hashlib.sha256(url.encode()).hexdigest()


def keep(response):
    return (response.status_code, list(response.items()), response.content, time.time())


def restore(stored):
    status, headers, content, stored_at = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Cache"] = "hit"
    response["Age"] = str(max(0, int(time.time() - stored_at)))
    return response
