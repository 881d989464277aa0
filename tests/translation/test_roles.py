"""Translators work in their own locale only: they edit and translate pages under /pl/,
and are refused on the English source and on other locales; they cannot publish."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from cases.factories import CasePageFactory
from cases.models import CasePage
from tests.utils import in_locale, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(case_index, mirror):
    case = CasePageFactory(parent=case_index, title="Wind co-op", slug="wind-co-op")
    mirror()
    return case


def test_polish_translator_edits_polish_pages_only(client, case, translator):
    client.force_login(translator)
    assert client.get(f"/admin/pages/{in_locale(case, 'pl').pk}/edit/").status_code == 200
    assert refused(client.get(f"/admin/pages/{in_locale(case, 'de').pk}/edit/"))
    assert refused(client.get(f"/admin/pages/{case.pk}/edit/"))


def test_translator_cannot_change_the_source(client, case, translator):
    client.force_login(translator)
    revisions = case.revisions.count()
    response = client.post(f"/admin/pages/{case.pk}/edit/", {"title": "Hacked", "slug": "x"})
    assert refused(response)
    case.refresh_from_db()
    assert case.title == "Wind co-op" and case.revisions.count() == revisions


def test_translator_translates_into_polish_but_not_german(client, case, translator):
    client.force_login(translator)
    polish, german = (Locale.objects.get(language_code=code) for code in ("pl", "de"))
    url = f"/admin/localize/submit/page/{case.pk}/"

    assert refused(client.get(url, {"select_locale": "de"}))
    assert refused(client.post(url, {"locales": [german.pk]}))
    assert not Translation.objects.filter(target_locale=german).exists()
    assert in_locale(case, "de").alias_of_id == case.pk  # still the untouched mirror

    assert client.get(url, {"select_locale": "pl"}).status_code == 200
    response = client.post(url, {"locales": [polish.pk]})
    assert response.status_code == 302
    assert Translation.objects.filter(
        target_locale=polish, source__object_id=case.translation_key
    ).exists()
    polish_page = CasePage.objects.get(pk=in_locale(case, "pl").pk)
    assert polish_page.alias_of_id is None  # now a real translation, still a draft-able page


def test_translator_cannot_publish(client, case, translator):
    client.force_login(translator)
    polish = in_locale(case, "pl").specific
    polish.alias_of = None
    polish.save()
    assert not polish.permissions_for_user(translator).can_publish()
    assert polish.permissions_for_user(translator).can_edit()


def test_translator_cannot_sync_or_publish_all_translations(client, case, translator):
    source, _ = TranslationSource.get_or_create_from_instance(case)
    client.force_login(translator)
    url = f"/admin/localize/update/{source.pk}/"
    assert refused(client.get(url))
    assert refused(client.post(url, {"publish_translations": "on"}))
