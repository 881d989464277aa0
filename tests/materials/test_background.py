"""An upload answers before its text is read: extraction waits in the task queue (the
database backend the site uses) until the worker runs it, and then search finds the
document by a word that is only inside its file."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

import pytest

from tests.materials import files
from tests.tasks import queued, run_worker

Document = get_document_model()
EXTRACTION = "hub.materials.extraction.extract_document_text"
PENDING = "Text extraction pending"


def search(client, q):
    response = client.get("/en/search/", {"format": "json", "q": q})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


# Committed, as an upload is: the extraction is queued once the upload's transaction
# commits, and the worker reads what was committed.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_upload_answers_before_extraction_and_its_text_arrives_afterwards(
    editor_client, client, home_page, database_tasks
):
    response = editor_client.post(
        "/admin/documents/add/",
        {
            "title": "Workshop guide",
            "file": SimpleUploadedFile("guide.pdf", files.text_pdf("Heliotrope workshop guide")),
            "collection": 1,
            "language": "en",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get(title="Workshop guide")
    # The upload is stored and answered; its text is not read yet, only queued.
    assert document.extracted_text == "" and document.text_extracted_for == ""
    assert queued(task_path=EXTRACTION) == [EXTRACTION]
    assert search(client, "heliotrope") == []
    assert search(client, "workshop") == ["Workshop guide"]  # indexed by its title at once
    edit = f"/admin/documents/edit/{document.pk}/"
    assert PENDING in editor_client.get(edit).content.decode()  # the editor is told why

    run_worker()

    document.refresh_from_db()
    assert "Heliotrope workshop guide" in document.extracted_text
    assert document.text_extracted_for == document.file_hash
    assert queued() == []
    assert search(client, "heliotrope") == ["Workshop guide"]
    assert PENDING not in editor_client.get(edit).content.decode()
