from django import template
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

register = template.Library()

# The public contract fixes these paths (docs/features.md): /<lang>/cases/ and so on.
SECTIONS = [("cases", _("Cases")), ("toolkits", _("Toolkits")), ("courses", _("Courses"))]


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The main navigation, marking the section the visitor is in with aria-current."""
    request = context.get("request")
    path = request.path if request else ""
    language = get_language()
    items = [(label, f"/{language}/{slug}/") for slug, label in SECTIONS]
    items.append((_("Search"), reverse("search")))
    return {
        "items": [
            {"label": label, "url": url, "current": bool(path) and path.startswith(url)}
            for label, url in items
        ]
    }


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, keeping repeated ones
    (sdg=7&sdg=13), for pagination and filter links."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return params.urlencode()


@register.simple_tag(takes_context=True)
def query_without(context, param, value):
    """The current query string without one value of a repeated parameter (and without
    `page`, since the result set changes), for the removable filter chips."""
    params = context["request"].GET.copy()
    params.setlist(param, [v for v in params.getlist(param) if v != str(value)])
    params.pop("page", None)
    return params.urlencode()


@register.filter
def breadcrumb_pages(page):
    """The pages above `page` from its home page down (hub.pages.routing read them already)."""
    from hub.pages.routing import breadcrumb_pages

    return breadcrumb_pages(page)


@register.filter
def get_item(mapping, key):
    """mapping[key] in a template, for lookups by a variable key."""
    return mapping.get(key, "")


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Canonical link, Open Graph tags and schema.org JSON-LD of the page being shown."""
    from hub.outlets import structured_data as sd

    page, request = context.get("page"), context.get("request")
    data = sd.structured_data(page, request)
    if data is None:
        return {}
    return {
        "canonical": data["url"],
        "open_graph": sd.open_graph(page, request, data),
        "json_ld": sd.json_ld(data),
    }
