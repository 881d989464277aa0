"""Every page type opens in the editor, for adding and for editing, with its tabs."""

import pytest

from cases.factories import CasePageFactory
from courses.factories import UnitPageFactory
from hub.factories import UserFactory
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_each_page_type_opens_in_the_editor(admin_client, case_index, toolkit, module):
    pages = [
        CasePageFactory(parent=case_index),
        MethodPageFactory(parent=toolkit),
        UnitPageFactory(parent=module),
        case_index,
        toolkit,
        module,
    ]
    for page in pages:
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
        preview = admin_client.get(f"/admin/pages/{page.pk}/edit/preview/")
        assert preview.status_code == 200, page


@pytest.mark.parametrize(
    "model, parent_fixture, tabs",
    [
        ("casepage", "case_index", ["Key facts", "Case", "Relations", "Source"]),
        ("methodpage", "toolkit", ["Method", "Steps and materials"]),
        ("unitpage", "module", []),
        ("coursemodulepage", "course_index", ["Module", "Materials and notes"]),
    ],
)
def test_add_forms_group_fields_in_tabs(admin_client, request, model, parent_fixture, tabs):
    parent = request.getfixturevalue(parent_fixture)
    app = {"casepage": "cases", "methodpage": "toolkits"}.get(model, "courses")
    response = admin_client.get(f"/admin/pages/add/{app}/{model}/{parent.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for tab in tabs:
        assert tab in html
