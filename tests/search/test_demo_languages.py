"""Search in every language against the demo's own translated text: demo cases as
seed_demo makes them, translated from the demo's PO files (hub/demo/po) as seed_demo
translates them, found in each language by inflected forms of their words that the
text does not contain as written, and by the labels of their terms in that language. On
every engine (see conftest)."""

import re

from wagtail.models import Locale

import pytest

from cases.demo import seed_case
from cases.demo_content import CASES
from cases.models import CasePage
from hub.demo import translations as demo_translations
from search import indexing
from search.models import SearchRecord
from tests.search.conftest import search, titles

pytestmark = pytest.mark.django_db

# language: inflected forms (or base forms) of words of the Saxon village cooperative's
# title, summary and challenge in that language, none of them written there as asked.
QUERIES = {
    "en": ["cooperatives", "village", "investor", "boiler", "household"],
    "de": ["Genossenschaften", "Dorf", "Haushalt", "Investor", "Unternehmens"],
    "es": ["cooperativas", "pueblo", "inversor", "caldera", "hogar"],
    "it": ["cooperative", "villaggio", "investitore", "caldaia", "famiglia"],
    "pl": ["spółdzielniami", "wsiach", "inwestorów", "gospodarstwa", "regionów"],
    "el": ["συνεταιρισμών", "χωριό", "επενδυτών", "λέβητα", "νοικοκυριών"],
    "sl": ["vaseh", "kotel", "kotla", "gospodinjstvo", "podjetij"],
    "cs": ["družstvech", "vesnicích", "investorů", "kotel", "domácnost"],
    "sk": ["družstvá", "obciach", "investori", "kotol", "domácnosť"],
    "hu": ["szövetkezetek", "faluban", "befektetők", "háztartások", "lakója"],
}


def demo_cases(case_index, translations, capture):
    """The demo cases {slug: [languages]}, seeded and translated into those languages as
    seed_demo does: {slug: English page}."""
    pages = {}
    for slug, languages in translations.items():
        data = next(case for case in CASES if case["slug"] == slug)
        seed_case(case_index, data, 0)
        pages[slug] = CasePage.objects.get(slug=slug, locale__language_code="en")
        locales = list(Locale.objects.filter(language_code__in=languages))
        with capture(execute=True):  # wagtail-localize publishes once the transaction commits
            demo_translations.load([pages[slug]], locales, lambda line: None)
    indexing.rebuild()
    return pages


def test_inflected_forms_find_the_translated_demo_case(
    engine, client, case_index, django_capture_on_commit_callbacks
):
    """One case in all ten languages (seeded once: each language's queries must find
    that language's version first)."""
    slug = "village-energy-cooperative-saxony"
    case = demo_cases(case_index, {slug: list(QUERIES)}, django_capture_on_commit_callbacks)[slug]
    for language, queries in QUERIES.items():
        page = case.get_translation(Locale.objects.get(language_code=language))
        assert page.alias_of_id is None  # a translation, not a mirror of the English text
        record = SearchRecord.objects.get(object_id=str(page.pk), kind="case")
        written = f"{record.title} {record.summary} {record.body}"
        for query in queries:
            assert not re.search(rf"\b{re.escape(query)}\b", written, re.I), (language, query)
            found = titles(search(client, language=language, q=query))
            assert found[:1] == [page.title], (language, query)


LABELS = [
    ("heat-adaptation-data-czechia", "de", "Tschechien"),  # its country
    ("heat-adaptation-data-czechia", "pl", "Czechach"),  # its country, locative
    ("village-energy-cooperative-saxony", "pl", "czystej energii"),  # SDG 7, genitive
    ("village-energy-cooperative-saxony", "cs", "Německo"),  # its country
]


def test_labels_of_the_demo_cases_terms_find_them(
    engine, client, case_index, django_capture_on_commit_callbacks
):
    wanted = {}
    for slug, language, _query in LABELS:
        wanted.setdefault(slug, []).append(language)
    cases = demo_cases(case_index, wanted, django_capture_on_commit_callbacks)
    for slug, language, query in LABELS:
        page = cases[slug].get_translation(Locale.objects.get(language_code=language))
        assert titles(search(client, language=language, q=query)) == [page.title], query
