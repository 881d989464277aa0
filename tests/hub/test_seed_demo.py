from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

import pytest

from cases.models import CasePage
from courses.models import CourseModulePage, UnitPage
from toolkits.models import MethodPage, ToolkitPage

pytestmark = pytest.mark.django_db


def seed(**options):
    call_command("seed_demo", stdout=open("/dev/null", "w"), **options)  # noqa: SIM115


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def test_seed_demo_twice_creates_nothing_twice():
    seed()
    first = counts()
    seed()
    assert counts() == first


def test_demo_content_is_rich_enough(client):
    seed()
    cases = CasePage.objects.live()
    assert cases.count() >= 30
    assert cases.values("country__code").distinct().count() >= 10
    assert set(cases.values_list("sdgs__number", flat=True)) == set(range(1, 18))
    assert not cases.filter(image=None).exists()
    assert all(case.is_demo for case in cases)
    assert ToolkitPage.objects.live().count() == 3
    assert MethodPage.objects.live().count() >= 12
    module = CourseModulePage.objects.get(slug="sustainable-innovation-practices")
    assert module.ects == 12
    assert UnitPage.objects.child_of(module).count() >= 6
    assert module.workload_warning() == ""
    assert get_document_model().objects.count() >= 30
    # Every demo page renders, and says it is demo content.
    for page in [cases.first(), MethodPage.objects.first(), module, UnitPage.objects.first()]:
        response = client.get(page.url)
        assert response.status_code == 200
        assert "Demo content" in response.content.decode()


def test_synthetic_cases_are_added_in_bulk_into_a_valid_tree(client):
    seed(cases=60)
    assert CasePage.objects.filter(slug__startswith="synthetic-case-").count() == 60
    assert Page.find_problems() == ([], [], [], [], [])
    seed(cases=60)
    assert CasePage.objects.filter(slug__startswith="synthetic-case-").count() == 60
    seed(cases=75)
    assert CasePage.objects.filter(slug__startswith="synthetic-case-").count() == 75
    assert Page.find_problems() == ([], [], [], [], [])
    case = CasePage.objects.get(slug="synthetic-case-70")
    response = client.get(case.url)
    assert response.status_code == 200
    assert "Synthetic case 70" in response.content.decode()
    listing = client.get("/en/cases/", {"sdg": [str(n) for n in range(1, 18)]})
    assert listing.context["listing"].page.paginator.count == CasePage.objects.live().count()
