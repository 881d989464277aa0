"""What every search engine adapter takes and returns. The search page, the JSON API and
the tests speak only these types; an adapter turns a SearchRequest into one engine
query (or as few as the engine allows) and returns hits, total and facet counts."""

from dataclasses import dataclass, field

from django.utils.html import escape

SORTS = ("relevance", "newest", "title")
OPEN, CLOSE = "\x01", "\x02"  # match markers, turned into <mark> after escaping


def snippet(marked, summary):
    """HTML for a hit: the matching passage (matches between OPEN and CLOSE) escaped
    with <mark> around the matches, or else the start of the summary."""
    if marked:
        return escape(marked).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")
    return escape(summary[:240])


@dataclass
class SearchRequest:
    query: str = ""
    language: str = "en"
    filters: dict = field(default_factory=dict)  # param -> [keys], including "type"
    include_untranslated: bool = False
    source_language: str = "en"
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    record_id: int
    kind: str
    title: str
    url: str
    language: str
    summary: str
    snippet: str  # HTML: the matching text with <mark> around matches, everything else escaped
    facts: dict
    parent_title: str = ""
    parent_url: str = ""
    group_key: str = ""  # shared by a page's translations (and its mirrors)


@dataclass
class SearchResponse:
    hits: list
    total: int
    facets: dict  # param -> {key: count}, each facet counted without its own selection


class SearchAdapter:
    name = "base"

    def search(self, request: SearchRequest) -> SearchResponse:
        raise NotImplementedError

    def suggest(self, prefix, language, limit=8) -> list:
        raise NotImplementedError
