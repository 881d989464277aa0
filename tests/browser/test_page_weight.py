"""Page weight: the bytes a first visit to the home page, a case and the search page
transfers stay within the budgets of tests/browser/budget.py (printed at the end of the
run), and a narrow screen gets the smaller picture."""

from collections import Counter

from tests.browser import budget
from tests.browser.helpers import BROWSER_DB

pytestmark = BROWSER_DB

DESKTOP = {"width": 1280, "height": 900}


def first_visit(new_context, path, viewport=DESKTOP):
    """What a browser with an empty cache transfers for `path` until the page has
    loaded and the network is quiet: (the page, bytes by resource type, requests)."""
    page = new_context(viewport=viewport).new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(path)
    page.wait_for_load_state("networkidle")
    by_type = Counter()
    for request in finished:
        sizes = request.sizes()
        by_type[request.resource_type] += sizes["responseHeadersSize"] + sizes["responseBodySize"]
    return page, by_type, len(finished)


def test_pages_stay_within_their_weight_budget(new_context, content, request):
    pages = {
        "home": "/en/",
        "case": content.solar.url,
        "search": "/en/search/?q=energy&sdg=7",
    }
    over = []
    for name, path in pages.items():
        _, by_type, requests = first_visit(new_context, path)
        total = sum(by_type.values())
        budget.record(
            request.config,
            {"name": name, "total": total, "by_type": dict(by_type), "requests": requests},
        )
        if total > budget.PAGE_BUDGETS[name]:
            over.append(f"{name}: {total:,} bytes > {budget.PAGE_BUDGETS[name]:,}")
        for kind, limit in budget.TYPE_BUDGETS.items():
            if by_type[kind] > limit:
                over.append(f"{name}: {kind} {by_type[kind]:,} bytes > {limit:,}")
    assert not over, over


def test_a_narrow_screen_gets_the_smaller_picture(new_context, content):
    narrow, narrow_bytes, _ = first_visit(
        new_context, content.solar.url, viewport={"width": 375, "height": 800}
    )
    wide, wide_bytes, _ = first_visit(new_context, content.solar.url)
    picture = "figure.detail__image img"
    assert "600x225" in narrow.locator(picture).evaluate("img => img.currentSrc")
    assert "1200x450" in wide.locator(picture).evaluate("img => img.currentSrc")
    assert narrow_bytes["image"] < wide_bytes["image"]
