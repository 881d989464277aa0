"""Search across languages (issue 27): taxonomy labels in the visitor's language match,
results in other languages are pointed to when the visitor's has few, untranslated
results link into the visitor's tree, pages rank above materials that repeat them, and
key facts are worded in the visitor's language. On every engine (see conftest)."""

import pytest

from cases.demo import seed_case
from cases.demo_content import CASES
from cases.factories import CasePageFactory
from courses.factories import UnitPageFactory
from hub.taxonomy.models import SDG, Country, Sector, term
from search import indexing
from tests.search.conftest import search, titles
from tests.utils import translate
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tanks(engine, case_index):
    """A Czech case for clean water (SDG 6), in English, German and Polish, whose own words
    name neither the country nor the goal; and an English case not translated."""
    english = CasePageFactory(
        parent=case_index,
        title="Rainwater tanks for schools",
        slug="rainwater-tanks",
        summary="Pupils collect rain from the roof.",
        organisation="Team Tanks",
        sdgs=[term(SDG, 6)],
        country=term(Country, "CZ"),
        sector=term(Sector, "E"),
    )
    repair = CasePageFactory(
        parent=case_index,
        title="Repair café network",
        slug="repair-cafe-network",
        summary="Volunteers mend what neighbours bring.",
        organisation="Team Repair",
        sdgs=[term(SDG, 12)],
        country=term(Country, "AT"),
        sector=term(Sector, "S"),
    )
    german = translate(english, "de", "Regenwassertanks für Schulen", "Kinder sammeln Regen.")
    polish = translate(english, "pl", "Zbiorniki na deszczówkę", "Uczniowie zbierają deszcz.")
    indexing.rebuild()
    return {"en": english, "de": german, "pl": polish, "repair": repair}


# 1. Taxonomy labels ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "language, query, found",
    [
        ("de", "Tschechien", "Regenwassertanks für Schulen"),
        ("pl", "Czechy", "Zbiorniki na deszczówkę"),
        ("pl", "Czechach", "Zbiorniki na deszczówkę"),  # locative
        ("pl", "czystej wody", "Zbiorniki na deszczówkę"),  # SDG 6, genitive
        ("de", "sauberes Wasser", "Regenwassertanks für Schulen"),  # SDG 6
        ("en", "Czechia", "Rainwater tanks for schools"),
    ],
)
def test_labels_of_a_records_terms_match_in_its_language(client, tanks, language, query, found):
    assert titles(search(client, language=language, q=query)) == [found]


def test_a_label_matches_only_the_records_tagged_with_it(client, tanks):
    assert titles(search(client, q="Austria")) == ["Repair café network"]
    assert titles(search(client, language="de", q="Österreich")) == []
    assert titles(search(client, language="pl", q="Niemcy")) == []


# 2. Few or no results in the visitor's language ------------------------------------------
def test_no_results_in_the_visitors_language_points_to_the_others(client, tanks):
    answer = search(client, language="pl", q="volunteers")
    assert answer["total"] == 0
    assert answer["other_languages"] == 1
    shown = client.get(f"/pl/search/{answer['other_languages_url']}").json()
    assert titles(shown) == ["Repair café network"]
    html = client.get("/pl/search/", {"q": "volunteers"}).content.decode()
    assert "Brak wyników" not in html  # Polish for "Nothing matches"
    assert "1 wynik w innych językach." in html  # the Polish singular form
    assert 'href="?q=volunteers&amp;language=en"' in html


def test_other_languages_count_only_what_is_not_shown(client, tanks):
    assert search(client, language="pl", q="Zbiorniki")["other_languages"] == 0
    # The English original joins the Polish results, so it is not counted again.
    assert search(client, language="pl", q="repair", untranslated="1")["other_languages"] == 0
    assert search(client, language="pl", q="repair")["other_languages"] == 1
    # The visitor chose the languages: nothing to point to.
    chosen = client.get("/pl/search/", {"format": "json", "q": "repair", "language": "en"})
    assert chosen.json()["other_languages"] is None


def test_a_full_page_in_the_visitors_language_says_nothing_of_others(client, tanks):
    html = client.get("/en/search/", {"q": "Repair"}).content.decode()
    assert "in other languages" not in html


# 3. Untranslated results link into the visitor's tree ------------------------------------
def test_an_untranslated_result_links_to_its_mirror_in_the_visitors_language(client, tanks):
    answer = search(client, language="pl", q="repair", untranslated="1")
    (result,) = answer["results"]
    assert result["url"] == "/pl/cases/repair-cafe-network/"
    assert result["original_url"] == "/en/cases/repair-cafe-network/"
    mirror = client.get(result["url"])
    assert mirror.status_code == 200
    html = client.get("/pl/search/", {"q": "repair", "untranslated": "1"}).content.decode()
    assert 'href="/pl/cases/repair-cafe-network/"' in html
    # A result in the visitor's language keeps its own address.
    (own,) = search(client, language="pl", q="Zbiorniki")["results"]
    assert own["url"] == own["original_url"] == "/pl/cases/rainwater-tanks/"


# 4. Pages above the materials that repeat them -------------------------------------------
def test_a_case_ranks_above_its_summary_pdf(engine, client, case_index):
    data = next(case for case in CASES if case["slug"] == "village-energy-cooperative-saxony")
    seed_case(case_index, data, 0)
    indexing.rebuild()
    answer = search(client, q="solar cooperative")
    kinds = [result["type"] for result in answer["results"]]
    assert kinds == ["case", "document"]
    assert answer["results"][1]["title"] == f"Case summary: {data['title']}"


# 5. Facts worded in the visitor's language -----------------------------------------------
def test_key_facts_are_worded_when_shown_in_the_visitors_language(engine, client, toolkit, module):
    MethodPageFactory(
        parent=toolkit, title="Pond walk", duration_min=60, duration_max=90, group_min=4,
        group_max=12, setting="on-site",
    )  # fmt: skip
    UnitPageFactory(parent=module, title="Pond policy", workload_hours=1)
    indexing.rebuild()
    answer = search(client, q="pond", sort="title")
    assert [result["facts"] for result in answer["results"]] == [
        {"hours": 1},
        {"duration_min": 60, "duration_max": 90, "group_min": 4, "group_max": 12,
         "setting": "on-site"},
    ]  # fmt: skip
    english = client.get("/en/search/", {"q": "pond"}).content.decode()
    assert "1 hour<" in english.replace("\n", "<") and "1 hours" not in english
    assert "60–90 minutes · 4–12 people · On-site" in english
    german = client.get("/de/search/", {"q": "pond", "untranslated": "1"}).content.decode()
    assert "1 Stunde" in german
    assert "60–90 Minuten" in german and "minutes" not in german
