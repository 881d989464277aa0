"""A visitor's walk in each of the ten languages: home → case listing with a filter →
case → search with a facet → material download. On every page, no text of the
interface's chrome (navigation, labels, buttons, facet names, headings, notices,
footer) is an English catalogue string the visitor's language translates."""

import re
from functools import cache
from pathlib import Path

from django.conf import settings

import polib
import pytest
from playwright.sync_api import expect

from tests.browser.helpers import BROWSER_DB, mirror_into

pytestmark = BROWSER_DB

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
# The interface around the content. Page titles in breadcrumbs and an editor's heading
# of a materials block are content (a mirror shows them in English until translated).
CHROME = (
    "header, nav, footer, label, button, legend, summary, h2, h3, dt, th, caption,"
    " .notice, [role=status], [role=note]"
)
CONTENT = ".breadcrumbs, section.materials > h2"
CHROME_TEXTS = """([chrome, content]) => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const element = walker.currentNode.parentElement;
        if (element && element.closest(chrome) && !element.closest(content)) {
            texts.push(walker.currentNode.textContent);
        }
    }
    return texts;
}"""
TITLES = {
    "en": "Solar village",
    "de": "Solardorf",
    "es": "Pueblo solar",
    "it": "Villaggio solare",
    "pl": "Słoneczna wieś",
    "el": "Ηλιακό χωριό",
    "sl": "Sončna vas",
    "cs": "Solární vesnice",
    "sk": "Solárna obec",
    "hu": "Napenergiás falu",
}


@cache
def untranslated_english(code):
    """The catalogue's English strings that `code` says differently (none for English)."""
    if code == settings.LANGUAGE_CODE:
        return frozenset()
    catalogue = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    return frozenset(
        " ".join(entry.msgid.split())
        for entry in catalogue
        if entry.msgstr and entry.msgstr != entry.msgid and "%" not in entry.msgid
    )


def assert_chrome_translated(page, code):
    page.wait_for_load_state()
    english = untranslated_english(code)
    texts = page.evaluate(CHROME_TEXTS, [CHROME, CONTENT])
    lines = {" ".join(text.split()) for text in texts}
    left = sorted(line for line in lines if line in english)
    assert not left, f"{page.url} shows English interface text in {code}: {left}"


@pytest.fixture
def languages(content):
    """The demo-like content with the solar village case translated into every
    partner language (Polish already is) and the tree mirrored into all nine."""
    from search import indexing
    from tests.utils import translate

    mirror_into(*(code for code, _ in settings.LANGUAGES))
    for code, title in TITLES.items():
        if code not in ("en", "pl"):
            translate(content.solar, code, title, f"{title}: {content.solar.summary}")
    indexing.rebuild()
    return content


def test_a_visitor_walks_the_hub_in_each_language(open_page, languages):
    """One walk per language, on one set of content (setting it up is the slow part)."""
    page = open_page()
    for code, _ in settings.LANGUAGES:
        walk(page, code)


def walk(page, code):
    page.goto(f"/{code}/")
    expect(page.locator("html")).to_have_attribute("lang", code)
    assert_chrome_translated(page, code)

    page.locator(f"nav a[href='/{code}/cases/']").first.click()
    expect(page).to_have_url(re.compile(rf"/{code}/cases/$"))
    assert_chrome_translated(page, code)
    filters = page.locator("form.filters")
    filters.locator("input[name=sdg][value='7']").check()
    filters.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"sdg=7"))
    assert_chrome_translated(page, code)

    page.get_by_role("link", name=TITLES[code], exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES[code])
    assert_chrome_translated(page, code)
    with page.expect_download() as started:
        page.get_by_role("link", name="Village worksheet").click()
    with open(started.value.path(), "rb") as file:
        assert file.read(5) == b"%PDF-", code

    page.goto(f"/{code}/search/")
    search = page.get_by_role("search").locator("input[name=q]").first
    search.fill(TITLES[code].split()[0])
    search.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{code}/search/\?.*q="))
    assert_chrome_translated(page, code)
    form = page.locator("form.search-page__form")
    form.locator("input[name=type][value=case]").check()
    form.locator("button[type=submit]").last.click()
    expect(page).to_have_url(re.compile(r"type=case"))
    expect(page.locator("ol.results")).to_contain_text(TITLES[code])
    assert_chrome_translated(page, code)
