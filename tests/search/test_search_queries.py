"""The search page runs a fixed number of SQL queries, within the budget of issue 9,
with a query and two facets, however many results match: in English and in Polish."""

import pytest

from cases.factories import CasePageFactory
from cases.models import CasePage
from hub.taxonomy.models import SDG, Country, Sector, term
from search import indexing
from tests.utils import MAX_PAGE_QUERIES, count_queries, translate

pytestmark = pytest.mark.django_db

QUERY = {"q": "energy", "sdg": "7", "country": "PL"}


def add_cases(case_index, numbers):
    """Energy cases in Poland for SDG 7, and as many that the facets leave out."""
    for i in numbers:
        for country in ("PL", "DE"):
            CasePageFactory(
                parent=case_index,
                title=f"Community energy {country} {i}",
                summary="Energy shared by neighbours.",
                organisation=f"Team {country}{i}",  # fixed: random words could match
                sdgs=[term(SDG, 7), term(SDG, 13)],
                country=term(Country, country),
                sector=term(Sector, "D"),
            )
    indexing.rebuild()


@pytest.mark.parametrize(
    "language, query",
    [("en", QUERY), ("pl", {**QUERY, "q": "energia"}), ("pl", {**QUERY, "untranslated": "1"})],
    ids=["en", "pl", "pl-with-english"],
)
def test_search_queries_do_not_grow_with_the_results(engine, client, case_index, language, query):
    # Two cases, one translated into Polish: with untranslated=1 the few results hold an
    # English one as well, so its link into the Polish tree is looked up at both counts.
    add_cases(case_index, range(2))
    first = CasePage.objects.get(title="Community energy PL 0")
    translate(first, "pl", "Energia wspólnotowa", "Energia dzielona przez sąsiadów.")
    indexing.rebuild()
    url = f"/{language}/search/"
    few = count_queries(client, url, query)
    assert client.get(url, {**query, "format": "json"}).json()["total"] >= 1
    add_cases(case_index, range(2, 25))
    if language == "en" or "untranslated" in query:
        assert client.get(url, {**query, "format": "json"}).json()["total"] == 25
    assert few == count_queries(client, url, query) <= MAX_PAGE_QUERIES


def test_search_queries_do_not_grow_with_the_facets_chosen(engine, client, case_index):
    # A visitor may tick a value in every facet: each must not cost a query of its own.
    add_cases(case_index, range(3))
    url = "/en/search/"
    one = {"q": "energy", "sdg": "7"}
    four = {**one, "type": "case", "sector": "D", "country": "PL"}
    assert client.get(url, {**four, "format": "json"}).json()["total"] == 3
    assert count_queries(client, url, four) == count_queries(client, url, one)
