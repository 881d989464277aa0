from datetime import timedelta

from django.utils import timezone

import pytest

from cases.demo import ensure_synthetic_cases
from cases.factories import CasePageFactory
from cases.models import CasePage
from hub import caching
from hub.taxonomy.models import SDG, Country, GreenDealArea, OrganisationType, Sector, term
from tests.utils import MAX_PAGE_QUERIES, count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def cases(case_index):
    """Three cases that differ in every taxonomy."""
    return {
        "solar": CasePageFactory(
            parent=case_index,
            title="Solar cooperative",
            sdgs=[term(SDG, 7)],
            green_deal_areas=[term(GreenDealArea, "clean-energy")],
            sector=term(Sector, "D"),
            country=term(Country, "DE"),
            organisation_type=term(OrganisationType, "ngo"),
        ),
        "water": CasePageFactory(
            parent=case_index,
            title="Water reuse in tanneries",
            sdgs=[term(SDG, 6), term(SDG, 12)],
            green_deal_areas=[term(GreenDealArea, "zero-pollution")],
            sector=term(Sector, "C"),
            country=term(Country, "IT"),
            organisation_type=term(OrganisationType, "sme"),
        ),
        "climate": CasePageFactory(
            parent=case_index,
            title="Climate plan of a town",
            sdgs=[term(SDG, 13)],
            green_deal_areas=[term(GreenDealArea, "climate-ambition")],
            sector=term(Sector, "O"),
            country=term(Country, "PL"),
            organisation_type=term(OrganisationType, "public-authority"),
        ),
    }


def titles(response):
    return [case.title for case in response.context["listing"].page]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"sdg": "7"}, ["Solar cooperative"]),
        ({"sdg": ["6", "13"]}, ["Climate plan of a town", "Water reuse in tanneries"]),
        ({"area": "zero-pollution"}, ["Water reuse in tanneries"]),
        ({"sector": "O"}, ["Climate plan of a town"]),
        ({"country": "DE"}, ["Solar cooperative"]),
        ({"orgtype": "sme"}, ["Water reuse in tanneries"]),
        ({"sdg": "12", "country": "IT"}, ["Water reuse in tanneries"]),
        ({"sdg": "12", "country": "DE"}, []),
    ],
)
def test_case_index_filters_by_every_taxonomy(client, case_index, cases, params, expected):
    response = client.get(case_index.url, params)
    assert response.status_code == 200
    assert sorted(titles(response)) == expected


def test_selected_filters_show_as_removable_chips(client, case_index, cases):
    html = client.get(case_index.url, {"sdg": ["6", "13"]}).content.decode()
    assert 'class="chip" href="?sdg=13"' in html  # removing 6 keeps 13
    assert "Clear all filters" in html


@pytest.mark.parametrize(
    "params",
    [
        {"sdg": "99"},
        {"country": "XX"},
        {"sector": "<script>"},
        {"area": "nowhere"},
        {"sdg": "\x00"},
    ],
)
def test_unknown_filter_values_give_an_empty_result_and_a_message(
    client, case_index, cases, params
):
    response = client.get(case_index.url, params)
    assert response.status_code == 200
    assert titles(response) == []
    html = response.content.decode()
    assert "Nothing matches: an unknown value was given for" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_a_thousand_repeated_values_are_cut_to_twenty(client, case_index, cases):
    response = client.get(case_index.url + "?" + "&".join(["sdg=7"] * 1000))
    assert response.status_code == 200
    assert titles(response) == ["Solar cooperative"]


def test_map_colours_countries_and_links_to_the_filtered_list(client, case_index, cases):
    html = client.get(case_index.url).content.decode()
    assert 'class="case-map"' in html
    assert 'href="?country=PL"' in html
    assert "Poland: 1 case" in html
    # The text alternative lists the same counts.
    assert '<th scope="row"><a href="?country=IT">Italy</a></th><td>1</td>' in html


def test_the_map_shows_a_case_published_after_it_was_drawn(client, case_index, cases):
    # Drawn maps are kept: a publish must bring the map for the new counts.
    assert "Spain" not in client.get(case_index.url, {"country": "PL"}).content.decode()
    CasePageFactory(parent=case_index, title="Olive oil", country=term(Country, "ES"))
    html = client.get(case_index.url).content.decode()
    assert "Spain: 1 case" in html
    assert '<th scope="row"><a href="?country=ES">Spain</a></th><td>1</td>' in html


@pytest.mark.parametrize("page", ["abc", "0", "-3", "999", "2.5", "", "\x00"])
def test_bad_or_out_of_range_page_is_not_an_error(client, case_index, cases, page):
    response = client.get(case_index.url, {"page": page})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_listing_queries_do_not_depend_on_the_number_of_cases(client, case_index, image):
    for n in range(12):
        CasePageFactory(parent=case_index, image=image, sdgs=[term(SDG, 1 + n % 17), term(SDG, 3)])
    # count_queries views the listing once first: renditions are made once
    twelve = count_queries(client, case_index.url)
    assert twelve <= MAX_PAGE_QUERIES

    ensure_synthetic_cases(case_index, 488, log=lambda message: None)
    CasePage.objects.filter(image=None).update(image=image)
    assert CasePage.objects.live().count() == 500
    response = client.get(case_index.url)
    assert response.context["listing"].page.paginator.num_pages == 42
    five_hundred = count_queries(client, case_index.url)
    assert five_hundred == twelve
    assert count_queries(client, case_index.url, {"page": "17"}) == twelve


def test_cases_published_at_the_same_moment_are_each_listed_once(client, case_index):
    """Newest first; cases published at the same moment (as an import publishes them)
    come in one fixed order, so paging through shows each of them exactly once."""
    batch = [CasePageFactory(parent=case_index, title=f"Batch case {n}") for n in range(14)]
    moment = timezone.now()
    CasePage.objects.filter(pk__in=[case.pk for case in batch]).update(first_published_at=moment)
    newest = CasePageFactory(parent=case_index, title="Newest case")
    CasePage.objects.filter(pk=newest.pk).update(first_published_at=moment + timedelta(days=1))
    caching.invalidate()  # the dates were changed in bulk, without signals
    first, second = (titles(client.get(case_index.url, {"page": n})) for n in (1, 2))
    assert first[0] == "Newest case"
    assert len(first) == 12
    # The ties come in the order of their page ids, the last one made first.
    assert first[1:] + second == [case.title for case in reversed(batch)]


def test_pagination_links_keep_the_filters(client, case_index, image):
    for _ in range(13):
        CasePageFactory(parent=case_index, sdgs=[term(SDG, 7)])
    html = client.get(case_index.url, {"sdg": "7"}).content.decode()
    assert 'href="?sdg=7&amp;page=2"' in html
    second = client.get(case_index.url, {"sdg": "7", "page": "2"})
    assert len(titles(second)) == 1
