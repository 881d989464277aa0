"""The one input guard for every search box of the hub: the search page and its
suggestions, the API's `?search=`, the admin's page, document and image searches
(through hub.security.search_backend). Whatever a visitor types, an engine receives at
most MAX_TERMS words of a text of at most MAX_QUERY_LENGTH characters, and no query
syntax.

Why: the work of a full-text query grows with its terms. Unguarded, `a:` repeated 2,020
times reached SQLite's FTS5 as one quoted phrase of 2,020 tokens, 60,000 characters of
words as an OR of 10,000 terms; a `"` made FTS5's syntax invalid (a 500), a NUL reached
the database."""

import re
import unicodedata

MAX_QUERY_LENGTH = 255  # characters of a query kept, as Wagtail's own search form
MAX_TERMS = 32  # words of a query searched for
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Letters and digits; not "_", which full-text parsers split on: "a_a_…" would be one
# word here and a phrase of 128 tokens there.
WORD = re.compile(r"[^\W_]+")


def clean_text(raw, limit):
    """`raw` without NUL and control characters, in NFC, spaces collapsed, cut to
    `limit` characters: safe to echo, to store and to compare."""
    text = CONTROL.sub(" ", unicodedata.normalize("NFC", raw))
    return " ".join(text.split())[:limit]


def search_terms(raw):
    """The words of a query, at most MAX_TERMS of them: only words reach an engine, never
    query syntax (quotes, `field:value`, operators, wildcards)."""
    return WORD.findall(clean_text(raw, MAX_QUERY_LENGTH))[:MAX_TERMS]


def search_text(raw):
    """A query as plain words separated by spaces (empty when it holds no word)."""
    return " ".join(search_terms(raw))
