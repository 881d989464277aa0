"""WCAG 2.1 AA in a real browser: axe-core finds no serious or critical violation on the
home page, each listing, a page of each type and the search page with facets selected,
in English and in Polish; the search form, the facets and the language switcher work
with the keyboard alone, and focus is always visible."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.helpers import BROWSER_DB
from tests.utils import in_locale

pytestmark = BROWSER_DB

AXE = Axe()
# WCAG 2.0 and 2.1, levels A and AA, and axe's best practices.
RULES = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    }
}
BLOCKING = {"serious", "critical"}


def paths(content, language):
    pages = [
        content.solar,
        content.water,  # a case without a picture
        content.toolkit,
        content.method,
        content.module,
        content.unit,
    ]
    return [
        f"/{language}/",
        f"/{language}/cases/",
        f"/{language}/cases/?sdg=7&country=DE",
        f"/{language}/toolkits/",
        f"/{language}/courses/",
        *(in_locale(page, language).url for page in pages),
        f"/{language}/search/?q=energy&sdg=7&country=DE",
        f"/{language}/search/?type=case&sdg=7&sdg=13",
        f"/{language}/search/?q=nothing-matches-this",
    ]


def violations(page):
    found = AXE.run(page, options=RULES).response["violations"]
    return [
        f"{page.url}: {violation['id']} ({violation['impact']}) {violation['help']}: "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in found
        if violation["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_no_serious_accessibility_violations(visitor, content, language):
    found = []
    for path in paths(content, language):
        response = visitor.goto(path)
        assert response.status == 200, path
        found += violations(visitor)
    assert not found, "\n".join(found)


def tab_to(page, target, presses=80):
    """Press Tab until `target` has the focus, as a keyboard user moves through a page;
    every element on the way shows that it has the focus."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        assert_focus_visible(page)
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} cannot be reached with the Tab key")


def assert_focus_visible(page):
    """The focused element shows a focus indicator: an outline or a ring."""
    style = page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return {outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
                    ring: style.boxShadow, tag: document.activeElement.outerHTML.slice(0, 80)};
        }"""
    )
    assert (style["outline"] != "none" and style["width"] >= 2) or style["ring"] != "none", (
        f"no visible focus on {style['tag']}"
    )


def press_on(page, target, key):
    """Reach `target` with the Tab key, then press `key` on it."""
    tab_to(page, target)
    page.keyboard.press(key)


def expect_results(page, url, count):
    expect(page).to_have_url(re.compile(url))
    expect(page.get_by_role("status")).to_contain_text(count)


def test_search_facets_and_language_switcher_work_with_the_keyboard(visitor, content):
    visitor.goto("/en/search/")
    skip = visitor.get_by_role("link", name="Skip to main content")
    tab_to(visitor, skip)
    expect(skip).to_be_in_viewport()  # shown when focused

    tab_to(visitor, visitor.get_by_label("Search cases, methods, courses and materials"))
    visitor.keyboard.type("energy")
    visitor.keyboard.press("Enter")
    expect_results(visitor, r"q=energy", "3 results")

    sdgs = visitor.get_by_role("group", name="Sustainable Development Goal")
    press_on(visitor, sdgs.get_by_role("checkbox", name=re.compile(r"^7\. Affordable")), "Space")
    countries = visitor.get_by_role("group", name="Country")
    press_on(visitor, countries.get_by_role("checkbox", name="Germany"), "Space")
    press_on(visitor, visitor.get_by_role("button", name="Apply filters"), "Enter")
    expect_results(visitor, r"(?=.*sdg=7)(?=.*country=DE)", "1 result")

    press_on(visitor, visitor.get_by_role("link", name=re.compile(r"Germany.*remove")), "Enter")
    expect_results(visitor, r"^(?!.*country=).*sdg=7", "2 results")

    visitor.goto(content.solar.url)
    press_on(visitor, visitor.get_by_text("Language: English"), "Enter")  # opens the list
    press_on(visitor, visitor.get_by_role("link", name="Polski"), "Enter")
    expect(visitor).to_have_url(re.compile(r"/pl/cases/solar-village/$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Słoneczna wieś")
