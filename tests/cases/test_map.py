"""The case map: an inline SVG of Europe whose countries with cases link to the filtered list."""

import re
import xml.etree.ElementTree as ET

from django.utils import translation

import pytest

from cases.map import MICROSTATES, _europe, _rings, _shapes, map_scale, render_country_map
from cases.templatetags.case_tags import case_map, country_rows

NS = {"svg": "http://www.w3.org/2000/svg"}
NAMES = {"DE": "Germany", "PL": "Poland", "ES": "Spain", "IT": "Italy", "FR": "France"}


def render(counts, **kwargs):
    options = {
        "link_for": lambda code: f"?country={code}",
        "title": "Cases by country",
        "description": "Countries coloured by number of cases",
        "country_name": lambda code: NAMES.get(code, code),
    }
    options.update(kwargs)
    return render_country_map(counts, options.pop("link_for"), **options)


def parse(svg):
    return ET.fromstring(str(svg))  # noqa: S314 - our own output


def links(svg):
    return {a.get("href"): a for a in parse(svg).iterfind(".//svg:a", NS)}


def view_box(svg):
    x, y, width, height = (float(v) for v in parse(svg).get("viewBox").split())
    return x, y, x + width, y + height


def test_country_with_cases_links_to_its_list_with_a_title_and_a_scale_colour():
    counts = {"DE": 5, "PL": 1}
    svg = render(counts)
    germany = links(svg)["?country=DE"]
    assert germany.get("class") == "case-map__country"
    assert germany.find("svg:title", NS).text == "Germany: 5 cases"
    assert links(svg)["?country=PL"].find("svg:title", NS).text == "Poland: 1 case"
    assert germany.get("fill") in {step["colour"] for step in map_scale(counts)}
    assert germany.findall("svg:path", NS)  # the shape itself is inside the link


def test_larger_counts_get_a_different_colour():
    svg = render({"DE": 12, "PL": 1})
    found = links(svg)
    assert found["?country=DE"].get("fill") != found["?country=PL"].get("fill")


def test_countries_without_cases_are_drawn_but_not_links():
    svg = render({"DE": 3})
    assert set(links(svg)) == {"?country=DE"}
    assert "Poland" not in svg
    # France is still drawn, in the neutral grey, hidden from assistive technology.
    grey = parse(svg).find(".//svg:g[@aria-hidden='true']", NS)
    assert grey.get("fill") == "#e3e7ea"
    assert len(grey.findall("svg:path", NS)) > 40


def test_unknown_codes_and_zero_counts_are_ignored():
    svg = render({"DE": 2, "XX": 4, "ZZ": 1, "FR": 0})
    assert set(links(svg)) == {"?country=DE"}


def test_empty_counts_give_a_map_without_links():
    svg = render({})
    assert parse(svg).tag == "{http://www.w3.org/2000/svg}svg"
    assert links(svg) == {}
    assert map_scale({}) == []


def test_svg_is_labelled_by_its_title_and_description():
    root = parse(render({"DE": 1}, id_prefix="front-map"))
    assert root.get("class") == "case-map"
    assert root.get("width") is None and root.get("height") is None
    assert root.get("aria-labelledby") == "front-map-title front-map-desc"
    assert root.find("svg:title", NS).get("id") == "front-map-title"
    assert root.find("svg:title", NS).text == "Cases by country"
    assert root.find("svg:desc", NS).get("id") == "front-map-desc"


def test_names_urls_and_titles_are_escaped():
    nasty = '<script>alert("x")</script>'
    svg = render(
        {"DE": 1},
        link_for=lambda code: f'?country={code}&q="><script>alert(1)</script>',
        country_name=lambda code: nasty,
        title=nasty,
        description="Tom's <b>map</b>",
    )
    assert "<script>" not in svg
    assert "<b>" not in svg
    root = parse(svg)  # still well-formed XML
    link = root.find(".//svg:a", NS)
    assert link.get("href") == '?country=DE&q="><script>alert(1)</script>'
    assert link.find("svg:title", NS).text == f"{nasty}: 1 case"
    assert root.find("svg:desc", NS).text == "Tom's <b>map</b>"


def main_box(code):
    """Bounding box of a country's largest shape (Canaries, Azores and Svalbard may be cut)."""
    return max((box for _, box in _shapes()[code]), key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))


def test_view_box_is_cropped_to_europe():
    x0, y0, x1, y1 = view_box(render({}))
    assert (x1 - x0) * (y1 - y0) < 2475 * 1388 / 10
    for code in ["DE", "ES", "PL", "FI", "CY", "IE", "PT", "IS", "NO", "GR"]:
        bx0, by0, bx1, by1 = main_box(code)
        assert x0 <= bx0 and bx1 <= x1 and y0 <= by0 and by1 <= y1, code


def test_only_shapes_reaching_into_the_crop_are_output():
    svg = render({"US": 4, "AU": 2, "DE": 1})
    assert set(links(svg)) == {"?country=DE"}
    assert len(svg) < 300_000  # not the whole 780 kB world


