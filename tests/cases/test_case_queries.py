"""The case listing and case pages run a fixed number of SQL queries, within the budget
of issue 9, however many cases, terms, relations and materials they show: in English,
in a Polish translation and in a Polish mirror."""

import pytest

from cases.factories import CasePageFactory
from cases.models import CaseMethod, CaseRelatedCase, CaseUnit
from courses.factories import UnitPageFactory
from hub.materials.factories import DocumentFactory, materials_stream
from hub.taxonomy.models import SDG, Country, GreenDealArea, term
from tests.queries import LANGUAGES, assert_lean, mirror_into_polish, url_in
from tests.utils import MAX_PAGE_QUERIES, count_queries
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def add_cases(case_index, n, image):
    """`n` cases with pictures, SDGs and countries, some matching ?sdg=7&country=PL."""
    for i in range(n):
        CasePageFactory(
            parent=case_index,
            image=image,
            sdgs=[term(SDG, 7 if i % 2 else 1 + i % 17), term(SDG, 13)],
            country=term(Country, "PL" if i % 3 else "DE"),
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "query",
    [{}, {"sdg": "7", "country": "PL"}, {"page": "2"}],
    ids=["all", "two-filters", "page-2"],
)
def test_case_listing_queries_do_not_grow_with_the_cases(
    client, case_index, image, language, query
):
    add_cases(case_index, 12, image)
    url = url_in(case_index, language)
    twelve = count_queries(client, url, query)
    listed = client.get(url, query).context["listing"].page.paginator.count
    add_cases(case_index, 28, image)
    if language != "en":
        mirror_into_polish()  # the new cases appear in the Polish listing too
    response = client.get(url, query)
    assert response.context["listing"].page.paginator.count > listed
    forty = count_queries(client, url, query)
    assert twelve == forty <= MAX_PAGE_QUERIES


def case_with(n, case_index, toolkit, module, image, related):
    """A case with `n` SDGs, Green Deal areas, methods, units, related cases and
    materials, each of its own."""
    return CasePageFactory(
        parent=case_index,
        image=image,
        sdgs=[term(SDG, number) for number in range(1, n + 1)],
        green_deal_areas=list(GreenDealArea.objects.filter(locale__language_code="en")[:n]),
        method_links=[CaseMethod(method=MethodPageFactory(parent=toolkit)) for _ in range(n)],
        unit_links=[CaseUnit(unit=UnitPageFactory(parent=module)) for _ in range(n)],
        related_case_links=[CaseRelatedCase(related=case) for case in related[:n]],
        materials=materials_stream(*(DocumentFactory() for _ in range(n))),
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("related_by", ["editors", "shared-sdgs"])
def test_case_page_queries_do_not_grow_with_what_it_shows(
    client, case_index, toolkit, module, image, language, related_by
):
    others = [
        CasePageFactory(parent=case_index, image=image, sdgs=[term(SDG, n) for n in (1, 2, 3)])
        for _ in range(6)
    ]
    chosen = others if related_by == "editors" else []  # else cases with shared SDGs
    few = case_with(1, case_index, toolkit, module, image, chosen)
    many = case_with(6, case_index, toolkit, module, image, chosen)
    few_url, many_url = url_in(few, language), url_in(many, language)
    html = client.get(many_url).content.decode()
    assert html.count('class="card"') == (6 if related_by == "editors" else 3)
    assert_lean(client, few_url, many_url)
