"""Pictures and documents for the demo content, made here (pictures with Pillow, text
PDFs with WeasyPrint) so that seeding needs no download. Each is found again by title,
so seeding twice makes nothing twice."""

import functools
import io
import random

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from PIL import Image, ImageDraw

COLLECTION_NAME = "Demo content"


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def _hex_to_rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_picture(colours, seed, size=(1200, 675)):
    """An abstract landscape in the given colours: soft hills and circles, no text."""
    rng = random.Random(seed)
    width, height = size
    base = _hex_to_rgb(colours[0])
    picture = Image.new("RGB", size, tuple(min(255, c + 150) for c in base))
    draw = ImageDraw.Draw(picture, "RGBA")
    for colour in colours:
        rgb = _hex_to_rgb(colour)
        for _ in range(3):
            x, y, r = rng.randint(0, width), rng.randint(0, height // 2), rng.randint(40, 160)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*rgb, 90))
    for layer, colour in enumerate(colours * 2):
        rgb = _hex_to_rgb(colour)
        top = height // 2 + layer * height // 12
        points = (
            [(0, height)]
            + [(x, top + rng.randint(-40, 40)) for x in range(0, width + 150, 150)]
            + [(width, height)]
        )
        draw.polygon(points, fill=(*rgb, 170))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def demo_image(title, colours, seed, credit="IMPACT hub demo illustration"):
    Image_ = get_image_model()
    existing = Image_.objects.filter(title=title, collection__name=COLLECTION_NAME).first()
    if existing:
        return existing
    data = draw_picture(colours, seed)
    image = Image_(title=title, credit=credit, collection=demo_collection())
    image.file = ImageFile(io.BytesIO(data), name=f"demo-{seed}.jpg")
    image.save()
    return image


# One small print stylesheet for every demo material. DejaVu Sans covers Greek and the
# Central European letters; fontconfig finds it on the machine and WeasyPrint embeds the
# glyphs used.
PDF_STYLESHEET = """
@page { size: A4; margin: 22mm 20mm 20mm; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.45;
       color: #1b1f23; }
h1 { font-size: 19pt; line-height: 1.25; color: #0b6e4f; margin: 0 0 14pt; }
p { margin: 0 0 9pt; }
table { width: 100%; border-collapse: collapse; margin: 14pt 0; }
th, td { border: 0.75pt solid #4a5560; padding: 5pt 7pt; text-align: left;
         vertical-align: top; }
th { background: #e8f1ed; }
td { height: 16mm; }
td:first-child { width: 45%; }
footer { margin-top: 20pt; padding-top: 6pt; border-top: 0.75pt solid #4a5560;
         font-size: 9pt; color: #4a5560; }
"""


@functools.cache
def pdf_style():
    """The font configuration and the parsed stylesheet, made once per process and
    reused by every PDF: building them again for each document is measurably slower."""
    from weasyprint import CSS  # imported here: Pango loads only when PDFs are drawn
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    return fonts, CSS(string=PDF_STYLESHEET, font_config=fonts)


def draw_pdf(title, paragraphs, language="en", worksheet=(), authors="", description=""):
    """An A4 text PDF, tagged for screen readers (PDF/UA-1), in `language`: the title,
    the paragraphs, a table with a row to fill in for each item of `worksheet`, and a
    footer that marks it as demo material. Text can be searched and copied."""
    from weasyprint import HTML

    with translation.override(language):
        html = render_to_string(
            "hub/demo_material.html",
            {
                "language": language,
                "title": title,
                "paragraphs": paragraphs,
                "worksheet": worksheet,
                "authors": authors,
                "description": description,
            },
        )
    fonts, stylesheet = pdf_style()
    return HTML(string=html).write_pdf(
        pdf_variant="pdf/ua-1", stylesheets=[stylesheet], font_config=fonts
    )


def demo_document(title, paragraphs, filename, language="en", worksheet=(), **fields):
    """A PDF material in `language`, drawn from its text and found again by title and
    language; `fields` set the rest of its open-access metadata (translation_of,
    licence, ...). Authors default to the alliance."""
    Document = get_document_model()
    existing = Document.objects.filter(
        title=title, language=language, collection__name=COLLECTION_NAME
    ).first()
    if existing:
        return existing
    fields.setdefault("authors", "IMPACT alliance partners (demo)")
    fields.setdefault("description", paragraphs[0] if paragraphs else "")
    data = draw_pdf(
        title,
        paragraphs,
        language,
        worksheet=worksheet,
        authors=fields["authors"],
        description=fields["description"],
    )
    document = Document(title=title, collection=demo_collection(), language=language, **fields)
    document.file = SimpleUploadedFile(filename, data, "application/pdf")
    document.save()
    return document
