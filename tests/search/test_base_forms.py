"""Search finds words by their base forms in all ten languages, on every engine: a case in
the visitor's language is found by inflected forms of its words that it does not contain
as written ("Häusern" finds "Haus", "strategii" finds "strategia"), and snippets show the
text as written, never a base form."""

import pytest

from cases.factories import CasePageFactory
from search import indexing
from tests.search.conftest import search, titles
from tests.utils import translate

pytestmark = pytest.mark.django_db

# language: (title, summary, queries). Every query is an inflected form (or a
# declined phrase) whose words are absent from the title and summary as written; each
# reduces with simplemma to a word of the text, and each must find the case alone.
CASES = {
    "en": (
        "Cooperative village",
        "A cooperative strategy for the community and its policy.",
        ["cooperatives", "strategies", "communities", "villages", "policies", "Cooperatives"],
    ),
    "de": (
        "Haus der Genossenschaft",
        "Eine Strategie für das Dorf und die Stadt.",
        ["Häusern", "häusern", "Genossenschaften", "Strategien", "Dörfer", "Städten"],
    ),
    "es": (
        "Cooperativa del pueblo",
        "Una estrategia de la comunidad para la ciudad.",
        ["cooperativas", "pueblos", "estrategias", "comunidades", "ciudades"],
    ),
    "it": (
        "Cooperativa del villaggio",
        "Strategia, politica ed energia per la casa e la città.",
        ["cooperative", "strategie", "politiche", "energie", "case"],
    ),
    "pl": (
        "Strategia spółdzielni",
        "Wieś i miasto razem: spółdzielnia energetyczna.",
        ["strategii", "strategie", "strategią", "strategię", "strategiami", "wsi", "miastach"],
    ),
    "el": (
        "Στρατηγική και συνεταιρισμός",
        "Η ενέργεια και η πόλη.",
        ["στρατηγικής", "στρατηγικές", "στρατηγικών", "συνεταιρισμών", "πόλεις", "ενέργειας"],
    ),
    "sl": (
        "Zadruga in strategija",
        "Energija za mesto.",
        ["strategije", "strategiji", "strategijo", "strategijah", "zadruge", "mestih"],
    ),
    "cs": (
        "Strategie pro družstvo",
        "Energie pro město.",
        ["strategii", "strategií", "strategiemi", "strategiích", "družstva", "městech"],
    ),
    "sk": (
        "Stratégia pre mesto",
        "Energia pre družstvo.",
        ["stratégie", "stratégii", "stratégiu", "stratégiou", "stratégiách", "mestách"],
    ),
    "hu": (
        "Város és stratégia",
        "Szövetkezet és energia.",
        ["stratégiák", "stratégiát", "városok", "városban", "szövetkezetek", "várost"],
    ),
}


@pytest.fixture
def english_case(case_index):
    title, summary, _queries = CASES["en"]
    # The organisation is fixed: random words could match the queries.
    return CasePageFactory(parent=case_index, title=title, summary=summary, organisation="Team one")


def case_in(language, english_case):
    title, summary, _queries = CASES[language]
    if language != "en":
        translate(english_case, language, title, summary)
    indexing.rebuild()
    return title


@pytest.mark.parametrize("language", list(CASES))
def test_inflected_forms_find_the_base_form(engine, client, english_case, language):
    title = case_in(language, english_case)
    found = {query: titles(search(client, language, q=query)) for query in CASES[language][2]}
    assert found == {query: [title] for query in CASES[language][2]}
    # Two inflected words at once, the last one typed in part (search as you type).
    first, second = CASES[language][2][:2]
    assert titles(search(client, language, q=f"{second} {first[:-1]}")) == [title]
    # Words of no record still find nothing: base forms widen matches, not to everything.
    assert titles(search(client, language, q="xylophone")) == []


def test_base_forms_do_not_reach_the_visitor(engine, client, english_case):
    # The Polish text says "strategie" (a plural), the query asks for the base form and
    # another case: the case is found, and its snippet is the text as written.
    translate(english_case, "pl", "Miejskie plany", "Strategie miast i wsi na lata 2030.")
    indexing.rebuild()
    answer = search(client, "pl", q="strategii")
    assert titles(answer) == ["Miejskie plany"]
    snippet = answer["results"][0]["snippet"]
    assert "Strategie miast i wsi" in snippet.replace("<mark>", "").replace("</mark>", "")
    assert "strategia" not in snippet.lower() and "miasto" not in snippet.lower()


def test_base_forms_mark_the_word_as_written(engine, client, english_case):
    # German "Häusern" reduces to "Haus": the snippet marks "Haus" where the text has it.
    translate(english_case, "de", "Gemeinschaft", "Ein Haus für alle im Dorf.")
    indexing.rebuild()
    answer = search(client, "de", q="Häusern")
    assert titles(answer) == ["Gemeinschaft"]
    assert "<mark>Haus</mark>" in answer["results"][0]["snippet"]
