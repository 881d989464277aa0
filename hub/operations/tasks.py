"""Work the site does on a schedule, as background tasks run by the worker
(`manage.py db_worker`): Wagtail's scheduled publishing once a minute, and the removal of
old finished task results once a day.

Each run queues its next run before it starts, so a run that fails does not end the
schedule; `migrate` queues the first runs (hub/apps.py), and a run already waiting is
never queued twice. With a backend that runs tasks inline (the tests'), nothing is
scheduled."""

import logging
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from django_tasks import TaskResultStatus, task

logger = logging.getLogger(__name__)
# Finished task results are kept this long, for operators looking into a failure.
KEEP_RESULTS_DAYS = 14


def schedule(periodic_task, delay):
    """Queue `periodic_task` to run after `delay`, unless a run of it already waits."""
    backend = periodic_task.get_backend()
    if not backend.supports_defer:
        return None
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if isinstance(backend, DatabaseBackend):
        waiting = DBTaskResult.objects.filter(
            backend_name=backend.alias,
            task_path=periodic_task.module_path,
            status=TaskResultStatus.READY,
        )
        if waiting.exists():
            return None
    return periodic_task.using(run_after=timezone.now() + delay).enqueue()


@task()
def publish_scheduled():
    """Publish the pages and snippets whose time has come, and unpublish the expired
    (Wagtail's `publish_scheduled`)."""
    schedule(publish_scheduled, timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)


@task()
def prune_task_results():
    schedule(prune_task_results, timedelta(days=1))
    call_command(
        "prune_db_task_results", queue_name="*", min_age_days=KEEP_RESULTS_DAYS, verbosity=0
    )


PERIODIC = [publish_scheduled, prune_task_results]


def schedule_periodic(**kwargs):
    """After `migrate`: each periodic task runs at once, then on its schedule."""
    for periodic_task in PERIODIC:
        schedule(periodic_task, timedelta(0))
