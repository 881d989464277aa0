"""Browser tests: Playwright drives Debian's Chromium, headless, against the site that
pytest-django's live server serves from this test run (in a thread, on the test
database, so the tests use a transactional database). Search runs on the database
adapter, the embedded default."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.browser import budget
from tests.browser.helpers import mirror_into
from tests.utils import member_of

CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT_MS = 15_000  # generous: CI shares two cores with the rest of the suite


@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Chromium at {CHROMIUM}: install Debian's package "
            "(apt-get install chromium), as .ci/run does.",
            pytrace=False,
        )
    from django.db import connections

    # Playwright's sync API keeps an asyncio loop running in this thread. Django then
    # refuses the test's own (synchronous) ORM calls as if they came from async code, and
    # keeps connections per asyncio context instead of per thread: the tests keep the
    # connections they had (the test database's, with its serialized contents).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        held = {alias: connections[alias] for alias in connections}
        expect.set_options(timeout=TIMEOUT_MS)
        with sync_playwright() as playwright:
            for alias, connection in held.items():
                connections[alias] = connection
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
            yield chromium
            chromium.close()


@pytest.fixture
def new_context(browser, live_server):
    """Make a browser context (its own cookies and cache) on the live server. Whatever
    page it opens must not answer a server error or throw a JavaScript error."""
    contexts, problems = [], []

    def make(javascript=True, **options):
        context = browser.new_context(
            base_url=live_server.url, java_script_enabled=javascript, **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.on(
            "response",
            lambda response: (
                response.status >= 500 and problems.append(f"{response.status} {response.url}")
            ),
        )
        context.on("weberror", lambda error: problems.append(f"JavaScript: {error.error}"))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    assert not problems, f"the site failed while the test ran: {problems}"


@pytest.fixture
def open_page(new_context):
    """A new tab in a new context: `open_page()`, or `open_page(javascript=False)`."""

    def make(**options):
        return new_context(**options).new_page()

    return make


@pytest.fixture
def visitor(open_page):
    return open_page()


@pytest.fixture
def staff(translator):
    """An editor, a moderator and a Polish translator, each in their group only."""
    return {
        "editor": member_of("Editors", username="editor"),
        "moderator": member_of("Moderators", username="moderator"),
        "pl-translator": translator,
    }


@pytest.fixture
def content(home_page, case_index, toolkit_index, course_index):
    """A small hub like the demo: four cases (one with a picture, related cases and a PDF
    to download, translated into Polish), a toolkit with a method, a module with a unit,
    the tree mirrored into Polish and German and the search index built."""
    from cases.factories import CasePageFactory
    from cases.models import CaseRelatedCase
    from courses.factories import CourseModulePageFactory, UnitPageFactory
    from hub.demo.media import demo_document, demo_image
    from hub.materials.factories import materials_stream
    from hub.taxonomy.models import SDG, Country, Sector, term
    from search import indexing
    from tests.utils import translate
    from toolkits.factories import MethodPageFactory, ToolkitPageFactory

    def case(title, slug, sdgs, country, sector, summary, **fields):
        return CasePageFactory(
            parent=case_index,
            title=title,
            slug=slug,
            summary=summary,
            results=f"<p>{summary}</p>",  # the factory's own results speak of energy
            organisation=f"{title} team",
            sdgs=[term(SDG, number) for number in sdgs],
            country=term(Country, country),
            sector=term(Sector, sector),
            **fields,
        )

    wind = case(
        "Wind cooperative", "wind-cooperative", [7], "PL", "D",
        "Citizens own a wind park and share its energy.",
        image=demo_image("Wind cooperative", ["#FCC30B", "#3F7E44"], 2),
    )  # fmt: skip
    bakery = case(
        "Energy-saving bakery", "energy-saving-bakery", [12], "DE", "C",
        "A bakery halves the energy its ovens use.",
        image=demo_image("Energy-saving bakery", ["#BF8B2E"], 3),
    )  # fmt: skip
    water = case(  # with the other SDGs, so that every badge colour is on a page
        "Water reuse in a dairy", "water-reuse", [n for n in range(1, 18) if n != 7], "IT", "C",
        "A dairy cleans and reuses its rinse water.",
    )  # fmt: skip
    worksheet = demo_document(
        "Village worksheet",
        ["How the village planned its solar roofs, step by step."],
        "village-worksheet.pdf",
    )
    solar = case(
        "Solar village", "solar-village", [7, 13], "DE", "D",
        "A village makes its own solar energy.",
        image=demo_image("Solar village", ["#FCC30B", "#3F7E44", "#26BDE2"], 1),
        materials=materials_stream(worksheet, heading="Materials"),
        related_case_links=[CaseRelatedCase(related=wind), CaseRelatedCase(related=bakery)],
    )  # fmt: skip
    toolkit = ToolkitPageFactory(parent=toolkit_index, title="Stakeholder dialogue")
    method = MethodPageFactory(parent=toolkit, title="Stakeholder mapping")
    module = CourseModulePageFactory(parent=course_index, title="Sustainable innovation")
    unit = UnitPageFactory(parent=module, title="Systems thinking")
    # translate() mirrors the tree into Polish first.
    solar_pl = translate(solar, "pl", "Słoneczna wieś", "Wieś wytwarza własną energię słoneczną.")
    mirror_into("de")
    indexing.rebuild()
    return SimpleNamespace(
        solar=solar, solar_pl=solar_pl, wind=wind, bakery=bakery, water=water,
        worksheet=worksheet, toolkit=toolkit, method=method, module=module, unit=unit,
    )  # fmt: skip


def pytest_terminal_summary(terminalreporter, config):
    lines = budget.summary_lines(config)
    if lines:
        terminalreporter.write_sep("-", "page weight (tests/browser/budget.py)")
        for line in lines:
            terminalreporter.write_line(line)
