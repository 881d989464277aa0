"""The development server (DEBUG) serves media for convenience, but never the documents:
those go through the serve view (collection restrictions, the download counter) in every
setting. hub.urls adds its media pattern only under DEBUG, so it is read again with
DEBUG on."""

import importlib

from django.urls import clear_url_caches

import pytest

import hub.urls
from hub.materials.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def development_urls(settings):
    settings.DEBUG = True
    importlib.reload(hub.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(hub.urls)
    clear_url_caches()


def test_documents_are_not_served_as_media(client, development_urls):
    document = DocumentFactory()
    name = document.file.name  # documents/<file>
    assert name.startswith("documents/")
    for url in [
        f"/media/{name}",
        f"/media/./{name}",
        f"/media//{name}",
        f"/media/images/../{name}",
        f"/media/original_images/%2e%2e/{name}",
        f"/media/{name.replace('documents/', 'Documents/', 1)}",
        f"/media/images/..\\{name}",
    ]:
        assert client.get(url).status_code == 404, url
    assert client.get(document.url).status_code == 200  # the serve view still works


def test_pictures_and_their_renditions_are_still_served(client, development_urls, image):
    rendition = image.get_rendition("width-40")
    assert rendition.url.startswith("/media/images/")
    assert client.get(rendition.url).status_code == 200
    assert client.get(f"/media/{image.file.name}").status_code == 200
