"""What every dock chart shares: loading pyqtgraph (QGIS's own, else the plugin's
``ext_libs/`` copy), the colours, the Shift+drag box-select view box and the ``Chart``
base class (title, axes, export, click handling). The charts themselves are in
``ui/charts.py``."""
import html
import os
import sys

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QObject, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT_LIBS = os.path.join(PLUGIN_DIR, "ext_libs")

# colour-blind-safe colours (viridis and Okabe-Ito)
DEMAND_COLOUR = "#3b528b"
PLACES_COLOUR = "#5ec962"
ACCESS_COLOUR = "#21918c"
DESERT_COLOUR = "#D55E00"  # vermillion: care deserts
TARGET_COLOUR = "#D55E00"
# the selection: reddish purple, never the deserts' vermillion nor the old orange next to it
HIGHLIGHT_COLOUR = "#CC79A7"
# care blocks: the two groups a block reaches (Okabe-Ito blue and orange, far from the selection)
DEPENDANTS_COLOUR = "#0072B2"
CAREGIVERS_COLOUR = "#E69F00"
TITLE_HEIGHT = 44  # title row of a chart with its legend line under the title
QUADRANT_COLOUR = QColor(213, 94, 0, 40)
QUADRANT_SWATCH = "#f3c9aa"  # the shaded quadrant as a legend mark (a little darker than on white)


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
        self.legend_entries = []
        self.set_title(title)
        self.plot.setLabel("bottom", x_label, color="#202020")
        self.plot.setLabel("left", y_label, color="#202020")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).setPen(pg.mkPen("#606060"))
            self.plot.getAxis(axis).setTextPen(pg.mkPen("#303030"))
        self.widget.scene().sigMouseClicked.connect(self._scene_clicked)

    def set_title(self, title, legend=None):
        """The title, with a legend line under it: ``legend`` is a list of (colour, mark,
        label), mark one of "bar", "point", "ring", "line", "dash". A legend in the
        title row never covers the bars or points, at any width."""
        if legend is not None:
            self.legend_entries = list(legend)
        marks = {"bar": "\u25a0", "point": "\u25cf", "ring": "\u25cb", "line": "\u2501", "dash": "\u254d"}
        text = html.escape(title)
        if self.legend_entries:
            items = [f"<span style='color:{colour}'>{marks[mark]}</span>&nbsp;{html.escape(label)}"
                     for colour, mark, label in self.legend_entries]
            text += "<br><span style='font-size:8pt'>" + " &nbsp; ".join(items) + "</span>"
        self.title = title
        self.plot.setTitle(text, color="#202020", size="10pt")
        height = TITLE_HEIGHT if self.legend_entries else 30
        self.plot.titleLabel.setMaximumHeight(height)
        self.plot.layout.setRowFixedHeight(0, height)

    def title_width(self):
        """Pixels the title row needs: the widest line of the title and its legend, plus the
        left axis beside it (district names on the bars)."""
        text = self.plot.titleLabel.item.boundingRect().width()
        axis = max(self.plot.getAxis("left").width(), 60.0)
        return int(np.ceil(text + axis))

    def legend_labels(self):
        return [label for _, _, label in self.legend_entries]

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


def _fmt(v):
    """Two decimals; "–" for a figure that has no value (never NaN or inf)."""
    if v is None or not np.isfinite(v):
        return "–"
    return f"{v:.2f}"
