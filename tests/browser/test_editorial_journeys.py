"""The editors' main journeys in a real browser, through the Wagtail admin: an editor
creates a case and submits it, a moderator publishes it and visitors find it; a Polish
translator translates a case and, once a moderator publishes it, the Polish page shows
the translation."""

import re

from playwright.sync_api import expect

from cases.factories import CasePageFactory
from tests.browser.helpers import BROWSER_DB, log_in, mirror_into
from tests.utils import in_locale

pytestmark = BROWSER_DB


def search_for(page, language, query):
    page.goto(f"/{language}/search/?q={query}")
    return page.locator("ol.results .result__title")


def test_an_editor_creates_a_case_a_moderator_publishes_it_and_visitors_find_it(
    open_page, case_index, staff, visitor
):
    editor = log_in(open_page(), "editor")
    editor.goto(f"/admin/pages/{case_index.pk}/")
    editor.get_by_role("link", name="Add child page").click()
    editor.locator("#id_title").fill("Heat pumps for a village school")
    editor.locator("#id_summary").fill("A school swaps its gas boiler for geothermal heat pumps.")
    editor.locator("#id_organisation").fill("Village school")
    editor.get_by_role("checkbox", name="7. Affordable and clean energy").check()
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Submit to Moderators approval").click()
    expect(editor.get_by_text("created and submitted for moderation")).to_be_visible()

    # Submitted is not published: visitors find nothing yet.
    expect(search_for(visitor, "en", "geothermal")).to_have_count(0)
    assert visitor.goto("/en/cases/heat-pumps-for-a-village-school/").status == 404

    moderator = log_in(open_page(), "moderator")
    moderator.get_by_role("link", name="Heat pumps for a village school").click()  # to review
    moderator.get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Approve and Publish").click()
    expect(moderator.get_by_text("has been updated")).to_be_visible()
    expect(moderator.get_by_role("link", name="Current page status: live")).to_be_visible()

    title = "Heat pumps for a village school"
    expect(search_for(visitor, "en", "geothermal")).to_have_text([title])
    visitor.get_by_role("link", name=title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    expect(visitor.get_by_text("SDG 7")).to_be_visible()


def test_a_polish_translator_translates_a_case_and_the_polish_page_shows_it(
    open_page, case_index, staff, visitor
):
    case = CasePageFactory(
        parent=case_index,
        title="Solar village",
        slug="solar-village",
        summary="A village makes its own solar energy.",
    )
    mirror_into("pl")
    polish = in_locale(case, "pl")

    translator = log_in(open_page(), "pl-translator")
    translator.goto(f"/admin/pages/{polish.pk}/edit/")
    translator.get_by_role("link", name="Translate this page").click()
    translator.get_by_role("button", name="Submit").click()  # into Polish, preselected
    for field, words in (
        ("Title", "Słoneczna wieś"),
        ("Summary", "Wieś wytwarza własną energię słoneczną."),
    ):
        segment = translator.locator("li").filter(
            has=translator.get_by_role("heading", name=field, exact=True)
        )
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(words)
        segment.get_by_role("button", name="Save").click()
        expect(segment.locator("textarea")).to_have_count(0)  # saved
        expect(segment).to_contain_text(words)
    # Translators do not publish.
    expect(translator.get_by_role("button", name=re.compile("Publish"))).to_have_count(0)
    visitor.goto("/pl/cases/solar-village/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Solar village")

    moderator = log_in(open_page(), "moderator")
    moderator.goto(f"/admin/pages/{polish.pk}/edit/")
    moderator.get_by_role("button", name="Publish in Polski").click()
    expect(moderator.get_by_text("Published 'Słoneczna wieś' in Polski")).to_be_visible()

    visitor.goto("/pl/cases/solar-village/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Słoneczna wieś")
    expect(visitor.get_by_text("Wieś wytwarza własną energię słoneczną.")).to_be_visible()
    expect(visitor.get_by_role("note")).to_have_count(0)  # no "not yet translated" notice
    expect(search_for(visitor, "pl", "słoneczna")).to_have_text(["Słoneczna wieś"])
