from django.core.exceptions import ValidationError

import pytest

from hub.taxonomy.models import MethodCategory, term
from tests.utils import assert_shows
from toolkits.factories import MethodPageFactory, ToolkitPageFactory

pytestmark = pytest.mark.django_db


def test_method_shows_what_it_takes_first_then_steps(client, toolkit):
    method = MethodPageFactory(
        parent=toolkit,
        title="Stakeholder mapping",
        duration_min=45,
        duration_max=90,
        group_min=4,
        group_max=12,
        difficulty="easy",
        setting="hybrid",
        steps=[
            (
                "step",
                {
                    "title": "List the stakeholders",
                    "minutes": 15,
                    "instructions": "Everyone writes cards.",
                },
            ),
            (
                "step",
                {
                    "title": "Place them on the grid",
                    "minutes": 20,
                    "instructions": "By influence and interest.",
                },
            ),
        ],
        tips="<p>Keep the cards large.</p>",
        variations="<p>Online with a shared board.</p>",
    )
    html = client.get(method.url).content.decode()
    facts = html.index("45–90 minutes")
    assert facts < html.index('<ol class="steps">')
    assert_shows(
        html,
        "4–12 people",
        "Easy",
        "Hybrid",
        "Flip chart",
        "List the stakeholders",
        "15 minutes",
        "Keep the cards large.",
        "Online with a shared board.",
    )
    assert html.index("List the stakeholders") < html.index("Place them on the grid")


def test_toolkit_lists_its_methods(client, toolkit):
    MethodPageFactory(parent=toolkit, title="Pre-mortem")
    MethodPageFactory(parent=toolkit, title="World café", live=False)
    html = client.get(toolkit.url).content.decode()
    assert "Pre-mortem" in html
    assert "World café" not in html


def test_ranges_must_be_ordered():
    method = MethodPageFactory.build(duration_min=90, duration_max=30, group_min=10, group_max=5)
    with pytest.raises(ValidationError) as error:
        method.clean()
    assert set(error.value.message_dict) == {"duration_max", "group_max"}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"category": "ideation"}, ["Brainwriting"]),
        ({"setting": "online"}, ["Online retrospective"]),
        ({"difficulty": "advanced"}, ["Brainwriting"]),
        ({"duration": "short"}, ["Online retrospective"]),
        ({"duration": ["short", "long"]}, ["Brainwriting", "Online retrospective"]),
        ({"category": "nonsense"}, []),
    ],
)
def test_toolkit_index_filters_methods(client, toolkit_index, params, expected):
    toolkit = ToolkitPageFactory(parent=toolkit_index)
    MethodPageFactory(
        parent=toolkit,
        title="Brainwriting",
        category=term(MethodCategory, "ideation"),
        difficulty="advanced",
        duration_min=200,
        duration_max=300,
    )
    MethodPageFactory(
        parent=toolkit,
        title="Online retrospective",
        setting="online",
        duration_min=30,
        duration_max=60,
    )
    MethodPageFactory(parent=toolkit, title="Stakeholder walk", duration_min=90, duration_max=120)
    response = client.get(toolkit_index.url, params)
    assert response.status_code == 200
    assert sorted(method.title for method in response.context["listing"].page) == expected
