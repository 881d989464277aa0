from django.test import RequestFactory
from django.views.defaults import server_error

import pytest

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
