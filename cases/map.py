"""Server-rendered SVG map of Europe, coloured by the number of cases per country.

Shapes come from pygal_maps_world's world map (ISO alpha-2 classes, viewBox 0 0 2475 1388).
No JavaScript and no tiles: the page gets plain inline SVG whose country links work with a
keyboard, and the caller shows a table alongside as the text alternative.

The source paths are detailed and cover the whole world (Russia alone is 37 kB), while the
map is inlined in a page that must load fast on slow connections. So, once per process,
each shape is flattened to polygons, clipped to the crop, simplified and written with
rounded relative coordinates: a fifth of the size, the difference hard to see.
"""

import functools
import importlib.resources
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import ngettext

SVG_NS = "{http://www.w3.org/2000/svg}"
NO_DATA = "#e3e7ea"
# Sequential greens, light to dark. Even the lightest has 3:1 contrast against the white
# borders (WCAG 1.4.11) and stands apart from the grey used for "no cases".
PALETTE = ("#63a23b", "#3a8c45", "#1c7549", "#0b5c48", "#05403a")
# The crop is the union of these countries' main shapes (their largest path), so far-off
# islands (Svalbard, Azores, Canaries) do not stretch it; Iceland and Cyprus stay in.
FRAME = ("IS", "IE", "GB", "PT", "ES", "FR", "IT", "GR", "CY", "NO", "SE", "FI", "EE", "BY", "UA")
MARGIN = 8
# Simplification, in viewBox units (the crop is ~420 wide, so one unit is ~2 px on a
# phone-to-laptop sized map): points closer than TOLERANCE to the simplified outline go,
# islands smaller than MIN_AREA go, and coordinates are rounded to DIGITS decimals.
TOLERANCE = 0.5
MIN_AREA = 1.0
DIGITS = 1
# Too small to see but linkable, so they are always kept; most also have a round marker.
MICROSTATES = {"AD", "LI", "LU", "MC", "MT", "SM"}

_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# Only the commands the file uses; anything else (arcs, quadratics) fails loudly.
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "z": 0}


def _commands(d):
    """Yield a path's segments as ("M" | "L" | "C" | "Z", [absolute points])."""
    x = y = start_x = start_y = 0.0
    cmd, control = "", None  # control: last cubic's second control point, mirrored by s
    tokens = _TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
        op, relative = cmd.lower(), cmd.islower()
        if op == "z":
            x, y, cmd = start_x, start_y, ""  # numbers straight after z are malformed
            yield "Z", []
            continue
        args = [float(t) for t in tokens[i : i + _ARITY[op]]]
        i += _ARITY[op]
        if op == "h":
            args, op = [args[0], 0.0 if relative else y], "l"
        elif op == "v":
            args, op = [0.0 if relative else x, args[0]], "l"
        points = [
            (x + args[k], y + args[k + 1]) if relative else (args[k], args[k + 1])
            for k in range(0, len(args), 2)
        ]
        if op == "s":
            mirrored = (2 * x - control[0], 2 * y - control[1]) if control else (x, y)
            points.insert(0, mirrored)
        control = points[-2] if op in "cs" else None
        x, y = points[-1]
        if op == "m":  # further pairs after a moveto are linetos
            start_x, start_y = x, y
            cmd = "l" if relative else "L"
        yield {"m": "M", "l": "L"}.get(op, "C"), points


def _bbox(d):
    """Bounding box (x0, y0, x1, y1) of a path's points.

    Bézier control points are included: a curve lies inside their hull, so the box can only
    be slightly too big, never too small.
    """
    points = [p for _, segment in _commands(d) for p in segment]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _rings(d, step):
    """A path as polygons: each subpath's points, curves replaced by points ~step apart."""
    rings, ring = [], []
    for op, points in _commands(d):
        if op == "M":
            ring = [points[0]]
            rings.append(ring)
        elif op == "L":
            ring.append(points[0])
        elif op == "C":
            # Most curves are shorter than step and need only their end point.
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = ring[-1], *points
            length = math.dist((x0, y0), (x1, y1)) + math.dist((x1, y1), (x2, y2))
            steps = max(1, min(16, int((length + math.dist((x2, y2), (x3, y3))) / step)))
            for k in range(1, steps + 1):
                t = k / steps
                a, b, c, e = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
                ring.append((a * x0 + b * x1 + c * x2 + e * x3, a * y0 + b * y1 + c * y2 + e * y3))
    return rings


