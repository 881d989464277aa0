"""The language switcher, hreflang links and the "not yet translated" notice."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page

register = template.Library()


def language_name(code):
    """The language's name in itself, as the settings spell it (Čeština, Polski)."""
    return dict(settings.LANGUAGES).get(code) or get_language_info(code)["name_local"]


def page_translations(page):
    """{language code: page} for the page in every locale where it exists (translated or
    mirrored), in one query."""
    translations = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
    )
    return {translation.locale.language_code: translation for translation in translations}


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
    links = []
    default = None
    for code, translation in page_translations(page).items():
        if translation.alias_of_id:
            continue
        url = request.build_absolute_uri(translation.get_url(request))
        links.append({"code": code, "url": url})
        if translation.locale_id == Locale.get_default().pk:
            default = url
    if default:
        links.append({"code": "x-default", "url": default})
    return {"links": links}


@register.simple_tag
def mirrored_from(page):
    """The source page an untranslated page mirrors, or None when it is translated."""
    if isinstance(page, Page) and page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        return page.alias_of
    return None


@register.filter
def language_name_of(code):
    """The name of a language in the visitor's language ("Polish", "polski", "Polnisch")."""
    return get_language_info(code)["name_translated"]


@register.filter
def country_name(code):
    """A country's name in the visitor's language (django-countries)."""
    from django_countries import countries

    return countries.name(code) or code
