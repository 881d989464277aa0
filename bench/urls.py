"""The hub's URLs plus what `make bench` reads the pages against: the floor (a minimal
Django view behind the same middleware) and a page served in two halves, reading only
and rendering only, to show where a rendered page's time goes."""

from django.conf.urls.i18n import i18n_patterns
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path

from hub.pages.routing import WAGTAIL, find_route
from hub.urls import handler500  # noqa: F401 (Django reads it from the root URLconf)
from hub.urls import urlpatterns as hub_urlpatterns


def floor(request):
    return HttpResponse("floor", content_type="text/plain")


def read(request, path):
    """The page at `path` (as under /<lang>/) and its template's context, read as a
    visitor's request reads them."""
    route = find_route(request, path)
    if route is None or route is WAGTAIL:
        raise Http404(path)
    page, args, kwargs = route
    return page, page.get_context(request, *args, **kwargs)


def reading_only(request, path):
    """Everything a rendered page reads (routing, the page, its context), not rendered."""
    read(request, path)
    return HttpResponse("read", content_type="text/plain")


# {path: (page, context)} read by this worker's first request for the path.
_read_once = {}


def rendering_only(request, path):
    """The page's template rendered from what this worker read once; the template still
    looks up what it reads itself (materials, labels, URLs), as on every render."""
    if path not in _read_once:
        _read_once[path] = read(request, path)
    page, context = _read_once[path]
    return TemplateResponse(request, page.get_template(request), {**context, "request": request})


urlpatterns = [
    path("bench/floor/", floor),
    *i18n_patterns(
        path("bench/reading-only/<path:path>", reading_only),
        path("bench/rendering-only/<path:path>", rendering_only),
    ),
    *hub_urlpatterns,
]