def _clip(ring, box):
    """Sutherland–Hodgman: the part of the polygon inside box (x0, y0, x1, y1).

    A concave polygon cut into several pieces stays one ring, the pieces joined by edges
    along the box's border; the box is slightly larger than the viewBox, so they are unseen.
    """
    for axis, limit, side in ((0, box[0], 1), (1, box[1], 1), (0, box[2], -1), (1, box[3], -1)):
        if not ring:
            break
        clipped, previous = [], ring[-1]
        previous_in = (previous[axis] - limit) * side >= 0
        for point in ring:
            point_in = (point[axis] - limit) * side >= 0
            if point_in != previous_in:  # the edge crosses the limit: add the crossing
                t = (limit - previous[axis]) / (point[axis] - previous[axis])
                (px, py), (qx, qy) = previous, point
                clipped.append((px + t * (qx - px), py + t * (qy - py)))
            if point_in:
                clipped.append(point)
            previous, previous_in = point, point_in
        ring = clipped
    return ring


def _simplify(ring, tolerance):
    """Douglas–Peucker: keep only points further than tolerance from the kept outline."""
    points = [*ring, ring[0]]  # closed, so the first point anchors both ends
    keep = [False] * len(points)
    keep[0] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        furthest, index = tolerance, None
        for i in range(first + 1, last):
            px, py = points[i]
            if norm:
                distance = abs(dy * (px - ax) - dx * (py - ay)) / norm
            else:
                distance = math.hypot(px - ax, py - ay)
            if distance > furthest:
                furthest, index = distance, i
        if index is not None:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(ring, keep, strict=False) if kept]


def _ring_area(ring):
    """Shoelace formula."""
    edges = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in edges)) / 2


def _number(n):
    """Grid integer n as the shortest SVG number: 1.0 -> "1", 0.5 -> ".5", -0.5 -> "-.5"."""
    text = f"{n / 10**DIGITS:.{DIGITS}f}".rstrip("0").rstrip(".") if DIGITS else str(n)
    return text.replace("0.", ".", 1) if text.lstrip("-").startswith("0.") else text


def _path_data(rings):
    """Closed subpaths with relative coordinates (shorter); rounded first, so no drift."""
    scale = 10**DIGITS
    parts, x, y = [], 0, 0
    for ring in rings:
        grid = []
        for px, py in ring:
            point = (round(px * scale), round(py * scale))
            if not grid or point != grid[-1]:
                grid.append(point)
        if len(grid) > 1 and grid[-1] == grid[0]:
            grid.pop()
        if len(grid) < 3:
            continue
        numbers = []
        for px, py in grid:
            numbers += [px - x, py - y]
            x, y = px, py
        x, y = grid[0]  # z returns to the subpath's start
        text = "".join((" " if k and v >= 0 else "") + _number(v) for k, v in enumerate(numbers))
        parts.append(f"m{text}z")
    return "".join(parts)


@functools.lru_cache(maxsize=1)
def _shapes():
    """{"DE": [(d, bbox), ...]} parsed once from the packaged world map."""
    source = importlib.resources.files("pygal_maps_world") / "worldmap.svg"
    root = ET.fromstring(source.read_bytes())  # noqa: S314 - trusted file shipped in a package
    shapes = {}
    for group in root.iter(f"{SVG_NS}g"):
        classes = (group.get("class") or "").split()
        if "country" in classes:
            paths = [p.get("d") for p in group.iter(f"{SVG_NS}path") if p.get("d")]
            shapes[classes[0].upper()] = [(d, _bbox(d)) for d in paths]
    return shapes


def _area(box):
    return (box[2] - box[0]) * (box[3] - box[1])


def _simplified(code, d, box):
    """Path data for d's rings clipped to box, simplified; "" if nothing is left."""
    rings = []
    for ring in _rings(d, 0.2 if code in MICROSTATES else 1):
        ring = _clip(ring, box)
        if code in MICROSTATES:  # finer, so their markers stay round
            simple = _simplify(ring, TOLERANCE / 4) if ring else []
            rings.append(simple if len(simple) >= 3 else ring)
        elif len(ring) >= 3 and _ring_area(ring) >= MIN_AREA:
            rings.append(_simplify(ring, TOLERANCE))
    return _path_data(rings)


