"""A bar chart drawn on the server as SVG: no JavaScript, readable in any browser, with
a title and description for screen readers (the report's table holds the numbers)."""

from django.utils.html import format_html, format_html_join

WIDTH, HEIGHT, AXIS = 720, 180, 28


def bar_chart(series, *, title, description):
    """`series`: [(label, value)], drawn left to right."""
    peak = max((value for _, value in series), default=0) or 1
    slot = (WIDTH - AXIS) / max(len(series), 1)
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="#0b6e4f"><title>{}: {}</title></rect>',
        (
            (
                f"{AXIS + index * slot + slot * 0.1:.1f}",
                f"{HEIGHT - 20 - (value / peak) * (HEIGHT - 30):.1f}",
                f"{max(slot * 0.8, 1):.1f}",
                f"{(value / peak) * (HEIGHT - 30):.1f}",
                label,
                value,
            )
            for index, (label, value) in enumerate(series)
        ),
    )
    first = series[0][0] if series else ""
    last = series[-1][0] if series else ""
    return format_html(
        '<svg class="bar-chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-t chart-d">'
        '<title id="chart-t">{title}</title><desc id="chart-d">{description}</desc>'
        '<line x1="{a}" y1="{base}" x2="{w}" y2="{base}" stroke="#4a5560"/>'
        '<text x="0" y="14" font-size="12" fill="#1b1f23">{peak}</text>'
        '<text x="0" y="{base}" font-size="12" fill="#1b1f23">0</text>'
        "{bars}"
        '<text x="{a}" y="{h}" font-size="12" fill="#1b1f23">{first}</text>'
        '<text x="{w}" y="{h}" font-size="12" fill="#1b1f23" text-anchor="end">{last}</text>'
        "</svg>",
        w=WIDTH, h=HEIGHT, a=AXIS, base=HEIGHT - 20, title=title, description=description,
        peak=peak, bars=bars, first=first, last=last,
    )  # fmt: skip
