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


def text_pdf(text):
    """A one-page PDF whose text layer holds `text` (ASCII), as office tools write them."""
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>"
        b"/Contents 4 0 R>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_docx(text):
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_pptx(text):
    from pptx import Presentation

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = text
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def text_odt(text):
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def text_odp(text):
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.style import MasterPage, PageLayout
    from odf.text import P

    document = OpenDocumentPresentation()
    layout = PageLayout(name="layout")
    document.automaticstyles.addElement(layout)
    master = MasterPage(name="master", pagelayoutname=layout)
    document.masterstyles.addElement(master)
    slide = Page(masterpagename=master)
    document.presentation.addElement(slide)
    frame = Frame(width="20cm", height="5cm", x="1cm", y="1cm")
    slide.addElement(frame)
    box = TextBox()
    frame.addElement(box)
    box.addElement(P(text=text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()
