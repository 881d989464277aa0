"""A method's durations are written in the visitor's language, in words ("45–90 Minuten",
"45–90 perc"), not as the English abbreviation "min" on every partner page."""

import pytest

from tests.utils import assert_shows, in_locale
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def shown_in(mirror, page, language):
    """`page` as a visitor of `language` finds it: itself in English, else its mirror."""
    if language == "en":
        return page
    mirror(language)
    return in_locale(page, language)


# The method's duration (45 to 90 minutes) and one step's (15 minutes) in each language.
DURATIONS = {
    "en": ("45–90 minutes", "15 minutes"),
    "de": ("45–90 Minuten", "15 Minuten"),
    "pl": ("45–90 minut", "15 minut"),
    "hu": ("45–90 perc", "15 perc"),
    "el": ("45–90 λεπτά", "15 λεπτά"),
}


@pytest.fixture
def method(toolkit):
    method = MethodPageFactory(
        parent=toolkit,
        title="Stakeholder mapping",
        duration_min=45,
        duration_max=90,
        group_min=4,
        group_max=12,
        steps=[("step", {"title": "List them", "minutes": 15, "instructions": "Cards."})],
    )
    return method


@pytest.mark.parametrize("language", DURATIONS)
def test_method_durations_in_words_of_the_language(client, mirror, method, language):
    page = shown_in(mirror, method, language)
    html = client.get(page.url).content.decode()
    assert_shows(html, *DURATIONS[language])
    if language != "en":
        assert " min<" not in html and " min " not in html


@pytest.mark.parametrize("language", DURATIONS)
def test_method_cards_say_the_duration_in_the_language(client, mirror, method, language):
    toolkit = method.get_parent()
    page = shown_in(mirror, toolkit, language)
    assert_shows(client.get(page.url).content.decode(), DURATIONS[language][0])


def test_group_size_keeps_its_range(client, method):
    assert_shows(client.get(method.url).content.decode(), "4–12 people")
