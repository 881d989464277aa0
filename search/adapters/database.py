"""The embedded engine: the hub's own index in the database, with SQLite FTS5 (bm25
ranking) or PostgreSQL full text (GIN index, ts_rank). A search is a handful of SQL
queries whatever the size of the index and however many facets are chosen: hits, total
and one query counting every facet (disjunctive counts)."""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, Count, Exists, F, FloatField, OuterRef, Q, Value, When
from django.db.models.expressions import RawSQL

from hub.content.registry import search_facets, search_weights
from hub.security.search_input import search_terms
from search.adapters.base import (
    CLOSE,
    OPEN,
    Hit,
    SearchAdapter,
    SearchResponse,
    snippet,
)
from search.base_forms import query_forms
from search.indexing import pg_config
from search.models import FacetKey, SearchRecord


def fts5_query(terms, forms=None):
    """A safe FTS5 expression: every word quoted (so no user syntax survives), all words
    required, the last one also as a prefix (for search as you type). With base forms,
    each word matches as written or by its base form, in any column: the base form
    also marks the text where it stands as written, for snippets."""
    groups = []
    for position, (term, form) in enumerate(zip(terms, forms or terms, strict=True)):
        star = "*" if position == len(terms) - 1 else ""
        words = dict.fromkeys(word.lower().replace('"', '""') for word in (term, form))
        quoted = [f'"{word}"{star}' for word in words]
        groups.append(quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})")
    return " AND ".join(groups)  # FTS5 wants AND spelt out beside parentheses


def pg_prefix(word):
    """A word as a to_tsquery prefix: quoted, so it is never read as query syntax."""
    return "'{}':*".format(word.replace("'", "''").replace("\\", "\\\\"))


def pg_word_queries(terms, forms):
    """(word, search type) pairs: every word as plain text, the last one as a prefix (for
    search as you type, as on SQLite)."""
    last = len(terms) - 1
    for position, (term, form) in enumerate(zip(terms, forms, strict=True)):
        if position == last:
            yield pg_prefix(term), pg_prefix(form), "raw"
        else:
            yield term, form, "plain"


def pg_query(request, terms, forms):
    """The PostgreSQL query: every word required, each matching as written (stemmed by
    the visitor's and the source language's configuration) or by its base form."""
    configs = dict.fromkeys([pg_config(request.language), pg_config(request.source_language)])
    query = None
    for term, form, search_type in pg_word_queries(terms, forms):
        either = SearchQuery(form, config="simple", search_type=search_type)
        for config in configs:
            either |= SearchQuery(term, config=config, search_type=search_type)
        query = either if query is None else query & either
    return query


def pg_tsquery_sql(config, terms, forms):
    """The same query as SQL with parameters, in the visitor's configuration (for
    ts_headline, which takes one tsquery)."""
    parts, params = [], []
    for term, form, search_type in pg_word_queries(terms, forms):
        function = "to_tsquery" if search_type == "raw" else "plainto_tsquery"
        parts.append(f"({function}(%s::regconfig, %s) || {function}('simple', %s))")
        params += [config, term, form]
    return " && ".join(parts), params


