"""Helpers for tests that need a fresh Python process: settings are read once per
process, so start-up behaviour (environment variables, missing secrets, an unreachable
database) is only observable in a new one."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Variables a developer's shell may carry that would change what a child process sees.
_HUB_VARIABLES = (
    "DATABASE_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "MEDIA_ROOT",
    "SEARCH_BACKEND",
    "SEARCH_URL",
    "BASE_URL",
    "CSRF_TRUSTED_ORIGINS",
    "DJANGO_SETTINGS_MODULE",
    "CACHE_URL",
    "PAGE_CACHE_SECONDS",
)


# What the README's table documents for production.
PRODUCTION_ENV = {
    "SECRET_KEY": "k3y-" + "x7Qp2Lm9Vb4Nc8Zr1Ts6Wy3Hd5Fg0Jk2Pa7Ue9Io4Rq8" * 2,
    "DATABASE_URL": "postgres://hub:pw@db.internal:5433/impact",
    "ALLOWED_HOSTS": "hub.example.org,www.hub.example.org",
    "BASE_URL": "https://hub.example.org",
    "MEDIA_ROOT": "/srv/impact/media",
    "CACHE_URL": "redis://cache.internal:6379/0",
}


def run_python(code=None, *, args=(), settings, env=None, timeout=60):
    """Run `python -c code` (or `python manage.py args`) in the project with the given
    settings module and extra environment; return the CompletedProcess."""
    child_env = {key: value for key, value in os.environ.items() if key not in _HUB_VARIABLES}
    child_env.update({"DJANGO_SETTINGS_MODULE": settings, **(env or {})})
    command = [sys.executable, "-c", code] if code else [sys.executable, "manage.py", *args]
    return subprocess.run(
        command,
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_shows(html, *texts):
    """Assert that a page shows every one of `texts`, naming the first one missing."""
    missing = [text for text in texts if text not in html]
    assert not missing, f"not on the page: {missing}"


def translate(page, code, title, summary):
    """The page's translation into `code` (mirrored, then given its own words), published."""
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    locale = Locale.objects.get(language_code=code)
    LocaleSynchronization.objects.get(locale=locale).sync_trees()
    translation = page.get_translation(locale).specific
    translation.alias_of = None
    translation.title = title
    translation.summary = summary
    translation.save_revision().publish()
    return translation


# The most SQL queries any public page may run (issue 9), however many items it shows.
MAX_PAGE_QUERIES = 15


def count_queries(client, url, data=None, status=200):
    """How many SQL queries one anonymous GET of `url` runs (see page_queries)."""
    return len(page_queries(client, url, data, status))


def page_queries(client, url, data=None, status=200):
    """The SQL of one anonymous GET of `url`, after a first GET that settles what is made
    once (renditions, file sizes, Wagtail's cached site root paths). Read as the first
    render after a change: nothing kept per cache generation is reused."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hub import caching

    first = client.get(url, data)
    if first.streaming:  # what is made once may be made while the body streams
        b"".join(first.streaming_content)
    caching.invalidate()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == status, f"{url}: {response.status_code}"
    return [query["sql"] for query in captured]


def member_of(*group_names, **fields):
    """A new user in the named groups (e.g. "Editors", "Translators (pl)")."""
    from django.contrib.auth.models import Group

    from hub.factories import UserFactory

    user = UserFactory(**fields)
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def in_locale(page, code):
    """The page of `page`'s translation key in the locale `code` (a translation or mirror)."""
    from wagtail.models import Page

    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


def refused(response):
    """Whether the admin or a restricted download turned the request away: 403, 404 for an
    object the user may not know of, or a redirect to the admin home or a login page."""
    from urllib.parse import urlsplit

    if response.status_code in (403, 404):
        return True
    path = urlsplit(response.get("Location", "")).path
    return response.status_code == 302 and (
        path in ("/admin/", "/admin/login/") or path.endswith("/_util/login/")
    )


def case_edit_form(page, **changes):
    """The admin edit form of a case page as the browser posts it, with `changes`
    (e.g. `{"action-publish": "1"}`); the rich text and stream fields are left empty."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "organisation": page.organisation,
        "summary": page.summary,
        "key_figures-count": "0",
        "body-count": "0",
        "materials-count": "0",
    }
    for relation in ("method_links", "unit_links", "related_case_links"):
        data.update(
            {
                f"{relation}-TOTAL_FORMS": "0",
                f"{relation}-INITIAL_FORMS": "0",
                f"{relation}-MIN_NUM_FORMS": "0",
                f"{relation}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(changes)
    return data


def response_text(response, binary=False):
    """The whole body of a response, streamed or not, as text (or bytes)."""
    data = b"".join(response.streaming_content) if response.streaming else response.content
    return data if binary else data.decode()
