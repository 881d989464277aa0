from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from cases.factories import CasePageFactory
from hub import caching
from hub.factories import ImageFactory
from hub.images.models import HubRendition

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_writes(monkeypatch):
    """The renditions written to Wagtail's rendition cache (the real cache, watched)."""
    backend = HubRendition.cache_backend
    written = []
    set_one, set_many = backend.set, backend.set_many
    inside = []  # a backend's set_many may call its set

    def watched_set(key, *args, **kwargs):
        if not inside:
            written.extend(k for k in [key] if k.startswith("wagtail-rendition-"))
        return set_one(key, *args, **kwargs)

    def watched_set_many(data, *args, **kwargs):
        written.extend(k for k in data if k.startswith("wagtail-rendition-"))
        inside.append(True)
        try:
            return set_many(data, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(backend, "set", watched_set)
    monkeypatch.setattr(backend, "set_many", watched_set_many)
    return written


def rendered(client, url):
    """A render of `url` as after a publish (the page cache's generation renewed), with
    the queries that read renditions."""
    caching.invalidate()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html, [q["sql"] for q in captured if HubRendition._meta.db_table in q["sql"]]


def test_card_pictures_are_read_from_the_rendition_cache_without_writing_it(
    client, case_index, cache_writes
):
    for n in range(5):
        CasePageFactory(parent=case_index, title=f"Case {n}", image=ImageFactory())
    html, _ = rendered(client, case_index.url)  # the renditions are made
    assert html.count('class="card__image"') == 5

    cache_writes.clear()
    html, queries = rendered(client, case_index.url)
    assert html.count('class="card__image"') == 5
    assert (queries, cache_writes) == ([], [])  # Wagtail wrote each one back: 5 writes

    # With the cache emptied, one query reads them and one write keeps them.
    cache.clear()
    html, queries = rendered(client, case_index.url)
    assert html.count('class="card__image"') == 5
    assert len(queries) == 1
    assert len(cache_writes) == 5
    cache_writes.clear()
    html, queries = rendered(client, case_index.url)
    assert (queries, cache_writes) == ([], [])
