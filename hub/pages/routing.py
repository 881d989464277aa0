# Private API kept: Wagtail's per-request site, request._wagtail_site, which
# Site.find_for_request() reads (SiteMiddleware below fills it from a site kept in the
# process). Measured in one process, the same run (CPU per request, demo database,
# page cache off), against Wagtail's lookup on every request: the home page 9.5 ms
# with it, 11.8 ms without (it buys 20 % of the page; 22 % in a second run); a case
# page 4 to 6 %, the case listing 2 to 4 %. The test that views find their site
# without a query (tests/caching/test_page_cache.py) fails when Wagtail stops reading it.
"""Finding the page a URL names in three queries, however deep it lies.

Wagtail's own routing asks the database once or twice per level of the tree (a child by
its slug, then its specific row), then once more for each ancestor when it checks view
restrictions, and the page's template asks again for its ancestors (breadcrumbs) and its
translations (language switcher, hreflang). Here one query reads every page the path
could name, in every locale, together with the translations of the page asked for; the
walk down the tree follows Wagtail's rules in Python (the site root in the active
language, RoutablePageMixin sub-routes first, only a live page is served); a second
query reads the specific page with what its type shows (`detail_queryset`). What the
walk learnt (ancestors, translations, the source of a mirrored page, view restrictions)
stays on the page for the rest of the request.

Anything unusual (a page type with its own routing, aliases of aliases, a site root
whose translation sits elsewhere in the tree) is left to Wagtail's routing as it is.

Otherwise only public API of Wagtail and Django: the site from Site.find_for_request(),
Wagtail's route() of the page found (its sub-routes), Wagtail's serve hooks. Wagtail's
own view would route again from the site root (the active locale, the site root's
translation and its specific page: two more queries, three in a mirror), so the page
view below runs Wagtail's serve hooks itself, as wagtail.views.serve does;
tests/hub/test_routing.py fails when Wagtail's view or routing starts to answer
differently."""

import contextlib
import copy

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.db.models import F, Q
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.urls import re_path

from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from hub import caching
from hub.security.public import is_private, page_restrictions
from hub.translation.locales import active_locale

WAGTAIL = object()  # "let Wagtail route this request itself"


def serve(request, path):
    """wagtail.views.serve, with the route found here (or by Wagtail's
    Page.route_for_request() where the hub leaves it to Wagtail)."""
    from wagtail.views import serve_chain  # wagtail.views needs the models loaded

    route = find_route(request, path)
    if route is WAGTAIL:
        route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)

    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result

    return on_serve_chain(page, request, args, kwargs)


def page_urlpatterns():
    """Wagtail's URL patterns with this view in place of its page view (same pattern and
    name, so every page URL Wagtail makes still leads here)."""
    from wagtail import urls as wagtail_urls

    return [
        re_path(pattern.pattern.regex.pattern, serve, name=pattern.name)
        if pattern.name == "wagtail_serve"
        else pattern
        for pattern in wagtail_urls.urlpatterns
    ]


def _resolves(model, components):
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in components))
    except Http404:
        return False
    return True


def find_route(request, path):
    """(page, args, kwargs) as Wagtail's Page.route_for_request() finds them, None for
    a 404, or WAGTAIL."""
    site = find_site(request)
    if site is None:
        return None
    root = site.root_page
    components = [component for component in path.split("/") if component]
    candidates = Q(translation_key=root.translation_key)
    for depth, slug in enumerate(components, start=root.depth + 1):
        candidates |= Q(depth=depth, slug=slug)
    if components:
        asked = Page.objects.filter(depth=root.depth + len(components), slug=components[-1])
        asked = asked.order_by()
        candidates |= Q(translation_key__in=asked.values("translation_key"))
    # Put in tree order here: Django's ORDER BY costs more to compile over a page's
    # columns than the sort (as for related cases).
    rows = sorted(
        Page.objects.filter(candidates)
        .select_related("locale")
        .annotate(hub_source_alias_of=F("alias_of__alias_of_id"))
        .order_by(),
        key=lambda row: row.path,
    )
    by_id = {row.pk: row for row in rows}
    children = {}
    for row in rows:
        children.setdefault((row.path[: -Page.steplen], row.slug), []).append(row)

    # Wagtail: site.root_page.localized.specific.route(request, path_components)
    current = by_id.get(root.pk)
    if current is None:
        return WAGTAIL
    locale = active_locale()
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False) and locale.pk != current.locale_id:
        # Its translation into the active language, when live (Page.localized).
        for row in rows:
            translated = row.translation_key == root.translation_key and row.locale_id == locale.pk
            if translated and row.live:
                current = row
    if current.depth != root.depth:
        return WAGTAIL
    chain = [current]
    for index, slug in enumerate(components):
        model = current.specific_class
        if model is None:
            return WAGTAIL
        if model.route is not Page.route:
            if model.route is not RoutablePageMixin.route:
                return WAGTAIL
            if current.live and _resolves(model, components[index:]):
                break
        found = children.get((current.path, slug), [])
        if len(found) != 1:
            return None if not found else WAGTAIL
        current = found[0]
        chain.append(current)
    remaining = components[len(chain) - 1 :]

    model = current.specific_class
    if model is None:
        return WAGTAIL
    # A page that mirrors another is read with its source, which its structured data
    # describes (hub.outlets.structured_data): both are of the same type.
    wanted = [current.pk, current.alias_of_id] if current.alias_of_id else [current.pk]
    queryset = model.objects.filter(pk__in=wanted).order_by()
    if hasattr(model, "detail_queryset"):
        queryset = model.detail_queryset(queryset)
    found = {page.pk: page for page in queryset}
    page = found.get(current.pk)
    if page is None:
        return WAGTAIL
    source = found.get(current.alias_of_id)
    if source is not None and current.alias_of_id in by_id:
        source.locale = by_id[current.alias_of_id].locale
        by_id[current.alias_of_id] = source
    _remember(page, current, chain, rows, by_id, complete=not remaining)
    try:
        return page.route(request, remaining)
    except Http404:
        return None


