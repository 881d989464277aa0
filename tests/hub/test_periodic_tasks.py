"""Scheduled publishing runs in the worker: `migrate` queues it, each run queues the
next a minute later, and a page goes live at the first run after its time."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

import pytest

from cases.factories import CasePageFactory
from cases.models import CasePage
from tests.tasks import queued, run_worker

PUBLISH = "hub.operations.tasks.publish_scheduled"
PRUNE = "hub.operations.tasks.prune_task_results"


def waiting(task_path):
    """Seconds from now until each queued run of the task."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    return [
        round((run_after - now).total_seconds())
        for run_after in DBTaskResult.objects.filter(
            task_path=task_path, status="READY"
        ).values_list("run_after", flat=True)
    ]


# Committed, as the worker reads what other processes committed.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_publishes_scheduled_pages_every_minute(
    client, case_index, database_tasks, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    page = CasePageFactory(parent=case_index, title="Scheduled case", live=False)
    page.go_live_at = timezone.now() + timedelta(minutes=2, seconds=30)
    page.save_revision().publish()

    call_command("migrate", verbosity=0)
    assert sorted(queued(task_path__startswith="hub.operations.tasks.")) == [PRUNE, PUBLISH]
    call_command("migrate", verbosity=0)  # a second migrate queues nothing more
    assert sorted(queued(task_path__startswith="hub.operations.tasks.")) == [PRUNE, PUBLISH]

    run_worker()
    assert waiting(PUBLISH) == [60] and waiting(PRUNE) == [24 * 3600]
    assert CasePage.objects.get(pk=page.pk).live is False

    for _minute in range(3):
        time_machine.shift(timedelta(minutes=1))
        run_worker()
    assert CasePage.objects.get(pk=page.pk).live is True
    assert client.get("/en/cases/scheduled-case/").status_code == 200
    assert waiting(PUBLISH) == [60]  # and the schedule goes on
