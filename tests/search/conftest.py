"""The search tests' corpus and helpers; the engines they run against (the `engine`
fixture) are in tests/engines.py."""

from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from courses.factories import UnitPageFactory
from hub.materials.factories import DocumentFactory
from hub.taxonomy.models import SDG, Country, Sector, term
from search import indexing
from tests.materials import files
from tests.utils import translate
from toolkits.factories import MethodPageFactory


def materials(*documents):
    return [
        ("materials", {"heading": "", "items": [{"document": d, "note": ""} for d in documents]})
    ]


@pytest.fixture
def corpus(engine, case_index, toolkit, module):
    """A known set: three public cases, a draft, a private case, a method, a unit, a public
    and a private document, and a Polish translation of one case."""

    def case(title, sdgs, country, sector, **kwargs):
        return CasePageFactory(
            parent=case_index,
            title=title,
            summary=f"{title} summary.",
            organisation=f"Team {country}{sector}",  # fixed: random words could match queries
            sdgs=[term(SDG, n) for n in sdgs],
            country=term(Country, country),
            sector=term(Sector, sector),
            **kwargs,
        )

    pages = {
        "solar": case("Solar village", [7, 13], "DE", "D"),
        "wind": case("Wind cooperative", [7], "PL", "D"),
        "water": case("Water reuse", [6], "IT", "E"),
        "draft": case("Draft solar plan", [7], "DE", "D", live=False),
        "private": case("Private solar deal", [7], "DE", "D"),
        "method": MethodPageFactory(parent=toolkit, title="Solar walk", summary="A walk."),
        "unit": UnitPageFactory(parent=module, title="Solar policy", summary="Policy."),
    }
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="login")
    root = Collection.get_first_root_node()
    secret = root.add_child(name="Secret")
    CollectionViewRestriction.objects.create(collection=secret, restriction_type="login")
    documents = {
        "worksheet": DocumentFactory(
            title="Village worksheet",
            file=ContentFile(files.text_pdf("heliotrope"), name="w.pdf"),
            extracted_text="heliotrope",
        ),
        "secret": DocumentFactory(
            title="Secret heliotrope budget", collection=secret, extracted_text="heliotrope"
        ),
    }
    pages["solar"].materials = materials(documents["worksheet"])
    pages["solar"].save_revision().publish()
    pages["solar_pl"] = translate(
        pages["solar"], "pl", "Słoneczna wieś", "Wieś z energią słoneczną."
    )
    indexing.rebuild()
    return {**pages, **documents}


def search(client, language="en", **params):
    """The search page's JSON answer (asserting it is a 200)."""
    response = client.get(f"/{language}/search/", {"format": "json", **params})
    assert response.status_code == 200, response.content
    return response.json()


def titles(answer):
    return sorted(result["title"] for result in answer["results"])
