"""The CareMap dock panel: follows the active layer when it is a CareMap result
(recognised by its fields), shows key figures and linked charts (selection goes both
ways between the charts and the map), runs the main algorithms through the Processing
dialog, and exports each chart as PNG or SVG."""
import html
import math
import os

import numpy as np
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..kernels import careblocks as kblocks
from ..kernels import time_figures
from ..kernels.costs import DEFAULT_THRESHOLD_MINUTES
from . import charts, figures
from .layer_data import (
    guess_demand_field,
    guess_district_field,
    is_result_layer,
    load_chart_data,
    numeric_fields,
    result_kinds,
    text_fields,
    window_labels,
)

DOCK_OBJECT_NAME = "CareMapDock"
MIN_CONTENT_WIDTH = 380  # px: a chart title, its legend line and the three cards fit
RUN_ALGORITHMS = ("accessibility", "caregaps", "caredeserts")
# the threshold box reaches at least these values (minutes, metres), and any layer's own
# threshold and largest cost beyond them: it never clamps a layer's threshold
BOX_MAX = {figures.MINUTES: 240.0, figures.METERS: 10000.0}
BOX_MIN = {figures.MINUTES: 1.0, figures.METERS: 10.0}
BOX_STEP = {figures.MINUTES: 1.0, figures.METERS: 100.0}


def tr(text):
    return QCoreApplication.translate("CareMap", text)


class _FittingScroll(QScrollArea):
    """The dock's scroll area: it asks for the width its content needs (its minimum
    width, set by the dock), not for the width of every label on one line."""

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        return QSize(max(self.minimumWidth(), 1), hint.height())


class CareMapDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("CareMap"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.layer = None
        self.data = None
        self.cost_unit = figures.MINUTES  # the unit of the threshold box (the layer's costs)
        self.selected_rows = np.zeros(0, dtype=np.int64)
        self.charts = {}
        self._connections = []
        self._layer_connections = []
        self._updating = False
        self.pg, self.pg_error = charts.load_pyqtgraph()
        self._build()
        if iface is not None and hasattr(iface, "currentLayerChanged"):
            self._connect(iface.currentLayerChanged, self.follow_layer)
        self._connect(QgsProject.instance().layersWillBeRemoved, self._layers_removed)
        active = iface.activeLayer() if iface is not None and hasattr(iface, "activeLayer") else None
        self.follow_layer(active if isinstance(active, QgsVectorLayer) else None)

    # -- construction -------------------------------------------------------------
    def _connect(self, signal, slot, store=None):
        signal.connect(slot)
        (self._connections if store is None else store).append((signal, slot))

    @staticmethod
    def _disconnect_all(connections):
        while connections:
            signal, slot = connections.pop()
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _build(self):
        scroll = _FittingScroll(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        self.intro = QLabel(tr(
            "CareMap maps the supply of care, the demand for care and the gaps between them. "
            "Run its algorithms from the buttons below or the Processing Toolbox (CareMap group); "
            "select a CareMap result layer to see its charts here."), body)
        self.intro.setWordWrap(True)
        self.layer_label = QLabel("", body)
        self.layer_label.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.layer_label)

        self.form_box = QWidget(body)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.demand_combo = QComboBox(body)
        self.demand_combo.setToolTip(tr("Numeric field with the demand (people of the cohort) of each unit"))
        self.district_combo = QComboBox(body)
        self.district_combo.setToolTip(tr("Text field with the district of each unit (for the bars)"))
        self.target_spin = QDoubleSpinBox(body)
        self.target_spin.setDecimals(3)
        self.target_spin.setRange(0.001, 100.0)
        self.target_spin.setSingleStep(0.05)
        self.target_spin.setValue(round(1.0 / 3.0, 3))
        self.target_spin.setSuffix(tr(" places/person"))
        self.target_tip = tr("Places per person that every unit should reach (the places missing card)")
        self.target_spin.setToolTip(self.target_tip)
        self.threshold_spin = QDoubleSpinBox(body)
        self.threshold_spin.setRange(BOX_MIN[figures.MINUTES], BOX_MAX[figures.MINUTES])
        self.threshold_spin.setValue(DEFAULT_THRESHOLD_MINUTES)
        self.threshold_spin.setToolTip(self._threshold_tip())
        self.threshold_spin.setSuffix(tr(" min"))
        form.addRow(tr("Demand field"), self.demand_combo)
        form.addRow(tr("District field"), self.district_combo)
        form.addRow(tr("Policy target"), self.target_spin)
        form.addRow(tr("Access threshold"), self.threshold_spin)
        self.form = form
        layout.addWidget(self.form_box)

        cards = QGridLayout()
        self.cards = {}
        for col, key in enumerate(("people_within", "people_in_deserts", "places_missing")):
            card = QLabel(body)
            card.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card.setWordWrap(True)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setStyleSheet("QLabel { background: #f4f6f8; border-radius: 4px; padding: 4px; }")
            cards.addWidget(card, 0, col)
            self.cards[key] = card
        self.cards_box = QWidget(body)
        self.cards_box.setLayout(cards)
        cards.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cards_box)
        # what the figures leave out or cannot say (NULL demand, no cost unit, no demand)
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.status)

        # what to do when there is nothing to draw (instead of empty axes)
        self.empty_label = QLabel("", body)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setStyleSheet("QLabel { color: #404040; padding: 8px 2px; }")
        layout.addWidget(self.empty_label, 1)  # takes the free space when the charts are hidden
        self.chart_pages = {}

        if self.pg is None:
            self.tabs = None
            self.pg_label = QLabel(charts.install_hint(), body)
            self.pg_label.setWordWrap(True)
            self.pg_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.pg_label)
        else:
            self.pg_label = None
            self.tabs = QTabWidget(body)
            for key, cls, label in (
                ("districts", charts.DistrictBarsChart, tr("Districts")),
                ("histogram", charts.AccessHistogramChart, tr("Access")),
                ("coverage", charts.CoverageChart, tr("Coverage")),
                ("lorenz", charts.LorenzChart, tr("Equity")),
                ("scatter", charts.ScatterChart, tr("Scatter")),
                ("time", charts.TimeProfileChart, tr("Time of day")),
                ("blocks", charts.CareBlocksChart, tr("Care blocks")),
            ):
                page = QWidget(self.tabs)
                page_layout = QVBoxLayout(page)
                page_layout.setContentsMargins(2, 2, 2, 2)
                chart = cls(self.pg, page)
                self._connect(chart.selection_requested, self.select_rows)
                stack = QStackedWidget(page)
                stack.addWidget(chart.widget)
                message = QLabel("", stack)
                message.setWordWrap(True)
                message.setTextFormat(Qt.TextFormat.PlainText)  # names the user's layer
                message.setAlignment(Qt.AlignmentFlag.AlignCenter)
                message.setStyleSheet("QLabel { color: #404040; padding: 12px; }")
                stack.addWidget(message)
                page_layout.addWidget(stack, 1)
                buttons = QHBoxLayout()
                buttons.addStretch(1)
                for fmt in ("png", "svg"):
                    button = QPushButton(tr("Export {0}…").format(fmt.upper()), page)
                    button.setObjectName(f"export_{key}_{fmt}")
                    button.setProperty("chart", key)
                    self._connect(button.clicked, lambda _=False, k=key, f=fmt: self._export_clicked(k, f))
                    buttons.addWidget(button)
                page_layout.addLayout(buttons)
                self.tabs.addTab(page, label)
                self.charts[key] = chart
                self.chart_pages[key] = (stack, message)
            layout.addWidget(self.tabs, 1)
            self.hint = QLabel(tr("Click bars or points to select their units on the map (Ctrl adds to the "
                                  "selection); Shift+drag on the scatter selects a box of points. Features "
                                  "selected on the map are highlighted in the charts."), body)
            self.hint.setWordWrap(True)
            self.hint.setStyleSheet("color: #555;")
            layout.addWidget(self.hint)

        run_row = QHBoxLayout()
        self.run_buttons = {}
        for alg, label in zip(RUN_ALGORITHMS, (tr("Accessibility…"), tr("Care gaps…"), tr("Care deserts…"))):
            button = QPushButton(label, body)
            button.setObjectName(f"run_{alg}")
            button.setToolTip(tr("Open the Processing dialog of caremap:{0}, filled from this layer").format(alg))
            self._connect(button.clicked, lambda _=False, a=alg: self.run_algorithm(a))
            run_row.addWidget(button)
            self.run_buttons[alg] = button
        layout.addLayout(run_row)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._fit_width()

        self._connect(self.demand_combo.currentIndexChanged, self._settings_changed)
        self._connect(self.district_combo.currentIndexChanged, self._settings_changed)
        self._connect(self.target_spin.valueChanged, self._settings_changed)
        self._connect(self.threshold_spin.valueChanged, self._settings_changed)

    def _fit_width(self):
        """Set the minimum width to what the content needs (again after a redraw: a legend
        line may have grown)."""
        scroll = self.widget()
        scroll.setMinimumWidth(self.content_width() + scroll.verticalScrollBar().sizeHint().width()
                               + 2 * scroll.frameWidth())

    def content_width(self):
        """The width the dock's content needs: every tab without scroll buttons, the three
        cards side by side, a chart title with its legend line (MIN_CONTENT_WIDTH)."""
        body = self.widget().widget() if isinstance(self.widget(), QScrollArea) else None
        margins = body.layout().contentsMargins() if body is not None else None
        pad = margins.left() + margins.right() if margins is not None else 18
        need = [MIN_CONTENT_WIDTH, self.cards_box.minimumSizeHint().width()]
        if self.tabs is not None:
            need.append(self.tabs.tabBar().sizeHint().width() + 8)
            for chart in self.charts.values():
                need.append(chart.title_width() + 16)
        run = sum(b.sizeHint().width() for b in self.run_buttons.values()) + 12
        need.append(run)
        return max(need) + pad

    # -- following the active layer ---------------------------------------------------
    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self.iface is not None and hasattr(self.iface, "activeLayer"):
            active = self.iface.activeLayer()
            if isinstance(active, QgsVectorLayer) and active is not self.layer:
                self.follow_layer(active)

    def follow_layer(self, layer):
        """Show ``layer``'s charts when it is a CareMap result; otherwise say what to pick."""
        if layer is self.layer and layer is not None:
            return
        if not is_result_layer(layer):
            if layer is not None and self.layer is not None:
                return  # keep showing the last result while other layers are active
            self._set_layer(None)
            return
        self._set_layer(layer)

    def _set_layer(self, layer):
        self._disconnect_all(self._layer_connections)
        self.layer = layer
        self.data = None
        self.selected_rows = np.zeros(0, dtype=np.int64)
        if layer is None:
            self.layer_label.setText("")  # the empty-state message says it
            self._fill_combos(None)
            for chart in self.charts.values():
                chart.clear()
            self._update_cards()
            self._show_state()
            return
        names = {"access": tr("accessibility"), "gaps": tr("care gaps"), "deserts": tr("care deserts"),
                 "blocks": tr("care blocks")}
        kinds = ", ".join(names[k] for k in sorted(result_kinds(layer.fields().names())))
        # layer names come from users' data: shown as text, never as markup
        self.layer_label.setText(tr("Layer: <b>{0}</b> ({1})").format(html.escape(layer.name()), kinds))
        self._connect(layer.selectionChanged, self._layer_selection_changed, self._layer_connections)
        self._fill_combos(layer)
        # the layer's own threshold (e.g. 10 min of its accessibility run, 300 min, 2000 m), in
        # the unit of its costs; the box's range follows it
        threshold, unit, largest = figures.layer_threshold(layer, self.threshold_spin.value(), self.cost_unit)
        if threshold is None and unit != self.cost_unit:
            threshold = figures.default_threshold(unit)
        self._set_threshold_box(unit, threshold, largest)
        self._set_controls_enabled(not kblocks.is_units_output(layer.fields().names()))
        self.refresh()
        if self.tabs is not None and self.data is not None and self.data.blocks:
            # a careblocks units output: its own tab first
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.chart_pages["blocks"][0].parentWidget()))

    def _threshold_tip(self):
        if self.cost_unit == figures.METERS:
            return tr("Distance that counts as within reach, in metres as the layer's costs are; set from the "
                      "layer's own threshold when its fields say it (covered and cost_nearest of an accessibility "
                      "result)")
        return tr("Travel time that counts as within reach; set from the layer's own threshold when its fields "
                  "say it (covered and cost_nearest of an accessibility result)")

    def _set_threshold_box(self, unit, value=None, largest=None):
        """The threshold box in ``unit`` (minutes, or metres for a layer whose costs are in
        metres without a speed), its range wide enough for ``value`` (the layer's own
        threshold) and the layer's ``largest`` cost, so that nothing is clamped."""
        self._updating = True
        try:
            self.cost_unit = unit
            value = self.threshold_spin.value() if value is None else float(value)
            top = max([BOX_MAX[unit], value] + ([math.ceil(largest)] if largest is not None else []))
            self.threshold_spin.setDecimals(0 if unit == figures.METERS and value == round(value) else 2)
            self.threshold_spin.setRange(min(BOX_MIN[unit], value), top)
            self.threshold_spin.setSingleStep(BOX_STEP[unit])
            self.threshold_spin.setSuffix(tr(" m") if unit == figures.METERS else tr(" min"))
            self.threshold_spin.setValue(value)
        finally:
            self._updating = False

    def _set_controls_enabled(self, enabled):
        """The policy target and the access threshold do nothing for a care blocks layer
        (its cards and chart count the people each block reaches): off there, with a
        tooltip saying why; on again for the other results."""
        why = tr("Not used for a care blocks layer: its figures count the people within the walking radius "
                 "of each block, set when Care blocks ran.")
        for spin, tip in ((self.target_spin, self.target_tip), (self.threshold_spin, self._threshold_tip())):
            spin.setEnabled(enabled)
            spin.setToolTip(tip if enabled else why)
            label = self.form.labelForField(spin)
            if label is not None:
                label.setEnabled(enabled)
                label.setToolTip("" if enabled else why)

    def _fill_combos(self, layer):
        self._updating = True
        try:
            self.demand_combo.clear()
            self.district_combo.clear()
            self.district_combo.addItem(tr("(none)"), "")
            if layer is not None:
                for name in numeric_fields(layer):
                    self.demand_combo.addItem(name, name)
                for name in text_fields(layer):
                    self.district_combo.addItem(name, name)
                demand = guess_demand_field(layer)
                if demand:
                    self.demand_combo.setCurrentIndex(self.demand_combo.findData(demand))
                district = guess_district_field(layer)
                if district:
                    self.district_combo.setCurrentIndex(self.district_combo.findData(district))
        finally:
            self._updating = False

    def _layers_removed(self, layer_ids):
        if self.layer is not None and self.layer.id() in layer_ids:
            self._set_layer(None)

    def _settings_changed(self, *args):
        if not self._updating:
            self.refresh()

    # -- drawing ----------------------------------------------------------------------
    def demand_field(self):
        return self.demand_combo.currentData() or None

    def district_field(self):
        return self.district_combo.currentData() or None

    def refresh(self):
        """Re-read the layer and redraw the cards and every chart."""
        if self.layer is None or self.demand_field() is None:
            self.data = None
            self._update_cards()
            self._show_state()
            return
        self.data = load_chart_data(self.layer, self.demand_field(), self.district_field(),
                                    self.target_spin.value(), self.threshold_spin.value())
        notes = figures.compute(self.layer, self.data, self.demand_field())
        for chart in self.charts.values():
            chart.update_data(self.data)
        self._update_cards(notes)
        self._show_state()
        self._fit_width()
        self._layer_selection_changed()

    def empty_message(self):
        """What the dock says instead of drawing empty axes; "" when it has charts to show."""
        if self.layer is None:
            return tr("<b>No CareMap result selected.</b><br><br>Select a layer made by Accessibility, Care gaps, Care "
                      "deserts or Care blocks (its units) in the Layers panel to see its figures and charts here, or run Accessibility "
                      "with the button below.")
        if self.demand_field() is None:
            return tr("Layer {0} has no numeric field to read the demand from: choose a result layer that "
                      "keeps its demand field (people of the cohort).").format(html.escape(self.layer.name()))
        return ""

    def chart_message(self, key):
        """Why chart ``key`` is empty for this layer, and what to do; "" when it draws."""
        chart = self.charts.get(key)
        if chart is None or chart.data is not None or self.data is None:
            return ""
        name = self.layer.name() if self.layer is not None else ""
        if key == "blocks":
            if not self.data.blocks:
                return tr("Layer {0} has no care block fields (covered_dependants, covered_caregivers): run Care "
                          "blocks and select its units output to see the people each block reaches.").format(name)
            return tr("No care block reaches a unit of layer {0}.").format(name)
        if key == "time":
            if not self.data.windows:
                text = tr("Layer {0} has no time windows. For each caregivers' time window (e.g. evening), "
                          "Accessibility writes two fields: access_<label> and covered_<label>, 1 where a "
                          "facility open in that window is within reach and 0 where none is. Run Accessibility "
                          "with the facilities' opening hours and caregivers' time windows (e.g. evening=Mo-Fr "
                          "17:00-20:00) to see the share of demand covered in each window.").format(name)
                if self.data.not_windows:
                    text += " " + tr("Not read as windows: {0} (no access_ field of the same name, or values "
                                     "other than 0, 1 and empty).").format(", ".join(self.data.not_windows))
                return text
            return tr("No demand in layer {0}: the time-of-day profile needs people in at least one "
                      "unit.").format(name)
        if key == "coverage":
            if self.data.cost is None:
                return tr("Layer {0} has no travel time to the nearest facility (field cost_nearest): run "
                          "Accessibility to see the coverage curve.").format(name)
            return tr("No demand in layer {0}: the coverage curve needs people in at least one unit.").format(name)
        return tr("Layer {0} has no access field: run Accessibility on it to see this chart.").format(name)

    def _show_state(self):
        """The empty-state message, or the cards and charts; a chart that cannot draw for
        this layer says why on its own tab."""
        message = self.empty_message()
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))
        self.cards_box.setVisible(not message)
        self.form_box.setVisible(self.layer is not None)  # no layer: no field to choose
        self.layer_label.setVisible(self.layer is not None)
        for widget in (self.tabs, getattr(self, "hint", None), self.pg_label):
            if widget is not None:
                widget.setVisible(not message if widget is not self.pg_label else True)
        for key, (stack, label) in self.chart_pages.items():
            text = self.chart_message(key)
            label.setText(text)
            stack.setCurrentIndex(1 if text else 0)
            for button in stack.parentWidget().findChildren(QPushButton):
                if button.property("chart") == key:
                    button.setEnabled(not text)
        if self.tabs is not None and "time" in self.charts:
            # the time-of-day tab appears for a layer with time windows, and for one whose
            # access_/covered_ pairs are no windows (its page says why); a lone covered_area is not one
            has_windows = self.data is not None and bool(self.data.windows or self._broken_pairs())
            index = self.tabs.indexOf(self.chart_pages["time"][0].parentWidget())
            if self.tabs.currentIndex() == index and not has_windows:
                self.tabs.setCurrentIndex(0)
            self.tabs.setTabVisible(index, has_windows)
        if self.tabs is not None and "blocks" in self.charts:
            # the care blocks tab appears only for a careblocks units output
            has_blocks = self.data is not None and bool(self.data.blocks)
            index = self.tabs.indexOf(self.chart_pages["blocks"][0].parentWidget())
            if self.tabs.currentIndex() == index and not has_blocks:
                self.tabs.setCurrentIndex(0)
            self.tabs.setTabVisible(index, has_blocks)

    def _broken_pairs(self):
        """The covered_<label> fields that have an access_<label> partner but are no window
        (text, or values other than 0/1)."""
        if self.layer is None or self.data is None:
            return []
        pairs = {time_figures.COVERED_PREFIX + w for w in window_labels(self.layer.fields().names())}
        return [n for n in self.data.not_windows if n in pairs]

    def _update_cards(self, notes=()):
        key = self.data.summaries.get("key", {}) if self.data is not None else {}
        if self.data is not None and self.data.blocks:  # a careblocks units output: both groups reached
            cards = figures.block_card_texts(self.data.blocks)
        else:
            cards = figures.card_texts(key, self.target_spin.value(), self.threshold_spin.value(), self.cost_unit)
        for name, card in self.cards.items():
            text, tip, value = cards[name]
            card.setText(text)
            card.setToolTip(tip)
            card.setProperty("value", value)
        self.status.setText("\n".join(notes))

    # -- selection, both ways ------------------------------------------------------------
    def select_rows(self, rows, additive=False):
        """Select the features of chart ``rows`` in the layer (Ctrl adds to the selection)."""
        if self.layer is None or self.data is None:
            return
        fids = [int(f) for f in self.data.fids[np.asarray(rows, dtype=np.int64)]]
        behaviour = Qgis.SelectBehavior.AddToSelection if additive else Qgis.SelectBehavior.SetSelection
        self.layer.selectByIds(fids, behaviour)

    def _layer_selection_changed(self, *args):
        if self.layer is None or self.data is None:
            return
        self.selected_rows = self.data.rows_of(self.layer.selectedFeatureIds())
        for chart in self.charts.values():
            if hasattr(chart, "highlight"):
                chart.highlight(self.selected_rows)

    # -- export and run ---------------------------------------------------------------------
    def export_chart(self, key, path):
        """Write chart ``key`` (districts, histogram, coverage, lorenz, scatter, time, blocks) to
        ``path`` (.png or .svg)."""
        return self.charts[key].export(path)

    def _export_clicked(self, key, fmt):
        name = f"caremap_{key}.{fmt}"
        start = os.path.join(os.path.expanduser("~"), name)
        filters = tr("PNG image (*.png)") if fmt == "png" else tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export chart"), start, filters)
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_chart(key, path)

    def algorithm_parameters(self, alg):
        """Parameters pre-filled from the current layer for ``caremap:<alg>``."""
        layer = self.layer
        if layer is None:
            active = self.iface.activeLayer() if self.iface is not None and hasattr(self.iface, "activeLayer") else None
            return {"DEMAND": active.id()} if alg == "accessibility" and isinstance(active, QgsVectorLayer) else {}
        demand, district = self.demand_field(), self.district_field()
        names = set(layer.fields().names())
        if alg == "accessibility":
            params = {"DEMAND": layer.id(), "DEMAND_FIELD": demand}
        elif alg == "caregaps":
            params = {"INPUT": layer.id(), "DEMAND_FIELD": demand,
                      "TARGET_RATIO": self.target_spin.value()}
            if "access" in names:
                params.update({"SUPPLY_FIELD": "access", "SUPPLY_KIND": "access_ratio"})
            if district:
                params["DISTRICT_FIELD"] = district
        elif alg == "caredeserts":
            params = {"INPUT": layer.id(), "DEMAND_FIELD": demand}
            if self.cost_unit == figures.MINUTES:  # Care deserts' threshold is in minutes
                params["THRESHOLD"] = self.threshold_spin.value()
            if "cost_nearest" in names:
                params["COST_FIELD"] = "cost_nearest"
            if district:
                params["DISTRICT_FIELD"] = district
        else:
            params = {}
        return {k: v for k, v in params.items() if v not in (None, "")}

    def run_algorithm(self, alg):
        """Open the Processing dialog of ``caremap:<alg>`` pre-filled from this layer (it
        runs as a background task, so QGIS stays responsive)."""
        alg_id = f"caremap:{alg}"
        if QgsApplication.processingRegistry().algorithmById(alg_id) is None:
            if self.iface is not None:
                self.iface.messageBar().pushWarning(tr("CareMap"), tr("Algorithm {0} is not available.").format(alg_id))
            return None
        import processing

        from ..processing import choices

        definition = QgsApplication.processingRegistry().algorithmById(alg_id)
        params = {k: (choices.as_index(definition.parameterDefinition(k), v)
                      if definition.parameterDefinition(k) is not None else v)
                  for k, v in self.algorithm_parameters(alg).items()}
        # the dialog's choice widgets take the option's index, not its static value
        return processing.execAlgorithmDialog(alg_id, params)

    # -- teardown ---------------------------------------------------------------------------
    def close_down(self):
        """Disconnect every signal this dock connected (called by the plugin's unload)."""
        self._disconnect_all(self._layer_connections)
        self._disconnect_all(self._connections)
        for chart in self.charts.values():
            chart.close_down()
        self.layer = None
        self.data = None
