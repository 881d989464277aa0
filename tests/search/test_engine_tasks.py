"""Engine updates are background tasks: a change is sent by the worker after commit, and
while the engine cannot be reached the send is tried again later, waiting longer each
time, with every change kept until the engine takes it."""

import socket
from datetime import timedelta

from django.utils import timezone

import pytest

from hub.settings import search_backends
from search import engine as search_engine
from search.models import PendingEngineUpdate
from tests.engines import SERVER_ENGINES, index_prefix
from tests.search.conftest import search, titles
from tests.tasks import queued, run_worker

SEND = "search.engine.send_pending"


def closed_port_url():
    """An address where nothing listens: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def use_engine(settings, engine, url):
    settings.SEARCH_URL = url
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        engine, url, settings.SEARCH_TIMEOUT, index_prefix()
    )
    search_engine._mark_up()  # a try after the wait, not left out for a recent failure


def waiting_sends():
    """The sends in the queue: (their try number, seconds from now until they run)."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    return [
        (row.args_kwargs["kwargs"].get("attempt", 0), round((row.run_after - now).total_seconds()))
        for row in DBTaskResult.objects.filter(task_path=SEND, status="READY")
    ]


# Committed, as an editor's publish is: the send is queued once the change commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("engine", SERVER_ENGINES, indirect=True)
def test_engine_updates_wait_for_an_unreachable_engine_and_lose_nothing(
    client, corpus, engine, settings, database_tasks, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    real_url = settings.SEARCH_URL
    use_engine(settings, engine, closed_port_url())

    corpus["draft"].save_revision().publish()
    # Saved and answered; the engine's copy is queued, and so is the task that sends it.
    assert PendingEngineUpdate.objects.exists()
    assert queued(task_path=SEND) == [SEND]

    run_worker()
    # The engine refused the connection: the change stays queued and a send waits.
    assert PendingEngineUpdate.objects.exists()
    assert waiting_sends() == [(1, search_engine.RETRY_FIRST)]
    run_worker()  # not due yet: nothing runs
    assert waiting_sends() == [(1, search_engine.RETRY_FIRST)]

    # Another change during the outage: its own send fails at once, and the one waiting
    # send will take both changes.
    corpus["wind"].title = "Wind cooperative renewed"
    corpus["wind"].save_revision().publish()
    run_worker()
    assert waiting_sends() == [(1, search_engine.RETRY_FIRST)]

    time_machine.shift(timedelta(seconds=search_engine.RETRY_FIRST))
    use_engine(settings, engine, closed_port_url())
    run_worker()
    # Still unreachable: the next wait is twice as long.
    assert waiting_sends() == [(2, 2 * search_engine.RETRY_FIRST)]

    use_engine(settings, engine, real_url)  # the engine is back
    time_machine.shift(timedelta(seconds=2 * search_engine.RETRY_FIRST))
    run_worker()
    assert not PendingEngineUpdate.objects.exists()
    assert queued() == []
    answer = search(client, q="draft")
    assert titles(answer) == ["Draft solar plan"] and answer["messages"] == []  # the engine
    assert titles(search(client, q="renewed")) == ["Wind cooperative renewed"]


def test_retries_wait_longer_each_time_and_stop_after_a_day():
    delays = [search_engine.retry_delay(n) for n in range(1, search_engine.RETRY_ATTEMPTS + 1)]
    assert delays[:3] == [search_engine.RETRY_FIRST, 60, 120]
    assert all(a <= b for a, b in zip(delays, delays[1:], strict=False))
    assert max(delays) == search_engine.RETRY_LONGEST
    assert 20 * 3600 < sum(delays) < 30 * 3600
