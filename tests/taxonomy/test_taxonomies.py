from wagtail.models import Locale

import pytest

from hub.taxonomy.models import (
    SDG,
    Audience,
    Competence,
    Country,
    EQFLevel,
    GreenDealArea,
    Licence,
    OrganisationType,
    Sector,
    term,
)

pytestmark = pytest.mark.django_db


def test_the_seventeen_sdgs_with_official_colours():
    sdgs = list(SDG.objects.filter(locale=Locale.get_default()))
    assert [sdg.number for sdg in sdgs] == list(range(1, 18))
    assert term(SDG, 7).title == "Affordable and clean energy"
    assert term(SDG, 7).colour == "#FCC30B"
    assert term(SDG, 13).colour == "#3F7E44"


def test_nace_sections_a_to_u():
    codes = list(Sector.objects.values_list("code", flat=True))
    assert codes == list("ABCDEFGHIJKLMNOPQRSTU")
    assert term(Sector, "C").title == "Manufacturing"


def test_countries_come_from_iso_3166_with_translated_names():
    assert Country.objects.count() >= 249
    poland = term(Country, "PL")
    assert poland.title == "Poland"
    from django.utils import translation

    with translation.override("de"):
        assert poland.title == "Polen"


def test_term_labels_are_kept_for_each_language():
    """Filters and facets share the labels kept in the process, one set per language."""
    from django.utils import translation

    from hub.taxonomy.labels import term_labels

    assert term_labels(Country)["PL"] == "Poland"
    with translation.override("de"):
        assert term_labels(Country)["PL"] == "Polen"
    assert term_labels(Country)["PL"] == "Poland"
    assert term_labels(SDG)["13"] == "13. Climate action"


def test_licences_link_to_their_deeds():
    licence = term(Licence, "cc-by-4.0")
    assert licence.short_name == "CC BY 4.0"
    assert licence.url == "https://creativecommons.org/licenses/by/4.0/"
    assert Licence.objects.count() == 7


def test_competence_frameworks_are_complete():
    assert Competence.objects.filter(framework="greencomp").count() == 12
    assert Competence.objects.filter(framework="entrecomp").count() == 15
    assert term(Competence, "greencomp:2.1").title == "Systems thinking"


def test_other_taxonomies_are_loaded():
    assert EQFLevel.objects.count() == 8
    assert GreenDealArea.objects.count() == 10
    assert OrganisationType.objects.filter(slug="sme").exists()
    assert Audience.objects.filter(slug="trainers").exists()


def test_taxonomies_are_translatable():
    polish = Locale.objects.get(language_code="pl")
    climate = term(SDG, 13)
    translated = climate.copy_for_translation(polish)
    translated.title = "Działania w dziedzinie klimatu"
    translated.save()
    assert translated.translation_key == climate.translation_key
    assert term(SDG, 13, locale=polish).title == "Działania w dziedzinie klimatu"
