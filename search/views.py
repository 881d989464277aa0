"""The search page (HTML and `format=json`) and suggestions. Parameters follow the public
contract; anything malformed gets a clear message (HTML) or a 400 (JSON), never a 500."""

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from hub.content.registry import kind_labels, search_facets
from hub.pages.listing import MAX_VALUES_PER_FILTER
from hub.security.limits import RETRY_AFTER_SECONDS, over_limit
from hub.security.public import public_pages
from hub.security.search_input import MAX_QUERY_LENGTH, clean_text
from hub.taxonomy.labels import want_terms
from hub.translation.locales import active_locale
from search.adapters import answer
from search.adapters.base import SORTS, SearchRequest
from search.models import UnansweredQuery

MAX_VALUE_LENGTH = 64
MAX_PREFIX_LENGTH = 100  # what is typed into the search box, for suggestions
PER_PAGE = 10
FALLBACK_NOTICE = _lazy(
    "The search engine is not answering right now: these results come from a simpler "
    "search, so the order may differ."
)
MAX_PAGE = 1000  # engines refuse deep paging (Elasticsearch stops at 10,000 hits)


class BadRequest(ValueError):
    pass


def parse(request):
    """(SearchRequest, [messages for the visitor]) from the query string."""
    notes = []
    params = request.GET
    filters = {}
    for facet in search_facets():
        values = [clean_text(v, MAX_VALUE_LENGTH) for v in params.getlist(facet.param)]
        values = list(dict.fromkeys(v for v in values if v))
        if len(values) > MAX_VALUES_PER_FILTER:
            notes.append(
                _("Only the first %(n)s values of a filter are used.")
                % {"n": MAX_VALUES_PER_FILTER}
            )
            values = values[:MAX_VALUES_PER_FILTER]
        if values:
            filters[facet.param] = values
    sort = params.get("sort", "")
    if sort and sort not in SORTS:
        notes.append(
            _("Unknown sort order “%(sort)s”; showing the default order.") % {"sort": sort[:40]}
        )
        sort = ""
    query = clean_text(params.get("q", ""), MAX_QUERY_LENGTH)
    raw_page = params.get("page", "1") or "1"
    try:
        page = int(raw_page)
        if page < 1:
            raise ValueError
    except ValueError:
        if params.get("format") == "json":
            raise BadRequest(_("page must be a whole number from 1.")) from None
        page = 1
    page = min(page, MAX_PAGE)
    language = get_language()
    return SearchRequest(
        query=query,
        language=language,
        filters=filters,
        include_untranslated=params.get("untranslated") == "1",
        source_language=settings.LANGUAGE_CODE,
        sort=sort or ("relevance" if query else "newest"),
        page=page,
        per_page=PER_PAGE,
    ), notes


def facet_options(response, search_request):
    """For each facet with values: its values, labels, counts and whether selected."""
    # The labels of every facet shown, in one query (hub.taxonomy.labels).
    want_terms(
        *(
            facet.taxonomy
            for facet in search_facets()
            if facet.taxonomy
            and (response.facets.get(facet.param) or search_request.filters.get(facet.param))
        )
    )
    options = []
    for facet in search_facets():
        counts = response.facets.get(facet.param, {})
        selected = set(search_request.filters.get(facet.param, []))
        if facet.param == "language" and not selected:
            selected = {search_request.language}
        if not counts and not selected:
            continue
        labels = facet.labels()
        values = [
            {
                "value": key,
                "label": labels.get(key, key),
                "count": counts.get(key, 0),
                "selected": key in selected,
            }
            for key in sorted(
                set(counts) | selected, key=lambda k: (-counts.get(k, 0), labels.get(k, k))
            )
        ]
        options.append({"param": facet.param, "label": str(facet.label), "values": values})
    return options


