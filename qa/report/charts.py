"""Inline SVG charts: no script, no font, no network; labels are escaped, coordinates are numbers."""
from __future__ import annotations

from markupsafe import Markup, escape

COLOURS = ("#1f6feb", "#9a6700", "#2da44e", "#cf222e")


def line_chart(labels: list[str], series: list[tuple[str, list[float | None]]], *, title: str = "",
               width: int = 640, height: int = 200, y_max: float = 100.0) -> Markup:
    """A line chart of one or more series over shared x labels (e.g. ISO weeks); gaps where None."""
    left, right, top, bottom = 36, 12, 14, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    count = max(len(labels), 1)

    def x(i: int) -> float:
        return left + (plot_w * (i + 0.5) / count)

    def y(value: float) -> float:
        return top + plot_h * (1 - max(0.0, min(value, y_max)) / y_max)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}"'
             f' width="{width}" height="{height}"><title>{escape(title)}</title>']
    for tick in (0, 25, 50, 75, 100):
        ty = y(tick * y_max / 100)
        parts.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{width - right}" y2="{ty:.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 4}" y="{ty + 4:.1f}" font-size="10" text-anchor="end">{tick}</text>')
    step = max(1, -(-len(labels) * 64 // plot_w))  # a label every ~64 px so they never overlap
    for i, label in enumerate(labels):
        if i % step == 0:
            parts.append(f'<text x="{x(i):.1f}" y="{height - 18}" font-size="10" text-anchor="middle">'
                         f'{escape(label)}</text>')
    for n, (name, values) in enumerate(series):
        colour = COLOURS[n % len(COLOURS)]
        points = [(x(i), y(v)) for i, v in enumerate(values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{path}"/>')
        for (px, py), value in zip(points, (v for v in values if v is not None)):
            parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}">'
                         f'<title>{escape(name)}: {value:.1f}</title></circle>')
        parts.append(f'<rect x="{left + 90 * n}" y="{height - 10}" width="10" height="3" fill="{colour}"/>'
                     f'<text x="{left + 14 + 90 * n}" y="{height - 6}" font-size="10">{escape(name)}</text>')
    if not labels:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" font-size="12">no scored calls'
                     '</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def bar(value: float | None, *, width: int = 120, height: int = 10, max_value: float = 100.0) -> Markup:
    """A small horizontal bar for a score or a rate, for tables."""
    filled = 0 if value is None else max(0.0, min(value, max_value)) / max_value * width
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" class="bar">'
                  f'<rect width="{width}" height="{height}" fill="#eee"/>'
                  f'<rect width="{filled:.1f}" height="{height}" fill="#1f6feb"/></svg>')
