"""The submit-translation form answers input that names no locale with a form error,
not a server error (issue 26)."""

from wagtail.models import Locale
from wagtail_localize.models import Translation

import pytest

from cases.factories import CasePageFactory
from tests.utils import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(case_index, mirror):
    case = CasePageFactory(parent=case_index, title="Wind co-op")
    mirror("pl")
    return case


@pytest.mark.parametrize("who", ["translator", "editor"])
@pytest.mark.parametrize("locales", [["abc"], ["9" * 30], ["²"], ["1.5"], ["pl", "abc"]])
def test_a_locale_that_is_no_id_is_a_form_error(client, case, translator, who, locales):
    client.force_login(translator if who == "translator" else member_of("Editors"))
    polish = Locale.objects.get(language_code="pl")
    values = [str(polish.pk) if value == "pl" else value for value in locales]
    response = client.post(f"/admin/localize/submit/page/{case.pk}/", {"locales": values})
    assert response.status_code == 200
    assert "locales" in response.context["form"].errors
    assert not Translation.objects.filter(source__object_id=case.translation_key).exists()
