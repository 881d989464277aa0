"""A visitor's main journeys in a real browser: search, narrow with facets, open a case,
download its material (with JavaScript and without), and switch language on a page."""

import re

import pytest
from playwright.sync_api import expect

from hub.materials.models import DownloadCount
from tests.browser.helpers import BROWSER_DB

pytestmark = BROWSER_DB


def result_titles(page):
    page.wait_for_load_state()
    return sorted(page.locator("ol.results .result__title").all_inner_texts())


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_visitor_searches_narrows_opens_a_case_and_downloads_its_material(
    open_page, content, javascript
):
    page = open_page(javascript=javascript)
    page.goto("/en/search/")
    page.get_by_label("Search cases, methods, courses and materials").fill("energy")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=energy"))
    expect(page.get_by_role("status")).to_contain_text("3 results for “energy”")
    assert result_titles(page) == ["Energy-saving bakery", "Solar village", "Wind cooperative"]

    # Two facets: values of different facets combine with AND.
    sdgs = page.get_by_role("group", name="Sustainable Development Goal")
    sdgs.get_by_role("checkbox", name=re.compile(r"^7\. Affordable and clean energy")).check()
    page.get_by_role("group", name="Country").get_by_role("checkbox", name="Germany").check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"(?=.*sdg=7)(?=.*country=DE)"))
    expect(page.get_by_role("status")).to_contain_text("1 result for “energy”")
    assert result_titles(page) == ["Solar village"]

    # Removing the SDG keeps the country: both German cases about energy.
    chip = re.compile(r"7\. Affordable and clean energy.*remove filter")
    page.get_by_role("link", name=chip).click()
    expect(page).to_have_url(re.compile(r"^(?!.*sdg=).*country=DE"))
    expect(page.get_by_role("status")).to_contain_text("2 results for “energy”")
    assert result_titles(page) == ["Energy-saving bakery", "Solar village"]
    expect(page.get_by_role("link", name=re.compile(r"Germany.*remove filter"))).to_be_visible()

    page.get_by_role("link", name="Solar village").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Solar village")
    with page.expect_download() as started:
        page.get_by_role("link", name="Village worksheet").click()
    download = started.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as file:
        assert file.read(5) == b"%PDF-"
    assert DownloadCount.objects.get(document=content.worksheet).count == 1


def test_a_visitor_switches_language_on_a_page(visitor, content):
    visitor.goto(content.solar.url)
    visitor.get_by_text("Language: English").click()  # opens the list of languages
    visitor.get_by_role("link", name="Polski").click()

    expect(visitor).to_have_url(re.compile(r"/pl/cases/solar-village/$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Słoneczna wieś")
    expect(visitor.locator("html")).to_have_attribute("lang", "pl")

    # A language the case is not translated into yet: the English text, said so.
    visitor.get_by_text("Język: Polski").click()
    visitor.get_by_role("link", name="Deutsch").click()
    expect(visitor).to_have_url(re.compile(r"/de/cases/solar-village/$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Solar village")
    expect(visitor.get_by_role("note")).to_be_visible()  # not yet available in German
    expect(visitor.locator("main")).to_have_attribute("lang", "en")
    expect(visitor.locator("html")).to_have_attribute("lang", "de")
