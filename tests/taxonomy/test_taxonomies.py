from django.conf import settings
from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from hub.taxonomy.labels import term_labels
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
from hub.taxonomy.translations import OFFICIAL_TAXONOMIES, TAXONOMIES

pytestmark = pytest.mark.django_db


def test_the_seventeen_sdgs_with_official_colours():
    sdgs = list(SDG.objects.filter(locale=Locale.get_default()))
    assert [sdg.number for sdg in sdgs] == list(range(1, 18))
    assert term(SDG, 7).title == "Affordable and clean energy"
    assert term(SDG, 7).colour == "#FCC30B"
    assert term(SDG, 13).colour == "#3F7E44"


def test_nace_sections_a_to_u():
    codes = list(Sector.objects.filter(locale=Locale.get_default()).values_list("code", flat=True))
    assert codes == list("ABCDEFGHIJKLMNOPQRSTU")
    assert term(Sector, "C").title == "Manufacturing"


def test_countries_come_from_iso_3166_with_translated_names():
    assert Country.objects.filter(locale=Locale.get_default()).count() >= 249
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
    assert Licence.objects.filter(locale=Locale.get_default()).count() == 7


def test_competence_frameworks_are_complete():
    english = Competence.objects.filter(locale=Locale.get_default())
    assert english.filter(framework="greencomp").count() == 12
    assert english.filter(framework="entrecomp").count() == 15
    assert term(Competence, "greencomp:2.1").title == "Systems thinking"


def test_other_taxonomies_are_loaded():
    assert EQFLevel.objects.filter(locale=Locale.get_default()).count() == 8
    assert GreenDealArea.objects.filter(locale=Locale.get_default()).count() == 10
    assert OrganisationType.objects.filter(slug="sme").exists()
    assert Audience.objects.filter(slug="trainers").exists()


@pytest.mark.parametrize(
    "model", [*TAXONOMIES, *OFFICIAL_TAXONOMIES, Country], ids=lambda model: model.__name__
)
def test_every_term_exists_in_all_ten_languages(model):
    english = {
        term.translation_key: term for term in model.objects.filter(locale=Locale.get_default())
    }
    for code, _ in settings.LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        keys = set(model.objects.filter(locale=locale).values_list("translation_key", flat=True))
        assert keys == set(english), (
            f"{model.__name__} in {code}: {len(english) - len(keys)} missing"
        )


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("de", "Bezahlbare und saubere Energie"),
        ("es", "Energía asequible y no contaminante"),
        ("it", "Energia pulita e accessibile"),
        ("pl", "Czysta i dostępna energia"),
        ("el", "Φτηνή και καθαρή ενέργεια"),
        ("sl", "Cenovno dostopna in čista energija"),
        ("cs", "Dostupné a čisté energie"),
        ("sk", "Dostupná a čistá energia"),
        ("hu", "Megfizethető és tiszta energia"),
    ],
)
def test_filters_name_sdg_7_in_the_visitors_language(code, title):
    with translation.override(code):
        assert term_labels(SDG)["7"] == f"7. {title}"
        assert term(SDG, 7).short_label == title


SAME_IN_SOME_LANGUAGES = {"Start-up", "Vision"}


def test_partner_titles_are_translations_not_copies():
    """Apart from words some languages share with English, no partner title repeats
    the English one."""
    for model in TAXONOMIES:
        english = dict(
            model.objects.filter(locale=Locale.get_default()).values_list(
                "translation_key", "title"
            )
        )
        for code in ("de", "pl", "el", "hu"):
            same = [
                title
                for key, title in model.objects.filter(locale__language_code=code).values_list(
                    "translation_key", "title"
                )
                if title == english[key] and title not in SAME_IN_SOME_LANGUAGES
            ]
            assert same == [], f"{model.__name__} in {code}"


def test_translators_can_correct_a_term_in_the_translation_editor():
    """The terms are wagtail-localize translations: the editor has the Polish wording,
    and a correction saved there reaches the term."""
    climate = term(SDG, 13)
    polish = Locale.objects.get(language_code="pl")
    source = TranslationSource.objects.get_for_instance(climate)
    editor = Translation.objects.get(source=source, target_locale=polish)
    wording = StringTranslation.objects.get(
        locale=polish, context__object=source.object, context__path="title"
    )
    assert wording.data == term(SDG, 13, locale=polish).title == "Działania w dziedzinie klimatu"
    wording.data = "Działania na rzecz klimatu"
    wording.save()
    editor.save_target()
    assert term(SDG, 13, locale=polish).title == "Działania na rzecz klimatu"


def test_the_169_sdg_targets_in_official_order_and_wording():
    from hub.taxonomy.models import SDGTarget

    english = list(SDGTarget.objects.filter(locale=Locale.get_default()))
    assert len(english) == 169
    assert [t.code for t in english if t.goal == 16][8:] == ["16.9", "16.10", "16.a", "16.b"]
    assert term(SDGTarget, "7.2").title.startswith("By 2030, increase substantially the share")
    assert term(SDGTarget, "7.2").label.startswith("7.2 By 2030")


@pytest.mark.parametrize(
    ("code", "start"),
    [("cs", "Do roku 2030"), ("de", "Bis 2030"), ("pl", "Do 2030"), ("hu", "2030-ig")],
)
def test_sdg_targets_read_in_the_visitors_language(code, start):
    from hub.taxonomy.models import SDGTarget

    with translation.override(code):
        assert term(SDGTarget, "7.2").short_label.startswith(start)
