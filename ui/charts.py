"""pyqtgraph charts of the dock: district bars, access histogram, coverage curve, Lorenz
curve, demand-vs-access scatter. Every plot is configured on its own widget (no global
``pg.setConfigOptions``, which would change other plugins' plots). Each chart draws a
``ChartData`` (ui/layer_data.py), highlights the rows selected on the map, and emits
``selection_requested(rows, additive)`` when the user picks bars or points."""
import os
import sys

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QObject, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QPen

from ..kernels import summaries

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT_LIBS = os.path.join(PLUGIN_DIR, "ext_libs")

# colour-blind-safe colours (viridis and Okabe-Ito)
DEMAND_COLOUR = "#3b528b"
PLACES_COLOUR = "#5ec962"
ACCESS_COLOUR = "#21918c"
DESERT_COLOUR = "#D55E00"
TARGET_COLOUR = "#D55E00"
HIGHLIGHT_COLOUR = "#E69F00"
QUADRANT_COLOUR = QColor(213, 94, 0, 40)


def tr(text):
    return QCoreApplication.translate("CareMap", text)


def load_pyqtgraph():
    """(pyqtgraph module, "") or (None, error). QGIS's own pyqtgraph comes first; the
    plugin's ``ext_libs/`` copy is put on sys.path only when that import fails."""
    try:
        import pyqtgraph as pg
    except Exception:  # noqa: BLE001  ImportError, or a broken install
        if os.path.isdir(EXT_LIBS) and EXT_LIBS not in sys.path:
            sys.path.append(EXT_LIBS)
        try:
            import pyqtgraph as pg
        except Exception as err:  # noqa: BLE001
            return None, str(err)
    try:
        import pyqtgraph.exporters  # noqa: F401
    except Exception as err:  # noqa: BLE001
        return None, str(err)
    return pg, ""


def install_hint():
    return tr(
        "The charts need the Python package pyqtgraph, which could not be imported. "
        "Install it for the Python that QGIS uses, then restart QGIS:\n"
        "- Debian/Ubuntu: sudo apt install python3-pyqtgraph\n"
        "- Windows (OSGeo4W Shell): python -m pip install pyqtgraph\n"
        "- macOS (QGIS Python console): import pip; pip.main(['install', 'pyqtgraph'])\n"
        "The CareMap algorithms work without it."
    )


_VIEWBOX_CLASSES = {}


def box_select_viewbox(pg):
    """A pyqtgraph ViewBox subclass where Shift+drag draws a box that selects (emits
    ``sigBoxSelected(QRectF in data coordinates, additive)``) instead of panning; every
    other gesture is pyqtgraph's own. Built on first use, since pyqtgraph is optional."""
    cls = _VIEWBOX_CLASSES.get(id(pg))
    if cls is None:
        class BoxSelectViewBox(pg.ViewBox):
            sigBoxSelected = pyqtSignal(object, bool)

            def mouseDragEvent(self, ev, axis=None):  # noqa: N802
                shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if ev.button() == Qt.MouseButton.LeftButton and shift and axis is None:
                    ev.accept()
                    if ev.isFinish():
                        self.rbScaleBox.hide()
                        rect = QRectF(ev.buttonDownPos(ev.button()), ev.pos())
                        rect = self.childGroup.mapRectFromParent(rect).normalized()
                        additive = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
                        self.sigBoxSelected.emit(rect, additive)
                    else:
                        self.updateScaleBox(ev.buttonDownPos(), ev.pos())
                    return
                super().mouseDragEvent(ev, axis)

        cls = _VIEWBOX_CLASSES[id(pg)] = BoxSelectViewBox
    return cls


class Chart(QObject):
    """One plot widget with its title, axis labels, export and click handling."""

    selection_requested = pyqtSignal(object, bool)  # row indices (np.ndarray), additive

    def __init__(self, pg, title, x_label, y_label, parent=None, view_box=None):
        super().__init__(parent)
        self.pg = pg
        self.data = None
        self.widget = pg.PlotWidget(parent=parent, background="w", viewBox=view_box)
        self.widget.setAntialiasing(True)
        self.widget.setMinimumHeight(220)
        self.plot = self.widget.getPlotItem()
        self.plot.setTitle(title, color="#202020", size="10pt")
        self.plot.setLabel("bottom", x_label, color="#202020")
        self.plot.setLabel("left", y_label, color="#202020")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).setPen(pg.mkPen("#606060"))
            self.plot.getAxis(axis).setTextPen(pg.mkPen("#303030"))
        self.widget.scene().sigMouseClicked.connect(self._scene_clicked)

    def close_down(self):
        try:
            self.widget.scene().sigMouseClicked.disconnect(self._scene_clicked)
        except (TypeError, RuntimeError):
            pass

    def _scene_clicked(self, event):
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.click_at(point.x(), point.y(), additive)

    def click_at(self, x, y, additive=False):
        """A click at data coordinates (x, y): charts that select override this."""

    def request(self, rows, additive=False):
        rows = np.asarray(rows, dtype=np.int64)
        self.selection_requested.emit(rows, bool(additive))

    def export(self, path):
        """Write the chart to ``path`` (.png or .svg) with pyqtgraph's exporters."""
        exporters = self.pg.exporters
        rect = self.plot.sceneBoundingRect()
        if not self.widget.isVisible() or rect.width() < 300:  # a hidden tab has no real size yet
            self.plot.setGeometry(QRectF(0.0, 0.0, 720.0, 450.0))
            rect = self.plot.sceneBoundingRect()
        if path.lower().endswith(".svg"):
            exporter = exporters.SVGExporter(self.plot)
        else:
            exporter = exporters.ImageExporter(self.plot)
            exporter.parameters()["width"] = int(2 * rect.width())  # twice the screen size, same proportions
        exporter.export(path)
        return path

    def clear(self):
        """Empty the chart (items stay in the plot and get empty data: removing
        pyqtgraph items inside QGIS prints QVariant conversion errors)."""
        self.data = None