def run(search_request, notes):
    response, fell_back = answer("search", search_request)
    last = max(1, -(-response.total // search_request.per_page))
    if search_request.page > last and response.total:
        search_request.page = last
        response, fell_back = answer("search", search_request)
    if fell_back:
        notes.append(str(FALLBACK_NOTICE))
    return response, last


def other_languages(response, search_request):
    """How many results the same search has in other languages than those shown, from
    the language facet's counts (counted without the language scope, so no extra
    query), or None when the visitor chose the languages."""
    if search_request.filters.get("language"):
        return None
    return max(0, sum(response.facets.get("language", {}).values()) - response.total)


def every_language_url(request, response):
    """The same search in every language it has results in (the language facet opened)."""
    params = request.GET.copy()
    params.setlist("language", sorted(response.facets.get("language", {})))
    params.pop("page", None)
    params.pop("untranslated", None)
    return f"?{params.urlencode()}"


def local_urls(request, hits):
    """{record id: URL} for page hits in another language than the visitor's: the same
    page inside the visitor's tree (its mirror, which shows the original with a notice,
    or its translation), so the interface stays in the visitor's language. One query for
    every hit of a page of results."""
    locale = active_locale()
    wanted = {
        hit.group_key: hit.record_id
        for hit in hits
        if hit.kind != "document" and hit.language != locale.language_code and hit.group_key
    }
    if not wanted:
        return {}
    pages = public_pages(Page.objects.filter(translation_key__in=list(wanted), locale=locale))
    found = {}
    for page in pages:
        url = page.get_url(request)
        if url:
            found[wanted[str(page.translation_key)]] = url
    return found


def promoted(logged_query, language):
    """Editors' picks for the query, in their order: live, public pages of the visitor's
    language only."""
    ids = list(logged_query.editors_picks.order_by("sort_order").values_list("page_id", flat=True))
    if not ids:
        return []
    pages = public_pages(Page.objects.filter(pk__in=ids, locale__language_code=language))
    by_id = pages.specific().in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


def search(request):
    if over_limit(request, "search"):
        return too_many_searches(request, as_json=request.GET.get("format") == "json")
    try:
        search_request, notes = parse(request)
    except BadRequest as error:
        return JsonResponse({"error": str(error)}, status=400)
    wanted = request.GET.get("format", "")
    if wanted not in ("", "json", "html"):
        return JsonResponse({"error": _("format must be json or html.")}, status=400)
    response, pages = run(search_request, notes)
    logged_query = None
    if search_request.query and search_request.page == 1:
        logged_query = Query.get(search_request.query)
        logged_query.add_hit()  # Wagtail's "Search terms" report
        if not response.total:
            UnansweredQuery.record(search_request.query)
    options = facet_options(response, search_request)
    elsewhere = other_languages(response, search_request)
    elsewhere_url = every_language_url(request, response) if elsewhere else ""
    localized = local_urls(request, response.hits)
    for hit in response.hits:
        # The record's own address stays in `original_url`: the canonical page, in its
        # language (JSON clients may link it with hreflang or drop duplicates by it).
        hit.original_url = hit.url
        hit.url = localized.get(hit.record_id, hit.url)
    if wanted == "json":
        return JsonResponse(
            {
                "query": search_request.query,
                "total": response.total,
                "page": search_request.page,
                "pages": pages,
                "messages": notes,
                "other_languages": elsewhere,
                "other_languages_url": elsewhere_url or None,
                "results": [
                    {
                        "title": hit.title,
                        "url": hit.url,
                        "original_url": hit.original_url,
                        "type": hit.kind,
                        "language": hit.language,
                        "snippet": hit.snippet,
                        "facts": hit.facts,
                        "page": {"title": hit.parent_title, "url": hit.parent_url}
                        if hit.parent_url
                        else None,
                    }
                    for hit in response.hits
                ],
                "facets": {option["param"]: option["values"] for option in options},
            }
        )
    chips = [
        {
            "param": option["param"],
            "value": value["value"],
            "label": value["label"],
            "facet": option["label"],
        }
        for option in options
        for value in option["values"]
        if value["selected"] and option["param"] in search_request.filters
    ]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search": search_request,
            "response": response,
            "pages": pages,
            "notes": notes,
            "options": options,
            # Few or no results in the visitor's language (fewer than a page): say how
            # many the other languages have.
            "other_languages": elsewhere
            if elsewhere and response.total < search_request.per_page
            else 0,
            "other_languages_url": elsewhere_url,
            "chips": chips,
            "kinds": kind_labels(),  # the visitor-facing name of each result's type
            "sorts": SORTS,
            "promoted": promoted(logged_query, search_request.language) if logged_query else [],
            "page_range": range(
                max(1, search_request.page - 2), min(pages, search_request.page + 2) + 1
            ),
            "query": search_request.query,
            "clear_query": urlencode({"q": search_request.query}) if search_request.query else "",
        },
    )


def suggest(request):
    """Titles matching what was typed, for the search box (JSON)."""
    if over_limit(request, "suggest"):
        return too_many_searches(request, as_json=True)
    prefix = clean_text(request.GET.get("q", ""), MAX_PREFIX_LENGTH)
    suggestions = answer("suggest", prefix, get_language())[0] if len(prefix) >= 2 else []
    return JsonResponse({"query": prefix, "suggestions": suggestions})


def too_many_searches(request, as_json):
    """A search (or suggestion) past its rate for this address: a 429 with Retry-After,
    as JSON where JSON was asked for, else a short page."""
    if as_json:
        response = JsonResponse(
            {"error": _("Too many searches from your address; please wait a minute.")},
            status=429,
        )
    else:
        response = TemplateResponse(request, "search/too_many.html", status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
