"""Editors submit, Moderators approve: a submitted page is not live until approved;
scheduled pages go live when their time comes."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

import pytest
import time_machine

from cases.factories import CasePageFactory
from cases.models import CasePage
from tests.utils import case_edit_form, member_of

pytestmark = pytest.mark.django_db


def test_editor_submits_and_the_page_stays_offline_until_a_moderator_approves(client, case_index):
    draft = CasePageFactory(parent=case_index, title="Wind park with citizens", live=False)
    draft.save_revision()
    editor = member_of("Editors")
    client.force_login(editor)

    response = client.post(
        f"/admin/pages/{draft.pk}/edit/",
        case_edit_form(draft, **{"action-submit": "Submit to Moderators approval"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    assert draft.live is False
    assert draft.current_workflow_state.status == "in_progress"
    assert client.get("/en/cases/wind-park-with-citizens/").status_code == 404

    # The editor cannot publish directly.
    client.post(f"/admin/pages/{draft.pk}/edit/", case_edit_form(draft, **{"action-publish": "1"}))
    draft.refresh_from_db()
    assert draft.live is False

    moderator = member_of("Moderators")
    client.force_login(moderator)
    task_state = draft.current_workflow_state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live is True
    client.logout()
    assert client.get("/en/cases/wind-park-with-citizens/").status_code == 200


def test_groups_can_use_images_documents_and_taxonomies():
    editor = member_of("Editors")
    assert editor.has_perm("taxonomy.view_sdg")
    assert not editor.has_perm("taxonomy.change_sdg")
    moderator = member_of("Moderators")
    assert moderator.has_perm("taxonomy.change_sdg")
    documents = policy_registry.get_by_type(get_document_model())
    images = policy_registry.get_by_type(get_image_model())

    for user in (editor, moderator):
        assert images.user_has_permission(user, "add")
        assert images.user_has_permission(user, "choose")
        assert documents.user_has_permission(user, "add")
        assert documents.user_has_permission(user, "choose")


def test_scheduled_page_goes_live_when_its_time_comes(client, case_index):
    page = CasePageFactory(parent=case_index, title="Scheduled case", live=False)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live is False
    assert client.get(page.url or "/en/cases/scheduled-case/").status_code == 404

    call_command("publish_scheduled")
    assert CasePage.objects.get(pk=page.pk).live is False

    with time_machine.travel(timezone.now() + timedelta(hours=2), tick=False):
        call_command("publish_scheduled")
    assert CasePage.objects.get(pk=page.pk).live is True
    assert client.get("/en/cases/scheduled-case/").status_code == 200