class DistrictBarsChart(Chart):
    """Demand and accessible places by district (horizontal grouped bars, so district
    names stay readable); a click on a district's bars selects its units."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("Demand and accessible places by district"), tr("People / places"),
                         "", parent)
        self.legend = self.plot.addLegend(offset=(-10, -10), labelTextColor="#202020")
        empty = np.zeros(0)
        self.thin_pen = pg.mkPen("#202020", width=0.5)
        self.demand_item = pg.BarGraphItem(x0=0.0, y=empty, width=empty, height=0.38, brush=DEMAND_COLOUR,
                                           pen=self.thin_pen)
        self.places_item = pg.BarGraphItem(x0=0.0, y=empty, width=empty, height=0.38, brush=PLACES_COLOUR,
                                           pen=self.thin_pen)
        self.plot.addItem(self.demand_item)
        self.plot.addItem(self.places_item)
        self.legend.addItem(self.demand_item, tr("Demand (people)"))
        self.legend.addItem(self.places_item, tr("Accessible places"))
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
    """Share of demand that reaches a facility within 5..60 minutes; the threshold as a
    line; the selected units' curve dashed."""

    def __init__(self, pg, parent=None):
        super().__init__(pg, tr("Coverage curve"), tr("Minutes to the nearest facility"),
                         tr("Share of demand reached (%)"), parent)
        legend = self.plot.addLegend(offset=(-10, -10), labelTextColor="#202020")
        self.curve = pg.PlotDataItem([], [], pen=pg.mkPen(ACCESS_COLOUR, width=2.5), symbol="o", symbolSize=6,
                                     symbolBrush=ACCESS_COLOUR, symbolPen=None)
        self.selected_curve = pg.PlotDataItem([], [], pen=pg.mkPen(HIGHLIGHT_COLOUR, width=2,
                                                                   style=Qt.PenStyle.DashLine))
        self.threshold_line = pg.InfiniteLine(pos=20.0, angle=90, movable=False,
                                              pen=pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.PenStyle.DotLine),
                                              label=tr("{value:.0f} min"),
                                              labelOpts={"position": 0.1, "color": TARGET_COLOUR})
        for item in (self.curve, self.selected_curve, self.threshold_line):
            self.plot.addItem(item)
        for item in (self.curve, self.selected_curve):  # after adding: they need their view
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
        legend.addItem(self.curve, tr("All units"))
        legend.addItem(self.selected_curve, tr("Selected units"))
        self.plot.setYRange(0, 100, padding=0.02)
        self.plot.setXRange(0, 62, padding=0)
        self.plot.setMouseEnabled(x=False, y=False)

    def clear(self):
        super().clear()
        self.curve.setData([], [])
        self.selected_curve.setData([], [])

    def update_data(self, data):
        s = data.summaries
        if "coverage_minutes" not in s:
            self.clear()
            return
        self.data = data
        self.curve.setData(s["coverage_minutes"], 100.0 * np.nan_to_num(s["coverage_share"], nan=0.0))
        self.selected_curve.setData([], [])
        self.threshold_line.setValue(data.threshold)

    def highlight(self, rows):
        if self.data is None:
            return
        if len(rows) == 0:
            self.selected_curve.setData([], [])
            return
        t, share = summaries.coverage_curve(self.data.cost[rows], np.nan_to_num(self.data.demand[rows], nan=0.0))
        self.selected_curve.setData(t, 100.0 * np.nan_to_num(share, nan=0.0))


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
        self.plot.setTitle(tr("Lorenz curve of access"), color="#202020", size="10pt")

    def update_data(self, data):
        lor = data.summaries.get("lorenz")
        if lor is None:
            self.clear()
            return
        self.data = data
        self.curve.setData(lor["population_share"], np.nan_to_num(lor["access_share"], nan=0.0))
        self.plot.setTitle(tr("Lorenz curve of access — Gini {0}, Palma {1}").format(
            _fmt(lor["gini"]), _fmt(lor["palma"])), color="#202020", size="10pt")


def _fmt(v):
    if v is None or not np.isfinite(v):
        return "∞" if v is not None and np.isinf(v) else "–"
    return f"{v:.2f}"


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
        else:
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
