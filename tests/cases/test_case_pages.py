import re

from wagtail.models import Locale, PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from cases.models import CaseMethod, CaseRelatedCase, CaseUnit
from courses.factories import UnitPageFactory
from hub.taxonomy.models import SDG, GreenDealArea, Sector, term
from tests.utils import MAX_PAGE_QUERIES, assert_shows, count_queries
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def test_case_page_shows_key_facts_and_template_sections(client, case_index, image):
    case = CasePageFactory(
        parent=case_index,
        title="Solar roofs for a dairy",
        organisation="Alpine Dairy Co",
        sdgs=[term(SDG, 7), term(SDG, 13)],
        green_deal_areas=[term(GreenDealArea, "clean-energy")],
        year_start=2020,
        year_end=2023,
        image=image,
        what_did_not_work="<p>The first battery supplier went bankrupt.</p>",
    )
    html = client.get(case.url).content.decode()
    assert_shows(
        html,
        "Solar roofs for a dairy",
        "Alpine Dairy Co",
        "Germany",
        "Manufacturing",
        "2020–2023",
        "SDG 7",
        "Affordable and clean energy",
        "sdg-13",
        "Clean, affordable and secure energy",
        "What did not work",
        "The first battery supplier went bankrupt.",
    )


@pytest.fixture
def web(case_index, toolkit, module):
    """A case that links a method, a unit and a related case: (case, method, unit, other)."""
    method = MethodPageFactory(parent=toolkit, title="World café")
    unit = UnitPageFactory(parent=module, title="Systems thinking in practice")
    other = CasePageFactory(parent=case_index, title="Solar cooperative")
    case = CasePageFactory(
        parent=case_index,
        title="Repair café network",
        method_links=[CaseMethod(method=method)],
        unit_links=[CaseUnit(unit=unit)],
        related_case_links=[CaseRelatedCase(related=other)],
    )
    return case, method, unit, other


def test_relations_are_shown_from_both_sides(client, web):
    case, method, unit, _other = web
    case_html = client.get(case.url).content.decode()
    assert "World café" in case_html and "Systems thinking in practice" in case_html
    assert "Repair café network" in client.get(method.url).content.decode()
    assert "Repair café network" in client.get(unit.url).content.decode()


def test_each_language_links_its_own_pages_both_ways(client, web, mirror):
    case, method, unit, other = web
    mirror("pl")  # the Polish case keeps the English links it was copied with
    polish = Locale.objects.get(language_code="pl")

    def hrefs(page):
        return re.findall(r'href="(/[a-z]{2}/[^"]+)"', client.get(page.url).content.decode())

    case_links = hrefs(case.get_translation(polish))
    for linked in (method, unit, other):
        assert linked.get_translation(polish).url in case_links
        assert linked.url not in case_links
    for linked in (method, unit):
        # The English page lists the English case once, not its mirror too; the Polish
        # page lists the Polish case.
        assert [url for url in hrefs(linked) if re.search("/cases/.", url)] == [case.url]
        polish_links = hrefs(linked.get_translation(polish))
        assert case.get_translation(polish).url in polish_links


def test_drafts_and_private_pages_are_not_linked_from_a_case(client, case_index, toolkit, module):
    public = MethodPageFactory(parent=toolkit, title="World café")
    private = MethodPageFactory(parent=toolkit, title="Members-only fishbowl")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = UnitPageFactory(parent=module, title="Unit still in draft", live=False)
    case = CasePageFactory(
        parent=case_index,
        method_links=[CaseMethod(method=private), CaseMethod(method=public)],
        unit_links=[CaseUnit(unit=draft)],
    )
    html = client.get(case.url).content.decode()
    assert "World café" in html
    assert "Members-only fishbowl" not in html
    assert "Unit still in draft" not in html
    assert "Course units that teach this case" not in html


def test_drafts_are_not_shown_as_relations(client, case_index, toolkit):
    method = MethodPageFactory(parent=toolkit)
    CasePageFactory(
        parent=case_index,
        title="Hidden draft case",
        live=False,
        method_links=[CaseMethod(method=method)],
    )
    assert "Hidden draft case" not in client.get(method.url).content.decode()


def test_related_cases_fall_back_to_shared_sdgs_and_sector(client, case_index):
    energy, water = term(SDG, 7), term(SDG, 6)
    case = CasePageFactory(parent=case_index, sdgs=[energy])
    CasePageFactory(
        parent=case_index, title="Sibling on energy", sdgs=[energy], sector=term(Sector, "D")
    )
    CasePageFactory(
        parent=case_index, title="Unrelated water case", sdgs=[water], sector=term(Sector, "E")
    )
    html = client.get(case.url).content.decode()
    assert "Sibling on energy" in html
    assert "Unrelated water case" not in html


def test_related_cases_chosen_by_editors_win(client, case_index):
    chosen = CasePageFactory(
        parent=case_index, title="Chosen by the editor", sector=term(Sector, "A")
    )
    case = CasePageFactory(parent=case_index, related_case_links=[CaseRelatedCase(related=chosen)])
    CasePageFactory(parent=case_index, title="Same sector sibling")
    html = client.get(case.url).content.decode()
    assert "Chosen by the editor" in html
    assert "Same sector sibling" not in html


def test_end_year_before_start_year_is_refused(case_index):
    from django.core.exceptions import ValidationError

    case = CasePageFactory.build(year_start=2022, year_end=2020)
    with pytest.raises(ValidationError) as error:
        case.clean()
    assert "year_end" in error.value.message_dict


def test_case_page_queries_do_not_grow_with_its_taxonomies_and_relations(client, case_index, image):
    others = [
        CasePageFactory(parent=case_index, sdgs=[term(SDG, n) for n in (1, 2, 3)], image=image)
        for _ in range(4)
    ]
    few = CasePageFactory(
        parent=case_index,
        sdgs=[term(SDG, 1)],
        green_deal_areas=list(GreenDealArea.objects.all()[:1]),
        image=image,
        related_case_links=[CaseRelatedCase(related=others[0])],
    )
    many = CasePageFactory(
        parent=case_index,
        image=image,
        sdgs=[term(SDG, n) for n in range(1, 12)],
        green_deal_areas=list(GreenDealArea.objects.all()[:6]),
        related_case_links=[CaseRelatedCase(related=other) for other in others],
    )
    # count_queries views each page once first: renditions are made on the first view only
    assert count_queries(client, few.url) == count_queries(client, many.url) <= MAX_PAGE_QUERIES