def _site_for(hostname, port):
    """Site._find_for_request() through Wagtail's public get_site_for_hostname()."""
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


def find_site(request):
    """Site.find_for_request(), with the answer for this host and port kept in the
    process until the sites or pages change (hub.caching.remembered); each request gets
    its own copy, since Wagtail keeps per-request state on it."""
    if not hasattr(request, "_wagtail_site"):
        try:
            hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        except DisallowedHost:
            return Site.find_for_request(request)  # Wagtail's; Django refuses the request
        site = caching.remembered(("site", hostname, port), lambda: _site_for(hostname, port))
        if site is not None:
            site = copy.copy(site)
            site.root_page = copy.copy(site.root_page)
        request._wagtail_site = site  # read by Site.find_for_request (see the top)
    return request._wagtail_site


class SiteMiddleware:
    """Finds every request's site through find_site, so that Wagtail (site settings,
    page URLs, the API, the admin) reads it from the request instead of asking the
    database for it on each request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A database that cannot answer is left to the view: /healthz reports it, a
        # page answers 503.
        with contextlib.suppress(DatabaseError):
            find_site(request)
        return self.get_response(request)


def _remember(page, row, chain, rows, by_id, complete):
    """Keep on `page` what the routing query already read."""
    page.locale = row.locale
    if len(chain) > 1:
        page._hub_parent = chain[-2]  # for parent_page()
    if page.alias_of_id in by_id:
        page.alias_of = by_id[page.alias_of_id]
    if chain[0].depth != 2:
        return  # the ancestors above the site root were not read
    page._hub_ancestors = chain[:-1]
    if complete:
        # Every translation of the page was read: the language switcher and hreflang
        # links take the live, public ones from here (hub.translation.templatetags).
        page._hub_translations = {
            r.locale.language_code: r
            for r in rows
            if r.translation_key == page.translation_key and r.live and not is_private(r)
        }
    if all(r.hub_source_alias_of is None for r in chain):
        # Wagtail checks the restrictions of the page and of each ancestor, an alias by
        # those of its source (Page.get_view_restrictions); the tree root is no alias.
        checked = {r.alias_of_id or r.pk for r in chain}
        tree_root = chain[0].path[: Page.steplen]
        applying = [
            restriction.pk
            for restriction in page_restrictions()
            if restriction.target_id in checked
            or (restriction.depth == 1 and restriction.path == tree_root)
        ]
        # A private page reads its restrictions whole: the visitor may have passed them.
        page._hub_view_restrictions = (
            list(PageViewRestriction.objects.filter(pk__in=applying)) if applying else []
        )


def mirrored_source(page):
    """The page that `page` mirrors, of its type, when the routing read it with `page`
    (its related rows too); else None."""
    field = Page._meta.get_field("alias_of")
    if page.alias_of_id and field.is_cached(page):
        source = field.get_cached_value(page)
        if isinstance(source, type(page)):
            return source
    return None


def parent_page(page):
    """page.get_parent(), or the parent the routing or a bulk read
    (hub.outlets.bulk.read_parents) already read with the page."""
    known = getattr(page, "_hub_parent", None)
    return known if known is not None else page.get_parent()


def breadcrumb_pages(page):
    """The pages above `page` from its home page down, as breadcrumbs show them."""
    known = getattr(page, "_hub_ancestors", None)
    return known if known is not None else list(page.get_ancestors()[1:])


class RoutedPageMixin:
    """For the hub's page types: the view restrictions the routing found, when it did,
    else Wagtail's query for them."""

    def get_view_restrictions(self):
        known = getattr(self, "_hub_view_restrictions", None)
        return super().get_view_restrictions() if known is None else known