@functools.lru_cache(maxsize=1)
def _europe():
    """(viewBox, {code: <path> markup}) with the simplified shapes reaching into the crop."""
    shapes = _shapes()
    boxes = [max((b for _, b in shapes[code]), key=_area) for code in FRAME]
    x0 = int(min(b[0] for b in boxes)) - MARGIN
    y0 = int(min(b[1] for b in boxes)) - MARGIN
    x1 = int(max(b[2] for b in boxes)) + 1 + MARGIN
    y1 = int(max(b[3] for b in boxes)) + 1 + MARGIN
    # Clipped a unit outside the viewBox, so the cut edges' white stroke is not drawn.
    clip_box = (x0 - 1, y0 - 1, x1 + 1, y1 + 1)
    visible = {}
    for code, paths in shapes.items():
        inside = [d for d, b in paths if b[0] < x1 and b[2] > x0 and b[1] < y1 and b[3] > y0]
        data = [s for s in (_simplified(code, d, clip_box) for d in inside) if s]
        if data:
            # Escaped once per process: rendering then only joins ready markup.
            visible[code] = format_html_join("", '<path d="{}"/>', ((s,) for s in data))
    return (x0, y0, x1 - x0, y1 - y0), visible


def map_scale(counts: dict[str, int]) -> list[dict]:
    """Legend steps on a geometric scale from 1 to the largest count.

    Case numbers are skewed (a few countries hold most of them), so even ranges would put
    nearly everyone in the first step; geometric steps keep small counts apart.
    """
    top = max((n for n in counts.values() if n > 0), default=0)
    steps = min(len(PALETTE), top)
    uppers = []
    for i in range(steps):
        ideal = int(top ** (i / (steps - 1)) + 0.5) if steps > 1 else top
        # Strictly increasing, yet leaving one value for each later step.
        uppers.append(min(max(ideal, uppers[-1] + 1 if uppers else 1), top - (steps - 1 - i)))
    scale = []
    for i, upper in enumerate(uppers):
        lower = uppers[i - 1] + 1 if i else 1
        # Spread fewer steps across the whole palette so they stay easy to tell apart.
        colour = PALETTE[round(i * (len(PALETTE) - 1) / (steps - 1)) if steps > 1 else 2]
        label = str(lower) if lower == upper else f"{lower}\u2013{upper}"
        scale.append({"colour": colour, "label": label, "min": lower, "max": upper})
    return scale


def render_country_map(
    counts: dict[str, int],
    link_for: Callable[[str], str],
    *,
    title: str,
    description: str,
    country_name: Callable[[str], str],
    id_prefix: str = "case-map",
) -> SafeString:
    """Inline SVG map; each country with cases is a keyboard-focusable link to link_for(code)."""
    (x, y, width, height), visible = _europe()
    scale = map_scale(counts)
    plain, linked = [], []
    for code, shapes in visible.items():
        count = counts.get(code, 0)
        if count <= 0:
            plain.append((shapes,))
            continue
        colour = next(s["colour"] for s in scale if s["min"] <= count <= s["max"])
        label = ngettext("%(country)s: %(count)d case", "%(country)s: %(count)d cases", count)
        label %= {"country": country_name(code), "count": count}
        linked.append((link_for(code), colour, label, shapes))
    # Countries without cases are decoration, hidden from assistive technology; they are
    # drawn first so the coloured countries' borders are not painted over by grey ones.
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {w} {h}" class="case-map" '
        'aria-labelledby="{id}-title {id}-desc">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        '<g stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">'
        '<g fill="{grey}" aria-hidden="true">{plain}</g>{linked}</g></svg>',
        x=x,
        y=y,
        w=width,
        h=height,
        id=id_prefix,
        title=title,
        desc=description,
        grey=NO_DATA,
        plain=format_html_join("", "{}", plain),
        linked=format_html_join(
            "",
            '<a href="{}" class="case-map__country" fill="{}"><title>{}</title>{}</a>',
            linked,
        ),
    )
