"""What every listing shares: bad input never fails, and it is handled the same way."""

import pytest

pytestmark = pytest.mark.django_db

BAD_PAGES = ["abc", "0", "-1", "99999999", "1e3", "", "%00", "<b>"]


@pytest.mark.parametrize("index", ["case_index", "toolkit_index", "course_index"])
@pytest.mark.parametrize("page", BAD_PAGES)
def test_bad_page_numbers_give_a_valid_page(client, request, index, page):
    url = request.getfixturevalue(index).url
    response = client.get(url, {"page": page})
    assert response.status_code == 200
    assert response.context["listing"].page.number == 1


@pytest.mark.parametrize(
    "index, param",
    [
        ("case_index", "sdg"),
        ("case_index", "country"),
        ("toolkit_index", "category"),
        ("toolkit_index", "setting"),
        ("course_index", "eqf"),
        ("course_index", "audience"),
    ],
)
def test_unknown_values_say_nothing_matches(client, request, index, param):
    url = request.getfixturevalue(index).url
    response = client.get(url, {param: "no-such-value"})
    assert response.status_code == 200
    assert "Nothing matches: an unknown value was given for" in response.content.decode()


def test_unknown_parameters_are_ignored(client, case_index):
    from cases.factories import CasePageFactory

    CasePageFactory(parent=case_index, title="Only case")
    response = client.get(case_index.url, {"colour": "blue"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing matches" not in html
    assert "Only case" in html


def test_an_empty_section_says_so(client, toolkit_index):
    html = client.get(toolkit_index.url).content.decode()
    assert "Nothing has been published here yet." in html
