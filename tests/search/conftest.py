from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction
from wagtail_localize.models import LocaleSynchronization

import pytest

from cases.factories import CasePageFactory
from courses.factories import UnitPageFactory
from hub.materials.factories import DocumentFactory
from hub.taxonomy.models import SDG, Country, Sector, term
from search import indexing
from search.adapters import get_adapter
from tests.materials import files
from toolkits.factories import MethodPageFactory

ENGINES = ["database"]


@pytest.fixture(params=ENGINES)
def engine(request, settings):
    """Every search test runs against every engine adapter."""
    settings.SEARCH_BACKEND = request.param
    get_adapter.cache_clear()
    yield request.param
    get_adapter.cache_clear()


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
        "method": MethodPageFactory(parent=toolkit, title="Solar walk"),
        "unit": UnitPageFactory(parent=module, title="Solar policy"),
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
    polish = Locale.objects.get(language_code="pl")
    LocaleSynchronization.objects.get(locale=polish).sync_trees()  # Polish is enough here
    translated = pages["solar"].get_translation(polish).specific
    translated.alias_of = None
    translated.title = "Słoneczna wieś"
    translated.summary = "Wieś z energią słoneczną."
    translated.save_revision().publish()
    pages["solar_pl"] = translated
    indexing.rebuild()
    return {**pages, **documents}
