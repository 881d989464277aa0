"""The change pipeline (hub.content.changes): one place hears content change and tells
every subscriber once per change."""

import re
from collections import Counter
from pathlib import Path

from django.db import transaction

import pytest

from cases.factories import CasePageFactory
from hub.content import changes
from hub.materials.factories import DocumentFactory
from search.models import SearchRecord

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


class Told:
    """A subscriber that counts what it is told, per object."""

    def __init__(self):
        self.pages, self.documents = Counter(), Counter()

    def pages_changed(self, pages):
        self.pages.update(page.pk for page in pages)

    def documents_changed(self, ids):
        self.documents.update(ids)


@pytest.fixture
def told():
    subscriber = Told()
    changes.subscribe(subscriber)
    yield subscriber
    changes.unsubscribe(subscriber)


def test_an_uploaded_document_is_told_and_indexed_once(told):
    """Its size and hash are saved with it: read later (its search record shows the
    size), Wagtail would save it a second time, and it was indexed twice."""
    document = DocumentFactory(title="Heat pump checklist")
    assert told.documents[document.pk] == 1
    assert document.file_size and document.file_hash
    assert SearchRecord.objects.filter(object_id=document.pk, kind="document").count() == 1


def test_a_published_page_is_told_once(told, case_index):
    case = CasePageFactory(parent=case_index, live=False)
    case.save_revision().publish()
    assert told.pages[case.pk] == 1


def test_what_subscribers_keep_in_the_database_rolls_back_with_the_change(case_index):
    with pytest.raises(RuntimeError), transaction.atomic():
        case = CasePageFactory(parent=case_index, live=False)
        case.save_revision().publish()
        assert SearchRecord.objects.filter(object_id=case.pk).exists()
        raise RuntimeError("the editor's transaction fails")
    assert not SearchRecord.objects.filter(title=case.title).exists()


def test_no_other_module_listens_to_saves_and_deletes():
    """Django's save and delete signals are heard in the pipeline only (and by the
    translation app, which grants translators their rights and keeps wagtail-localize's
    tree synchronisation off raw saves)."""
    allowed = {"hub/content/changes.py", "hub/translation/signals.py"}
    listening = re.compile(r"(post_save|post_delete|pre_delete|m2m_changed)\.connect|@receiver")
    found = [
        str(path.relative_to(ROOT))
        for folder in ("hub", "search", "cases", "toolkits", "courses")
        for path in (ROOT / folder).rglob("*.py")
        if listening.search(path.read_text())
    ]
    assert set(found) <= allowed, found
