"""Text inside materials, so search finds words that are only in a PDF or a slide deck.
Extraction runs as a background task after upload; a file that cannot be read is
logged and never blocks the upload."""

import io
import logging

from django.dispatch import Signal

from django_tasks import task

logger = logging.getLogger(__name__)
# Sent when a document's text is ready, for whoever indexes it (search listens).
document_text_extracted = Signal()
MAX_TEXT = 200_000  # characters kept per document: plenty for search, bounded for the index


def _pdf(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def _pptx(data):
    from pptx import Presentation

    presentation = Presentation(io.BytesIO(data))
    return "\n".join(
        shape.text_frame.text
        for slide in presentation.slides
        for shape in slide.shapes
        if shape.has_text_frame
    )


def _opendocument(data):
    from odf import teletype, text
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    return "\n".join(
        teletype.extractText(element) for element in document.getElementsByType(text.P)
    )


def _plain(data):
    return data.decode("utf-8", errors="replace")


EXTRACTORS = {
    "pdf": _pdf,
    "docx": _docx,
    "pptx": _pptx,
    "odt": _opendocument,
    "odp": _opendocument,
    "txt": _plain,
    "csv": _plain,
}


def extract_text(document):
    """The text of a document's file, or "" when its format has none or it cannot be read."""
    extractor = EXTRACTORS.get(document.file_extension.lower())
    if extractor is None:
        return ""
    try:
        with document.file.open("rb") as handle:
            data = handle.read()
        return " ".join(extractor(data).split())[:MAX_TEXT]
    except Exception:  # any parser error: log it, keep the upload
        logger.exception(
            "Could not extract text from document %s (%s)", document.pk, document.filename
        )
        return ""


def text_pending(document):
    """Whether the worker has yet to read the text of the document's current file."""
    return bool(
        document.pk
        and document.file_hash
        and document.text_extracted_for != document.file_hash
        and document.file_extension.lower() in EXTRACTORS
    )


@task()
def extract_document_text(document_id):
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return
    text = extract_text(document)
    Document.objects.filter(pk=document_id).update(
        extracted_text=text, text_extracted_for=document.file_hash
    )
    document.extracted_text = text
    document_text_extracted.send(sender=Document, document=document)
