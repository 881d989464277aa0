"""The adapter for the search engine (OpenSearch, Elasticsearch), in their query DSL: one
request per search answers hits, total, highlighted passages and the counts of every
facet.

Disjunctive faceting in one round trip: the selected filters go into `post_filter`, so
they narrow the hits but not the aggregations; each selected facet is counted in a
`filter` aggregation holding every *other* selection, and the unselected facets share
one aggregation holding them all."""

from hub.content.registry import search_facets, search_weights
from hub.security.search_input import search_terms
from search import engine
from search.adapters.base import (
    CLOSE,
    OPEN,
    Hit,
    SearchAdapter,
    SearchResponse,
    snippet,
)
from search.base_forms import query_forms

FACET_SIZE = 300  # more than the largest taxonomy (249 countries)
TITLE_BOOST = 5
TERMS_BOOST = 0.5  # the labels of a record's terms say less about it than its text


def terms_filter(param, keys):
    return {"terms": {f"facets.{param}": list(keys)}}


class QueryDSLAdapter(SearchAdapter):
    name = "engine"

    def language_filter(self, request):
        """Explicit `language` values, or the visitor's language and, when asked, source
        content whose group has no translation into it yet."""
        chosen = request.filters.get("language")
        if chosen:
            return terms_filter("language", chosen)
        scope = [{"term": {"language": request.language}}]
        if request.include_untranslated and request.source_language != request.language:
            scope.append(
                {
                    "bool": {
                        "filter": [{"term": {"language": request.source_language}}],
                        "must_not": [{"term": {"group_languages": request.language}}],
                    }
                }
            )
        return {"bool": {"should": scope, "minimum_should_match": 1}}

    def conditions(self, request):
        conditions = {"language": self.language_filter(request)}
        for param, keys in request.filters.items():
            if param != "language" and keys:
                conditions[param] = terms_filter(param, keys)
        return conditions

    def text_query(self, request, terms, forms):
        if not terms:
            return {"match_all": {}}
        languages = dict.fromkeys([request.language, request.source_language])
        fields = []
        for language in languages:
            fields += [f"title_{language}^{TITLE_BOOST}", f"text_{language}"]
            fields += [f"title_{language}.folded^{TITLE_BOOST}", f"text_{language}.folded"]
        # bool_prefix: every word required, the last one also as a prefix (as you type);
        # the words are matched as text, never parsed as query syntax. The words match
        # as written (through each language's analyser) or by their base forms, reduced
        # in the visitor's language as each record's are in its own, in the text or, at
        # a lower weight, in the labels of the record's terms. Each kind's score is
        # multiplied by its weight (the registry's search_weights), as on the database.
        matching = {
            "bool": {
                "should": [
                    {
                        "multi_match": {
                            "query": " ".join(terms),
                            "type": "bool_prefix",
                            "fields": fields,
                            "operator": "and",
                        }
                    },
                    {
                        "multi_match": {
                            "query": " ".join(forms),
                            "type": "bool_prefix",
                            "fields": [
                                f"title_forms^{TITLE_BOOST}",
                                "text_forms",
                                f"term_forms^{TERMS_BOOST}",
                            ],
                            "operator": "and",
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        }
        return {
            "function_score": {
                "query": matching,
                "functions": [
                    {"filter": {"term": {"kind": kind}}, "weight": weight}
                    for kind, weight in search_weights().items()
                ],
                "boost_mode": "multiply",
                "score_mode": "multiply",
            }
        }

    def aggregations(self, conditions):
        aggs = {}
        unselected = [facet.param for facet in search_facets() if facet.param not in conditions]
        if unselected:
            aggs["unselected"] = {
                "filter": {"bool": {"filter": list(conditions.values())}},
                "aggs": {
                    param: {"terms": {"field": f"facets.{param}", "size": FACET_SIZE}}
                    for param in unselected
                },
            }
        for param in conditions:
            others = [c for p, c in conditions.items() if p != param]
            aggs[f"selected_{param}"] = {
                "filter": {"bool": {"filter": others}},
                "aggs": {param: {"terms": {"field": f"facets.{param}", "size": FACET_SIZE}}},
            }
        return aggs

    def sort(self, request, terms):
        if request.sort == "title":
            return [{"sort_title": "asc"}, {"record_id": "asc"}]
        if request.sort == "newest" or not terms:
            return [{"date": {"order": "desc", "missing": "_last"}}, {"record_id": "asc"}]
        return [{"_score": "desc"}, {"record_id": "asc"}]

    def highlight_query(self, terms, forms, text_fields):
        """Highlights come from the text as written: its words that match as typed or
        that are a query word's base form as written."""
        if not terms:
            return None
        words = dict.fromkeys([*forms, *terms])  # the typed last word stays last: a prefix
        return {
            "multi_match": {"query": " ".join(words), "type": "bool_prefix", "fields": text_fields}
        }

    def body(self, request, terms):
        conditions = self.conditions(request)
        text_fields = list(
            dict.fromkeys([f"text_{request.language}", f"text_{request.source_language}"])
        )
        forms = query_forms(terms, request.language)
        highlight_query = self.highlight_query(terms, forms, text_fields)
        return {
            "query": self.text_query(request, terms, forms),
            "post_filter": {"bool": {"filter": list(conditions.values())}},
            "aggs": self.aggregations(conditions),
            "sort": self.sort(request, terms),
            "from": request.offset,
            "size": request.per_page,
            "track_total_hits": True,
            "_source": {"excludes": ["text_*", "title_*"]},
            "highlight": {
                "pre_tags": [OPEN],
                "post_tags": [CLOSE],
                "encoder": "default",  # escaped here, after the markers are placed
                "fields": {
                    field: {"fragment_size": 200, "number_of_fragments": 1} for field in text_fields
                },
                **({"highlight_query": highlight_query} if highlight_query else {}),
            },
        }

    def search(self, request):
        terms = search_terms(request.query)
        if request.query and not terms:
            return SearchResponse(hits=[], total=0, facets={})
        result = engine.call("search", index=engine.alias(), body=self.body(request, terms))
        counts = {facet.param: {} for facet in search_facets()}
        for agg in result.get("aggregations", {}).values():
            for param, terms_agg in agg.items():
                if isinstance(terms_agg, dict) and "buckets" in terms_agg:
                    counts[param] = {b["key"]: b["doc_count"] for b in terms_agg["buckets"]}
        hits = [self.hit(raw) for raw in result["hits"]["hits"]]
        return SearchResponse(hits=hits, total=result["hits"]["total"]["value"], facets=counts)

    def hit(self, raw):
        source = raw["_source"]
        fragments = [text for texts in raw.get("highlight", {}).values() for text in texts]
        return Hit(
            record_id=source["record_id"],
            kind=source["kind"],
            title=source["title"],
            url=source["url"],
            language=source["language"],
            summary=source["summary"],
            snippet=snippet(fragments[0] if fragments else "", source["summary"]),
            facts=source.get("facts") or {},
            parent_title=source.get("parent_title", ""),
            parent_url=source.get("parent_url", ""),
            group_key=source.get("group_key", ""),
        )

    def suggest(self, prefix, language, limit=8):
        """Titles whose words start with what was typed, from the edge n-grams of
        Wagtail's autocomplete analyser."""
        terms = search_terms(prefix)
        if not terms:
            return []
        body = {
            "query": {
                "bool": {
                    "must": [
                        {"match": {"title_suggest": {"query": " ".join(terms), "operator": "and"}}}
                    ],
                    "filter": [{"term": {"language": language}}],
                }
            },
            "sort": [{"_score": "desc"}, {"sort_title": "asc"}],
            "size": limit,
            "_source": ["title", "url", "kind"],
        }
        result = engine.call("search", index=engine.alias(), body=body)
        return [
            {key: hit["_source"][key] for key in ("title", "url", "kind")}
            for hit in result["hits"]["hits"]
        ]
