from decimal import Decimal

import pytest

from courses.factories import CourseModulePageFactory, UnitPageFactory
from courses.models import workload_check
from hub.factories import UserFactory
from hub.taxonomy.models import Audience, Competence, EQFLevel, term
from tests.utils import assert_shows

pytestmark = pytest.mark.django_db


def test_module_shows_credits_level_workload_and_units_in_order(client, module):
    module.learning_outcomes = [
        (
            "outcome",
            {
                "text": "Map the system around a sustainability challenge.",
                "competences": [term(Competence, "greencomp:2.1")],
            },
        )
    ]
    module.save_revision().publish()
    UnitPageFactory(parent=module, title="Framing the challenge", workload_hours=60)
    UnitPageFactory(parent=module, title="Designing the pilot", workload_hours=70)
    html = client.get(module.url).content.decode()
    assert_shows(
        html,
        "12 ECTS",
        "EQF 7",
        "130 hours",
        "English",
        "Map the system around",
        "GreenComp 2.1 Systems thinking",
        "60 hr",
    )
    assert html.index("Framing the challenge") < html.index("Designing the pilot")


def test_unit_shows_workload_outcomes_and_module(client, module):
    unit = UnitPageFactory(
        parent=module,
        title="Futures workshop",
        workload_hours=40,
        learning_outcomes=[
            (
                "outcome",
                {
                    "text": "Build three scenarios.",
                    "competences": [
                        term(Competence, "greencomp:3.1"),
                        term(Competence, "entrecomp:1.3"),
                    ],
                },
            )
        ],
    )
    html = client.get(unit.url).content.decode()
    assert_shows(
        html,
        "40 hours",
        "Build three scenarios.",
        "GreenComp 3.1 Futures literacy",
        "EntreComp 1.3 Vision",
        module.title,
    )


@pytest.mark.parametrize(
    "ects, hours, fits",
    [
        (Decimal(12), 300, True),
        (Decimal(12), 360, True),
        (Decimal(12), 299, False),
        (Decimal(12), 361, False),
        (Decimal("2.5"), 70, True),
    ],
)
def test_units_must_add_up_to_the_credits(ects, hours, fits):
    assert (workload_check(ects, hours) == "") is fits


def test_editor_is_told_when_units_do_not_add_up(client, module):
    UnitPageFactory(parent=module, workload_hours=100)
    assert "100 hours, but 12 ECTS need 300–360 hours" in module.workload_warning()
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get(f"/admin/pages/{module.pk}/edit/")
    assert "100 hours, but 12 ECTS need 300–360 hours" in response.content.decode()


def test_course_index_filters_by_level_and_audience(client, course_index):
    CourseModulePageFactory(
        parent=course_index,
        title="Master module",
        eqf_level=term(EQFLevel, 7),
        audiences=[term(Audience, "managers")],
    )
    CourseModulePageFactory(
        parent=course_index,
        title="Bachelor module",
        eqf_level=term(EQFLevel, 6),
        audiences=[term(Audience, "students")],
    )
    listing = client.get(course_index.url, {"eqf": "6"}).context["listing"]
    assert [page.title for page in listing.page] == ["Bachelor module"]
    listing = client.get(course_index.url, {"audience": "managers"}).context["listing"]
    assert [page.title for page in listing.page] == ["Master module"]
    response = client.get(course_index.url, {"eqf": "9"})
    assert "Nothing matches" in response.content.decode()
