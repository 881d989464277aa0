"""The real background queue in tests: the database backend the site uses, and its
worker (`manage.py db_worker`) run once over what is due, as `make run` and the
compose file run it, in this process."""

import logging
import signal
from io import StringIO

from django.core.management import call_command

import pytest

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_tasks(settings):
    """Tasks are queued in the database, as on the site, instead of run inline."""
    settings.TASKS = DATABASE_TASKS


def queued(**filters):
    """The tasks waiting in the queue, by their task's path."""
    from django_tasks_db.models import DBTaskResult

    return list(
        DBTaskResult.objects.filter(status="READY", **filters).values_list("task_path", flat=True)
    )


def run_worker():
    """Run the worker until no task is due, then stop. The command sets its own signal
    handlers and log levels for a process of its own: this one gets its own back."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    handlers = {number: signal.getsignal(number) for number in signals}
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    levels = [(log, log.level, list(log.handlers)) for log in loggers]
    output = StringIO()
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=output)
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
        for log, level, log_handlers in levels:
            log.setLevel(level)
            log.handlers[:] = log_handlers
    return output.getvalue()
