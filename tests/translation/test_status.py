"""The translation status view's numbers on a known set of pages."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Page

import pytest

from cases.factories import CasePageFactory
from hub.translation.status import locale_statuses

pytestmark = pytest.mark.django_db


def translate(page, code, title):
    """Turn the mirrored page in `code` into a real, published translation."""
    target = Page.objects.get(translation_key=page.translation_key, locale__language_code=code)
    target = target.specific
    target.alias_of = None
    target.title = title
    target.save_revision().publish()
    return target


@pytest.fixture
def known_pages(home_page, case_index, mirror):
    cases = [CasePageFactory(parent=case_index, title=f"Case {n}") for n in range(4)]
    mirror()
    translate(home_page, "pl", "Strona główna")
    translate(case_index, "pl", "Przypadki")
    translate(cases[0], "pl", "Przypadek 0")
    translate(cases[1], "pl", "Przypadek 1")
    # The English source of case 1 is published again after its translation.
    later = timezone.now() + timedelta(minutes=5)
    cases[1].title = "Case 1, revised"
    cases[1].last_published_at = later
    cases[1].save_revision().publish()
    type(cases[1]).objects.filter(pk=cases[1].pk).update(last_published_at=later)
    return cases


def test_status_counts_translated_missing_and_outdated(known_pages):
    statuses = {status.locale.language_code: status for status in locale_statuses()}
    polish = statuses["pl"]
    assert polish.total == 6  # home, case index and four cases
    assert len(polish.translated) == 4
    assert polish.share == 67
    assert [row["source"]["title"] for row in polish.missing] == ["Case 2", "Case 3"]
    assert [row["source"]["title"] for row in polish.outdated] == ["Case 1, revised"]
    german = statuses["de"]
    assert (len(german.translated), len(german.missing), german.share) == (0, 6, 0)
    assert len(statuses) == 9


def test_status_pages_for_partners(client, known_pages, translator):
    client.force_login(translator)
    overview = client.get("/admin/translation-status/").content.decode()
    assert "67 %" in overview
    detail = client.get("/admin/translation-status/pl/")
    html = detail.content.decode()
    assert "67 % translated: 4 of 6 live pages." in html
    assert "Case 1, revised" in html and "Case 3" in html
    assert "/admin/pages/" in html  # each links to the translation editor
    assert client.get("/admin/translation-status/xx/").status_code == 404


def polish_sdgs():
    """SDG 7 with a Polish row and SDG 13 without, whatever the taxonomy migrations
    loaded; returns both English terms."""
    from wagtail.models import Locale

    from hub.taxonomy.models import SDG

    polish = Locale.objects.get(language_code="pl")
    sdg_7, sdg_13 = (SDG.objects.get(number=n, locale__language_code="en") for n in (7, 13))
    if sdg_7.get_translation_or_none(polish) is None:
        sdg_7.copy_for_translation(polish).save()
    SDG.objects.filter(translation_key=sdg_13.translation_key, locale=polish).delete()
    return sdg_7, sdg_13


def english_and_polish_terms():
    from hub.translation.status import taxonomy_models

    english, polish = 0, 0
    for model in taxonomy_models():
        keys = set(model.objects.filter(locale__language_code="en").values_list("translation_key"))
        english += len(keys)
        polish += model.objects.filter(
            locale__language_code="pl", translation_key__in=[key for (key,) in keys]
        ).count()
    return english, polish


def test_status_counts_taxonomy_terms_of_every_taxonomy(home_page):
    sdg_7, sdg_13 = polish_sdgs()
    english, polish = english_and_polish_terms()
    statuses = {status.locale.language_code: status for status in locale_statuses()}
    terms = statuses["pl"].terms
    assert terms.total == english > 17  # every taxonomy, not only the SDGs
    assert len(terms.translated) == polish and len(terms.missing) == english - polish
    missing = [row["source"]["translation_key"] for row in terms.missing]
    assert sdg_13.translation_key in missing
    assert sdg_7.translation_key not in missing


@pytest.fixture
def materials():
    """Three English originals: one with an up-to-date Polish version, one whose Polish
    version was made from an earlier file, one with none; and a Polish original."""
    from hub.materials.factories import DocumentFactory
    from hub.materials.models import HubDocument

    current = DocumentFactory(title="Stakeholder grid")
    DocumentFactory(title="Siatka interesariuszy", language="pl", translation_of=current)
    replaced = DocumentFactory(title="Budget template")
    DocumentFactory(title="Szablon budżetu", language="pl", translation_of=replaced)
    HubDocument.objects.filter(pk=replaced.pk).update(file_hash="a later file")
    DocumentFactory(title="Interview guide")
    DocumentFactory(title="Przewodnik po wywiadach", language="pl")
    return current, replaced


def test_status_counts_materials_with_a_version_in_the_language(materials):
    statuses = {status.locale.language_code: status for status in locale_statuses()}
    polish, german = statuses["pl"].materials, statuses["de"].materials
    titles = lambda rows: sorted(row["source"]["title"] for row in rows)  # noqa: E731
    assert polish.total == german.total == 4
    assert titles(polish.translated) == [
        "Budget template", "Przewodnik po wywiadach", "Stakeholder grid"
    ]  # fmt: skip
    assert titles(polish.missing) == ["Interview guide"]
    assert titles(polish.outdated) == ["Budget template"]
    assert (len(german.translated), len(german.missing), german.share) == (0, 4, 0)


def test_status_pages_show_terms_and_materials(client, home_page, materials, translator):
    polish_sdgs()
    english, polish = english_and_polish_terms()
    client.force_login(translator)
    overview = client.get("/admin/translation-status/").content.decode()
    assert "75 %</span> (3 / 4)" in overview  # Polish materials
    html = client.get("/admin/translation-status/pl/").content.decode()
    share = round(100 * polish / english)
    assert f"{share} % translated: {polish} of {english} taxonomy terms." in html
    assert "Climate action" in html  # SDG 13, missing, with a link to translate it
    assert "/admin/localize/submit/snippet/taxonomy/sdg/" in html
    assert "75 % available: 3 of 4 materials" in html
    assert "Interview guide" in html and "Budget template" in html


def test_restricted_materials_are_not_named_to_translators(client, home_page, translator):
    from django.core.files.base import ContentFile

    from wagtail.models import Collection, CollectionViewRestriction

    from hub.materials.factories import DocumentFactory

    partners = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(collection=partners, restriction_type="login")
    DocumentFactory(title="Partner budget", collection=partners,
                    file=ContentFile(b"%PDF-1.4\n", name="budget.pdf"))  # fmt: skip
    client.force_login(translator)
    assert "Partner budget" not in client.get("/admin/translation-status/pl/").content.decode()


def status_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # settles what a first request reads once (sessions, locales)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_status_queries_do_not_grow_with_pages_terms_and_materials(
    client, home_page, case_index, mirror, django_assert_num_queries
):
    from wagtail.models import Locale

    from hub.factories import UserFactory
    from hub.materials.factories import DocumentFactory
    from hub.taxonomy.models import Sector
    from hub.translation.status import taxonomy_models

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    CasePageFactory(parent=case_index)
    DocumentFactory()
    mirror("pl")
    few = [status_queries(client, url) for url in ("/admin/translation-status/",
                                                   "/admin/translation-status/pl/")]  # fmt: skip
    for _ in range(5):
        CasePageFactory(parent=case_index)
        original = DocumentFactory()
        DocumentFactory(language="pl", translation_of=original)
    polish = Locale.objects.get(language_code="pl")
    for sector in Sector.objects.filter(locale__language_code="en")[:5]:
        if sector.get_translation_or_none(polish) is None:
            sector.copy_for_translation(polish).save()
    new_case = CasePageFactory(parent=case_index)
    mirror("pl")
    translate(new_case, "pl", "Nowy przypadek")
    many = [status_queries(client, url) for url in ("/admin/translation-status/",
                                                    "/admin/translation-status/pl/")]  # fmt: skip
    assert few == many
    # Pages 5 (with the default locale), one a taxonomy, materials 1, however many items.
    with django_assert_num_queries(5 + len(taxonomy_models()) + 1):
        locale_statuses()
