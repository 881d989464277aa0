"""The language switcher, hreflang links and the "not yet translated" notice."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from hub.security.public import public_pages
from hub.translation.alternates import alternates
from hub.translation.names import country_name, language_name, language_name_translated

register = template.Library()


def page_translations(page):
    """{language code: page} for the page in every locale where it exists (translated or
    mirrored), public and live, in one query per page view (none when hub.pages.routing read
    them while finding the page): the switcher and hreflang share it."""
    if not hasattr(page, "_hub_translations"):
        translations = public_pages(
            Page.objects.filter(translation_key=page.translation_key)
        ).select_related("locale")
        page._hub_translations = {t.locale.language_code: t for t in translations}
    return page._hub_translations


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every language; for other views (search, errors) the
    same address under the other language's prefix."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = page_translations(page) if isinstance(page, Page) else {}
    links = []
    for code, _name in settings.LANGUAGES:
        if translations:
            target = translations.get(code)
            url = target.get_url(request) if target else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append({"code": code, "name": language_name(code), "url": url,
                      "current": code == current})  # fmt: skip
    return {"links": links, "current_name": language_name(current)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """Alternate links to the real translations of the page (not to pages that still
    mirror the source), absolute, with the source as x-default."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None:
        return {"links": []}
    links = [
        {"code": code, "url": request.build_absolute_uri(translation.get_url(request))}
        for code, translation in alternates(page_translations(page).values())
    ]
    return {"links": links}


@register.simple_tag
def mirrored_from(page):
    """The source page an untranslated page mirrors, or None when it is translated."""
    if isinstance(page, Page) and page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        return page.alias_of
    return None


register.filter("language_name_of", language_name_translated)
register.filter("country_name", country_name)
