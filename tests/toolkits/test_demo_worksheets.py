"""The demo's worksheet in every partner language: a language version of the English
worksheet, in that language's words, that a screen reader and search can read."""

import pytest
from pypdf import PdfReader

from hub.materials.models import HubDocument
from toolkits.demo import language_versions, seed_method
from toolkits.demo_content import TOOLKITS

pytestmark = pytest.mark.django_db

MAPPING = TOOLKITS[0]["methods"][0]
# A step title of the stakeholder mapping in each language, from the demo's wording.
STEP = {
    "de": "Auf der Matrix platzieren",
    "pl": "Rozmieszczenie na siatce",
    "el": "Τοποθετήστε τα στο πλέγμα",
    "hu": "Elhelyezés a mátrixon",
}


def test_each_partner_language_has_its_own_worksheet(toolkit_index):
    from toolkits.factories import ToolkitPageFactory

    seed_method(ToolkitPageFactory(parent=toolkit_index), MAPPING, 1)
    english = HubDocument.objects.get(language="en", title__startswith="Worksheet:")
    versions = {version.language: version for version in english.translations.all()}
    assert sorted(versions) == sorted(["de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"])
    assert versions["pl"].title.startswith("Karta pracy: ")
    assert versions["de"].title.startswith("Arbeitsblatt: ")
    for code, step in STEP.items():
        with versions[code].file.open("rb") as handle:
            pdf = PdfReader(handle)
            text = " ".join(page.extract_text() for page in pdf.pages)
            assert pdf.trailer["/Root"]["/Lang"] == code
        assert step in " ".join(text.split()), code


def test_seeding_again_makes_no_second_version(toolkit_index):
    from toolkits.factories import ToolkitPageFactory

    toolkit = ToolkitPageFactory(parent=toolkit_index)
    seed_method(toolkit, MAPPING, 1)
    english = HubDocument.objects.get(language="en", title__startswith="Worksheet:")
    assert len(language_versions(english, MAPPING)) == 9
    assert english.translations.count() == 9
