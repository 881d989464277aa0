"""schema.org, as every content page describes itself (ContentPage.structured_data):
the parts the page types share. hub.outlets.structured_data writes it into pages and
OAI-PMH records."""

from django.conf import settings
from django.utils.html import strip_tags

from hub.materials.models import default_licence_term
from hub.materials.pages import MaterialsMixin, public_materials

SCHEMA = "https://schema.org"
IMAGE_RENDITION = "fill-1200x630"


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
