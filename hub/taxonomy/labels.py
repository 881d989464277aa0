"""Taxonomy labels in the visitor's language. A page may point to a term in another
locale (a page that mirrors the source, or one translated before the term was); its
label is looked up by the term's stable key in the active locale, falling back to the
source locale. A term already in the active locale is its own label.

The terms of a taxonomy are read once per request, whatever the page shows, and the
taxonomies a page says it needs (`want_terms`) are read together, in one query: a case
listing labels five filters, the search page ten facets. What was read is kept in the
process until anything a page shows changes (hub.caching.remembered)."""

from django.db.models import F, TextField, Value, Window
from django.db.models.functions import Cast, RowNumber
from django.utils.translation import get_language

from hub import caching
from hub.caching import per_request
from hub.caching.per_request import PerRequestMiddleware
from hub.translation.locales import active_locale, default_locale

__all__ = [
    "TaxonomyLabelsMiddleware",
    "active_locale",
    "default_locale",
    "localized_term",
    "term_labels",
    "terms_in_locale",
    "want_terms",
]

WANTED = "taxonomy:wanted"


def want_terms(*taxonomies):
    """Name the taxonomies this request will label, so that the first label read loads
    them all in one query instead of one query each."""
    cache = per_request.store()
    if cache is not None:
        cache.setdefault(WANTED, set()).update(taxonomies)


def _key(taxonomy, locale):
    return ("terms", taxonomy, locale.pk)


def terms_in_locale(taxonomy, locale=None):
    """{key: term} for a taxonomy in `locale` (default: the active one), with the source
    locale's term for keys not translated yet. Read once per request and locale, so
    labels, filters, facets and editor choices share one query."""
    locale = locale or active_locale()
    cache = per_request.store()
    if cache is not None and _key(taxonomy, locale) in cache:
        return cache[_key(taxonomy, locale)]
    models = [taxonomy]
    if cache is not None:
        wanted = cache.get(WANTED, ())
        models += sorted(
            (m for m in wanted if m is not taxonomy and _key(m, locale) not in cache),
            key=lambda model: model._meta.label,
        )
    loaded = caching.remembered(
        ("taxonomy-terms", locale.pk, *(model._meta.label for model in models)),
        lambda: _load(models, locale),
    )
    if cache is not None:
        cache.update(loaded)
    return loaded[_key(taxonomy, locale)]


def term_labels(taxonomy):
    """{key: label} for every term of a taxonomy in the visitor's language, as filters
    and facets list them; kept like the terms (naming 250 countries cost a listing a
    seventh of its render). Read-only: it is shared."""
    return caching.remembered(
        ("term-labels", taxonomy._meta.label, get_language()),
        lambda: {key: term.label for key, term in terms_in_locale(taxonomy).items()},
    )


def localized_term(term):
    """`term` as the visitor should read it: its translation in the active locale."""
    if term.locale_id == active_locale().pk:
        return term
    return terms_in_locale(type(term)).get(term.key, term)


def _load(models, locale):
    """{cache key: {key: term}} for `models` in `locale` and in the source locale (the
    source locale's terms asked for first are read with the active locale's)."""
    default = default_locale()
    if locale.pk == default.pk:
        locale = active_locale()
    locale_ids = {locale.pk, default.pk}
    if len(models) == 1:
        rows = {models[0]: list(models[0].objects.filter(locale_id__in=locale_ids))}
    else:
        rows = _union_rows(models, locale_ids)
    loaded = {}
    for model, terms in rows.items():
        in_locale = {}
        for term in terms:
            if term.key not in in_locale or term.locale_id == locale.pk:
                in_locale[term.key] = term
        loaded[_key(model, default)] = {t.key: t for t in terms if t.locale_id == default.pk}
        loaded[_key(model, locale)] = in_locale
    return loaded


def _stored_fields(model):
    return [f for f in model._meta.concrete_fields if f.attname not in ("id", "locale_id")]


def _union_rows(models, locale_ids):
    """The terms of several taxonomies in one UNION query: every column as text, padded
    to the widest taxonomy, with each taxonomy's own order kept as a row number."""
    fields = {model: _stored_fields(model) for model in models}
    width = max(len(columns) for columns in fields.values())
    selects = []
    for index, model in enumerate(models):
        ordering = [
            F(name[1:]).desc() if name.startswith("-") else F(name).asc()
            for name in model._meta.ordering
        ]
        columns = [Cast(field.attname, TextField()) for field in fields[model]]
        columns += [Value(None, output_field=TextField())] * (width - len(columns))
        selects.append(
            model.objects.filter(locale_id__in=locale_ids)
            .order_by()
            .annotate(hub_position=Window(RowNumber(), order_by=[*ordering, F("pk").asc()]))
            .values_list(Value(index), "pk", "locale_id", "hub_position", *columns)
        )
    found = {model: [] for model in models}
    db = selects[0].db
    for index, pk, locale_id, position, *values in selects[0].union(*selects[1:], all=True):
        model = models[index]
        stored = {"id": pk, "locale_id": locale_id}
        for field, value in zip(fields[model], values, strict=False):
            stored[field.attname] = None if value is None else field.to_python(value)
        names = [field.attname for field in model._meta.concrete_fields]
        term = model.from_db(db, names, [stored[name] for name in names])
        found[model].append((position, term))
    return {model: [term for _, term in sorted(terms, key=lambda row: row[0])]
            for model, terms in found.items()}  # fmt: skip


class TaxonomyLabelsMiddleware(PerRequestMiddleware):
    """Gives every request its own cache (hub.caching.per_request): of localized terms, and of
    the other lookups a page repeats. The settings name it by this, its first use."""
