from django.db import InterfaceError, OperationalError
from django.test import RequestFactory
from django.views.defaults import server_error

import pytest

from hub import views as hub_views
from hub.views import RETRY_AFTER_SECONDS
from tests.utils import PRODUCTION_ENV, run_python

pytestmark = pytest.mark.django_db


def test_unknown_page_gets_the_friendly_404(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'role="search"' in html  # a way forward, not a dead end
    assert '<a href="/en/">' in html


def test_unknown_language_prefix_is_a_404(client, home_page):
    # Django sends unprefixed paths to the English version; that one does not exist.
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404


def test_500_page_needs_neither_request_nor_database():
    response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "Traceback" not in html


@pytest.mark.parametrize(
    "database_url",
    ["postgresql://hub@127.0.0.1:9/hub", "sqlite:////nonexistent-folder/db.sqlite3"],
    ids=["postgresql-refused", "sqlite-unopenable"],
)
def test_a_database_out_of_reach_gives_a_short_503_with_a_retry_hint(
    database_url, production_static
):
    """A real connection failure (nothing listens on port 9; a folder that isn't there)
    under production settings: the visitor reads "back in a moment", never a traceback."""
    result = run_python(
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "client = Client(raise_request_exception=False, HTTP_HOST='hub.example.org')\n"
        "response = client.get('/en/', secure=True)\n"
        "print(response.status_code, response['Retry-After'], response['Cache-Control'])\n"
        "print(response.content.decode())",
        settings="hub.settings.production",
        env={
            **PRODUCTION_ENV,
            "DATABASE_URL": database_url,
            "CACHE_URL": "locmem://",
            "STATIC_ROOT": str(production_static),
        },
    )
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.split("\n", 1)
    assert status.split(" ", 2)[:2] == ["503", str(RETRY_AFTER_SECONDS)]
    assert "no-store" in status
    assert "Back in a moment" in body
    assert "Traceback" not in body and "OperationalError" not in body


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_database_error_while_the_database_answers_is_a_500_not_an_outage(error):
    """SQLite reports a bad query (a NUL in a full-text search) as an OperationalError:
    while the database answers, that is a broken request, not "back in a moment"."""
    try:
        raise error("unrecognized token")
    except error:  # Django calls handler500 while handling the exception
        response = hub_views.server_error(RequestFactory().get("/en/?search=%00"))
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Something went wrong" in response.content.decode()
