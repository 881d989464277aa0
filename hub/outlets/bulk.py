"""Many pages read at once with what the outlets show of them, so that an OAI-PMH batch,
an API listing or a feed costs the same few SQL queries for 3 records or 100: the pages
of each type with their own related rows (one query a type), their many-to-many terms
(one query for every relation of every type), their parents (one query),
and the documents and snippets their StreamFields choose (one query each, read into the
caches the blocks look in first). Only public API of Django and Wagtail."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, IntegerField, Q, TextField, Value, Window
from django.db.models.functions import Cast, RowNumber

from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Page

from hub.translation.locales import locale_by_id

# Foreign keys of Page itself that no outlet shows (the editing history, the tree).
_PAGE_FIELDS = {field.name for field in Page._meta.concrete_fields}


def own_foreign_keys(model):
    """The foreign keys a page type adds to Page (its picture, its taxonomy terms)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one and field.name not in _PAGE_FIELDS
    ]


def own_many_to_many(model):
    """The many-to-many relations a page type adds to Page (its taxonomy terms)."""
    return [field for field in model._meta.many_to_many if field.name not in _PAGE_FIELDS]


def keep_locale(page):
    """Give `page` its Locale from the per-process table instead of a query each."""
    locale = locale_by_id(page.locale_id)
    if locale is not None:
        page.locale = locale


def specific_pages(rows, restrict=None):
    """{pk: specific page} for `rows`, (pk, content type id) pairs: one query for each
    page type, with its own foreign keys joined and its locale set. `restrict(queryset)`
    may narrow each query (to public pages, say)."""
    by_type = {}
    for pk, content_type_id in rows:
        by_type.setdefault(content_type_id, []).append(pk)
    found = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        queryset = model.objects.filter(pk__in=ids).select_related(*own_foreign_keys(model))
        if restrict is not None:
            queryset = restrict(queryset)
        for page in queryset:
            keep_locale(page)
            found[page.pk] = page
    return found


def read_relations(pages):
    """Read the many-to-many relations of `pages` (of any types) in one UNION query, and
    keep them on each page for hub.taxonomy.fields.related_terms (structured data, the
    API): prefetch_related would ask once per relation of each type."""
    plans = []
    for model in {type(page) for page in pages}:
        ids = [page.pk for page in pages if type(page) is model]
        plans += [(field, ids) for field in own_many_to_many(model)]
    if not plans:
        return
    held = {(index, pk): [] for index, (_field, ids) in enumerate(plans) for pk in ids}
    for index, page_id, position, term in _relation_rows(plans):
        held[(index, page_id)].append((position, term))
    for page in pages:
        for index, (field, _ids) in enumerate(plans):
            if field.model is type(page):
                terms = [term for _p, term in sorted(held[(index, page.pk)], key=_first)]
                page.__dict__.setdefault("_hub_terms", {})[field.name] = terms


def _first(pair):
    return pair[0]


def with_relations(pages, chunk_size=1000):
    """Iterate `pages`, a queryset of one page type, in pk order, as (page, {relation
    name: [terms]}) for its many-to-many relations. The relations of all of them are
    read in one more query, streamed beside the pages (both in pk order): two queries
    and constant memory for any number of pages (prefetch_related with iterator() would
    ask once per chunk)."""
    pages = pages.order_by("pk")
    plans = [(field, pages.values("pk")) for field in own_many_to_many(pages.model)]
    rows = iter(_relation_rows(plans, ordered=True, chunk_size=chunk_size)) if plans else iter(())
    pending = next(rows, None)
    for page in pages.iterator(chunk_size=chunk_size):
        held = {index: [] for index in range(len(plans))}
        while pending is not None and pending[1] <= page.pk:
            index, page_id, _position, term = pending
            if page_id == page.pk:
                held[index].append(term)
            pending = next(rows, None)
        yield page, {field.name: held[index] for index, (field, _pages) in enumerate(plans)}


def _relation_rows(plans, ordered=False, chunk_size=None):
    """(plan index, page id, position, term) for the (many-to-many field, page ids or a
    pk subquery) `plans`, from one UNION query: every column of the terms as text,
    padded to the widest taxonomy, each relation's order kept as a row number (and the
    rows in page order when `ordered`)."""
    width = max(len(_stored(field.related_model)) for field, _ids in plans)
    branches = []
    for index, (field, ids) in enumerate(plans):
        target = field.related_model
        source, other = field.m2m_field_name(), field.m2m_reverse_field_name()
        ordering = [
            F(f"{other}__{name[1:]}").desc() if name.startswith("-") else F(f"{other}__{name}")
            for name in target._meta.ordering
        ]
        columns = [Cast(f"{other}__{column.attname}", TextField()) for column in _stored(target)]
        columns += [Value(None, output_field=TextField())] * (width - len(columns))
        branches.append(
            field.remote_field.through.objects.filter(**{f"{source}_id__in": ids})
            .order_by()
            .annotate(
                hub_relation=Value(index, output_field=IntegerField()),
                hub_page=F(f"{source}_id"),
                hub_position=Window(RowNumber(), order_by=[*ordering, F(f"{other}__pk").asc()]),
            )
            .values_list("hub_relation", "hub_page", "hub_position", *columns)
        )
    query = branches[0].union(*branches[1:], all=True) if len(branches) > 1 else branches[0]
    if ordered:
        query = query.order_by("hub_page", "hub_relation", "hub_position")
    db = branches[0].db
    rows = query.iterator(chunk_size=chunk_size) if chunk_size else query
    for index, page_id, position, *values in rows:
        target = plans[index][0].related_model
        stored = _stored(target)
        term = target.from_db(db, [column.attname for column in stored], [
            column.to_python(value) if value is not None else None
            for column, value in zip(stored, values, strict=False)
        ])  # fmt: skip
        yield index, page_id, position, term


