"""Editors' work is kept: revisions restore exactly, every action is in the audit log,
purging old revisions keeps what matters, big subtrees are not deleted by accident, and
a preview is framed only by the admin itself."""

import io

from django.core.management import call_command

from wagtail.models import Page, PageLogEntry, Revision

import pytest

from cases.factories import CaseIndexPageFactory, CasePageFactory
from cases.models import CasePage
from tests.utils import case_edit_form, member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator():
    return member_of("Moderators", username="mo")


def test_reverting_to_a_revision_restores_it_exactly_and_waits_for_publish(case_index, moderator):
    case = CasePageFactory(parent=case_index, title="First words")
    case.challenge = "<p>Prices rose by <b>40 %</b>.</p>"
    first = case.save_revision(user=moderator)
    first.publish(user=moderator)
    case.title, case.challenge = "Second words", "<p>Costs fell.</p>"
    case.save_revision(user=moderator).publish(user=moderator)

    # What the admin's "Revert" does: the old revision becomes the newest draft.
    reverted = first.as_object()
    draft = reverted.save_revision(user=moderator)
    assert CasePage.objects.get(pk=case.pk).title == "Second words"  # still live
    assert words(draft) == words(first)
    draft.publish(user=moderator)
    live = CasePage.objects.get(pk=case.pk)
    assert (live.title, live.challenge) == ("First words", "<p>Prices rose by <b>40 %</b>.</p>")
    assert Revision.page_revisions.filter(object_id=str(case.pk)).count() == 3


# What a revision records about publishing rather than what the page says.
BOOKKEEPING = {
    "latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes",
    "live_revision", "last_published_at", "first_published_at", "live", "locked",
}  # fmt: skip


def words(revision):
    return {key: value for key, value in revision.content.items() if key not in BOOKKEEPING}


def test_every_action_on_a_page_is_in_the_audit_log_with_who_and_when(
    case_index, home_page, moderator
):
    case = CasePageFactory(parent=case_index, live=False)
    case.save_revision(user=moderator, log_action=True).publish(user=moderator)
    case.refresh_from_db()
    case.unpublish(user=moderator)
    other = CaseIndexPageFactory(parent=home_page, title="Archive", slug="archive")
    case.move(other, pos="last-child", user=moderator)
    entries = PageLogEntry.objects.filter(page_id=case.pk).order_by("timestamp", "pk")
    done = ("wagtail.edit", "wagtail.publish", "wagtail.unpublish", "wagtail.move")
    logged = {entry.action: entry for entry in entries if entry.action in done}
    assert sorted(logged) == sorted(done), [entry.action for entry in entries]
    assert all(entry.user == moderator and entry.timestamp for entry in logged.values())


def test_the_audit_log_records_edits_made_in_the_admin(client, case_index, moderator):
    case = CasePageFactory(parent=case_index)
    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/{case.pk}/edit/", case_edit_form(case, title="Edited in the admin")
    )
    assert response.status_code == 302
    entry = PageLogEntry.objects.filter(page_id=case.pk, action="wagtail.edit").latest("pk")
    assert entry.user == moderator


def test_purging_revisions_keeps_the_live_the_latest_and_the_moderated_ones(case_index, moderator):
    case = CasePageFactory(parent=case_index)
    for n in range(3):
        case.title = f"Version {n}"
        case.save_revision(user=moderator).publish(user=moderator)
    live = CasePage.objects.get(pk=case.pk).live_revision
    case.title = "A draft after it"
    latest = case.save_revision(user=moderator)
    call_command("purge_revisions", days=0, stdout=io.StringIO())
    kept = set(Revision.page_revisions.filter(object_id=str(case.pk)).values_list("pk", flat=True))
    assert {live.pk, latest.pk} <= kept
    assert len(kept) == 2  # the older published versions went
    page = CasePage.objects.get(pk=case.pk)
    assert page.live_revision_id == live.pk
    assert page.get_latest_revision().content["title"] == "A draft after it"


def test_deleting_a_big_section_needs_the_site_name_typed(admin_client, case_index, settings):
    settings.WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT = 5
    CasePageFactory.create_batch(5, parent=case_index)
    url = f"/admin/pages/{case_index.pk}/delete/"
    page = admin_client.get(url)
    assert page.status_code == 200
    assert 'name="confirm_site_name"' in page.content.decode()
    admin_client.post(url, {"confirm_site_name": "not the site's name"})
    assert Page.objects.filter(pk=case_index.pk).exists()
    assert CasePage.objects.child_of(case_index).count() == 5


def test_a_preview_may_be_framed_by_the_admin_and_public_pages_by_no_one(
    client, case_index, moderator
):
    case = CasePageFactory(parent=case_index)
    client.force_login(moderator)
    url = f"/admin/pages/{case.pk}/edit/preview/"
    posted = client.post(url, case_edit_form(case, title="Previewed title"))
    assert posted.status_code == 200 and posted.json()["is_valid"]
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Previewed title" in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert client.get(case.url)["X-Frame-Options"] == "DENY"


def test_two_editors_saving_the_same_page_lose_neither_save(client, case_index, moderator):
    case = CasePageFactory(parent=case_index)
    other = member_of("Moderators", username="ann")
    for user, title in ((moderator, "Ann's colleague's words"), (other, "Ann's words")):
        client.force_login(user)
        response = client.post(f"/admin/pages/{case.pk}/edit/", case_edit_form(case, title=title))
        assert response.status_code == 302
    saved = Revision.page_revisions.filter(object_id=str(case.pk)).order_by("pk")
    assert [(r.user, r.content["title"]) for r in saved][-2:] == [
        (moderator, "Ann's colleague's words"),
        (other, "Ann's words"),
    ]
