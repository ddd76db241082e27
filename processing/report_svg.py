"""Small self-contained SVG charts for the report (no plotting library needed).

Every piece of text that reaches the SVG is escaped: district names and other labels
come from user data (crowd-mapped data included) and are untrusted.
"""
from html import escape

import numpy as np

W, H = 640, 360
PAD_L, PAD_R, PAD_T, PAD_B = 70, 20, 40, 70
# colour-blind-safe (Okabe-Ito)
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def _fmt(v):
    if v is None or not np.isfinite(v):
        return ""
    a = abs(v)
    if a >= 1e6:
        return f"{v / 1e6:.1f}M"
    if a >= 1e4:
        return f"{v / 1e3:.0f}k"
    if a >= 100 or float(v).is_integer():
        return f"{v:.0f}"
    if a >= 1:
        return f"{v:.1f}"
    return f"{v:.2g}"


class Chart:
    def __init__(self, title, xlabel="", ylabel="", xmin=0.0, xmax=1.0, ymin=0.0, ymax=1.0):
        self.title, self.xlabel, self.ylabel = title, xlabel, ylabel
        self.xmin, self.xmax = float(xmin), float(xmax) if xmax > xmin else float(xmin) + 1.0
        self.ymin, self.ymax = float(ymin), float(ymax) if ymax > ymin else float(ymin) + 1.0
        self.items = []

    def x(self, v):
        return PAD_L + (np.asarray(v, float) - self.xmin) / (self.xmax - self.xmin) * (W - PAD_L - PAD_R)

    def y(self, v):
        return H - PAD_B - (np.asarray(v, float) - self.ymin) / (self.ymax - self.ymin) * (H - PAD_T - PAD_B)

    def text(self, x, y, s, size=12, anchor="middle", rotate=None, weight="normal"):
        tr = f' transform="rotate({rotate} {x:.1f} {y:.1f})"' if rotate else ""
        self.items.append(
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" font-family="sans-serif"{tr}>{escape(str(s))}</text>'
        )

    def rect(self, x0, y0, x1, y1, colour, opacity=1.0, title=None):
        x, y = min(x0, x1), min(y0, y1)
        tip = f"<title>{escape(str(title))}</title>" if title else ""
        self.items.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{abs(x1 - x0):.1f}" height="{abs(y1 - y0):.1f}" '
            f'fill="{colour}" fill-opacity="{opacity}">{tip}</rect>'
        )

    def polyline(self, xs, ys, colour, width=2.0, dash=None):
        pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(self.x(xs), self.y(ys)))
        d = f' stroke-dasharray="{dash}"' if dash else ""
        self.items.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{width}"{d}/>')

    def axes(self, xticks=None, yticks=5, xtick_labels=None):
        x0, x1 = PAD_L, W - PAD_R
        y0, y1 = H - PAD_B, PAD_T
        self.items.append(f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="#333"/>')
        self.items.append(f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="#333"/>')
        for v in np.linspace(self.ymin, self.ymax, yticks):
            yy = float(self.y(v))
            self.items.append(f'<line x1="{x0 - 4}" y1="{yy:.1f}" x2="{x1}" y2="{yy:.1f}" stroke="#ddd"/>')
            self.text(x0 - 6, yy + 4, _fmt(v), 10, "end")
        if xticks is not None:
            for v, lab in zip(xticks, xtick_labels if xtick_labels is not None else [_fmt(t) for t in xticks]):
                self.text(float(self.x(v)), y0 + 14, lab, 10)
        self.text(W / 2, 22, self.title, 14, weight="bold")
        if self.xlabel:
            self.text((x0 + x1) / 2, H - 12, self.xlabel, 11)
        if self.ylabel:
            self.text(16, (y0 + y1) / 2, self.ylabel, 11, rotate=-90)

    def legend(self, names):
        for i, name in enumerate(names):
            x = PAD_L + 10 + i * 170
            self.rect(x, PAD_T - 2, x + 10, PAD_T + 8, COLOURS[i % len(COLOURS)])
            self.text(x + 14, PAD_T + 7, name, 10, "start")

    def svg(self):
        body = "\n".join(self.items)
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
                f'role="img" aria-label="{escape(self.title)}"><rect width="{W}" height="{H}" fill="white"/>'
                f"\n{body}\n</svg>")


def bar_chart(title, labels, series, names, ylabel=""):
    """Grouped bars: one group per label, one bar per series."""
    labels = [str(s) for s in labels]
    n, m = len(labels), len(series)
    top = max([float(np.nanmax(s)) for s in series if len(s)] + [1.0])
    c = Chart(title, "", ylabel, 0, max(n, 1), 0, top * 1.1)
    width = 0.8 / max(m, 1)
    for j, s in enumerate(series):
        for i, v in enumerate(s):
            x0 = i + 0.1 + j * width
            c.rect(float(c.x(x0)), float(c.y(0)), float(c.x(x0 + width)), float(c.y(v)),
                   COLOURS[j % len(COLOURS)], title=f"{labels[i]}: {names[j]} {_fmt(v)}")
    c.axes(xticks=[i + 0.5 for i in range(n)], xtick_labels=[lab[:14] for lab in labels])
    c.legend(names)
    return c.svg()


def histogram_chart(title, counts, edges, xlabel, ylabel, target=None, target_label=""):
    counts = np.asarray(counts, float)
    edges = np.asarray(edges, float)
    if counts.size == 0:
        c = Chart(title, xlabel, ylabel)
        c.axes()
        return c.svg()
    c = Chart(title, xlabel, ylabel, edges[0], edges[-1], 0, max(counts.max(), 1.0) * 1.1)
    for k in range(counts.size):
        c.rect(float(c.x(edges[k])), float(c.y(0)), float(c.x(edges[k + 1])), float(c.y(counts[k])), COLOURS[0], 0.85)
    if target is not None and np.isfinite(target) and edges[0] <= target <= edges[-1]:
        c.polyline([target, target], [0, c.ymax], COLOURS[5], 2, "6 4")
        c.text(float(c.x(target)) + 4, PAD_T + 14, target_label, 10, "start")
    c.axes(xticks=np.linspace(edges[0], edges[-1], 6))
    return c.svg()


def line_chart(title, x, ys, names, xlabel, ylabel, ymax=None, diagonal=False, note="", xticks=None,
               vline=None, vline_label=""):
    """Lines over ``x``; ``vline`` draws a dashed vertical line (e.g. the threshold)
    labelled ``vline_label``, when it lies inside the x range."""
    x = np.asarray(x, float)
    top = ymax if ymax is not None else max(float(np.nanmax(y)) for y in ys) * 1.1
    c = Chart(title, xlabel, ylabel, float(x.min()), float(x.max()), 0, top)
    if diagonal:
        c.polyline([x.min(), x.max()], [0, top], "#999", 1, "4 4")
    if vline is not None and np.isfinite(vline) and x.min() <= vline <= x.max():
        c.polyline([vline, vline], [0, top], COLOURS[5], 1.5, "6 4")
        c.text(float(c.x(vline)) + 4, H - PAD_B - 8, vline_label, 10, "start")
    for j, y in enumerate(ys):
        c.polyline(x, y, COLOURS[j % len(COLOURS)], 2.5)
    c.axes(xticks=np.linspace(x.min(), x.max(), 6) if xticks is None else xticks)
    c.legend(names)
    if note:
        c.text(W - PAD_R - 4, H - PAD_B - 10, note, 11, "end")
    return c.svg()
