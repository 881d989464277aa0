import pytest

from cases.factories import CasePageFactory
from hub.models import SiteSettings
from tests.queries import LANGUAGES, mirror_into_polish, url_in
from tests.utils import MAX_PAGE_QUERIES, count_queries

pytestmark = pytest.mark.django_db


def test_root_redirects_to_english(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_follows_the_browser_language(client):
    response = client.get("/", headers={"accept-language": "pl,en;q=0.5"})
    assert response["Location"] == "/pl/"


def test_home_page_renders_title_intro_and_navigation(client, home_page):
    home_page.intro = "Cases, methods and modules for sustainable innovation."
    home_page.save_revision().publish()

    response = client.get("/en/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Cases, methods and modules for sustainable innovation." in html
    for href in ("/en/cases/", "/en/toolkits/", "/en/courses/", "/en/search/"):
        assert f'href="{href}"' in html


def test_home_page_is_accessible_by_structure(client, home_page):
    html = client.get("/en/").content.decode()
    # A skip link to the main landmark, one h1, landmarks a screen reader can jump to.
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert html.count("<h1") == 1
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert "<header" in html and "<footer" in html
    assert 'role="search"' in html


def test_footer_shows_the_texts_editors_set(client, site, home_page):
    settings = SiteSettings.for_site(site)
    settings.licence_statement = "<p>Reuse everything under CC BY-SA 4.0.</p>"
    settings.funding_acknowledgement = "<p>Funded by the Erasmus+ programme, project 101.</p>"
    settings.save()

    html = client.get("/en/").content.decode()

    assert "Reuse everything under CC BY-SA 4.0." in html
    assert "Funded by the Erasmus+ programme, project 101." in html
    assert 'aria-label="Flag of the European Union"' in html


def test_footer_has_default_licence_and_funding_texts(client, home_page):
    html = client.get("/en/").content.decode()
    assert "https://creativecommons.org/licenses/by/4.0/" in html
    assert "Co-funded by the European Union" in html


@pytest.mark.parametrize(
    ("language", "funding", "licence"),
    [
        ("pl", "Współfinansowane przez Unię Europejską.", "Uznanie autorstwa 4.0"),
        ("de", "Kofinanziert von der Europäischen Union.", "Namensnennung 4.0"),
        ("hu", "Az Európai Unió társfinanszírozásával.", "Nevezd meg! 4.0"),
        ("el", "Συγχρηματοδοτείται από την Ευρωπαϊκή Ένωση.", "Αναφορά Δημιουργού 4.0"),
    ],
)
def test_default_footer_texts_speak_the_visitors_language(
    client, home_page, language, funding, licence
):
    html = client.get(f"/{language}/").content.decode()
    assert funding in html and licence in html
    assert "Co-funded by the European Union" not in html


def test_an_editors_own_footer_text_is_shown_as_written_in_every_language(client, site, home_page):
    settings = SiteSettings.for_site(site)
    settings.funding_acknowledgement = "<p>Funded by the Erasmus+ programme, project 101.</p>"
    settings.save()
    assert "Funded by the Erasmus+ programme, project 101." in client.get("/pl/").content.decode()


def test_no_external_assets(client, home_page):
    """Every stylesheet, script, font and image comes from our own origin."""
    html = client.get("/en/").content.decode()
    for attribute in ('src="http', "src='http", 'href="//'):
        assert attribute not in html
    assert '<link rel="stylesheet" href="/static/' in html


def test_admin_shows_the_login_page(client):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert 'name="password"' in response.content.decode()


def test_demo_admin_exists_only_under_development_settings(settings):
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="only under development settings"):
        call_command("demo_admin")
    assert not get_user_model().objects.filter(username="admin").exists()

    settings.HUB_DEMO_ADMIN = True
    out = StringIO()
    call_command("demo_admin", stdout=out)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("impact-hub-demo")
    assert "Log in at http://testserver/admin/ as 'admin' with 'impact-hub-demo'." in out.getvalue()


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_queries_stay_within_the_budget(client, home_page, case_index, language):
    url = url_in(home_page, language)
    before = count_queries(client, url)
    for _ in range(12):
        CasePageFactory(parent=case_index)
    if language != "en":
        mirror_into_polish()
    assert before == count_queries(client, url) <= MAX_PAGE_QUERIES
