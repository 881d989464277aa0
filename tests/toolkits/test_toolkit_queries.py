"""The toolkit index, toolkit pages and method pages run a fixed number of SQL queries,
within the budget of issue 9, however many toolkits, methods, cases, terms and materials
they show: in English, in a Polish translation and in a Polish mirror."""

import pytest

from cases.factories import CasePageFactory
from cases.models import CaseMethod
from hub.materials.factories import DocumentFactory, materials_stream
from hub.taxonomy.models import SDG, Audience, MethodCategory, term
from tests.queries import LANGUAGES, assert_lean, mirror_into_polish, url_in
from tests.utils import MAX_PAGE_QUERIES, count_queries
from toolkits.factories import MethodPageFactory, ToolkitPageFactory

pytestmark = pytest.mark.django_db


def add_methods(toolkit, n, image):
    """`n` methods with pictures, half of them matching ?category=...&setting=online."""
    for i in range(n):
        MethodPageFactory(
            parent=toolkit,
            image=image,
            category=term(MethodCategory, "stakeholder-involvement" if i % 2 else "ideation"),
            setting="online" if i % 2 else "on-site",
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "query",
    [{}, {"category": "stakeholder-involvement", "setting": "online"}, {"page": "2"}],
    ids=["all", "two-filters", "page-2"],
)
def test_toolkit_index_queries_do_not_grow_with_the_methods(
    client, toolkit_index, image, language, query
):
    add_methods(ToolkitPageFactory(parent=toolkit_index, image=image), 12, image)
    url = url_in(toolkit_index, language)
    twelve = count_queries(client, url, query)
    listed = client.get(url, query).context["listing"].page.paginator.count
    for _ in range(4):
        add_methods(ToolkitPageFactory(parent=toolkit_index, image=image), 7, image)
    if language != "en":
        mirror_into_polish()  # the new toolkits and methods appear in Polish too
    response = client.get(url, query)
    assert len(response.context["toolkits"]) == 5
    assert response.context["listing"].page.paginator.count > listed
    forty = count_queries(client, url, query)
    assert twelve == forty <= MAX_PAGE_QUERIES


def toolkit_with(n, toolkit_index, image):
    """A toolkit with `n` audiences, materials and methods, each method with `n`
    worksheets (all in its 'Download all')."""
    toolkit = ToolkitPageFactory(
        parent=toolkit_index,
        image=image,
        audiences=list(Audience.objects.filter(locale__language_code="en")[:n]),
        materials=materials_stream(*(DocumentFactory() for _ in range(n))),
    )
    for _ in range(n):
        MethodPageFactory(
            parent=toolkit,
            image=image,
            worksheets=materials_stream(*(DocumentFactory() for _ in range(n))),
        )
    return toolkit


@pytest.mark.parametrize("language", LANGUAGES)
def test_toolkit_page_queries_do_not_grow_with_what_it_shows(
    client, toolkit_index, image, language
):
    few, many = toolkit_with(1, toolkit_index, image), toolkit_with(6, toolkit_index, image)
    few_url, many_url = url_in(few, language), url_in(many, language)
    response = client.get(many_url)
    assert response.content.decode().count('class="card"') == 6
    assert response.context["page"].bundle_summary()[0] == 6 + 6 * 6  # in "Download all"
    assert_lean(client, few_url, many_url)


def method_with(n, toolkit, case_index, image):
    """A method with `n` worksheets, used by `n` cases."""
    method = MethodPageFactory(
        parent=toolkit,
        image=image,
        worksheets=materials_stream(*(DocumentFactory() for _ in range(n))),
    )
    for _ in range(n):
        CasePageFactory(
            parent=case_index,
            image=image,
            sdgs=[term(SDG, 7), term(SDG, 13)],
            method_links=[CaseMethod(method=method)],
        )
    return method


@pytest.mark.parametrize("language", LANGUAGES)
def test_method_page_queries_do_not_grow_with_what_it_shows(
    client, toolkit, case_index, image, language
):
    few = method_with(1, toolkit, case_index, image)
    many = method_with(6, toolkit, case_index, image)
    few_url, many_url = url_in(few, language), url_in(many, language)
    html = client.get(many_url).content.decode()
    assert html.count('class="material"') == 6
    assert html.count('class="card"') == 6  # in Polish, the Polish copies of the cases
    assert_lean(client, few_url, many_url)
