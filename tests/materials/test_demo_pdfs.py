"""The demo materials are real text PDFs in their own language: tagged for screen readers
(PDF/UA-1), with the language set and the fonts embedded, so that their words can be
read aloud, copied and found by the hub's search inside files."""

import io

from django.utils import translation

import pytest
from pypdf import PdfReader

from hub.demo import media
from hub.demo.media import demo_document
from hub.materials.extraction import extract_text
from search import indexing
from tests.search.conftest import search, titles

pytestmark = pytest.mark.django_db

PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/"
RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

# Per language: a title, a paragraph (with the letters a raster or a Latin-1 font would
# lose) and a word of it to search for.
MATERIALS = {
    "en": (
        "Worksheet: Stakeholder mapping",
        "For groups who want to see who shapes a heliotrope project, and how much.",
        "heliotrope",
    ),
    "el": (
        "Φύλλο εργασίας: Χαρτογράφηση ενδιαφερόμενων μερών",
        "Για ομάδες που θέλουν να δουν ποιος επηρεάζει ένα έργο φωτοβολταϊκών.",
        "φωτοβολταϊκών",
    ),
    "pl": (
        "Karta pracy: mapa interesariuszy",
        "Zażółć gęślą jaźń: łąka przy spółdzielni energetycznej w Łodzi.",
        "spółdzielni",
    ),
    "hu": (
        "Munkalap: az érintettek térképe",
        "Árvíztűrő tükörfúrógép egy kőszegi szövetkezet műhelyében.",
        "szövetkezet",
    ),
}


def pdf_of(document):
    with document.file.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read()))


def text_of(reader):
    """The text pypdf reads, with line breaks and runs of spaces as single spaces."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def fonts_of(reader):
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            yield font.get_object()


def is_embedded(font):
    """A font's program is in the file (for a composite font, in its descendant)."""
    if font["/Subtype"] == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font["/FontDescriptor"].get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def pdfua_part(reader):
    """The PDF/UA part the XMP metadata declares, or None."""
    rdf = reader.xmp_metadata.rdf_root
    for description in rdf.getElementsByTagNameNS(RDF_NAMESPACE, "Description"):
        part = description.getAttributeNS(PDFUA_NAMESPACE, "part")
        if part:
            return part
    return None


@pytest.mark.parametrize("language", MATERIALS)
def test_a_demo_pdf_is_tagged_text_in_its_language(language):
    title, paragraph, _ = MATERIALS[language]
    document = demo_document(title, [paragraph], f"material-{language}.pdf", language=language)
    reader = pdf_of(document)
    catalog = reader.trailer["/Root"]
    text = text_of(reader)
    assert title in text and paragraph in text
    assert reader.metadata.title == title
    assert catalog["/Lang"] == language == document.language
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True  # title, not file name
    assert pdfua_part(reader) == "1"
    fonts = list(fonts_of(reader))
    assert fonts and all(is_embedded(font) for font in fonts)
    # Marked as demo material, in the document's language where the catalogue has it.
    with translation.override(language):
        assert f"{translation.gettext('IMPACT hub demo material')} · CC BY 4.0" in text
    assert "demo" in reader.metadata["/Keywords"]


@pytest.mark.parametrize("language", ["en", "el", "pl"])
def test_search_inside_files_finds_a_word_of_a_demo_pdf(
    client, site, engine, django_capture_on_commit_callbacks, language
):
    title, paragraph, word = MATERIALS[language]
    indexing.rebuild()  # the engine's index exists, as after seed_demo
    with django_capture_on_commit_callbacks(execute=True):  # extraction runs after commit
        document = demo_document(title, [paragraph], f"material-{language}.pdf", language=language)
    assert paragraph in extract_text(document)
    document.refresh_from_db()
    assert paragraph in document.extracted_text
    assert titles(search(client, language=language, q=word)) == [title]


def test_a_worksheet_in_polish_is_a_language_version_of_the_english_one():
    """As the translated demo will make one per partner language: its own text, its own
    language, linked to the English original."""
    english = demo_document(
        "Worksheet: Stakeholder mapping",
        ["For groups who want to see who shapes a project."],
        "worksheet-stakeholder-mapping.pdf",
        worksheet=["1. Name the stakeholders", "2. Place them on the map"],
    )
    polish = demo_document(
        "Karta pracy: mapa interesariuszy",
        ["Dla grup, które chcą zobaczyć, kto wpływa na przedsięwzięcie."],
        "karta-pracy-mapa-interesariuszy.pdf",
        language="pl",
        translation_of=english,
        worksheet=["1. Wymieńcie interesariuszy", "2. Umieśćcie ich na mapie"],
    )
    assert polish.pk != english.pk
    assert list(english.translations.all()) == [polish]
    assert polish.language == "pl" and not polish.is_out_of_date
    reader = pdf_of(polish)
    assert reader.trailer["/Root"]["/Lang"] == "pl"
    text = extract_text(polish)
    assert "Dla grup, które chcą zobaczyć, kto wpływa na przedsięwzięcie." in text
    assert "1. Wymieńcie interesariuszy" in text and "2. Umieśćcie ich na mapie" in text
    assert "Name the stakeholders" not in text
    with translation.override("pl"):
        assert translation.pgettext("worksheet column to fill in", "Notes") in text


def test_seeding_again_draws_nothing_and_the_style_is_made_once(monkeypatch):
    drawn = []
    draw_pdf = media.draw_pdf
    monkeypatch.setattr(media, "draw_pdf", lambda *a, **k: drawn.append(a) or draw_pdf(*a, **k))
    media.pdf_style.cache_clear()
    for language in ("en", "pl", "en", "pl"):
        title, paragraph, _ = MATERIALS[language]
        demo_document(title, [paragraph], f"material-{language}.pdf", language=language)
    # The same title in another language is another document.
    demo_document(MATERIALS["en"][0], ["Po polsku."], "material-en-pl.pdf", language="pl")
    assert len(drawn) == 3
    assert media.pdf_style.cache_info().misses == 1
