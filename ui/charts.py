"""pyqtgraph charts of the dock: district bars, access histogram, coverage curve, Lorenz
curve, demand-vs-access scatter, time-of-day profile, people each care block reaches. Every plot is configured on its own widget (no global
``pg.setConfigOptions``, which would change other plugins' plots). Each chart draws a
``ChartData`` (ui/layer_data.py), highlights the rows selected on the map, and emits
``selection_requested(rows, additive)`` when the user picks bars or points. The shared
base (pyqtgraph loading, colours, ``Chart``) is ``ui/chart_base.py``."""
import numpy as np
from qgis.PyQt.QtCore import QLocale, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QPen

from ..kernels import summaries, time_figures
from ..kernels.costs import DEFAULT_THRESHOLD_MINUTES
from .chart_base import (  # noqa: F401  load_pyqtgraph, install_hint: the dock's entry points
    ACCESS_COLOUR,
    CAREGIVERS_COLOUR,
    DEMAND_COLOUR,
    DEPENDANTS_COLOUR,
    DESERT_COLOUR,
    HIGHLIGHT_COLOUR,
    PLACES_COLOUR,
    QUADRANT_COLOUR,
    QUADRANT_SWATCH,
    TARGET_COLOUR,
    Chart,
    _fmt,
    box_select_viewbox,
    install_hint,
    load_pyqtgraph,
    tr,
)