class DatabaseAdapter(SearchAdapter):
    name = "database"

    # Which records the text matches -------------------------------------------------
    def text_condition(self, request, terms, forms):
        if not terms:
            return Q()
        if connection.vendor == "sqlite":
            return Q(
                pk__in=RawSQL(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH %s",
                    (fts5_query(terms, forms),),
                )
            )
        return Q(search_vector=pg_query(request, terms, forms))

    def language_condition(self, request):
        """Explicit `language` values, or by default the visitor's language and, when
        asked, source content not translated into it yet."""
        chosen = request.filters.get("language")
        if chosen:
            return Q(language__in=chosen)
        scope = Q(language=request.language)
        if request.include_untranslated and request.source_language != request.language:
            translated = SearchRecord.objects.filter(
                group_key=OuterRef("group_key"), language=request.language
            )
            scope |= Q(language=request.source_language) & ~Q(Exists(translated))
        return scope

    def facet_conditions(self, request):
        conditions = {"language": self.language_condition(request)}
        for param, keys in request.filters.items():
            if param == "language" or not keys:
                continue
            if param == "type":
                conditions[param] = Q(kind__in=keys)
            else:
                # A semi-join (IN) rather than a correlated EXISTS: both engines plan it
                # as one pass over the facet index.
                conditions[param] = Q(
                    pk__in=FacetKey.objects.filter(facet=param, key__in=keys).values("record_id")
                )
        return conditions

    # The search ----------------------------------------------------------------------
    def search(self, request):
        terms = search_terms(request.query)
        if request.query and not terms:
            return SearchResponse(hits=[], total=0, facets={})
        # The query's words reduced in the visitor's language, as records are in theirs.
        forms = query_forms(terms, request.language)
        text = self.text_condition(request, terms, forms)
        conditions = self.facet_conditions(request)
        matching = SearchRecord.objects.filter(text, *conditions.values())
        total = matching.count()
        hits = self.hits(request, terms, forms, matching) if total else []
        return SearchResponse(hits=hits, total=total, facets=self.facet_counts(text, conditions))

    def facet_counts(self, text, conditions):
        """Counts per facet value. A facet's own selection is left out of its counts, so
        visitors see what choosing another value would add (disjunctive faceting)."""
        counts = {facet.param: {} for facet in search_facets()}
        unselected = [facet.param for facet in search_facets() if facet.param not in conditions]
        groups = [(unselected, list(conditions.values()))]
        for param in conditions:
            groups.append(([param], [c for p, c in conditions.items() if p != param]))
        # One query for all the groups (a UNION ALL: their facets do not overlap).
        selects = [
            FacetKey.objects.filter(
                facet__in=params, record__in=SearchRecord.objects.filter(text, *others).values("pk")
            )
            .values_list("facet", "key")
            .annotate(n=Count("record"))  # a key is stored once per record
            .order_by()
            for params, others in groups
            if params
        ]
        for facet, key, n in selects[0].union(*selects[1:], all=True):
            counts[facet][key] = n
        return counts

    def hits(self, request, terms, forms, matching):
        ordered = self.ordered(request, terms, forms, matching)
        page = list(ordered[request.offset : request.offset + request.per_page])
        snippets = self.snippets(request, terms, forms, [record.pk for record in page])
        return [
            Hit(
                record_id=record.pk,
                kind=record.kind,
                title=record.title,
                url=record.url,
                language=record.language,
                summary=record.summary,
                snippet=snippet(snippets.get(record.pk), record.summary),
                facts=record.facts,
                parent_title=record.parent_title,
                parent_url=record.parent_url,
                group_key=record.group_key,
            )
            for record in page
        ]

    def ordered(self, request, terms, forms, matching):
        fields = (
            "id",
            "kind",
            "title",
            "url",
            "language",
            "summary",
            "facts",
            "parent_title",
            "parent_url",
            "group_key",
            "date",
            "sort_title",
        )
        matching = matching.only(*fields)
        if request.sort == "title":
            return matching.order_by("sort_title", "pk")
        if request.sort == "newest" or not terms:
            return matching.order_by(F("date").desc(nulls_last=True), "pk")
        if connection.vendor == "sqlite":
            # Join the FTS5 table once and order by its bm25 score: the title counts 5 times
            # the rest, in its words as written and in their base forms alike, so a word
            # matching as written scores above one matching only by its base form; the
            # terms' labels count half. bm25 is negative (lower is better), so a kind's
            # weight below 1 moves it down.
            weights = " ".join(
                f"WHEN '{kind}' THEN {weight}" for kind, weight in search_weights().items()
            )
            return matching.extra(  # noqa: S610 - constant SQL, the query is a parameter
                tables=["search_fts"],
                where=["search_fts.rowid = search_searchrecord.id", "search_fts MATCH %s"],
                params=[fts5_query(terms, forms)],
                select={
                    "rank": "bm25(search_fts, 5.0, 1.0, 5.0, 1.0, 0.5) * "
                    f"CASE search_searchrecord.kind {weights} ELSE 1.0 END"
                },
                order_by=["rank", "id"],
            )
        query = pg_query(request, terms, forms)
        weight = Case(
            *(When(kind=kind, then=Value(weight)) for kind, weight in search_weights().items()),
            default=Value(1.0),
            output_field=FloatField(),
        )
        rank = SearchRank(F("search_vector"), query) * weight
        return matching.annotate(rank=rank).order_by("-rank", "pk")

    def snippets(self, request, terms, forms, ids):
        """The matching passage of each hit, with the matched words marked."""
        if not terms or not ids:
            return {}
        placeholders = ", ".join(["%s"] * len(ids))
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute(
                    f"SELECT rowid, snippet(search_fts, 1, %s, %s, '…', 24) FROM search_fts "  # noqa: S608
                    f"WHERE search_fts MATCH %s AND rowid IN ({placeholders})",
                    [OPEN, CLOSE, fts5_query(terms, forms), *ids],
                )
            else:
                # Cut from the text as written; base forms mark the words where they
                # stand as written.
                config = pg_config(request.language)
                tsquery, params = pg_tsquery_sql(config, terms, forms)
                cursor.execute(
                    "SELECT id, ts_headline(%s::regconfig, summary || ' ' || body, "  # noqa: S608
                    f"{tsquery}, %s) FROM search_searchrecord WHERE id IN ({placeholders})",
                    [
                        config,
                        *params,
                        f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=30, MinWords=12",
                        *ids,
                    ],
                )
            return {pk: text for pk, text in cursor.fetchall() if text}

    def suggest(self, prefix, language, limit=8):
        """Titles for search as you type: words of the title starting with what was typed."""
        terms = search_terms(prefix)
        if not terms:
            return []
        records = SearchRecord.objects.filter(language=language)
        if connection.vendor == "sqlite":
            records = records.filter(
                pk__in=RawSQL(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH %s",
                    (f"title : ({fts5_query(terms)})",),
                )
            )
        else:
            for term in terms:
                records = records.filter(title__icontains=term)
        return list(records.order_by("sort_title").values("title", "url", "kind")[:limit])