def _stored(model):
    return list(model._meta.concrete_fields)


def read_parents(pages, known=()):
    """Keep on each of `pages` its parent (for hub.pages.routing.parent_page), from `known`
    pages where one is the parent, the others in one query."""
    by_path = {page.path: page for page in [*known, *pages]}
    wanted = {page.path[: -Page.steplen] for page in pages if page.depth > 1}
    missing = [path for path in wanted if path not in by_path]
    if missing:
        for parent in Page.objects.filter(path__in=missing).select_related("locale"):
            by_path[parent.path] = parent
    for page in pages:
        parent = by_path.get(page.path[: -Page.steplen]) if page.depth > 1 else None
        if parent is not None:
            page._hub_parent = parent


def children_of(pages, model, restrict=None):
    """{parent pk: [its children of `model`, in tree order]} for `pages`, in one query."""
    if not pages:
        return {}
    parents = {page.path: page.pk for page in pages}
    depths = {page.depth + 1 for page in pages}
    queryset = model.objects.filter(depth__in=depths).filter(
        Q(*[Q(path__startswith=path) for path in parents], _connector=Q.OR)
    )
    if restrict is not None:
        queryset = restrict(queryset)
    found = {pk: [] for pk in parents.values()}
    for child in queryset.select_related(*own_foreign_keys(model)).order_by("path"):
        parent = parents.get(child.path[: -Page.steplen])
        if parent is not None:
            keep_locale(child)
            found[parent].append(child)
    return found


# StreamFields -------------------------------------------------------------------------
def stream_fields(model):
    return [field.name for field in model._meta.get_fields() if isinstance(field, StreamField)]


def read_chosen(items, names=None):
    """Read at once the documents and snippets chosen in the StreamFields `names` (all by
    default) of `items`, into the per-request caches their blocks read first
    (hub.pages.blocks): one query for each kind of thing chosen, not one per page."""
    from hub.pages.blocks import MaterialDocumentBlock, SharedSnippetChooserBlock

    cached = (MaterialDocumentBlock, SharedSnippetChooserBlock)
    chosen = {}  # (block class, target model): (a block, [ids])
    for item in items:
        for name in names if names is not None else stream_fields(type(item)):
            value = getattr(item, name, None)
            if value is None or not hasattr(value, "raw_data"):
                continue
            _walk(value.stream_block, list(value.raw_data), chosen, cached)
    for block, ids in chosen.values():
        block.bulk_to_python(ids)


def _walk(block, raw, chosen, cached):
    """Collect the ids that the `cached` chooser blocks inside `block` hold in `raw`."""
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _walk(child, item.get("value"), chosen, cached)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            value = item["value"] if _list_item(item) else item
            _walk(block.child_block, value, chosen, cached)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                _walk(child, raw.get(name), chosen, cached)
    elif isinstance(block, cached):
        key = (type(block), block.model_class)
        chosen.setdefault(key, (block, []))[1].append(raw)


def _list_item(item):
    """A ListBlock item in the block format ({"type": "item", "value": ..., "id": ...})."""
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def read_streams(items, names):
    """Make the blocks of the StreamFields `names` of `items` (of one type) ready, each
    kind of block of a field for all items at once, as Wagtail does within one
    StreamField: a listing of 50 pages then reads their pictures in one query, not 50
    (their documents and snippets, see read_chosen, in one for all fields)."""
    read_chosen(items, names)
    for name in names:
        holders = [item for item in items if getattr(getattr(item, name, None), "is_lazy", False)]
        if holders:
            _convert_together(holders, name)


def _convert_together(items, name):
    """Give each of `items` its StreamField `name` as a StreamValue of converted blocks
    (Wagtail's public constructor), each block type's raw values of every item
    converted by one bulk_to_python call."""
    pending = {}  # type name: [raw values of every item]
    raws = []
    for item in items:
        stream = getattr(item, name)
        raw = [
            entry for entry in stream.raw_data if entry["type"] in stream.stream_block.child_blocks
        ]
        raws.append((item, stream.stream_block, raw))
        for entry in raw:
            pending.setdefault(entry["type"], []).append(entry["value"])
    block_of = raws[0][1].child_blocks
    converted = {
        type_name: iter(block_of[type_name].bulk_to_python(values))
        for type_name, values in pending.items()
    }
    for item, stream_block, raw in raws:
        children = [
            (entry["type"], next(converted[entry["type"]]), entry.get("id")) for entry in raw
        ]
        setattr(item, name, StreamValue(stream_block, children, is_lazy=False))
