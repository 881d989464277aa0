"""The queue of changes for the search engine, read back without an engine."""

from django.contrib.contenttypes.models import ContentType

import pytest

from cases.factories import CasePageFactory
from cases.models import CasePage
from search import engine, indexing

pytestmark = pytest.mark.django_db


def test_thousands_of_queued_changes_are_read_back_at_once(case_index):
    """After a long outage thousands of changes wait; SQLite refuses a query nesting more
    than 1,000 conditions, so the queued keys must not each become one."""
    cases = CasePageFactory.create_batch(3, parent=case_index)
    indexing.rebuild()
    content_type = ContentType.objects.get_for_model(CasePage)
    gone = [engine.record_key(content_type.pk, 10_000 + n) for n in range(2_500)]
    keys = [engine.record_key(content_type.pk, case.pk) for case in cases] + gone
    assert sorted(record.object_id for record in engine._records(keys)) == sorted(
        case.pk for case in cases
    )