EU33 = ["DE", "FR", "ES", "IT", "PL", "NL", "BE", "PT", "IE", "GB", "SE", "NO", "FI", "DK"]
EU33 += ["EE", "LV", "LT", "CZ", "SK", "AT", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT"]
EU33 += ["LU", "CH", "IS", "RS", "BA"]


def drawn_rings(svg, code):
    link = links(svg)[f"?country={code}"]
    return [ring for path in link.iterfind("svg:path", NS) for ring in _rings(path.get("d"), 1)]


def ring_box(ring):
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def contains(ring, x, y):
    """Even-odd ray casting."""
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def test_map_is_small_enough_to_inline():
    svg = render({code: i + 1 for i, code in enumerate(EU33)})
    assert len(svg) < 45_000  # the full-detail shapes were 175 kB


def test_simplified_shapes_keep_their_main_land():
    svg = render({"DE": 1, "NO": 2, "GR": 3})
    for code in ["DE", "NO", "GR"]:
        boxes = [ring_box(ring) for ring in drawn_rings(svg, code)]
        drawn = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
        # Within 1.5 units (~3 px): main_box also counts the curves' control points.
        assert all(abs(a - b) < 1.5 for a, b in zip(main_box(code), drawn, strict=True)), code
    # Central Germany (around Kassel) is inside Germany's outline.
    assert any(contains(ring, 1275, 240) for ring in drawn_rings(svg, "DE"))


def test_shapes_are_clipped_to_the_view_box():
    svg = render({"RU": 1, "GL": 1, "DZ": 1})
    x0, y0, x1, y1 = view_box(svg)
    for code in ["RU", "GL", "DZ"]:
        for ring in drawn_rings(svg, code):
            assert all(x0 - 2 < x < x1 + 2 and y0 - 2 < y < y1 + 2 for x, y in ring), code


def test_microstates_stay_on_the_map():
    svg = render(dict.fromkeys(MICROSTATES, 1))
    assert set(links(svg)) == {f"?country={code}" for code in MICROSTATES}
    for code in MICROSTATES:
        assert drawn_rings(svg, code), code


def test_legend_labels():
    scale = map_scale({"DE": 1, "PL": 2, "ES": 7, "IT": 12})
    assert [step["label"] for step in scale] == ["1", "2", "3", "4\u20136", "7\u201312"]
    assert [(step["min"], step["max"]) for step in scale] == [
        (1, 1),
        (2, 2),
        (3, 3),
        (4, 6),
        (7, 12),
    ]
    colours = [step["colour"] for step in scale]
    assert len(set(colours)) == 5 and all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours)


def test_legend_with_a_single_case_has_one_step():
    assert [step["label"] for step in map_scale({"DE": 1})] == ["1"]


def test_legend_steps_cover_every_count_without_gaps():
    for top in [2, 3, 5, 6, 40, 1000]:
        scale = map_scale({"DE": top})
        assert scale[0]["min"] == 1 and scale[-1]["max"] == top
        assert len(scale) == min(5, top)
        for before, after in zip(scale, scale[1:], strict=False):
            assert after["min"] == before["max"] + 1 <= after["max"]


def test_forty_countries_are_drawn_from_the_world_map_parsed_once(monkeypatch):
    """The packaged world map (several hundred kilobytes of SVG) is parsed once per
    process, not per render: every later map reuses its shapes."""
    codes = ["DE", "FR", "ES", "IT", "PL", "NL", "BE", "PT", "IE", "GB", "SE", "NO", "FI", "DK"]
    codes += ["EE", "LV", "LT", "CZ", "SK", "AT", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT"]
    codes += ["LU", "CH", "IS", "RS", "BA", "ME", "AL", "MK", "MD", "UA", "BY", "TR"]
    counts = {code: i + 1 for i, code in enumerate(codes)}
    parsed = []
    parse = ET.fromstring
    monkeypatch.setattr("cases.map.ET.fromstring", lambda data: parsed.append(1) or parse(data))
    _shapes.cache_clear()
    _europe.cache_clear()  # drawn from the shapes, once
    render(counts)
    svg = render({**counts, "DE": 99})
    assert len(parsed) == 1
    assert len(links(svg)) == 40


@pytest.mark.django_db
def test_the_drawn_map_follows_the_language_and_the_counts_it_is_given():
    # Drawn maps are kept: one per language and per set of counts.
    with translation.override("de"):
        assert "Polen: 1 Fallbeispiel" in case_map({"PL": 1})["svg"]
        assert "Polen: 2 Fallbeispiele" in case_map({"PL": 2})["svg"]
        assert [row["name"] for row in country_rows({"PL": 2, "DE": 1})] == ["Polen", "Deutschland"]
    with translation.override("en"):
        assert "Poland: 2 cases" in case_map({"PL": 2})["svg"]
        assert [row["name"] for row in country_rows({"PL": 2})] == ["Poland"]
    with translation.override("de"):
        assert "Polen: 1 Fallbeispiel" in case_map({"PL": 1})["svg"]
