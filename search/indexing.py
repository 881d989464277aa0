"""Keeps the search index current: what a record holds for each kind of content, and
writing records with their facet keys and full text. Only live, public pages (sources
and real translations, not mirrors) and public documents are ever indexed."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.utils import translation
from django.utils.html import strip_tags

from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from hub.content import registry
from hub.security.public import public_documents, public_pages
from hub.taxonomy.labels import term_labels
from search import engine
from search.base_forms import base_forms
from search.models import FacetKey, SearchRecord

logger = logging.getLogger(__name__)
# PostgreSQL text search configurations per language; "simple" where PostgreSQL has
# no stemmer (Polish, Slovenian, Czech, Slovak). The base forms beside the text reduce
# words in every language, these stemmers included.
PG_CONFIGS = {
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "hu": "hungarian",
    "el": "greek",
}
BATCH = 500
# The PostgreSQL vector of a record: its text stemmed by the language's configuration
# and its base forms as they are, the title's words weighing more (A) than the rest (B),
# and the labels of its terms least (C).
VECTOR_SQL = (
    "setweight(to_tsvector(%s::regconfig, title), 'A') || "
    "setweight(to_tsvector(%s::regconfig, summary || ' ' || body), 'B') || "
    "setweight(to_tsvector('simple', title_forms), 'A') || "
    "setweight(to_tsvector('simple', body_forms), 'B') || "
    "setweight(to_tsvector('simple', term_forms), 'C')"
)


def pg_config(language):
    return PG_CONFIGS.get(language, "simple")


def _text(value):
    return " ".join(strip_tags(str(value)).split())


def searchable_text(obj):
    """The text of every field the model declares as a Wagtail SearchField (a field, or
    an attribute such as a strategy's measures)."""
    parts = []
    for search_field in obj.get_search_fields():
        if not isinstance(search_field, index.SearchField):
            continue
        value = getattr(obj, search_field.field_name, None)
        if value is None:
            continue
        try:
            model_field = obj._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            model_field = None
        if hasattr(model_field, "get_searchable_content"):
            parts.extend(_text(text) for text in model_field.get_searchable_content(value))
        else:
            parts.append(_text(value))
    return " ".join(part for part in parts if part)


def facet_keys(obj, language):
    """(facet keys, the labels of its taxonomy terms in `language`) of an object, from
    its type's facets (hub.content.registry). A label is worded in the active language (a
    country's name, a term's translation), so the record's language is made active while
    they are read; a material in a language the hub has no locale for gets the source
    language's labels."""
    keys = [(registry.TYPE, obj.kind), (registry.LANGUAGE, language)]
    labels = []
    with translation.override(language):
        for facet in obj.facets:
            found = facet.keys_for(obj)
            keys.extend((facet.param, key) for key in found)
            if facet.taxonomy is not None and found:
                named = term_labels(facet.taxonomy)
                labels.extend(named[key] for key in found if key in named)
    return keys, labels


def page_record(page):
    """(record fields, facet keys) for a live, public page."""
    facets, labels = facet_keys(page, page.locale.language_code)
    return {
        "kind": page.kind,
        "content_type": ContentType.objects.get_for_model(page),
        "object_id": page.pk,
        "language": page.locale.language_code,
        "group_key": str(page.translation_key),
        "title": page.title[:255],
        "sort_title": page.title.lower()[:255],
        "summary": getattr(page, "summary", "") or "",
        "body": searchable_text(page),
        "url": page.get_url() or "",
        "date": page.first_published_at,
        "facts": page.search_facts(),
        "term_labels": labels,
    }, facets


def document_parent(document):
    """The first live, public page that lists the document, if any."""
    references = ReferenceIndex.get_references_to(document).values_list("object_id", flat=True)
    ids = [int(pk) for pk in references if str(pk).isdigit()]
    return public_pages(Page.objects.filter(pk__in=ids)).order_by("path").first()


def document_record(document):
    facets, labels = facet_keys(document, document.language)
    parent = document_parent(document)
    body = " ".join(filter(None, [document.description, document.authors, document.extracted_text]))
    return {
        "kind": document.kind,
        "content_type": ContentType.objects.get_for_model(document),
        "object_id": document.pk,
        "language": document.language,
        "group_key": str(document.translation_of_id or document.pk),
        "title": document.title[:255],
        "sort_title": document.title.lower()[:255],
        "summary": document.description,
        "body": body,
        "url": document.url,
        "date": document.created_at,
        "facts": document.search_facts(),
        "parent_title": parent.title if parent else "",
        "parent_url": parent.get_url() or "" if parent else "",
        "term_labels": labels,
    }, facets


def _write_full_text(records):
    if not records:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            ids = [(record.pk,) for record in records]
            cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", ids)
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body, title_forms, body_forms, "
                "term_forms) VALUES (%s, %s, %s, %s, %s, %s)",
                [
                    (
                        r.pk,
                        r.title,
                        f"{r.summary} {r.body}",
                        r.title_forms,
                        r.body_forms,
                        r.term_forms,
                    )
                    for r in records
                ],
            )
        elif connection.vendor == "postgresql":
            cursor.executemany(
                f"UPDATE search_searchrecord SET search_vector = {VECTOR_SQL} WHERE id = %s",  # noqa: S608 - constant SQL
                [(pg_config(r.language), pg_config(r.language), r.pk) for r in records],
            )


def _remove_full_text(ids):
    if connection.vendor == "sqlite" and ids:
        with connection.cursor() as cursor:
            cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", [(pk,) for pk in ids])


