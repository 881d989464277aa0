from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from hub.listing import paginate

MAX_QUERY_LENGTH = 255
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Visitors' text as the engine should see it: no NUL bytes (PostgreSQL rejects
    them), no double quotes (the SQLite FTS5 adapter wraps each term in quotes without
    escaping them, so a stray quote is a syntax error), no surrounding space, and short
    enough to answer fast."""
    return raw.replace("\x00", "").replace('"', " ").strip()[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query)
    else:
        results = Page.objects.none()
    page = paginate(request, results, RESULTS_PER_PAGE)
    return TemplateResponse(request, "search/search.html", {"query": query, "results": page})
