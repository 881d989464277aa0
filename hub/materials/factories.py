from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

import factory
import wagtail_factories

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A PDF material with its open-access fields filled; pass `file=ContentFile(...)`
    for other content."""

    title = factory.Sequence(lambda n: f"Worksheet {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(MINIMAL_PDF, name=f"{o.title}.pdf"))
    authors = "IMPACT partners"
    # The root collection, where the editors' permissions apply.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    language = "en"

    class Meta:
        model = get_document_model()


def materials_stream(*documents, heading=""):
    """A StreamField value with one materials block listing `documents`."""
    return [
        (
            "materials",
            {"heading": heading, "items": [{"document": d, "note": ""} for d in documents]},
        )
    ]
