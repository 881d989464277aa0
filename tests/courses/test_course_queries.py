"""The course index, module pages and unit pages run a fixed number of SQL queries,
within the budget of issue 9, however many modules, units, cases, outcomes, terms and
materials they show: in English, in a Polish translation and in a Polish mirror."""

import pytest

from cases.factories import CasePageFactory
from cases.models import CaseUnit
from courses.factories import CourseModulePageFactory, UnitPageFactory
from hub.materials.factories import DocumentFactory, materials_stream
from hub.taxonomy.models import SDG, Audience, Competence, EQFLevel, term
from tests.queries import LANGUAGES, assert_lean, mirror_into_polish, url_in
from tests.utils import MAX_PAGE_QUERIES, count_queries

pytestmark = pytest.mark.django_db


def add_modules(course_index, n, image):
    """`n` modules with pictures, half of them matching ?eqf=7&audience=trainers."""
    for i in range(n):
        CourseModulePageFactory(
            parent=course_index,
            image=image,
            eqf_level=term(EQFLevel, 7 if i % 2 else 6),
            audiences=[term(Audience, "trainers" if i % 2 else "students")],
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "query",
    [{}, {"eqf": "7", "audience": "trainers"}, {"page": "2"}],
    ids=["all", "two-filters", "page-2"],
)
def test_course_index_queries_do_not_grow_with_the_modules(
    client, course_index, image, language, query
):
    add_modules(course_index, 12, image)
    url = url_in(course_index, language)
    twelve = count_queries(client, url, query)
    listed = client.get(url, query).context["listing"].page.paginator.count
    add_modules(course_index, 28, image)
    if language != "en":
        mirror_into_polish()  # the new modules appear in Polish too
    assert client.get(url, query).context["listing"].page.paginator.count > listed
    forty = count_queries(client, url, query)
    assert twelve == forty <= MAX_PAGE_QUERIES


def outcomes(n):
    """`n` learning outcomes, each tagged with `n` competences."""
    competences = list(Competence.objects.filter(locale__language_code="en")[:n])
    return [("outcome", {"text": f"Outcome {i}.", "competences": competences}) for i in range(n)]


def module_with(n, course_index, image):
    """A module with `n` audiences, outcomes, materials and units, each unit with `n`
    materials (all in its 'Download all')."""
    module = CourseModulePageFactory(
        parent=course_index,
        image=image,
        audiences=list(Audience.objects.filter(locale__language_code="en")[:n]),
        learning_outcomes=outcomes(n),
        materials=materials_stream(*(DocumentFactory() for _ in range(n))),
    )
    for _ in range(n):
        UnitPageFactory(
            parent=module,
            image=image,
            materials=materials_stream(*(DocumentFactory() for _ in range(n))),
        )
    return module


@pytest.mark.parametrize("language", LANGUAGES)
def test_module_page_queries_do_not_grow_with_what_it_shows(client, course_index, image, language):
    few, many = module_with(1, course_index, image), module_with(6, course_index, image)
    few_url, many_url = url_in(few, language), url_in(many, language)
    response = client.get(many_url)
    assert len(response.context["units"]) == 6
    assert response.context["page"].bundle_summary()[0] == 6 + 6 * 6  # in "Download all"
    assert response.content.decode().count('class="competence ') == 6 * 6
    assert_lean(client, few_url, many_url)


def unit_with(n, module, case_index, image):
    """A unit with `n` outcomes and materials, taught with `n` cases."""
    unit = UnitPageFactory(
        parent=module,
        image=image,
        learning_outcomes=outcomes(n),
        materials=materials_stream(*(DocumentFactory() for _ in range(n))),
    )
    for _ in range(n):
        CasePageFactory(
            parent=case_index,
            image=image,
            sdgs=[term(SDG, 4), term(SDG, 12)],
            unit_links=[CaseUnit(unit=unit)],
        )
    return unit


@pytest.mark.parametrize("language", LANGUAGES)
def test_unit_page_queries_do_not_grow_with_what_it_shows(
    client, module, case_index, image, language
):
    few = unit_with(1, module, case_index, image)
    many = unit_with(6, module, case_index, image)
    few_url, many_url = url_in(few, language), url_in(many, language)
    html = client.get(many_url).content.decode()
    assert html.count('class="material"') == 6
    assert html.count('class="competence ') == 6 * 6
    assert html.count('class="card"') == 6  # in Polish, the Polish copies of the cases
    assert_lean(client, few_url, many_url)
