"""Wagtail's database search backend behind the hub's input guard (hub.security.search_input):
WAGTAILSEARCH_BACKENDS["default"]. Every search Wagtail runs goes through it: the API's
`?search=`, the admin's page, document, image and snippet searches and its choosers, so
none of them can send an engine more than the guard lets through."""

from functools import cache

from wagtail.search.backends import database
from wagtail.search.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from hub.security.search_input import search_text


def words_of(query):
    """The text of a query object's plain-text and phrase parts, in order. Wagtail builds
    only And, Or, PlainText and Phrase from what a person typed; a Not part is left out
    (its words are not what is looked for)."""
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        return [query.query_string]
    if isinstance(query, (And, Or)):
        return [text for part in query.subqueries for text in words_of(part)]
    if isinstance(query, Boost):
        return words_of(query.subquery)
    return []


def guarded_query(query, operator):
    """(query, operator) as the engine may receive them: a string becomes its words; a
    query object (the admin's page search turns quotes into phrases) becomes the words
    of its parts as plain text, joined as its top level joins them. "" when no word is
    left. Match-all and match-none carry no text and pass."""
    if isinstance(query, str):
        return search_text(query), operator
    if isinstance(query, MatchAll) or (
        isinstance(query, Not) and isinstance(query.subquery, MatchAll)
    ):
        return query, operator
    text = search_text(" ".join(words_of(query)))
    if not text:
        return "", operator
    joined = "or" if isinstance(query, Or) else getattr(query, "operator", "and")
    return PlainText(text, operator=joined), operator


class GuardedSearch:
    """Mixed into the database backend Wagtail picks for the database in use."""

    def search(self, query, model_or_queryset, fields=None, operator=None, **options):
        query, operator = guarded_query(query, operator)
        return super().search(query, model_or_queryset, fields, operator, **options)

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, **options):
        query, operator = guarded_query(query, operator)
        return super().autocomplete(query, model_or_queryset, fields, operator, **options)


@cache
def guarded(backend_class):
    return type(f"Guarded{backend_class.__name__}", (GuardedSearch, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail's get_search_backend looks up
    """The backend for the database in use (Wagtail's choice: SQLite FTS5, PostgreSQL,
    MySQL or its fallback), guarded."""
    return guarded(type(database.SearchBackend(params)))(params)