def with_base_forms(fields):
    """The record's fields with the base forms of its words and of its terms' labels, in
    its own language."""
    fields = dict(fields)
    language = fields["language"]
    labels = fields.pop("term_labels", [])
    return {
        **fields,
        "title_forms": base_forms(fields["title"], language),
        "body_forms": base_forms(f"{fields['summary']} {fields['body']}", language),
        "term_forms": base_forms(" ".join(labels), language),
    }


def save_records(items, to_engine=True):
    """Write [(record fields, facet keys)] replacing any earlier records of the same
    objects, in bulk, and queue them for the search engine (a full rebuild sends
    everything at the end instead)."""
    if not items:
        return
    with transaction.atomic():
        removed, groups = _remove(
            [(fields["content_type"], fields["object_id"]) for fields, _ in items]
        )
        records = SearchRecord.objects.bulk_create(
            [SearchRecord(**with_base_forms(fields)) for fields, _ in items]
        )
        FacetKey.objects.bulk_create(
            [
                FacetKey(record=record, facet=facet, key=str(key)[:64])
                for record, (_fields, keys) in zip(records, items, strict=True)
                for facet, key in dict.fromkeys(keys)
            ],
            batch_size=BATCH * 5,
        )
        _write_full_text(records)
        if to_engine:  # the old and new records and everything in their groups, at once
            groups |= {record.group_key for record in records}
            engine.queue(removed + _group_keys(groups))


def _group_keys(group_keys):
    """Engine keys of every record in these groups: a record lists the languages its
    group exists in, so a new or removed translation changes its siblings too. Nothing
    to look up without an engine."""
    if not engine.enabled() or not group_keys:
        return []
    rows = SearchRecord.objects.filter(group_key__in=group_keys).values_list(
        "content_type_id", "object_id"
    )
    return [engine.record_key(*row) for row in rows]


def remove_objects(objects):
    """Remove the records of [(content type, object id)] and queue that for the engine."""
    removed, groups = _remove(objects)
    engine.queue(removed + _group_keys(groups))


def _remove(objects):
    """Remove the records; return their engine keys and their groups."""
    by_type = {}
    for content_type, object_id in objects:
        by_type.setdefault(content_type.pk, []).append(object_id)
    removed, groups = [], set()
    for content_type_id, ids in by_type.items():
        records = SearchRecord.objects.filter(content_type_id=content_type_id, object_id__in=ids)
        rows = list(records.values_list("pk", "object_id", "group_key"))
        _remove_full_text([pk for pk, _object_id, _group in rows])
        records.delete()
        removed.extend(engine.record_key(content_type_id, object_id) for _, object_id, _ in rows)
        groups.update(group for _pk, _object_id, group in rows)
    return removed, groups


def is_indexable_page(page):
    """A source or real translation of an indexed kind that the one public gate lets
    through (live, no view restriction on it or above it)."""
    return (
        type(page) in registry.page_types()
        and not page.alias_of_id
        and public_pages(Page.objects.filter(pk=page.pk)).exists()
    )


def index_page(page):
    """Index one page, or remove it when it is no longer live and public."""
    page = page.specific
    try:
        if is_indexable_page(page):
            save_records([page_record(page)])
        else:
            remove_objects([(ContentType.objects.get_for_model(page), page.pk)])
    except Exception:  # search must never stop an editor from publishing
        logger.exception("Could not index page %s", page.pk)


def index_document(document):
    try:
        if public_documents(type(document).objects.filter(pk=document.pk)).exists():
            save_records([document_record(document)])
        else:
            remove_objects([(ContentType.objects.get_for_model(document), document.pk)])
    except Exception:  # search must never stop an upload
        logger.exception("Could not index document %s", document.pk)


def page_querysets():
    """The live, public pages of every registered type, with the taxonomy terms their
    facets read fetched in bulk."""
    for model in registry.page_types():
        queryset = public_pages(model.objects.filter(alias_of__isnull=True)).select_related(
            "locale"
        )
        for facet in model.facets:
            field = model._meta.get_field(facet.field) if facet.field else None
            if field is not None and (field.many_to_many or field.one_to_many):
                queryset = queryset.prefetch_related(facet.field)
            elif field is not None and field.many_to_one:
                queryset = queryset.select_related(facet.field)
        yield queryset


def rebuild(log=lambda message: None):
    """Rebuild the whole index from the database, in batches."""
    with transaction.atomic():
        FacetKey.objects.all().delete()
        SearchRecord.objects.all().delete()
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM search_fts")
    total = 0
    for queryset in page_querysets():
        batch = []
        for page in queryset.iterator(chunk_size=BATCH):
            batch.append(page_record(page))
            if len(batch) >= BATCH:
                save_records(batch, to_engine=False)
                total += len(batch)
                batch = []
                log(f"  {total} records")
        save_records(batch, to_engine=False)
        total += len(batch)
    documents = public_documents(
        get_document_model().objects.select_related("licence").defer(None)  # with their text
    )
    save_records([document_record(document) for document in documents], to_engine=False)
    total += documents.count()
    analyze()
    log(f"  {total} records in the search index")
    if engine.enabled():
        engine.rebuild(log)
    return total


def analyze():
    """Refresh the planner's statistics of the index tables: without them SQLite scans
    the facet keys the slow way round."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE search_searchrecord")
            cursor.execute("ANALYZE search_facetkey")
        elif connection.vendor == "postgresql":
            cursor.execute("ANALYZE search_searchrecord, search_facetkey")
