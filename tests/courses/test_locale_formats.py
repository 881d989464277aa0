"""Credits and workloads in the visitor's language: the decimal separator of the locale
(7.5 and 7,5 ECTS) and hours in words ("130 Stunden", "130 óra")."""

from decimal import Decimal

import pytest

from courses.factories import UnitPageFactory
from tests.utils import assert_shows, in_locale

pytestmark = pytest.mark.django_db


def shown_in(mirror, page, language):
    """`page` as a visitor of `language` finds it: itself in English, else its mirror."""
    if language == "en":
        return page
    mirror(language)
    return in_locale(page, language)


# Credits, the module's workload and one unit's short workload in each language.
EXPECTED = {
    "en": ("7.5 ECTS", "130 hours", "60 hr"),
    "de": ("7,5 ECTS", "130 Stunden", "60 Std."),
    "pl": ("7,5 ECTS", "130 godzin", "60 godz."),
    "hu": ("7,5 ECTS", "130 óra", "60 ó"),
    "el": ("7,5 ECTS", "130 ώρες", "60 ώ."),
}


@pytest.fixture
def half_credit_module(module):
    module.ects = Decimal("7.5")
    module.save_revision().publish()
    UnitPageFactory(parent=module, title="Framing", workload_hours=60)
    unit = UnitPageFactory(parent=module, title="Piloting", workload_hours=70)
    return module, unit


@pytest.mark.parametrize("language", EXPECTED)
def test_module_credits_and_workload_in_the_language(client, mirror, half_credit_module, language):
    module, _unit = half_credit_module
    page = shown_in(mirror, module, language)
    assert_shows(client.get(page.url).content.decode(), *EXPECTED[language])


@pytest.mark.parametrize("language", EXPECTED)
def test_unit_workload_in_the_language(client, mirror, half_credit_module, language):
    _module, unit = half_credit_module
    page = shown_in(mirror, unit, language)
    words = {"en": "70 hours", "de": "70 Stunden", "pl": "70 godzin", "hu": "70 óra",
             "el": "70 ώρες"}[language]  # fmt: skip
    assert_shows(client.get(page.url).content.decode(), words)


def test_whole_credits_are_written_as_numbers(client, course_index, module):
    """Decimal("10.0").normalize() is 1E+1: ten credits must not read '1E+1 ECTS' on the
    module's card in the course listing, nor on its page."""
    module.ects = Decimal("10.0")
    module.save_revision().publish()
    for page in (course_index, module):
        html = client.get(page.url).content.decode()
        assert "10 ECTS" in html and "E+1" not in html
