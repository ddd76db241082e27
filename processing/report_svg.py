"""Small self-contained SVG charts for the report (no plotting library needed).

Every piece of text that reaches the SVG is escaped: district names and other labels
come from user data (crowd-mapped data included) and are untrusted.
"""
from html import escape

import numpy as np
from qgis.PyQt.QtCore import QLocale

from ..kernels.classify import compact_number, nice_axis

W, H = 640, 360
PAD_L, PAD_R, PAD_T, PAD_B = 70, 20, 40, 70
# colour-blind-safe (Okabe-Ito)
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def _fmt(v):
    """An axis or tooltip number as the user's locale writes it, large ones shortened as
    its language's statistics do (120k / 120 mil, 1.5M / 1,5 M): the rules and the
    suffixes are kernels.classify.compact_number's; "" for a value with no meaning."""
    how = compact_number(v, QLocale().name())
    if how is None:
        return ""
    value, form, digits, suffix = how
    return QLocale().toString(value, form, digits) + suffix


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

    def axes(self, xticks=None, yticks=None, xtick_labels=None, ytick_labels=None):
        """``yticks``: the tick values (round ones: kernels.classify.nice_axis); by
        default those of 0..ymax."""
        x0, x1 = PAD_L, W - PAD_R
        y0, y1 = H - PAD_B, PAD_T
        self.items.append(f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="#333"/>')
        self.items.append(f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="#333"/>')
        yticks = nice_axis(self.ymax, 5) if yticks is None else yticks
        labels = ytick_labels if ytick_labels is not None else [_fmt(v) for v in yticks]
        for v, lab in zip(yticks, labels):
            if v > self.ymax + 1e-9:
                continue
            yy = float(self.y(v))
            self.items.append(f'<line x1="{x0 - 4}" y1="{yy:.1f}" x2="{x1}" y2="{yy:.1f}" stroke="#ddd"/>')
            self.text(x0 - 6, yy + 4, lab, 12, "end")
        if xticks is not None:
            labs = xtick_labels if xtick_labels is not None else [_fmt(t) for t in xticks]
            slanted = len(labs) > 5 and max(len(str(lab)) for lab in labs) > 6  # long names would overlap
            for v, lab in zip(xticks, labs):
                if slanted:
                    self.text(float(self.x(v)) + 4, y0 + 14, lab, 12, "end", rotate=-30)
                else:
                    self.text(float(self.x(v)), y0 + 16, lab, 12)
        self.text(W / 2, 22, self.title, 15, weight="bold")
        if self.xlabel:
            self.text((x0 + x1) / 2, H - 12, self.xlabel, 13)
        if self.ylabel:
            self.text(16, (y0 + y1) / 2, self.ylabel, 13, rotate=-90)

    def legend(self, names):
        for i, name in enumerate(names):
            x = PAD_L + 10 + i * 260
            self.rect(x, PAD_T - 2, x + 10, PAD_T + 8, COLOURS[i % len(COLOURS)])
            self.text(x + 14, PAD_T + 7, name, 12, "start")

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
    ticks = nice_axis(top, 5)
    c = Chart(title, "", ylabel, 0, max(n, 1), 0, ticks[-1])
    width = 0.8 / max(m, 1)
    for j, s in enumerate(series):
        for i, v in enumerate(s):
            x0 = i + 0.1 + j * width
            c.rect(float(c.x(x0)), float(c.y(0)), float(c.x(x0 + width)), float(c.y(v)),
                   COLOURS[j % len(COLOURS)], title=f"{labels[i]}: {names[j]} {_fmt(v)}")
    c.axes(xticks=[i + 0.5 for i in range(n)], yticks=ticks,
           xtick_labels=[lab if len(lab) <= 14 else lab[:13] + "…" for lab in labels])
    c.legend(names)
    return c.svg()


def histogram_chart(title, counts, edges, xlabel, ylabel, target=None, target_label=""):
    counts = np.asarray(counts, float)
    edges = np.asarray(edges, float)
    if counts.size == 0:
        c = Chart(title, xlabel, ylabel)
        c.axes()
        return c.svg()
    ticks = nice_axis(max(counts.max(), 1.0), 5)
    c = Chart(title, xlabel, ylabel, edges[0], edges[-1], 0, ticks[-1])
    for k in range(counts.size):
        c.rect(float(c.x(edges[k])), float(c.y(0)), float(c.x(edges[k + 1])), float(c.y(counts[k])), COLOURS[0], 0.85)
    if target is not None and np.isfinite(target) and edges[0] <= target <= edges[-1]:
        c.polyline([target, target], [0, c.ymax], COLOURS[5], 2, "6 4")
        c.text(float(c.x(target)) + 4, PAD_T + 14, target_label, 10, "start")
    xt = nice_axis(edges[-1], 6)
    c.axes(xticks=xt[(xt >= edges[0]) & (xt <= edges[-1])], yticks=ticks)
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
    if xticks is None:
        xticks = nice_axis(x.max(), 6)
        xticks = xticks[(xticks >= x.min()) & (xticks <= x.max())]
    c.axes(xticks=xticks)
    c.legend(names)
    if note:
        c.text(W - PAD_R - 4, H - PAD_B - 10, note, 13, "end")
    return c.svg()


def charts(demand, col, groups, threshold, target, labels):
    """The report's charts, each a dict (title, svg, note: what it shows in one
    sentence), and whether the Lorenz chart (Gini and Palma) is among them. Figures
    from kernels.summaries."""
    from ..kernels import summaries
    from ..kernels.gaps import encode_groups
    from .base import tr
    from .report_text import dec

    cohort = labels["COHORT_LABEL"]
    out = []
    access = col.get("ACCESS_FIELD")
    if groups is not None:
        codes, names = encode_groups(groups, missing="code")
        names = [str(n) for n in names]
        keep = codes >= 0
        totals = summaries.district_totals(
            codes[keep], demand[keep], access[keep] if access is not None else np.zeros(int(keep.sum())),
            len(names))
        if access is not None:
            title = tr("Demand and accessible places by district")
            out.append({"title": title, "svg": bar_chart(
                title, names, [totals["demand"], totals["places"]],
                [tr("demand ({0})").format(cohort), tr("accessible places")], tr("people")),
                "note": tr("For each district, the people of the cohort and the places they can reach.")})
        else:  # no access field: the places are unknown, not 0
            title = tr("Demand for care")
            out.append({"title": title, "svg": bar_chart(
                title, names, [totals["demand"]], [tr("demand ({0})").format(cohort)], tr("people")), "note": ""})
    if access is not None:
        edges, counts = summaries.histogram(access, demand, bins=20)
        title = tr("Distribution of access")
        out.append({"title": title, "svg": histogram_chart(
            title, counts, edges, tr("places per person"), tr("people"), target if target > 0 else None,
            tr("policy target")),
            "note": tr("How many people have each level of access (places per person within reach).")})
    cost = col.get("COST_FIELD")
    if cost is not None:
        minutes, curve = summaries.coverage_curve(cost, demand)
        if minutes.size > 1 and np.isfinite(curve).all():  # no demand or no cost: said in words
            title = tr("Share of demand that reaches a facility")
            out.append({"title": title, "svg": line_chart(
                title, minutes, [curve], [tr("share within the time")], tr("minutes to the nearest facility"),
                tr("share of demand"), ymax=1.0, xticks=summaries.nice_ticks(minutes[-1]),
                vline=threshold, vline_label=tr("{0:g} min").format(threshold)),
                "note": tr("The share of the people who reach a facility within each travel time; the dashed "
                           "line is the travel time of the analysis.")})
    gini_palma = False
    if access is not None:
        lorenz = summaries.lorenz_summary(access, demand)
        if np.isfinite(lorenz["gini"]):
            gini_palma = True
            title = tr("Lorenz curve of access")
            out.append({"title": title, "svg": line_chart(
                title, lorenz["population_share"], [lorenz["access_share"]], [tr("share of access")],
                tr("share of demand (lowest access first)"), tr("share of access"), ymax=1.0, diagonal=True,
                note=tr("Gini {0} · Palma {1}").format(
                    dec(lorenz["gini"]), dec(lorenz["palma"]) if np.isfinite(lorenz["palma"])
                    else tr("undefined (the 40% with the least access have none)"))),
                "note": tr("The further the curve lies below the diagonal, the more unequal the access. The Gini "
                           "index is 0 when everyone has the same access and close to 1 when a few have almost "
                           "all of it; the Palma ratio divides the access of the 10% best served by that of the "
                           "40% least served.")})
    return out, gini_palma
