"""What the strategy pages draw: bars of coverage and the heatmap's cells, computed here
and drawn as SVG and HTML by the templates (each with its numbers as text)."""


def bars(coverage, labels, colours=None):
    """[{key, label, share, percent, colour}] of a coverage dict ({key: share 0–1}), in
    the labels' order (goal 1 to 17, areas as named), every key shown."""
    colours = colours or {}
    return [
        {
            "key": key,
            "label": label,
            "share": coverage.get(key, 0.0),
            "percent": round(coverage.get(key, 0.0) * 100),
            "colour": colours.get(key, "#19486A"),
        }
        for key, label in labels.items()
    ]


def shade(share):
    """A cell's opacity for a coverage share: none shows as blank, any coverage shows."""
    if not share:
        return 0
    return round(0.2 + 0.8 * min(share / 0.5, 1.0), 2)  # half the strategy = full colour


def cell(scores, goal):
    """A goal's coverage in a ScoreSet (None without one) as a percentage."""
    if scores is None:
        return None
    return round(scores.sdg_coverage.get(str(goal), 0.0) * 100)


CELL, LABEL_WIDTH, HEADER = 30, 220, 34


def heatmap(rows, sdgs, colours):
    """The heatmap's geometry and values: one row per (page, ScoreSet or None), one
    column per goal; each cell with its percentage, colour and opacity."""
    drawn = []
    for index, (page, scores) in enumerate(rows):
        cells = []
        for column, sdg in enumerate(sdgs):
            percent = cell(scores, sdg.number)
            cells.append({
                "x": LABEL_WIDTH + column * CELL,
                "percent": percent,
                "colour": colours.get(str(sdg.number), "#19486A"),
                "opacity": shade((percent or 0) / 100),
                "sdg": sdg,
            })  # fmt: skip
        drawn.append(
            {"page": page, "y": HEADER + index * CELL, "cells": cells, "scored": scores is not None}
        )
    return {
        "rows": drawn,
        "width": LABEL_WIDTH + len(sdgs) * CELL,
        "height": HEADER + len(rows) * CELL,
        "columns": [
            {"x": LABEL_WIDTH + i * CELL + CELL / 2, "sdg": sdg} for i, sdg in enumerate(sdgs)
        ],
        "cell": CELL,
    }
