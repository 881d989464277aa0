"""hub.pages.routing finds the page a URL names in a fixed number of queries: it must find
exactly what Wagtail's own routing finds (page, sub-route, 404), with the same view
restrictions, ancestors and translations, however deep the page and in every language."""

import re

from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from hub.pages import routing
from hub.translation.templatetags.translation_tags import page_translations
from tests.queries import mirror_into_polish
from tests.utils import translate
from toolkits.factories import MethodPageFactory, ToolkitPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(case_index, toolkit_index, toolkit, module):
    """Pages of every depth and kind: live, draft, private, below a page with a password
    and below a draft, one whose slug a sub-route of its parent shadows; translated
    into Polish or mirrored there."""
    pages = {
        "case": CasePageFactory(parent=case_index, slug="wind"),
        "draft": CasePageFactory(parent=case_index, slug="draft", live=False),
        "private": CasePageFactory(parent=case_index, slug="private"),
        "shadowed": CasePageFactory(parent=case_index, slug="data"),
        "method": MethodPageFactory(parent=toolkit, slug="mapping"),
        "old": ToolkitPageFactory(parent=toolkit_index, slug="old", live=False),
    }
    pages["kept"] = MethodPageFactory(parent=pages["old"], slug="kept")
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="login")
    PageViewRestriction.objects.create(page=toolkit, restriction_type="password", password="x")
    mirror_into_polish()
    translate(pages["case"], "pl", "Wiatr", "Wiatr.")
    return pages


PATHS = [
    "",
    "cases/",
    "cases/wind/",
    "cases/draft/",
    "cases/private/",
    "cases/data/",
    "cases/data/csv/",
    "cases/data/json/",
    "cases/nothing-here/",
    "cases/wind/extra/",
    "toolkits/",
    "toolkits/old/",
    "toolkits/old/kept/",
    "courses/",
]


def routes(path, language):
    """(Wagtail's route, hub.pages.routing's route) for `path` in `language`."""
    factory = RequestFactory()
    with translation.override(language):
        wagtail = Page.route_for_request(factory.get(f"/{language}/{path}"), path)
        hub = routing.find_route(factory.get(f"/{language}/{path}"), path)
    return wagtail, hub


def described(route):
    if route is None:
        return None
    page, args, kwargs = route
    view = args[0].__name__ if args else None
    return (type(page), page.pk, view, args[1:] if args else (), kwargs)


@pytest.mark.parametrize("language", ["en", "pl", "de"])
def test_routes_as_wagtail_does(tree, toolkit, module, language):
    """Every kind of path: pages, sub-routes (open data, 'Download all'), a sub-route
    that shadows a page, drafts, missing pages; a page below a draft is served."""
    paths = [
        *PATHS,
        f"toolkits/{toolkit.slug}/",
        f"toolkits/{toolkit.slug}/mapping/",
        f"toolkits/{toolkit.slug}/download-all/",
        f"courses/{module.slug}/",
    ]
    for path in paths:
        wagtail, hub = routes(path, language)
        assert hub is not routing.WAGTAIL, path
        assert described(hub) == described(wagtail), path


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_routed_page_knows_its_restrictions_ancestors_and_translations(tree, toolkit, language):
    for path in [
        "",
        "cases/",
        "cases/wind/",
        "cases/private/",
        f"toolkits/{toolkit.slug}/mapping/",
    ]:
        page = routes(path, language)[1][0]
        wagtail_page = Page.objects.get(pk=page.pk).specific
        restrictions = Page.get_view_restrictions(wagtail_page)
        assert {r.pk for r in page.get_view_restrictions()} == {r.pk for r in restrictions}, path
        assert routing.breadcrumb_pages(page) == list(wagtail_page.get_ancestors()[1:]), path
        assert page_translations(page) == page_translations(wagtail_page), path
        assert page.locale.language_code == wagtail_page.locale.language_code


def test_a_site_root_without_a_live_translation_serves_the_source(home_page, case_index):
    case = CasePageFactory(parent=case_index, slug="wind")
    wagtail, hub = routes("cases/wind/", "pl")  # nothing mirrored into Polish yet
    assert described(hub) == described(wagtail) == (type(case), case.pk, None, (), {})


def test_private_and_password_pages_ask_who_visits(client, tree):
    response = client.get(tree["private"].url)
    assert response.status_code == 302 and "login" in response["Location"]
    mirrored = tree["private"].get_translation(Locale.objects.get(language_code="pl"))
    response = client.get(mirrored.url)  # a mirror is as private as its source
    assert response.status_code == 302 and "login" in response["Location"]
    response = client.get(tree["method"].url)  # below a page with a password
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="password"' in html and tree["method"].title not in html


def answer(response):
    """What a visitor gets: status, redirect and page (the form's CSRF token and the
    time of an open data download aside)."""
    if hasattr(response, "render"):
        response.render()
    body = b"".join(response.streaming_content) if response.streaming else response.content
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", body.decode())
    html = re.sub(r'"generated": "[^"]*"', "", html)
    return response.status_code, response.get("Location"), html


def test_serves_as_wagtails_own_view(rf, tree, toolkit, module, django_user_model):
    """hub.pages.routing.serve runs Wagtail's serve hooks as wagtail.views.serve does (view
    restrictions, passwords, sub-routes, 404s): with the same route, the same answer.
    An upgrade of Wagtail that changes its view fails here."""
    from wagtail import views as wagtail_views

    paths = [*PATHS, f"toolkits/{toolkit.slug}/mapping/", f"courses/{module.slug}/"]
    for path in paths:
        answers = []
        for view in (routing.serve, wagtail_views.serve):
            request = rf.get(f"/en/{path}")
            request.user = AnonymousUser()
            request.session = {}
            try:
                answers.append(answer(view(request, path)))
            except Http404:
                answers.append(404)
        assert answers[0] == answers[1], path
