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
    assert not Translation.objects.filter(
        target_locale=german, source__object_id=case.translation_key
    ).exists()  # (the taxonomy terms' own German translations are loaded by migration)
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


def test_polish_translator_submits_the_polish_page_for_moderation(client, case, translator):
    """Translators do not publish (Moderators approve, as for editors): a Polish
    translator's change to the Polish page goes to the Moderators approval workflow."""
    from tests.utils import case_edit_form

    polish = CasePage.objects.get(pk=in_locale(case, "pl").pk)
    polish.alias_of = None
    polish.save_revision().publish()
    client.force_login(translator)
    form = case_edit_form(polish, title="Spółdzielnia wiatrowa", **{"action-submit": "1"})
    response = client.post(f"/admin/pages/{polish.pk}/edit/", form)
    assert response.status_code == 302
    polish.refresh_from_db()
    assert polish.workflow_in_progress
    assert polish.get_latest_revision_as_object().title == "Spółdzielnia wiatrowa"


# Taxonomy terms: Wagtail's snippet permissions are per model; the hub limits a
# translator to their own locale's terms (hub.translation.permissions).


def sdg_7(code):
    """SDG 7 in the locale `code`, given a row there if the migrations loaded none."""
    from hub.taxonomy.models import SDG

    english = SDG.objects.get(number=7, locale__language_code="en")
    if code == "en":
        return english
    locale = Locale.objects.get(language_code=code)
    return english.get_translation_or_none(locale) or english.copy_for_translation(locale)


def saved(term):
    if term.pk is None:
        term.save()
    return term


def term_form(term, title):
    return {"number": term.number, "title": title, "colour": term.colour}


def test_polish_translator_changes_polish_terms_only(client, translator):
    from hub.taxonomy.models import SDG

    english, german, polish = (saved(sdg_7(code)) for code in ("en", "de", "pl"))
    # A row of its own, not under a wagtail-localize translation: the plain snippet form.
    Translation.objects.filter(source__object_id=english.translation_key).delete()
    client.force_login(translator)
    url = "/admin/snippets/taxonomy/sdg/edit/{}/"
    assert client.get(url.format(polish.pk)).status_code == 200
    response = client.post(url.format(polish.pk), term_form(polish, "Czysta i dostępna energia"))
    assert response.status_code == 302
    assert SDG.objects.get(pk=polish.pk).title == "Czysta i dostępna energia"
    for other in (english, german):
        before = other.title
        assert refused(client.get(url.format(other.pk)))
        assert refused(client.post(url.format(other.pk), term_form(other, "Hacked")))
        assert SDG.objects.get(pk=other.pk).title == before
    assert refused(client.post(f"/admin/snippets/taxonomy/sdg/delete/{polish.pk}/"))
    assert SDG.objects.filter(pk=polish.pk).exists()


def test_moderators_change_terms_in_every_locale(client):
    from tests.utils import member_of

    german = saved(sdg_7("de"))
    Translation.objects.filter(source__object_id=german.translation_key).delete()
    client.force_login(member_of("Moderators"))
    assert client.get(f"/admin/snippets/taxonomy/sdg/edit/{german.pk}/").status_code == 200


def test_polish_translator_translates_terms_into_polish_not_german(client, translator):
    from hub.taxonomy.models import SDG

    english = sdg_7("en")
    SDG.objects.filter(translation_key=english.translation_key).exclude(pk=english.pk).delete()
    polish, german = (Locale.objects.get(language_code=code) for code in ("pl", "de"))
    client.force_login(translator)
    url = f"/admin/localize/submit/snippet/taxonomy/sdg/{english.pk}/"
    assert refused(client.post(url, {"locales": [german.pk]}))
    assert refused(client.post(url, {"locales": [german.pk, polish.pk]}))
    assert not SDG.objects.filter(translation_key=english.translation_key, locale=german).exists()
    assert client.post(url, {"locales": [polish.pk]}).status_code == 302
    assert SDG.objects.filter(translation_key=english.translation_key, locale=polish).exists()


def test_polish_translator_cannot_use_the_translation_editor_on_german_terms(client, translator):
    """The editor's endpoints check the snippet's model only; the hub checks its locale."""
    from wagtail_localize.models import StringSegment

    from hub.taxonomy.models import SDG

    english = sdg_7("en")
    SDG.objects.filter(translation_key=english.translation_key).exclude(pk=english.pk).delete()
    source, _ = TranslationSource.get_or_create_from_instance(english)
    translations = {}
    for code in ("de", "pl"):
        translation = Translation.objects.create(
            source=source, target_locale=Locale.objects.get(language_code=code)
        )
        translation.save_target()
        translations[code] = translation
    segment = StringSegment.objects.filter(source=source).first()
    client.force_login(translator)
    for code, allowed in (("pl", True), ("de", False)):
        base = f"/admin/localize/translate/{translations[code].pk}"
        edit = client.put(f"{base}/strings/{segment.pk}/edit/", "value=Energia",
                          content_type="application/x-www-form-urlencoded")  # fmt: skip
        download = client.get(f"{base}/pofile/download/")
        disable = client.post(f"{base}/disable/", {"next": "/admin/"})
        if allowed:
            assert edit.status_code in (200, 201) and download.status_code == 200
        else:
            assert refused(edit) and refused(download) and refused(disable)
    assert Translation.objects.get(pk=translations["de"].pk).enabled


def test_translator_cannot_sync_every_locale_of_a_term(client, translator):
    source, _ = TranslationSource.get_or_create_from_instance(sdg_7("en"))
    client.force_login(translator)
    assert refused(client.post(f"/admin/localize/update/{source.pk}/"))


def test_translator_sees_the_translation_status(client, translator):
    client.force_login(translator)
    html = client.get("/admin/translation-status/pl/").content.decode()
    assert "taxonomy terms" in html and "materials" in html