class DistrictBarsChart(Chart):
    """Demand and accessible places by district (horizontal grouped bars, so district
    names stay readable); a click on a district's bars selects its units."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("Demand and accessible places by district"), tr("People / places"),
                         "", parent)
        empty = np.zeros(0)
        self.thin_pen = pg.mkPen("#202020", width=0.5)
        self.demand_item = pg.BarGraphItem(x0=0.0, y=empty, width=empty, height=0.38, brush=DEMAND_COLOUR,
                                           pen=self.thin_pen)
        self.places_item = pg.BarGraphItem(x0=0.0, y=empty, width=empty, height=0.38, brush=PLACES_COLOUR,
                                           pen=self.thin_pen)
        self.plot.addItem(self.demand_item)
        self.plot.addItem(self.places_item)
        self.set_title(self.title, [(DEMAND_COLOUR, "bar", tr("Demand (people)")),
                                    (PLACES_COLOUR, "bar", tr("Accessible places")),
                                    (HIGHLIGHT_COLOUR, "ring", tr("Selected"))])
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getViewBox().invertY(True)  # first district on top
        self.highlighted = np.zeros(0, dtype=bool)
        self.n = 0

    def clear(self):
        super().clear()
        self.n = 0
        empty = np.zeros(0)
        self.demand_item.setOpts(y=empty, width=empty, pens=None)
        self.places_item.setOpts(y=empty, width=empty, pens=None)
        self.plot.getAxis("left").setTicks(None)

    def update_data(self, data):
        totals = data.summaries.get("districts")
        if totals is None:
            self.clear()
            return
        self.data = data
        self.n = n = len(totals["demand"])
        y = np.arange(n, dtype=float)
        self.demand_item.setOpts(y=y - 0.2, width=totals["demand"], pens=None, pen=self.thin_pen)
        self.places_item.setOpts(y=y + 0.2, width=totals["places"], pens=None, pen=self.thin_pen)
        labels = data.district_labels if data.district_labels is not None else [tr("All units")]
        self.plot.getAxis("left").setTicks([[(i, str(label)) for i, label in enumerate(labels)]])
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        top = float(np.nanmax(np.r_[totals["demand"], totals["places"], 1.0]))
        self.plot.setXRange(0, top * 1.05, padding=0)
        self.highlighted = np.zeros(n, dtype=bool)

    def district_rows(self, index):
        data = self.data
        if data.district_codes is None:
            return np.arange(data.fids.size)
        return np.flatnonzero(data.district_codes == index)

    def click_at(self, x, y, additive=False):
        if self.data is None or self.n == 0:
            return
        i = int(round(y))
        if 0 <= i < self.n:
            self.request(self.district_rows(i), additive)

    def highlight(self, rows):
        if self.data is None or self.n == 0:
            return
        picked = np.zeros(self.n, dtype=bool)
        if len(rows):
            codes = self.data.district_codes
            picked[np.unique(codes[rows]) if codes is not None else 0] = True
        thick = self.pg.mkPen(HIGHLIGHT_COLOUR, width=3)
        pens = [thick if p else self.thin_pen for p in picked]
        self.demand_item.setOpts(pens=pens)
        self.places_item.setOpts(pens=pens)
        self.highlighted = picked


class AccessHistogramChart(Chart):
    """Distribution of access (people per access bin) with the policy target as a
    vertical line; a click on a bin selects its units; selected units drawn on top."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("Distribution of access"), tr("Access (places per person)"),
                         tr("People"), parent)
        empty = np.zeros(0)
        self.bars = pg.BarGraphItem(x0=empty, x1=empty, height=empty, brush=ACCESS_COLOUR,
                                    pen=pg.mkPen("w", width=0.5))
        self.selected_bars = pg.BarGraphItem(x0=empty, x1=empty, height=empty, brush=HIGHLIGHT_COLOUR,
                                             pen=pg.mkPen("w", width=0.5))
        self.target_line = pg.InfiniteLine(pos=0.0, angle=90, movable=False,
                                           pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                                           label=tr("target {value:.3g}"),
                                           labelOpts={"position": 0.9, "color": TARGET_COLOUR})
        for item in (self.bars, self.selected_bars, self.target_line):
            self.plot.addItem(item)
        self.set_title(self.title, [(ACCESS_COLOUR, "bar", tr("People")),
                                    (HIGHLIGHT_COLOUR, "bar", tr("Selected")),
                                    (TARGET_COLOUR, "dash", tr("Policy target"))])
        self.target_line.hide()
        self.bins = np.zeros(0, dtype=np.int64)
        self.selected_counts = np.zeros(0)

    def clear(self):
        super().clear()
        empty = np.zeros(0)
        self.bars.setOpts(x0=empty, x1=empty, height=empty)
        self.selected_bars.setOpts(x0=empty, x1=empty, height=empty)
        self.target_line.hide()

    def update_data(self, data):
        s = data.summaries
        if "hist_edges" not in s:
            self.clear()
            return
        self.data = data
        edges, counts = s["hist_edges"], s["hist_counts"]
        self.bars.setOpts(x0=edges[:-1], x1=edges[1:], height=counts)
        self.selected_bars.setOpts(x0=edges[:-1], x1=edges[1:], height=np.zeros_like(counts))
        self.target_line.show()  # (a hidden line's label does not follow setValue)
        self.target_line.setValue(data.target)
        self.bins = summaries.bin_index(np.clip(data.access, edges[0], edges[-1]), edges)
        self.plot.enableAutoRange()

    def click_at(self, x, y, additive=False):
        if self.data is None:
            return
        edges = self.data.summaries["hist_edges"]
        if x > edges[-1] and x <= edges[-1] + (edges[-1] - edges[-2]):
            x = edges[-1]  # just right of the chart: the last bin holds the tail
        b = summaries.bin_index([x], edges)[0]
        if b >= 0:
            self.request(np.flatnonzero(self.bins == b), additive)

    def highlight(self, rows):
        if self.data is None:
            return
        edges = self.data.summaries["hist_edges"]
        D = np.nan_to_num(self.data.demand, nan=0.0)
        _, counts = summaries.histogram(self.data.access[rows], weights=D[rows], bins=edges.size - 1,
                                        value_range=(edges[0], edges[-1]), clip=True)
        self.selected_bars.setOpts(height=counts)
        self.selected_counts = counts


