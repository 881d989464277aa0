"""The page cache: anonymous visitors get cached pages, and every change to something a
page shows is visible on the next request; logged-in people, previews and private pages
are never cached."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cases.factories import CasePageFactory
from cases.models import CaseRelatedCase
from hub.materials.factories import DocumentFactory, materials_stream
from hub.models import SiteSettings
from hub.taxonomy.models import SDG, term
from tests.utils import member_of, run_python, translate
from toolkits.factories import MethodPageFactory


@pytest.fixture(autouse=True)
def page_cache(settings, site):
    settings.HUB_PAGE_CACHE_SECONDS = 300
    SiteSettings.for_site(site)  # made on the first visit otherwise, which is a change
    cache.clear()


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response


def cached(client, url):
    """GET `url` twice, the second from the cache; returns the cached HTML."""
    assert get(client, url)["X-Cache"] == "miss"
    response = get(client, url)
    assert response["X-Cache"] == "hit"
    return response.content.decode()


def fresh(client, url):
    """The next anonymous answer for `url`, which must have been rendered again."""
    response = get(client, url)
    assert response["X-Cache"] == "miss"
    return response.content.decode()


@pytest.fixture
def case(case_index):
    return CasePageFactory(parent=case_index, title="Repair cafés in Graz", sdgs=[term(SDG, 12)])


def test_a_cached_page_runs_no_sql_and_keeps_its_headers(client, case):
    first = get(client, case.url)
    with CaptureQueriesContext(connection) as queries:
        again = get(client, case.url)
    assert len(queries) == 0
    assert again.content == first.content
    assert again["X-Cache"] == "hit"
    assert again["Content-Type"] == first["Content-Type"]
    assert again["X-Frame-Options"] == "DENY"
    assert again["X-Content-Type-Options"] == "nosniff"
    assert int(again["Age"]) >= 0
    assert client.head(case.url)["X-Cache"] == "hit"


def test_a_published_change_shows_on_the_next_request(client, case, case_index):
    cached(client, case.url)
    cached(client, case_index.url)
    case.title = "Repair cafés in Graz and Linz"
    case.save_revision().publish()
    assert "Repair cafés in Graz and Linz" in fresh(client, case.url)
    assert "Repair cafés in Graz and Linz" in fresh(client, case_index.url)


def test_a_saved_draft_changes_nothing_visitors_see(client, case):
    cached(client, case.url)
    case.title = "Not yet"
    case.save_revision()
    response = get(client, case.url)
    assert response["X-Cache"] == "hit"
    assert "Not yet" not in response.content.decode()


def test_unpublished_and_deleted_pages_disappear_at_once(client, case, case_index):
    other = CasePageFactory(parent=case_index, title="Solar cooperative")
    cached(client, case.url)
    cached(client, other.url)
    assert "Solar cooperative" in cached(client, case_index.url)
    other.unpublish()
    get(client, other.url, status=404)
    assert "Solar cooperative" not in fresh(client, case_index.url)
    case.delete()
    get(client, case.url, status=404)


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, case):
    cached(client, case.url)
    PageViewRestriction.objects.create(page=case, restriction_type="login")
    response = client.get(case.url)
    assert response.status_code == 302
    assert "X-Cache" not in response


def test_private_pages_are_never_cached(client, case):
    PageViewRestriction.objects.create(page=case, restriction_type="password", password="x" * 12)
    for _ in range(2):
        response = get(client, case.url)  # the password form
        assert "X-Cache" not in response
        assert "no-store" in response["Cache-Control"]


def test_a_renamed_taxonomy_term_shows_on_pages(client, case):
    assert "Responsible consumption" in cached(client, case.url)
    goal = term(SDG, 12)
    goal.title = "Circular consumption and production"
    goal.save()
    assert "Circular consumption and production" in fresh(client, case.url)


def test_a_changed_or_restricted_material_shows_on_pages(client, toolkit):
    document = DocumentFactory(title="Stakeholder map template")
    method = MethodPageFactory(parent=toolkit, worksheets=materials_stream(document))
    assert "Stakeholder map template" in cached(client, method.url)
    document.title = "Stakeholder map, printable"
    document.save()
    assert "Stakeholder map, printable" in cached(client, method.url)
    private = Collection.get_first_root_node().add_child(name="Internal")
    document.collection = private
    document.save()
    assert "Stakeholder map, printable" in cached(client, method.url)
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    assert "Stakeholder map, printable" not in fresh(client, method.url)


def test_a_linked_case_renamed_shows_on_the_case_linking_to_it(client, case, case_index):
    linked = CasePageFactory(parent=case_index, title="Textile offcuts in Łódź")
    case.related_case_links = [CaseRelatedCase(related=linked)]
    case.save_revision().publish()
    assert "Textile offcuts in Łódź" in cached(client, case.url)
    linked.title = "Textile offcuts, Łódź"
    linked.save_revision().publish()
    assert "Textile offcuts, Łódź" in fresh(client, case.url)


def test_a_published_translation_shows_on_both_languages(client, case):
    polish_url = "/pl" + case.url[3:]
    link = f'href="{polish_url}"'  # the language switcher and hreflang
    assert link not in cached(client, case.url)
    translate(case, "pl", "Kawiarnie naprawcze w Grazu", "Naprawa zamiast wyrzucania.")
    assert "Kawiarnie naprawcze w Grazu" in fresh(client, polish_url)
    assert link in fresh(client, case.url)


def test_site_settings_show_on_every_page(client, home_page, site):
    cached(client, home_page.url)
    settings_row = SiteSettings.for_site(site)
    settings_row.funding_acknowledgement = "<p>Funded by the people of Europe.</p>"
    settings_row.save()
    assert "Funded by the people of Europe." in fresh(client, home_page.url)


def test_search_results_follow_publishing(client, case, case_index):
    url = "/en/search/?q=bicycle"
    assert "Bicycle couriers" not in cached(client, url)
    CasePageFactory(parent=case_index, title="Bicycle couriers in Ghent").save_revision().publish()
    assert "Bicycle couriers in Ghent" in fresh(client, url)


def test_a_logged_in_editor_never_gets_or_fills_a_cached_page(client, editor_client, case):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(username="editor")
    for _ in range(2):
        assert "X-Cache" not in get(editor_client, case.url)
    editor_client.logout()
    cached(client, case.url)  # the editor's visits left nothing in the cache
    editor_client.force_login(editor)
    response = get(editor_client, case.url)
    assert "X-Cache" not in response
    assert "wagtail-userbar" in response.content.decode()


def test_previews_and_the_admin_are_never_cached(editor_client, case):
    case.title = "Draft title only editors see"
    case.save_revision()
    preview = get(editor_client, f"/admin/pages/{case.pk}/view_draft/")
    assert "Draft title only editors see" in preview.content.decode()
    assert "X-Cache" not in preview
    assert "X-Cache" not in get(editor_client, "/admin/")
    editor_client.logout()
    assert "Draft title only editors see" not in fresh(editor_client, case.url)


def test_downloads_and_health_are_never_cached(client, toolkit):
    document = DocumentFactory()
    for url in (document.url, "/healthz"):
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert "X-Cache" not in response


def test_visitors_with_messages_or_a_session_skip_the_cache(client, case):
    cached(client, case.url)
    client.cookies["messages"] = "pending"
    assert "X-Cache" not in get(client, case.url)


def test_unknown_pages_and_errors_are_not_cached(client, case):
    for _ in range(2):
        assert "X-Cache" not in client.get("/en/no-such-page/")


def test_the_cache_can_be_turned_off(client, case, settings):
    settings.HUB_PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        assert "X-Cache" not in get(client, case.url)


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("redis://127.0.0.1:6379/0", "hub.caching.backends.TolerantRedisCache"),
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache"),
        ("file:///tmp/hub-cache", "django.core.cache.backends.filebased.FileBasedCache"),
    ],
)
def test_the_cache_backend_comes_from_cache_url(url, backend):
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.CACHES['default']['BACKEND'])"
    result = run_python(code, settings="hub.settings.test", env={"CACHE_URL": url})
    assert result.stdout.strip() == backend


def test_a_bad_cache_url_is_named_in_the_error():
    result = run_python(
        "import django; django.setup()",
        settings="hub.settings.test",
        env={"CACHE_URL": "memcache://nowhere"},
    )
    assert result.returncode != 0
    assert "CACHE_URL must start with redis://" in result.stderr


def test_related_cases_follow_publishing_with_the_cache_off(client, case_index, settings):
    """Related cases are ranked once per generation, even with the page cache off."""
    settings.HUB_PAGE_CACHE_SECONDS = 0
    case = CasePageFactory(parent=case_index, sdgs=[term(SDG, 1), term(SDG, 2)])
    CasePageFactory(parent=case_index, title="Shares one goal", sdgs=[term(SDG, 1)])
    assert "Shares one goal" in get(client, case.url).content.decode()
    closer = CasePageFactory(parent=case_index, title="Shares both goals", sdgs=[term(SDG, 1)])
    closer.sdgs = [term(SDG, 1), term(SDG, 2)]
    closer.save_revision().publish()
    html = get(client, case.url).content.decode()
    assert html.index("Shares both goals") < html.index("Shares one goal")


def test_labels_kept_in_the_process_follow_changes_with_the_cache_off(client, case, settings):
    """Taxonomy labels are read once per generation (hub.caching.remembered), even when
    no page is cached: a renamed term shows on the next render."""
    settings.HUB_PAGE_CACHE_SECONDS = 0
    assert "Responsible consumption" in get(client, case.url).content.decode()
    with CaptureQueriesContext(connection) as first:
        get(client, case.url)
    goal = term(SDG, 12)
    goal.title = "Circular consumption and production"
    goal.save()
    with CaptureQueriesContext(connection) as after_change:
        html = get(client, case.url).content.decode()
    assert "Circular consumption and production" in html
    # The labels' query (one UNION of every taxonomy, each numbered in its own order).
    assert not [query for query in first if "ROW_NUMBER" in query["sql"]]
    assert [query for query in after_change if "ROW_NUMBER" in query["sql"]]


def test_filter_counts_kept_in_the_process_follow_publishing(client, case_index, settings):
    """A listing's filter counts and labels are kept once per generation and shared by
    every filtered view of it; a newly published case and a renamed term show at once."""
    settings.HUB_PAGE_CACHE_SECONDS = 0
    CasePageFactory(parent=case_index, sdgs=[term(SDG, 7)])
    listing = get(client, case_index.url).context["listing"]
    assert listing.counts["sdg"] == {"7": 1}
    filtered = get(client, case_index.url + "?sdg=7").context["listing"]
    assert filtered.counts is listing.counts  # shared, not counted again
    CasePageFactory(parent=case_index, sdgs=[term(SDG, 7), term(SDG, 13)])
    goal = term(SDG, 13)
    goal.title = "Act on the climate now"
    goal.save()
    response = get(client, case_index.url + "?sdg=13")
    assert response.context["listing"].counts["sdg"] == {"7": 2, "13": 1}
    assert "Act on the climate now" in response.content.decode()
    sdg_filter = response.context["listing"].options[0]
    labels = {value["value"]: value["label"] for value in sdg_filter["values"]}
    assert labels["13"] == "13. Act on the climate now"


def test_the_listing_size_kept_in_the_process_follows_publishing(client, case_index, settings):
    """The unfiltered listing's size is counted with its filter counts, once per
    generation: its later renders count nothing, and a case published or unpublished
    shows in the number and the pages at once."""
    settings.HUB_PAGE_CACHE_SECONDS = 0
    cases = [CasePageFactory(parent=case_index) for _ in range(12)]
    assert "12 cases" in get(client, case_index.url).content.decode()
    with CaptureQueriesContext(connection) as again:
        get(client, case_index.url)
    assert not [query for query in again if "COUNT(" in query["sql"]]
    CasePageFactory(parent=case_index, title="The thirteenth case")
    response = get(client, case_index.url + "?page=2")
    assert "13 cases" in response.content.decode()
    assert response.context["listing"].page.paginator.num_pages == 2
    cases[0].unpublish()
    response = get(client, case_index.url + "?page=2")
    assert "12 cases" in response.content.decode()
    assert response.context["listing"].page.paginator.num_pages == 1


def test_the_site_kept_in_the_process_follows_changes(client, case, site, settings):
    settings.HUB_PAGE_CACHE_SECONDS = 0
    get(client, case.url)
    other = CasePageFactory(parent=case.get_parent(), title="The new front door")
    site.root_page = other
    site.save()
    assert "The new front door" in get(client, "/en/").content.decode()


def test_site_settings_kept_in_the_process_follow_changes(client, case, site, settings):
    """The footer's settings are read once per generation: a saved edit shows on the next
    render, an unsaved one (say, a form the admin refused) never."""
    settings.HUB_PAGE_CACHE_SECONDS = 0
    get(client, case.url)
    with CaptureQueriesContext(connection) as queries:
        get(client, case.url)
    assert not [query for query in queries if "hub_sitesettings" in query["sql"]]
    row = SiteSettings.for_site(site)
    row.funding_acknowledgement = "<p>Words never saved.</p>"
    assert "Words never saved." not in get(client, case.url).content.decode()
    row.funding_acknowledgement = "<p>Funded by the people of Europe.</p>"
    row.save()
    assert "Funded by the people of Europe." in get(client, case.url).content.decode()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/en/search/?q=repair", "Co-funded by the European Union"),  # the footer
        ("/api/v2/pages/?type=cases.CasePage", '"total_count": 1'),
    ],
)
def test_views_that_are_not_pages_find_their_site_without_a_query(
    client, case, settings, url, shown
):
    """Only the routing of pages used to find the site kept in the process; the search
    page's footer and the API asked the database for it on every request."""
    settings.HUB_PAGE_CACHE_SECONDS = 0
    get(client, url)
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
    assert shown in response.content.decode()
    assert not [query for query in queries if "wagtailcore_site" in query["sql"]]


def test_with_redis_unreachable_pages_render_and_editors_sign_in(client, case, redis_unreachable):
    for _ in range(2):
        response = get(client, case.url)
        assert "Repair cafés in Graz" in response.content.decode()
        assert "X-Cache" not in response or response["X-Cache"] == "miss"
    editor = member_of("Editors", username="ada")
    editor.set_password("a long enough passphrase")
    editor.save()
    response = client.post(
        "/admin/login/", {"username": "ada", "password": "a long enough passphrase"}
    )
    assert response.status_code == 302
    assert get(client, "/admin/").status_code == 200
