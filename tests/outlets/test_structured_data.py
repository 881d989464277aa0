"""schema.org JSON-LD and Open Graph, read with extruct as search engines read pages."""

import extruct
import pytest

from cases.factories import CasePageFactory
from courses.factories import UnitPageFactory
from hub.taxonomy.models import SDG, Country, term
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def extract(client, url):
    response = client.get(url)
    assert response.status_code == 200
    data = extruct.extract(
        response.content.decode(), base_url="http://testserver" + url,
        syntaxes=["json-ld", "opengraph"], uniform=True,
    )  # fmt: skip
    assert len(data["json-ld"]) == 1
    return data["json-ld"][0], data["opengraph"][0] if data["opengraph"] else {}


def test_a_case_is_an_article_with_its_sdgs_licence_and_language(client, case_index):
    case = CasePageFactory(
        parent=case_index,
        title="Wind cooperative",
        summary="Villagers own the turbines.",
        country=term(Country, "PL"),
        sdgs=[term(SDG, 7)],
    )
    case.save_revision().publish()
    data, og = extract(client, case.url)
    assert data["@type"] == "Article"
    assert data["name"] == data["headline"] == "Wind cooperative"
    assert data["inLanguage"] == "en"
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["url"] == "http://testserver/en/cases/wind-cooperative/"
    assert data["about"][0]["sameAs"] == "https://sdgs.un.org/goals/goal7"
    assert data["spatialCoverage"]["name"] == "Poland"
    assert data["datePublished"]
    assert og["@type"] == "article" and og["og:title"] == "Wind cooperative"  # og:type
    assert og["og:description"] == "Villagers own the turbines."
    assert og["og:url"] == data["url"]


def test_a_method_is_a_howto_with_steps_and_total_time(client, toolkit):
    method = MethodPageFactory(
        parent=toolkit,
        duration_min=60,
        duration_max=90,
        materials_needed="Sticky notes\nMarkers",
        steps=[
            ("step", {"title": "Map", "minutes": 20, "instructions": "<p>List <b>all</b>.</p>"}),
            ("step", {"title": "Rank", "minutes": None, "instructions": "<p>Vote.</p>"}),
        ],
    )
    data, _og = extract(client, method.url)
    assert data["@type"] == "HowTo"
    assert data["totalTime"] == "PT1H30M"
    assert [(s["position"], s["name"], s["text"]) for s in data["step"]] == [
        (1, "Map", "List all."),
        (2, "Rank", "Vote."),
    ]
    assert data["step"][0]["timeRequired"] == "PT20M" and "timeRequired" not in data["step"][1]
    assert [s["name"] for s in data["supply"]] == ["Sticky notes", "Markers"]


def test_a_module_is_a_course_and_its_units_learning_resources(client, module):
    unit = UnitPageFactory(parent=module, title="Systems thinking", workload_hours=50)
    data, _og = extract(client, module.url)
    assert data["@type"] == "Course"
    assert data["numberOfCredits"] == float(module.ects)
    assert data["provider"]["name"] == "IMPACT hub"
    assert data["educationalLevel"] == module.eqf_level.short_label
    assert {"@type": "LearningResource", "name": "Systems thinking",
            "url": "http://testserver" + unit.url} in data["hasPart"]  # fmt: skip
    data, _og = extract(client, unit.url)
    assert data["@type"] == "LearningResource"
    assert data["timeRequired"] == "PT50H"
    assert data["isPartOf"]["@type"] == "Course" and data["isPartOf"]["name"] == module.title


def test_materials_are_learning_resources_with_their_licence(client, toolkit):
    from hub.materials.factories import DocumentFactory
    from tests.search.conftest import materials

    document = DocumentFactory(title="Grid worksheet", language="de", authors="A. Nowak")
    method = MethodPageFactory(parent=toolkit, worksheets=materials(document))
    data, _og = extract(client, method.url)
    part = data["hasPart"][0]
    assert part["@type"] == "LearningResource" and part["name"] == "Grid worksheet"
    assert part["inLanguage"] == "de" and part["author"] == [
        {"@type": "Person", "name": "A. Nowak"}
    ]
    assert part["license"].startswith("https://creativecommons.org/licenses/")
    assert part["url"] == "http://testserver" + document.url


def test_a_mirrored_page_points_search_engines_to_its_source(client, case_index):
    from tests.utils import translate

    case = CasePageFactory(parent=case_index, title="Solar village")
    translate(CasePageFactory(parent=case_index), "de", "Etwas", "Etwas.")  # mirrors the tree
    html = client.get("/de/cases/solar-village/").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/cases/solar-village/">' in html
    data, _og = extract(client, "/de/cases/solar-village/")
    assert data["url"] == "http://testserver" + case.url and data["inLanguage"] == "en"


def test_hostile_titles_stay_inside_the_json(client, case_index):
    case = CasePageFactory(parent=case_index, title="</script><script>alert(1)</script>")
    html = client.get(case.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    data, _og = extract(client, case.url)
    assert data["name"] == "</script><script>alert(1)</script>"
