"""Overrides in the translation editor (a translated page's own picture or document, issue
26): a value that is no image or document the translator may choose is refused with a
message and not saved; one saved before that check never makes a preview or a publish
fail, the source's value is used and the moderator is told."""

import json

from django.contrib.messages import get_messages

from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

import pytest

from cases.factories import CasePageFactory
from hub.factories import ImageFactory
from hub.materials.factories import DocumentFactory, materials_stream
from tests.utils import in_locale, member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(client, case_index, mirror, translator, image):
    """The Polish translation of a case with a picture and a document, as a translator
    starts it."""
    case = CasePageFactory(
        parent=case_index,
        title="Wind co-op",
        image=image,
        materials=materials_stream(DocumentFactory(title="Turbine map")),
    )
    case.save_revision().publish()
    mirror("pl")
    polish = Locale.objects.get(language_code="pl")
    client.force_login(translator)
    response = client.post(f"/admin/localize/submit/page/{case.pk}/", {"locales": [polish.pk]})
    assert response.status_code == 302
    return Translation.objects.get(target_locale=polish, source__object_id=case.translation_key)


def segment(translation, path_part):
    return OverridableSegment.objects.get(
        source=translation.source, context__path__contains=path_part
    )


def put_override(client, translation, segment, value):
    url = f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/"
    return client.put(url, f"value={value}", content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize("path_part", ["image", "document"])
@pytest.mark.parametrize("value", ["PWNED", "", "999999", "1.5", "²"])
def test_a_value_that_is_no_image_or_document_is_refused(client, translation, path_part, value):
    response = put_override(client, translation, segment(translation, path_part), value)
    assert response.status_code == 400
    assert response.json()["error"]
    assert not SegmentOverride.objects.exists()


def test_an_image_or_document_the_translator_may_choose_is_saved(client, translation):
    picture, document = ImageFactory(), DocumentFactory(title="Mapa turbin", language="pl")
    assert (
        put_override(client, translation, segment(translation, "image"), picture.pk).status_code
        == 201
    )
    response = put_override(client, translation, segment(translation, "document"), document.pk)
    assert response.status_code == 201
    assert sorted(SegmentOverride.objects.values_list("data_json", flat=True)) == sorted(
        [json.dumps(str(picture.pk)), json.dumps(str(document.pk))]
    )


def test_a_bad_override_saved_earlier_breaks_no_preview_and_no_publish(client, translation, image):
    """As an override saved before the check was: the preview and the moderator's
    publish work with the source's picture, and the moderator hears why."""
    SegmentOverride.objects.create(
        locale=translation.target_locale,
        context=segment(translation, "image").context,
        data_json=json.dumps("PWNED"),
    )
    preview = client.get(f"/admin/localize/translate/{translation.pk}/preview/")
    assert preview.status_code == 200
    client.force_login(member_of("Moderators"))
    polish = in_locale(translation.source.get_source_instance(), "pl")
    response = client.post(f"/admin/pages/{polish.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    polish.refresh_from_db()
    assert polish.live and polish.specific.image_id == image.pk
    shown = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "the source's value is used" in shown
    assert SegmentOverride.objects.get().has_error


@pytest.mark.parametrize("path_part", ["image", "document"])
def test_an_item_of_a_restricted_collection_is_refused(client, translation, path_part):
    """Translators' grants do not reach restricted collections (hub.security.media_permissions)."""
    from wagtail.models import Collection, CollectionViewRestriction

    partners = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(collection=partners, restriction_type="login")
    factory = ImageFactory if path_part == "image" else DocumentFactory
    item = factory(collection=partners)
    response = put_override(client, translation, segment(translation, path_part), item.pk)
    assert response.status_code == 400
    assert not SegmentOverride.objects.exists()


def test_a_bad_override_saved_earlier_breaks_no_sync(client, translation, image):
    """'Sync translated pages' with publishing, by a moderator, uses the source's picture."""
    SegmentOverride.objects.create(
        locale=translation.target_locale,
        context=segment(translation, "image").context,
        data_json=json.dumps("PWNED"),
    )
    client.force_login(member_of("Moderators"))
    url = f"/admin/localize/update/{translation.source.pk}/"
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    polish = in_locale(translation.source.get_source_instance(), "pl").specific
    assert polish.live and polish.image_id == image.pk
    assert SegmentOverride.objects.get().has_error
