"""Ten languages: locale prefixes, the language switcher, hreflang, mirrored pages with
their notice, and taxonomy terms in the page's own language."""

import json
import re

from django.utils import translation
from django.utils.translation import get_language_info, gettext

from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

import pytest

from cases.factories import CasePageFactory
from cases.models import CasePage
from courses.factories import UnitPageFactory
from hub.materials.factories import DocumentFactory
from hub.taxonomy.models import SDG, Sector, term
from tests.utils import assert_shows
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"]


@pytest.fixture
def pages(case_index, toolkit, module, mirror):
    pages = {
        "case": CasePageFactory(
            parent=case_index, title="Solar co-op", slug="solar-co-op", sdgs=[term(SDG, 7)]
        ),
        "method": MethodPageFactory(parent=toolkit, title="World café", slug="world-cafe"),
        "unit": UnitPageFactory(parent=module, title="Systems thinking", slug="systems"),
    }
    mirror()
    return pages


def html_lang(html):
    return re.search(r'<html lang="([a-z-]+)"', html).group(1)


def test_every_locale_serves_home_and_each_page_type(client, pages):
    """Every language in one test: the tree is mirrored into all ten once."""
    toolkit, module = pages["method"].get_parent(), pages["unit"].get_parent()
    for language in LANGUAGES:
        for url in (
            f"/{language}/",
            f"/{language}/cases/",
            f"/{language}/toolkits/",
            f"/{language}/courses/",
            f"/{language}/cases/solar-co-op/",
            f"/{language}/toolkits/{toolkit.slug}/",
            f"/{language}/toolkits/{toolkit.slug}/world-cafe/",
            f"/{language}/courses/{module.slug}/",
            f"/{language}/courses/{module.slug}/systems/",
        ):
            response = client.get(url)
            assert response.status_code == 200, url
            assert html_lang(response.content.decode()) == language, url


def test_unknown_language_prefix_is_a_404(client, pages):
    assert client.get("/fr/").status_code == 404
    assert client.get("/xx/cases/").status_code == 404
    assert client.get("/cases/")["Location"] == "/en/cases/"  # no prefix: the visitor's


def test_language_switcher_goes_to_the_same_page(client, pages):
    html = client.get("/pl/cases/solar-co-op/").content.decode()
    for language in LANGUAGES:
        assert f'href="/{language}/cases/solar-co-op/" hreflang="{language}"' in html
    assert 'lang="pl" aria-current="true">Polski</a>' in html


def test_switcher_on_search_keeps_the_query(client, pages):
    html = client.get("/en/search/", {"q": "solar"}).content.decode()
    assert 'href="/de/search/?q=solar"' in html


def test_untranslated_page_shows_the_notice_and_marks_its_language(client, pages):
    html = client.get("/pl/cases/solar-co-op/").content.decode()
    with translation.override("pl"):
        expected = gettext(
            "This page is not yet available in %(language)s. It is shown in %(source_language)s."
        ) % {
            "language": get_language_info("pl")["name_translated"],
            "source_language": get_language_info("en")["name_translated"],
        }
    assert expected in html
    assert '<main id="main" tabindex="-1" lang="en">' in html
    english = client.get("/en/cases/solar-co-op/").content.decode()
    assert "not yet available" not in english


def test_translated_page_has_hreflang_and_points_to_translated_terms(client, pages):
    polish = Locale.objects.get(language_code="pl")
    pl_sdg = term(SDG, 7, polish)  # every term is translated by migration
    assert pl_sdg.title == "Czysta i dostępna energia"

    source = pages["case"]
    alias = CasePage.objects.get(translation_key=source.translation_key, locale=polish)
    translated = alias  # the mirrored page becomes a real translation
    translated.alias_of = None
    translated.title = "Spółdzielnia słoneczna"
    translated.save_revision().publish()

    translated = CasePage.objects.get(pk=translated.pk)
    assert list(translated.sdgs.all()) == [pl_sdg]
    html = client.get("/pl/cases/solar-co-op/").content.decode()
    assert_shows(
        html,
        "Spółdzielnia słoneczna",
        "Czysta i dostępna energia",
        '<link rel="alternate" hreflang="pl" href="http://testserver/pl/cases/solar-co-op/">',
        '<link rel="alternate" hreflang="en" href="http://testserver/en/cases/solar-co-op/">',
        '<link rel="alternate" hreflang="x-default" href="http://testserver/en/cases/solar-co-op/">',
    )
    assert "not yet available" not in html
    # English stays English.
    assert "Affordable and clean energy" in client.get("/en/cases/solar-co-op/").content.decode()


def test_listings_show_the_locale_own_pages(client, pages):
    listing = client.get("/de/cases/").context["listing"]
    assert [case.locale.language_code for case in listing.page] == ["de"]


def test_editor_offers_only_terms_of_the_page_locale(client, pages):
    from hub.factories import UserFactory

    polish = Locale.objects.get(language_code="pl")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    alias = CasePage.objects.get(translation_key=pages["case"].translation_key, locale=polish)
    alias.alias_of = None
    alias.save()
    form = client.get(f"/admin/pages/{alias.pk}/edit/").context["form"]
    sectors = list(form.fields["sector"].queryset)
    assert len(sectors) == 21  # one per NACE section, not one per section and language
    assert term(Sector, "C", polish) in sectors
    assert term(Sector, "C") not in sectors
    sdgs = list(form.fields["sdgs"].queryset)
    assert len(sdgs) == 17


def test_translated_page_can_swap_a_material_for_its_translation(client, toolkit, mirror):
    """The translation editor lets a translator override a chosen document; the Polish
    page then offers the Polish version."""
    english = DocumentFactory(title="Stakeholder map worksheet")
    polish_doc = DocumentFactory(
        title="Arkusz mapy interesariuszy", language="pl", translation_of=english
    )
    method = MethodPageFactory(
        parent=toolkit,
        title="Stakeholder map",
        worksheets=[
            ("materials", {"heading": "Worksheets", "items": [{"document": english, "note": ""}]})
        ],
    )
    mirror()
    polish = Locale.objects.get(language_code="pl")
    source, _ = TranslationSource.get_or_create_from_instance(method)
    translation, _ = source.translations.get_or_create(target_locale=polish)
    segment = OverridableSegment.objects.get(source=source, context__path__contains="document")
    SegmentOverride.objects.create(
        locale=polish, context=segment.context, data_json=json.dumps(polish_doc.pk)
    )
    translation.save_target(publish=True)

    html = client.get(method.get_translation(polish).url).content.decode()
    assert "Arkusz mapy interesariuszy" in html
    assert "Stakeholder map worksheet" not in html.split('class="materials"')[1]
    assert "Stakeholder map worksheet" in client.get(method.url).content.decode()
