"""Page weight: what a first visit transfers (cold cache, a 1280 px wide screen), in bytes
of headers and bodies as the test server sends them (uncompressed; production compresses
HTML, CSS and JavaScript, so real transfers are smaller). The one place the budgets are
set; the figures of each run are printed at the end of the test run."""

import pytest

KB = 1024

# Whole page: the HTML and everything the browser loads for it up to the `load` event.
PAGE_BUDGETS = {"home": 40 * KB, "case": 100 * KB, "search": 50 * KB}
# Kept small on every page: the one stylesheet and the one script.
TYPE_BUDGETS = {"stylesheet": 20 * KB, "script": 5 * KB}

figures = pytest.StashKey[list]()


def record(config, row):
    config.stash.setdefault(figures, []).append(row)


def summary_lines(config):
    rows = config.stash.get(figures, [])
    if not rows:
        return []
    lines = [
        f"{'page':<8} {'total':>9} {'budget':>9} {'html':>8} {'css':>8} {'js':>8} "
        f"{'images':>8} {'other':>8} {'requests':>8}"
    ]
    for row in rows:
        kinds = row["by_type"]
        other = row["total"] - sum(
            kinds.get(kind, 0) for kind in ("document", "stylesheet", "script", "image")
        )
        lines.append(
            f"{row['name']:<8} {row['total']:>9,} {PAGE_BUDGETS[row['name']]:>9,} "
            f"{kinds.get('document', 0):>8,} {kinds.get('stylesheet', 0):>8,} "
            f"{kinds.get('script', 0):>8,} {kinds.get('image', 0):>8,} {other:>8,} "
            f"{row['requests']:>8}"
        )
    lines.append(
        f"bytes; budgets per type on every page: CSS {TYPE_BUDGETS['stylesheet']:,}, "
        f"JavaScript {TYPE_BUDGETS['script']:,}"
    )
    return lines