class CoverageChart(Chart):
    """Share of demand whose nearest facility is within each travel time, drawn only over
    the range the costs were computed for (``kernels.summaries.coverage_minutes``: up to
    the largest cost, never flat past it for want of data); the threshold as a line; the
    selected units' curve dashed."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("Coverage curve"), tr("Minutes to the nearest facility"),
                         tr("Demand covered (%)"), parent)
        self.curve = pg.PlotDataItem([], [], pen=pg.mkPen(ACCESS_COLOUR, width=2.5), symbol="o", symbolSize=4,
                                     symbolBrush=ACCESS_COLOUR, symbolPen=None)
        self.selected_curve = pg.PlotDataItem([], [], pen=pg.mkPen(HIGHLIGHT_COLOUR, width=2,
                                                                   style=Qt.PenStyle.DashLine))
        self.threshold_line = pg.InfiniteLine(pos=DEFAULT_THRESHOLD_MINUTES, angle=90, movable=False,
                                              pen=pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.PenStyle.DotLine),
                                              label=tr("{value:.0f} min"),
                                              labelOpts={"position": 0.1, "color": TARGET_COLOUR})
        for item in (self.curve, self.selected_curve, self.threshold_line):
            self.plot.addItem(item)
        for item in (self.curve, self.selected_curve):  # after adding: they need their view
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
        self.set_title(self.title, [(ACCESS_COLOUR, "line", tr("All units")),
                                    (HIGHLIGHT_COLOUR, "dash", tr("Selected units")),
                                    (TARGET_COLOUR, "dash", tr("Access threshold"))])
        self.plot.setYRange(0, 100, padding=0.02)
        self.plot.setXRange(0, 60, padding=0)
        self.plot.setMouseEnabled(x=False, y=False)

    def clear(self):
        super().clear()
        self.curve.setData([], [])
        self.selected_curve.setData([], [])
        self.threshold_line.hide()

    def update_data(self, data):
        s = data.summaries
        minutes, share = s.get("coverage_minutes"), s.get("coverage_share")
        if minutes is None or minutes.size < 2 or not np.isfinite(share).all():  # no cost, or no demand
            self.clear()
            return
        self.data = data
        metres = getattr(data, "cost_unit", "minutes") == "meters"  # an OD table in metres, no speed
        self.plot.setLabel("bottom", tr("Metres to the nearest facility") if metres
                           else tr("Minutes to the nearest facility"), color="#202020")
        self.threshold_line.label.setFormat(tr("{value:.0f} m") if metres else tr("{value:.0f} min"))
        self.set_title(tr("Coverage curve"), [(ACCESS_COLOUR, "line", tr("All units")),
                                              (HIGHLIGHT_COLOUR, "dash", tr("Selected units")),
                                              (TARGET_COLOUR, "dash", tr("Access threshold"))])
        self.curve.setData(minutes, 100.0 * share)
        self.selected_curve.setData([], [])
        self.threshold_line.setValue(data.threshold)
        self.threshold_line.setVisible(bool(minutes[0] <= data.threshold <= minutes[-1]))
        self.plot.setXRange(0, float(minutes[-1]), padding=0.02)

    def highlight(self, rows):
        if self.data is None:
            return
        if len(rows) == 0:
            self.selected_curve.setData([], [])
            return
        minutes = self.data.summaries["coverage_minutes"]
        t, share = summaries.coverage_curve(self.data.cost[rows], self.data.demand[rows], minutes=minutes)
        if np.isfinite(share).all():
            self.selected_curve.setData(t, 100.0 * share)
        else:  # the selected units have no demand
            self.selected_curve.setData([], [])


class LorenzChart(Chart):
    """Lorenz curve of access weighted by demand, the equality line, Gini and Palma."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("Lorenz curve of access"), tr("Cumulative share of people (lowest access first)"),
                         tr("Cumulative share of access"), parent)
        self.equality = pg.PlotDataItem([0, 1], [0, 1], pen=pg.mkPen("#909090", width=1, style=Qt.PenStyle.DashLine))
        self.curve = pg.PlotDataItem([], [], pen=pg.mkPen(ACCESS_COLOUR, width=2.5), fillLevel=0,
                                     brush=QBrush(QColor(33, 145, 140, 50)))
        self.plot.addItem(self.equality)
        self.plot.addItem(self.curve)
        self.curve.setClipToView(True)
        self.curve.setDownsampling(auto=True, method="peak")
        self.plot.setXRange(0, 1, padding=0.02)
        self.plot.setYRange(0, 1, padding=0.02)
        self.plot.setMouseEnabled(x=False, y=False)

    def clear(self):
        super().clear()
        self.curve.setData([], [])
        self.set_title(tr("Lorenz curve of access"), [(ACCESS_COLOUR, "line", tr("Access")),
                                                      ("#909090", "dash", tr("Equality"))])

    def update_data(self, data):
        lor = data.summaries.get("lorenz")
        if lor is None:
            self.clear()
            return
        self.data = data
        self.curve.setData(lor["population_share"], np.nan_to_num(lor["access_share"], nan=0.0))
        palma = (_fmt(lor["palma"]) if lor["palma"] is None or not np.isinf(lor["palma"])
                 else tr("undefined (the 40% with the least access have none)"))
        self.set_title(tr("Lorenz curve of access"), [
            (ACCESS_COLOUR, "line", tr("Access: Gini {0}, Palma {1}").format(_fmt(lor["gini"]), palma)),
            ("#909090", "dash", tr("Equality"))])


