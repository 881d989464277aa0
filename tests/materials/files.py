"""Small real files of each accepted format, and hostile ones, made in memory."""

import io
import zipfile

from PIL import Image

from hub.materials.factories import MINIMAL_PDF


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx():
    return zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})


def pptx():
    return zip_bytes({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"})


def odt():
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})


def epub():
    return zip_bytes({"mimetype": "application/epub+zip", "META-INF/container.xml": "<c/>"})


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(buffer, "PNG")
    return buffer.getvalue()


def zip_bomb():
    return zip_bytes({"zeros.txt": b"\0" * 5_000_000})


GOOD_FILES = {
    "worksheet.pdf": MINIMAL_PDF,
    "notes.docx": docx(),
    "slides.pptx": pptx(),
    "text.odt": odt(),
    "book.epub": epub(),
    "data.csv": "title,country\nSolar café,PL\n".encode(),
    "readme.txt": "Zażółć gęślą jaźń".encode(),
    "bundle.zip": zip_bytes({"a.txt": "a"}),
    "photo.png": png(),
}
