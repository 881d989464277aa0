"""Pictures and documents for the demo content, drawn here with Pillow so that seeding
needs no download. Each is found again by title, so seeding twice makes nothing twice."""

import io
import random
import textwrap

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from PIL import Image, ImageDraw, ImageFont

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


def draw_pdf(title, paragraphs):
    """A one-page A4 PDF (Pillow renders it) with a title and paragraphs."""
    page = Image.new("RGB", (827, 1169), "white")  # A4 at 100 dpi
    draw = ImageDraw.Draw(page)
    title_font = ImageFont.load_default(size=30)
    text_font = ImageFont.load_default(size=18)
    y = 80
    for line in textwrap.wrap(title, 45):
        draw.text((70, y), line, fill="#0b6e4f", font=title_font)
        y += 40
    y += 20
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 70):
            draw.text((70, y), line, fill="#1b1f23", font=text_font)
            y += 26
        y += 14
    draw.text((70, 1110), "IMPACT hub demo material · CC BY 4.0", fill="#4a5560", font=text_font)
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=100.0)
    return buffer.getvalue()


def demo_document(title, paragraphs, filename, **fields):
    """A one-page PDF material; `fields` set its open-access metadata (language,
    translation_of, ...). Authors default to the alliance."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title, collection__name=COLLECTION_NAME).first()
    if existing:
        return existing
    fields.setdefault("authors", "IMPACT alliance partners (demo)")
    fields.setdefault("description", paragraphs[0] if paragraphs else "")
    document = Document(title=title, collection=demo_collection(), **fields)
    document.file = SimpleUploadedFile(filename, draw_pdf(title, paragraphs), "application/pdf")
    document.save()
    return document