class ScatterChart(Chart):
    """Demand vs access, one ScatterPlotItem for all units (thousands without lag); desert
    units in vermillion; the desert quadrant (demand >= the high-demand cut-off, access
    below the target) shaded; clicks on points select them."""

    def __init__(self, pg, parent=None):
        self.view_box = box_select_viewbox(pg)()
        super().__init__(pg, tr("Demand vs access"), tr("Demand (people)"), tr("Access (places per person)"), parent,
                         view_box=self.view_box)
        self.view_box.sigBoxSelected.connect(self.select_box)
        self.quadrant = pg.QtWidgets.QGraphicsRectItem(QRectF(0.0, 0.0, 0.0, 0.0))
        self.quadrant.setBrush(QBrush(QUADRANT_COLOUR))
        self.quadrant.setPen(QPen(Qt.PenStyle.NoPen))
        self.quadrant.setZValue(-10)
        self.quadrant.setToolTip(tr("Care desert quadrant: high demand, access below the target"))
        self.points = pg.ScatterPlotItem(x=[], y=[], size=6, pen=None, brush=ACCESS_COLOUR)
        self.selected_points = pg.ScatterPlotItem(x=[], y=[], size=11, pen=pg.mkPen(HIGHLIGHT_COLOUR, width=2),
                                                  brush=None)
        self.target_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False,
                                           pen=pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.PenStyle.DashLine))
        for item in (self.quadrant, self.points, self.selected_points, self.target_line):
            self.plot.addItem(item)
        self.quadrant.hide()
        self.target_line.hide()
        self.points.sigClicked.connect(self._points_clicked)
        self._set_legend(deserts=False)

    def _set_legend(self, deserts):
        """Units, care deserts (when the layer has them), the selection and the shaded
        quadrant, named under the title."""
        entries = [(ACCESS_COLOUR, "point", tr("Units"))]
        if deserts:
            entries = [(ACCESS_COLOUR, "point", tr("Other units")), (DESERT_COLOUR, "point", tr("Care deserts"))]
        entries += [(HIGHLIGHT_COLOUR, "ring", tr("Selected")),
                    (QUADRANT_SWATCH, "bar", tr("High demand, low access"))]
        self.set_title(self.title, entries)

    def close_down(self):
        for signal, slot in ((self.points.sigClicked, self._points_clicked),
                             (self.view_box.sigBoxSelected, self.select_box)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        super().close_down()

    def select_box(self, rect, additive=False):
        """Select the units whose (demand, access) point lies inside ``rect`` (data
        coordinates, edges included)."""
        if self.data is None:
            return
        x = np.nan_to_num(self.data.demand, nan=0.0)
        y = np.nan_to_num(self.data.access, nan=0.0)
        inside = (x >= rect.left()) & (x <= rect.right()) & (y >= rect.top()) & (y <= rect.bottom())
        self.request(np.flatnonzero(inside), additive)

    def clear(self):
        super().clear()
        self.points.setData(x=[], y=[])
        self.selected_points.setData(x=[], y=[])
        self.quadrant.hide()
        self.target_line.hide()

    def update_data(self, data):
        if data.access is None:
            self.clear()
            return
        self.data = data
        x = np.nan_to_num(data.demand, nan=0.0)
        y = np.nan_to_num(data.access, nan=0.0)
        xmax = summaries.display_max(x, quantile=1.0)
        ymax = summaries.display_max(y, quantile=0.95, at_least=3.0 * data.target)  # zoom out to see all
        cutoff = data.summaries.get("demand_cutoff", float("nan"))
        if np.isfinite(cutoff):
            self.quadrant.setRect(QRectF(cutoff, 0.0, max(xmax * 1.05 - cutoff, 0.0), data.target))
            self.quadrant.show()
        else:
            self.quadrant.hide()
        base = QBrush(QColor(ACCESS_COLOUR))
        if data.desert is not None:
            desert = QBrush(QColor(DESERT_COLOUR))
            flags = np.nan_to_num(data.desert) > 0
            brushes = [desert if f else base for f in flags.tolist()]
            self._set_legend(deserts=True)
        else:
            self._set_legend(deserts=False)
            brushes = base
        size = 6 if x.size < 5000 else 4
        self.points.setData(x=x, y=y, size=size, pen=None, brush=brushes, data=np.arange(x.size))
        self.selected_points.setData(x=[], y=[], size=size + 5)
        self.target_line.show()
        self.target_line.setValue(data.target)
        self.plot.setXRange(-0.02 * xmax, xmax * 1.05, padding=0)  # points on 0 stay visible
        self.plot.setYRange(-0.02 * ymax, ymax * 1.05, padding=0)

    def _points_clicked(self, item, points, event=None):
        if self.data is None:
            return
        rows = [int(p.data()) for p in points]
        additive = bool(event is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event is not None:
            event.accept()
        self.request(rows, additive)

    def highlight(self, rows):
        if self.data is None:
            return
        x = np.nan_to_num(self.data.demand[rows], nan=0.0)
        y = np.nan_to_num(self.data.access[rows], nan=0.0)
        self.selected_points.setData(x=x, y=y)


class TimeProfileChart(Chart):
    """The time-of-day profile: the share of demand within reach of a facility that is
    open, at all hours and in each caregivers' time window (``covered`` and the
    ``covered_<label>`` fields, ``kernels.time_figures.window_profile``); the selected
    units' shares as narrow bars; a click on a window's bar selects the units with no
    facility open within reach in that window."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("Share of demand covered by time of day"), tr("Caregivers' time window"),
                         tr("Demand with an open facility in reach (%)"), parent)
        empty = np.zeros(0)
        self.thin_pen = pg.mkPen("#202020", width=0.5)
        self.bars = pg.BarGraphItem(x=empty, height=empty, width=0.6, brushes=[], pen=self.thin_pen)
        self.selected_bars = pg.BarGraphItem(x=empty, height=empty, width=0.22, brush=HIGHLIGHT_COLOUR,
                                             pen=self.thin_pen)
        self.plot.addItem(self.bars)
        self.plot.addItem(self.selected_bars)
        self.set_title(self.title, [(PLACES_COLOUR, "bar", tr("All hours")),
                                    (ACCESS_COLOUR, "bar", tr("Time windows")),
                                    (HIGHLIGHT_COLOUR, "bar", tr("Selected units"))])
        self.plot.setYRange(0, 100, padding=0.02)
        self.plot.setMouseEnabled(x=False, y=False)
        self.labels = []
        self.shares = np.zeros(0)

    def clear(self):
        super().clear()
        self.labels = []
        self.shares = np.zeros(0)
        empty = np.zeros(0)
        self.bars.setOpts(x=empty, height=empty, brushes=[])
        self.selected_bars.setOpts(x=empty, height=empty)
        self.plot.getAxis("bottom").setTicks(None)

    def _flags(self, label):
        return self.data.covered if label is None else self.data.windows[label]

    def update_data(self, data):
        profile = data.summaries.get("time_profile")
        if not profile or all(p["share"] is None for p in profile):  # no window field, or no demand
            self.clear()
            return
        self.data = data
        self.labels = [p["label"] for p in profile]
        self.shares = np.array([np.nan if p["share"] is None else 100.0 * p["share"] for p in profile])
        x = np.arange(len(profile), dtype=float)
        brushes = [PLACES_COLOUR if label is None else ACCESS_COLOUR for label in self.labels]
        self.bars.setOpts(x=x, height=np.nan_to_num(self.shares), brushes=brushes)
        self.selected_bars.setOpts(x=x + 0.2, height=np.zeros(x.size))
        ticks = [(i, "{0}: {1}".format(tr("all hours") if label is None else label,
                                       "–" if np.isnan(v) else QLocale().toString(float(v), "f", 1) + "%"))
                 for i, (label, v) in enumerate(zip(self.labels, self.shares))]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setXRange(-0.6, x.size - 0.4, padding=0)

    def click_at(self, x, y, additive=False):
        if self.data is None or not self.labels:
            return
        i = int(round(x))
        if 0 <= i < len(self.labels):  # the units where care is not open within reach then
            self.request(np.flatnonzero(np.asarray(self._flags(self.labels[i])) == 0), additive)

    def highlight(self, rows):
        if self.data is None or not self.labels:
            return
        heights = np.zeros(len(self.labels))
        if len(rows):
            D = np.nan_to_num(self.data.demand[rows], nan=0.0)
            windows = {label: np.asarray(self.data.windows[label])[rows] for label in self.labels if label}
            covered = self.data.covered[rows] if self.labels[0] is None else None
            prof = time_figures.window_profile(D, windows, covered=covered)
            heights = np.array([0.0 if p["share"] is None else 100.0 * p["share"] for p in prof])
        self.selected_bars.setOpts(height=heights)


class CareBlocksChart(Chart):
    """The people each care block reaches (a careblocks units output): dependants and
    caregivers side by side per block (horizontal bars, first block on top, from
    ``kernels.careblocks.plan_figures``); a click on a block's bars selects its units."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("People each care block reaches"), tr("People"), "", parent)
        empty = np.zeros(0)
        self.thin_pen = pg.mkPen("#202020", width=0.5)
        self.dependants_item = pg.BarGraphItem(x0=0.0, y=empty, width=empty, height=0.38, brush=DEPENDANTS_COLOUR,
                                               pen=self.thin_pen)
        self.caregivers_item = pg.BarGraphItem(x0=0.0, y=empty, width=empty, height=0.38, brush=CAREGIVERS_COLOUR,
                                               pen=self.thin_pen)
        self.plot.addItem(self.dependants_item)
        self.plot.addItem(self.caregivers_item)
        self.set_title(self.title, [(DEPENDANTS_COLOUR, "bar", tr("People who need care")),
                                    (CAREGIVERS_COLOUR, "bar", tr("Caregivers")),
                                    (HIGHLIGHT_COLOUR, "ring", tr("Selected"))])
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getViewBox().invertY(True)  # first block on top
        self.blocks = np.zeros(0, dtype=np.int64)
        self.highlighted = np.zeros(0, dtype=bool)

    def clear(self):
        super().clear()
        self.blocks = np.zeros(0, dtype=np.int64)
        empty = np.zeros(0)
        self.dependants_item.setOpts(y=empty, width=empty, pens=None)
        self.caregivers_item.setOpts(y=empty, width=empty, pens=None)
        self.plot.getAxis("left").setTicks(None)

    def update_data(self, data):
        plan = data.blocks
        if not plan or plan["blocks"].size == 0:
            self.clear()
            return
        self.data = data
        self.blocks = plan["blocks"]
        n = self.blocks.size
        y = np.arange(n, dtype=float)
        self.dependants_item.setOpts(y=y - 0.2, width=plan["block_dependants"], pens=None, pen=self.thin_pen)
        self.caregivers_item.setOpts(y=y + 0.2, width=plan["block_caregivers"], pens=None, pen=self.thin_pen)
        self.plot.getAxis("left").setTicks([[(i, tr("Block {0}").format(b)) for i, b in enumerate(self.blocks)]])
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        top = float(np.nanmax(np.r_[plan["block_dependants"], plan["block_caregivers"], 1.0]))
        self.plot.setXRange(0, top * 1.05, padding=0)
        self.highlighted = np.zeros(n, dtype=bool)

    def block_rows(self, index):
        """The rows of the units whose block is the ``index``-th bar's block."""
        return np.flatnonzero(self.data.block_of == self.blocks[index])

    def click_at(self, x, y, additive=False):
        if self.data is None or self.blocks.size == 0:
            return
        i = int(round(y))
        if 0 <= i < self.blocks.size:
            self.request(self.block_rows(i), additive)

    def highlight(self, rows):
        if self.data is None or self.blocks.size == 0:
            return
        picked = np.isin(self.blocks, self.data.block_of[rows]) if len(rows) else np.zeros(self.blocks.size, bool)
        thick = self.pg.mkPen(HIGHLIGHT_COLOUR, width=3)
        pens = [thick if p else self.thin_pen for p in picked]
        self.dependants_item.setOpts(pens=pens)
        self.caregivers_item.setOpts(pens=pens)
        self.highlighted = picked
