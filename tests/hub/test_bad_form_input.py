"""Bad form input in the admin gets a form error, never a server error, and the form
comes back with what the editor typed (issue 26): raw HTML where the rich-text editor
posts its JSON (contentstate)."""

import pytest

from cases.factories import CasePageFactory
from tests.utils import case_edit_form, member_of

pytestmark = pytest.mark.django_db

NOT_CONTENTSTATE = ["<p>hi from the editor</p>", "hi from the editor", '"hi from the editor"',
                    '{"blocks": "hi from the editor"}', "[1, 2]"]  # fmt: skip


@pytest.fixture
def case(case_index):
    return CasePageFactory(parent=case_index, title="Wind co-op")


@pytest.fixture
def editor(client):
    client.force_login(member_of("Editors"))
    return client


@pytest.mark.parametrize("raw", NOT_CONTENTSTATE)
def test_raw_html_in_a_rich_text_field_is_a_form_error(editor, case, raw):
    revisions = case.revisions.count()
    data = case_edit_form(case, title="Wind co-op, edited", challenge=raw)
    response = editor.post(f"/admin/pages/{case.pk}/edit/", data)
    assert response.status_code == 200
    assert "challenge" in response.context["form"].errors
    html = response.content.decode()
    assert "Wind co-op, edited" in html  # the rest of what was typed is kept
    if "hi from the editor" in raw:
        assert "hi from the editor" in html
    assert case.revisions.count() == revisions


@pytest.mark.parametrize("raw", NOT_CONTENTSTATE[:2])
def test_raw_html_in_a_rich_text_block_is_a_form_error(editor, case, raw):
    revisions = case.revisions.count()
    block = {"count": "1", "0-type": "text", "0-value": raw, "0-deleted": "", "0-order": "0",
             "0-id": ""}  # fmt: skip
    data = case_edit_form(case, **{f"body-{key}": value for key, value in block.items()})
    response = editor.post(f"/admin/pages/{case.pk}/edit/", data)
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert "hi from the editor" in response.content.decode()
    assert case.revisions.count() == revisions


def test_raw_html_on_a_new_page_is_a_form_error(editor, case_index):
    data = case_edit_form(CasePageFactory.build(title="Tidal co-op", slug="tidal-co-op"),
                          challenge="<p>hi from the editor</p>")  # fmt: skip
    response = editor.post(f"/admin/pages/add/cases/casepage/{case_index.pk}/", data)
    assert response.status_code == 200
    assert "challenge" in response.context["form"].errors
    assert "hi from the editor" in response.content.decode()


def test_contentstate_is_still_saved(editor, case):
    contentstate = (
        '{"blocks": [{"key": "a1", "type": "unstyled", "depth": 0, "text": "Saved text", '
        '"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}'
    )
    response = editor.post(
        f"/admin/pages/{case.pk}/edit/", case_edit_form(case, challenge=contentstate)
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert "Saved text" in case.get_latest_revision_as_object().challenge
