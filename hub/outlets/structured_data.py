"""schema.org JSON-LD and Open Graph for every page, so search engines and learning
platforms know what a page is (an Article, a HowTo, a Course, a LearningResource), under
which licence, in which language. Content pages describe themselves with
`structured_data(request)` (hub.pages.schema_org holds the parts they share); this module
reads what many of them need at once and writes it into the page."""

import json

from django.apps import apps
from django.conf import settings

from wagtail.models import Page

from hub.images.renditions import prefetch_renditions
from hub.materials.pages import MaterialsMixin, load_documents
from hub.outlets import bulk
from hub.pages.schema_org import IMAGE_RENDITION, SCHEMA, canonical_url, organisation, source_of
from hub.security.public import public_pages
from hub.taxonomy.labels import want_terms
from hub.taxonomy.models import Licence, Taxonomy

# What JSON may not carry inside a <script> element unescaped.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def structured_data(page, request):
    """The page's JSON-LD object: its own description, or a WebPage."""
    if not isinstance(page, Page):
        return None
    describe = getattr(source_of(page), "structured_data", None)
    if describe:
        return describe(request)
    return {
        "@context": SCHEMA,
        "@type": "WebPage",
        "name": page.title,
        "url": canonical_url(page, request),
        "inLanguage": page.locale.language_code,
        "publisher": organisation(),
    }


def read_for_structured_data(pages, documents=()):
    """Read at once what the structured data of `pages` (specific content pages of any
    types, not mirrors) asks for, so that describing 100 of them (an OAI-PMH batch)
    costs the queries of describing one: their terms and the labels of those, their
    pictures' renditions, their materials (with the other `documents` the caller will
    show) and chosen snippets, their parents, and the children of the types that list
    theirs."""
    pages = list(pages)
    load_documents(
        [pk for page in pages if isinstance(page, MaterialsMixin) for pk in page.material_ids()]
        + list(documents)
    )
    if not pages:
        return
    bulk.read_relations(pages)
    want_terms(Licence, *{model for page in pages for model in _taxonomies(type(page))})
    prefetch_renditions((getattr(page, "image", None) for page in pages), IMAGE_RENDITION)
    bulk.read_chosen(pages)
    bulk.read_parents(pages, known=pages)
    # Types whose structured data lists their live, public children declare where
    # their own code looks for them first, and the children's type.
    for model in {type(page) for page in pages}:
        if not getattr(model, "structured_children", None):
            continue
        attribute, child_label = model.structured_children
        parents = [page for page in pages if type(page) is model]
        children = bulk.children_of(parents, apps.get_model(child_label), restrict=public_pages)
        for parent in parents:
            setattr(parent, attribute, children[parent.pk])


def _taxonomies(model):
    """The taxonomies a page type points to (their labels may be asked for)."""
    related = [model._meta.get_field(name).related_model for name in bulk.own_foreign_keys(model)]
    related += [field.related_model for field in bulk.own_many_to_many(model)]
    return [target for target in related if issubclass(target, Taxonomy)]


def json_ld(data):
    """JSON for a <script type="application/ld+json"> element, safe inside HTML."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)


def open_graph(page, request, data):
    """Open Graph properties from the page's structured data."""
    article = data.get("@type") not in ("WebPage", "CollectionPage")
    tags = {
        "og:site_name": settings.WAGTAIL_SITE_NAME,
        "og:type": "article" if article else "website",
        "og:title": data.get("name", page.title),
        "og:url": data.get("url"),
        "og:locale": data.get("inLanguage", page.locale.language_code),
    }
    if data.get("description"):
        tags["og:description"] = data["description"]
    if data.get("image"):
        tags["og:image"] = data["image"]
    return tags
