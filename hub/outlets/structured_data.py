"""schema.org JSON-LD and Open Graph for every page, so search engines and learning
platforms know what a page is (an Article, a HowTo, a Course, a LearningResource), under
which licence, in which language. Content pages describe themselves with
`structured_data(request)`; this module holds the parts they share."""

import json

from django.apps import apps
from django.conf import settings
from django.utils.html import strip_tags

from wagtail.models import Page

from hub.images.renditions import prefetch_renditions
from hub.materials.models import default_licence_term
from hub.materials.pages import MaterialsMixin, load_documents, public_materials
from hub.outlets import bulk
from hub.public import public_pages
from hub.taxonomy.labels import want_terms
from hub.taxonomy.models import Licence, Taxonomy

SCHEMA = "https://schema.org"
IMAGE_RENDITION = "fill-1200x630"
# Page types whose structured data lists their live, public children: where their own
# code looks for them first (filled for the page being shown), and the children's type.
LISTED_CHILDREN = {"courses.CourseModulePage": ("_hub_units", "courses.UnitPage")}
# What JSON may not carry inside a <script> element unescaped.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def duration(minutes=0, hours=0):
    """An ISO 8601 duration, as schema.org wants times: PT1H30M."""
    total = int(round(hours * 60 + minutes))
    h, m = divmod(total, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m or not h else "")


def text(value):
    return " ".join(strip_tags(str(value)).split())


def absolute(request, url):
    return request.build_absolute_uri(url) if request and url else url


def source_of(page):
    """The page whose content is shown: a page that mirrors the source shows the source."""
    return page.alias_of.specific if page.alias_of_id else page


def canonical_url(page, request):
    """Search engines should index the source of a mirrored page, not each mirror."""
    return absolute(request, source_of(page).get_url(request))


def organisation():
    return {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}


def material(document, request):
    """A downloadable material as an LRMI LearningResource."""
    data = {
        "@type": "LearningResource",
        "name": document.title,
        "url": absolute(request, document.url),
        "inLanguage": document.language,
        "encodingFormat": document.format_label,
        "isAccessibleForFree": True,
    }
    if document.licence:
        data["license"] = document.licence.url
    if document.authors:
        data["author"] = [{"@type": "Person", "name": name.strip()}
                          for name in document.authors.split(",") if name.strip()]  # fmt: skip
    if document.description:
        data["description"] = document.description
    return data


def page_data(page, request, schema_type):
    """What every content page says of itself."""
    content = source_of(page)
    data = {
        "@context": SCHEMA,
        "@type": schema_type,
        "name": content.title,
        "url": canonical_url(page, request),
        "inLanguage": content.locale.language_code,
        "isAccessibleForFree": True,
        "publisher": organisation(),
    }
    if getattr(content, "summary", ""):
        data["description"] = content.summary
    licence = default_licence_term()
    if licence:
        data["license"] = licence.url
    if content.first_published_at:
        data["datePublished"] = content.first_published_at.isoformat()
    if content.last_published_at:
        data["dateModified"] = content.last_published_at.isoformat()
    image = getattr(content, "image", None)
    if image:
        data["image"] = absolute(request, image.get_rendition(IMAGE_RENDITION).url)
    if isinstance(content, MaterialsMixin):
        materials = public_materials(content.material_ids())
        if materials:
            data["hasPart"] = [material(document, request) for document in materials]
    return data


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
    for label, (attribute, child_label) in LISTED_CHILDREN.items():
        try:
            model, child_model = apps.get_model(label), apps.get_model(child_label)
        except LookupError:
            continue
        parents = [page for page in pages if type(page) is model]
        children = bulk.children_of(parents, child_model, restrict=public_pages)
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
