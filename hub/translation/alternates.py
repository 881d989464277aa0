"""Which translations of a page search engines should know of: the real ones (a page
that still mirrors the source is not a translation), and the source as x-default. The
hreflang links of every page and the sitemap both read this."""

from wagtail.models import Page

from hub.security.public import public_pages
from hub.translation.locales import default_locale


def alternates(translations):
    """[(hreflang code, page)] among a page's translations (any order)."""
    real = [page for page in translations if not page.alias_of_id]
    links = [(page.locale.language_code, page) for page in real]
    source = default_locale().pk
    links += [("x-default", page) for page in real if page.locale_id == source]
    return links


def alternates_of(pages):
    """{translation key: [(hreflang code, page)]} for many pages in one query."""
    keys = {page.translation_key for page in pages}
    groups = {}
    translations = public_pages(Page.objects.filter(translation_key__in=keys)).select_related(
        "locale"
    )
    for translation in translations:
        groups.setdefault(translation.translation_key, []).append(translation)
    return {key: alternates(group) for key, group in groups.items()}
