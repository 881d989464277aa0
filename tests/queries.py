"""What the query-count tests of every page type share (issue 9: at most
MAX_PAGE_QUERIES on any public page, however many items it shows): the page's address in
English, in a Polish translation and in a Polish mirror (an untranslated page), and the
check that a page with few items costs as many queries as one with many."""

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from tests.utils import MAX_PAGE_QUERIES, count_queries, translate

# English; a Polish translation; the Polish mirror of an English page (not translated).
LANGUAGES = ["en", "pl", "pl-mirror"]


def mirror_into_polish():
    """Mirror the English tree into Polish, as seed_demo and the admin do."""
    LocaleSynchronization.objects.get(locale__language_code="pl").sync_trees()


def url_in(page, language):
    """The address of `page` in `language` (one of LANGUAGES), translating or mirroring
    it (and the tree it is in) as needed."""
    if language == "en":
        return page.url
    if language == "pl":
        return translate(page, "pl", f"{page.title} (pl)", "Po polsku.").url
    mirror_into_polish()
    mirrored = page.get_translation(Locale.objects.get(language_code="pl"))
    assert mirrored.alias_of_id == page.pk
    return mirrored.url


def assert_lean(client, few_url, many_url, data=None):
    """The page with few items and the page with many run the same number of queries,
    at most MAX_PAGE_QUERIES; returns that number."""
    few = count_queries(client, few_url, data)
    many = count_queries(client, many_url, data)
    assert few == many, f"{few} queries with few items, {many} with many ({many_url})"
    assert many <= MAX_PAGE_QUERIES, f"{many} queries on {many_url}"
    return many
