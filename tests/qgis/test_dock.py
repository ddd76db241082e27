"""The dock panel (pytest-qgis, offscreen): opens from the plugin's action, follows a
result layer, draws every chart with the right data, selection goes both ways between
charts and layer, exports, runs algorithms pre-filled, and unload removes it."""
from unittest import mock

import numpy as np
import pytest
from caremap.kernels import summaries
from caremap.ui import chart_base
from caremap.ui import charts as charts_module
from caremap.ui.dock import CareMapDock
from caremap.ui.layer_data import is_result_layer, result_kinds
from layers import point_layer, polygon_layer
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtWidgets import QPushButton

pg = pytest.importorskip("pyqtgraph")


_PROVIDERS = []  # Python references: a provider whose wrapper is collected loses its algorithms


def live_provider():
    """The registered caremap provider, re-registered (and kept referenced) when an
    earlier test left one whose Python side was garbage-collected."""
    from caremap.processing.provider import CareMapProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("caremap")
    try:
        ok = provider is not None and registry.createAlgorithmById("caremap:accessibility") is not None
    except Exception:  # noqa: BLE001  "Error creating algorithm from createInstance()"
        ok = False
    if not ok:
        if provider is not None:
            registry.removeProvider("caremap")  # by id: a stale wrapper has lost id()
        fresh = CareMapProvider()
        _PROVIDERS.append(fresh)
        registry.addProvider(fresh)
        provider = fresh
    return provider

POP = [100.0, 200.0, 50.0, 400.0, 300.0, 10.0, 0.0, 600.0]
ACCESS = [0.5, 0.25, 0.0, 0.1, 0.05, 1.0, 0.0, 0.02]
COST = [4.0, 12.0, None, 25.0, 31.0, 2.0, None, 45.0]
DISTRICT = ["Norte", "Norte", "Norte", "Sur", "Sur", "Sur", "Sur", "Sur"]
DESERT = [0, 0, 0, 1, 1, 0, 0, 1]
MORNING = [1, 1, 0, 0, 0, 0, 0, 0]   # covered_<label> of two caregivers' time windows
EVENING = [1, 0, 0, 0, 0, 1, 0, None]


def result_layer():
    n = len(POP)
    return polygon_layer([(100.0 * i, 0.0, 90.0) for i in range(n)], {
        "block_id": [f"B{i}" for i in range(n)],
        "district": DISTRICT,
        "pop_total": [p * p + 7 for p in POP],  # not an affine copy: z-scores differ
        "kids": POP,
        "access": ACCESS,
        "access_norm": [a / 0.1 for a in ACCESS],  # not the demand-weighted mean: z_demand decides
        "cost_nearest": COST,
        "n_reachable": [1, 1, 0, 1, 1, 2, 0, 1],
        "covered": [1, 1, 0, 0, 0, 1, 0, 0],
        "covered_morning": MORNING, "covered_evening": EVENING,  # with their access_ fields, as Accessibility
        "access_morning": [0.1 * m for m in MORNING], "access_evening": [None if e is None else 0.1 * e for e in EVENING],
        "z_demand": ((np.array(POP) - np.mean(POP)) / np.std(POP)).tolist(), "high_demand": DESERT, "low_access": DESERT,
        "desert": DESERT, "desert_type": DESERT,
    }, name="care result")


@pytest.fixture()
def layer():
    lyr = result_layer()
    QgsProject.instance().addMapLayer(lyr)
    layer_id = lyr.id()
    yield lyr
    if QgsProject.instance().mapLayer(layer_id) is not None:
        QgsProject.instance().removeMapLayer(layer_id)


@pytest.fixture()
def dock(qgis_iface):
    d = CareMapDock(qgis_iface)
    yield d
    d.close_down()
    d.deleteLater()


def test_result_layers_are_recognised_by_their_fields():
    lyr = result_layer()
    assert result_kinds(lyr.fields().names()) == {"access", "deserts"}
    assert is_result_layer(lyr)
    assert not is_result_layer(point_layer([(0, 0)], {"pop": [1.0]}))
    assert not is_result_layer(None)


def test_dock_opens_from_the_action_and_unload_removes_it(qgis_app, qgis_iface):
    import caremap

    registry = QgsApplication.processingRegistry()
    had = registry.providerById("caremap")
    if had is not None and had.id() != "caremap":
        pytest.skip("an earlier test left a stale caremap provider (its Python side was collected) "
                    "that the registry cannot remove")
    if had is not None:  # the session provider: out for this lifecycle test
        registry.removeProvider("caremap")  # by id: a stale wrapper may have lost id()
    project = QgsProject.instance()
    before = project.receivers(project.layersWillBeRemoved)
    try:
        plugin = caremap.classFactory(qgis_iface)
        plugin.initGui()
        plugin.action.setChecked(True)
        dock = plugin.dock
        assert isinstance(dock, CareMapDock) and dock.objectName() == "CareMapDock"
        assert set(dock.charts) == {"districts", "histogram", "coverage", "lorenz", "scatter", "time", "blocks"}
        assert project.receivers(project.layersWillBeRemoved) == before + 1
        assert qgis_iface.receivers(qgis_iface.currentLayerChanged) >= 1
        plugin.action.setChecked(False)
        assert not dock.isVisible()
        plugin.unload()
        assert plugin.dock is None
        assert project.receivers(project.layersWillBeRemoved) == before
        assert qgis_iface.receivers(qgis_iface.currentLayerChanged) == 0
        assert dock._connections == [] and dock._layer_connections == []
    finally:
        if had is not None and registry.providerById("caremap") is None:
            from caremap.processing.provider import CareMapProvider

            fresh = CareMapProvider()
            _PROVIDERS.append(fresh)  # keep its Python side alive
            registry.addProvider(fresh)


def test_every_signal_is_disconnected_on_close_down(qgis_iface, layer):
    iface = mock.MagicMock()
    iface.activeLayer.return_value = layer
    before = layer.receivers(layer.selectionChanged)
    d = CareMapDock(iface)
    assert d.layer is layer  # follows the active layer on creation
    iface.currentLayerChanged.connect.assert_called_once_with(d.follow_layer)
    assert layer.receivers(layer.selectionChanged) == before + 1
    d.close_down()
    iface.currentLayerChanged.disconnect.assert_called_once_with(d.follow_layer)
    assert layer.receivers(layer.selectionChanged) == before
    d.deleteLater()


def test_follows_result_layers_only(dock, layer, qgis_iface):
    assert dock.layer is None
    plain = point_layer([(0, 0)], {"pop": [1.0]}, name="plain")
    dock.follow_layer(plain)
    assert dock.layer is None
    dock.follow_layer(layer)
    assert dock.layer is layer and "care result" in dock.layer_label.text()
    assert "accessibility" in dock.layer_label.text() and "care deserts" in dock.layer_label.text()
    layer.setName("<script>x</script> & co")
    dock.follow_layer(None)
    dock.follow_layer(layer)
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in dock.layer_label.text()  # markup shown as text
    assert dock.demand_field() == "kids"  # recognised from z_demand and dock.district_field() == "district"
    dock.follow_layer(plain)  # a non-result layer keeps the last result on show
    assert dock.layer is layer
    dock.follow_layer(None)
    assert dock.layer is None
    qgis_iface.setActiveLayer(layer)  # the stub does not emit: showing the dock syncs
    dock.show()
    assert dock.layer is layer
    QgsProject.instance().removeMapLayer(layer.id())
    assert dock.layer is None


def test_cards_and_every_chart_draw_the_right_data(dock, layer):
    dock.follow_layer(layer)
    # the layer's fields put its threshold in [12, 25) min (covered 12 min, uncovered 25):
    # the dock's 10 min disagrees, so it reads 20 (the roundest there); set it anyway
    assert dock.threshold_spin.value() == 20.0
    dock.threshold_spin.setValue(20.0)
    P, A = np.array(POP), np.array(ACCESS)
    # hand-computed at the dock's own controls (threshold 20 min, target 0.333):
    # within 20 min: units 0 (4 min), 1 (12), 5 (2) -> 100 + 200 + 10 = 310
    assert dock.cards["people_within"].property("value") == pytest.approx(310.0)
    assert "People within 20 min" in dock.cards["people_within"].text()
    assert dock.cards["people_in_deserts"].property("value") == pytest.approx(400 + 300 + 600)
    # places missing for 0.333/person: sum max(0, 0.333 P - A P), per unit
    missing = np.maximum(0.0, 0.333 * P - A * P).sum()
    assert missing == pytest.approx(0 + 16.6 + 16.65 + 93.2 + 84.9 + 0 + 0 + 187.8)
    assert dock.cards["places_missing"].property("value") == pytest.approx(missing)
    assert "Places missing for 0.333/person" in dock.cards["places_missing"].text()
    # the figures follow the controls
    dock.threshold_spin.setValue(30.0)  # unit 3 (25 min) joins: 310 + 400
    assert dock.cards["people_within"].property("value") == pytest.approx(710.0)
    dock.target_spin.setValue(0.1)  # 10 - 50 -> 0, 20 - 50 -> 0, 5, 40 - 40, 30 - 15, 1 - 10, 0, 60 - 12
    assert dock.cards["places_missing"].property("value") == pytest.approx(5 + 15 + 48)
    dock.threshold_spin.setValue(20.0)
    dock.target_spin.setValue(0.333)

    bars = dock.charts["districts"]
    norte = np.array([d == "Norte" for d in DISTRICT])
    assert bars.demand_item.opts["width"].tolist() == pytest.approx([P[norte].sum(), P[~norte].sum()])
    assert bars.places_item.opts["width"].tolist() == pytest.approx([(A * P)[norte].sum(), (A * P)[~norte].sum()])
    assert bars.demand_item.opts["y"].tolist() == pytest.approx([-0.2, 0.8])
    ticks = bars.plot.getAxis("left")._tickLevels[0]
    assert [t[1] for t in ticks] == ["Norte", "Sur"]

    hist = dock.charts["histogram"]
    heights = np.asarray(hist.bars.opts["height"])
    assert heights.sum() == pytest.approx(P.sum())  # people per access bin
    edges = np.linspace(0.0, summaries.display_max(A, 0.95, at_least=2 * 0.333), 21)
    assert np.asarray(hist.bars.opts["x0"]) == pytest.approx(edges[:-1])
    assert heights[0] == pytest.approx(P[A < edges[1]].sum())
    assert heights[-1] == pytest.approx(P[A >= edges[-2]].sum())  # the tail counts in the last bin
    assert hist.target_line.value() == pytest.approx(0.333)

    cov = dock.charts["coverage"]
    x, y = cov.curve.getData()
    # drawn over the computed range only: 0..45 min (the largest cost) in steps of 2, then 45
    assert x[0] == 0 and x[-1] == 45.0 and x[1] == 2.0
    total = P.sum()  # 1660
    assert y[x.tolist().index(4.0)] == pytest.approx(100 * 110 / total)  # costs 2 and 4 (inclusive)
    assert y[x.tolist().index(12.0)] == pytest.approx(100 * 310 / total)
    assert y[-1] == pytest.approx(100 * (1660 - 50 - 0) / total)  # the two NULL costs never count
    assert cov.threshold_line.value() == 20.0

    lor = dock.charts["lorenz"]
    px, py = lor.curve.getData()
    # by hand: units sorted by access; breakpoints (cumulative people, cumulative places) / totals
    order = np.argsort(A, kind="mergesort")
    cum_p = np.r_[0, np.cumsum(P[order])] / P.sum()
    cum_s = np.r_[0, np.cumsum((A * P)[order])] / (A * P).sum()
    assert px[0] == 0 and px[-1] == 1
    assert py == pytest.approx(np.interp(px, cum_p, cum_s))
    gini = 1 - np.sum(np.diff(cum_p) * (cum_s[1:] + cum_s[:-1]))  # trapezoids under the curve
    assert f"Gini {gini:.2f}" in lor.plot.titleLabel.text
    assert "inf" not in lor.plot.titleLabel.text and "∞" not in lor.plot.titleLabel.text

    sc = dock.charts["scatter"]
    sx, sy = sc.points.getData()
    assert sx.tolist() == POP and sy.tolist() == pytest.approx(ACCESS)
    rect = sc.quadrant.rect()
    z = (P - P.mean()) / P.std()  # the desert rule's cut-off in people, by hand
    assert rect.left() == pytest.approx(P.mean() + np.median(z[z > 0]) * P.std())
    assert rect.height() == pytest.approx(0.333)
    desert_brush = [p.brush().color().name().lower() for p in sc.points.points()]
    assert [b == "#d55e00" for b in desert_brush] == [bool(d) for d in DESERT]
    scatters = [i for i in sc.plot.items if isinstance(i, pg.ScatterPlotItem)]
    assert len(scatters) == 2  # all points in one item, plus the selection overlay

    dock.target_spin.setValue(0.5)  # settings redraw the charts
    assert hist.target_line.value() == pytest.approx(0.5)


def test_selection_round_trip(dock, layer):
    dock.follow_layer(layer)
    fids = sorted(layer.allFeatureIds())
    sc = dock.charts["scatter"]
    spots = sc.points.points()
    sc._points_clicked(sc.points, [spots[3]])  # chart -> map
    assert layer.selectedFeatureIds() == [fids[3]]
    assert dock.selected_rows.tolist() == [3]  # map -> chart, through selectionChanged
    hx, hy = sc.selected_points.getData()
    assert hx.tolist() == [POP[3]] and hy.tolist() == pytest.approx([ACCESS[3]])

    dock.charts["districts"].click_at(10.0, 1.1)  # the "Sur" bars
    assert sorted(layer.selectedFeatureIds()) == [fids[i] for i in range(8) if DISTRICT[i] == "Sur"]
    assert dock.charts["districts"].highlighted.tolist() == [False, True]
    dock.charts["districts"].click_at(10.0, -0.1, additive=True)
    assert len(layer.selectedFeatureIds()) == 8

    hist = dock.charts["histogram"]
    hist.click_at(float(hist.data.summaries["hist_edges"][-1]) - 1e-9, 1.0)  # top bin: the tail, access 1.0
    assert layer.selectedFeatureIds() == [fids[5]]

    sc.view_box.sigBoxSelected.emit(QRectF(250.0, 0.0, 500.0, 0.2), False)  # Shift+drag box
    assert sorted(layer.selectedFeatureIds()) == [fids[i] for i in range(8) if POP[i] >= 250 and ACCESS[i] <= 0.2]

    layer.selectByIds([fids[0], fids[1]])  # map -> charts
    assert dock.selected_rows.tolist() == [0, 1]
    assert np.sum(hist.selected_counts) == pytest.approx(POP[0] + POP[1])
    assert dock.charts["districts"].highlighted.tolist() == [True, False]
    x, y = dock.charts["coverage"].selected_curve.getData()
    assert y[-1] == pytest.approx(100.0)  # both selected units reach a facility in 12 min
    layer.removeSelection()
    assert dock.selected_rows.tolist() == []
    assert sc.selected_points.getData()[0].size == 0


def test_thousands_of_units_use_one_scatter_item(dock):
    n = 5000
    rng = np.random.default_rng(3)
    lyr = point_layer(list(zip(rng.random(n) * 1e4, rng.random(n) * 1e4)), {
        "pop": rng.integers(0, 300, n).astype(float).tolist(),
        "access": rng.random(n).tolist(), "access_norm": rng.random(n).tolist(),
        "cost_nearest": (rng.random(n) * 70).tolist(), "n_reachable": [1] * n, "covered": [1] * n},
        name="big")
    dock.follow_layer(lyr)
    sc = dock.charts["scatter"]
    assert sc.points.getData()[0].size == n
    assert len([i for i in sc.plot.items if isinstance(i, pg.ScatterPlotItem)]) == 2
    assert dock.charts["coverage"].curve.opts["clipToView"]
    assert dock.charts["lorenz"].curve.opts["autoDownsample"]
    dock.follow_layer(None)


def test_export_png_and_svg(dock, layer, tmp_path):
    dock.follow_layer(layer)
    for key in dock.charts:
        png = dock.export_chart(key, str(tmp_path / f"{key}.png"))
        svg = dock.export_chart(key, str(tmp_path / f"{key}.svg"))
        with open(png, "rb") as fh:
            assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
        with open(svg, encoding="utf-8") as fh:
            assert "<svg" in fh.read()
    names = {b.objectName() for b in dock.findChildren(QPushButton)}
    assert {f"export_{k}_{f}" for k in dock.charts for f in ("png", "svg")} <= names


def test_run_buttons_open_the_prefilled_dialog(dock, layer, caremap_provider):
    live_provider()
    import processing

    dock.follow_layer(layer)
    with mock.patch.object(processing, "execAlgorithmDialog", return_value={}) as dialog:
        dock.run_buttons["caregaps"].click()
        dock.run_buttons["caredeserts"].click()
        dock.run_buttons["accessibility"].click()
    calls = [c.args for c in dialog.call_args_list]
    from caremap.processing import choices

    kind_index = choices.as_index(caremap_provider.algorithm("caregaps").parameterDefinition("SUPPLY_KIND"), "access_ratio")
    assert isinstance(kind_index, int)
    assert calls[0][0] == "caremap:caregaps"
    assert calls[0][1] == {"INPUT": layer.id(), "DEMAND_FIELD": "kids", "TARGET_RATIO": pytest.approx(0.333),
                           "SUPPLY_FIELD": "access", "SUPPLY_KIND": kind_index, "DISTRICT_FIELD": "district"}
    # the dialog's choice widget takes the option's index: access_ratio's, not its static text
    alg = caremap_provider.algorithm("caregaps")
    assert alg.enum_value({"SUPPLY_KIND": kind_index}, "SUPPLY_KIND", None) == "access_ratio"
    assert calls[1][0] == "caremap:caredeserts" and calls[1][1]["COST_FIELD"] == "cost_nearest"
    assert calls[2] == ("caremap:accessibility", {"DEMAND": layer.id(), "DEMAND_FIELD": "kids"})
    # the parameters are valid for the algorithms
    import importlib
    import inspect

    from caremap.processing.base import CareMapAlgorithm

    for alg_id, params in calls:
        name = alg_id.split(":")[1]
        module = importlib.import_module(f"caremap.processing.algorithms.{name}")
        alg = next(c for c in vars(module).values() if inspect.isclass(c) and issubclass(c, CareMapAlgorithm)
                   and c.ALGORITHM_ID == name)()
        alg.initAlgorithm({})
        for name in params:
            assert alg.parameterDefinition(name) is not None, (alg_id, name)


def test_without_pyqtgraph_the_dock_still_opens(qgis_iface, layer, monkeypatch):
    monkeypatch.setattr(charts_module, "load_pyqtgraph", lambda: (None, "No module named 'pyqtgraph'"))
    d = CareMapDock(qgis_iface)
    try:
        assert d.charts == {} and d.tabs is None
        assert "pyqtgraph" in d.pg_label.text() and "apt install python3-pyqtgraph" in d.pg_label.text()
        d.follow_layer(layer)
        assert d.cards["people_within"].property("value") == pytest.approx(100 + 200 + 10)
    finally:
        d.close_down()


def test_ext_libs_is_used_only_when_the_import_fails(monkeypatch, tmp_path):
    import sys

    before = list(sys.path)
    pgmod, err = charts_module.load_pyqtgraph()
    assert pgmod is not None and err == ""
    assert sys.path == before  # QGIS's own pyqtgraph: ext_libs not added
    # no system pyqtgraph: the bundled copy in ext_libs/ is used
    ext = tmp_path / "ext_libs"
    (ext / "pyqtgraph").mkdir(parents=True)
    (ext / "pyqtgraph" / "__init__.py").write_text("BUNDLED = True\n")
    (ext / "pyqtgraph" / "exporters.py").write_text("")
    monkeypatch.setattr(chart_base, "EXT_LIBS", str(ext))
    for name in [m for m in sys.modules if m == "pyqtgraph" or m.startswith("pyqtgraph.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if "dist-packages" not in p and "site-packages" not in p])
    pgmod, err = charts_module.load_pyqtgraph()
    assert err == "" and getattr(pgmod, "BUNDLED", False)
    assert sys.path[-1] == str(ext)
    for name in [m for m in sys.modules if m == "pyqtgraph" or m.startswith("pyqtgraph.")]:
        monkeypatch.delitem(sys.modules, name)
    # neither: a message, no exception
    monkeypatch.setattr(chart_base, "EXT_LIBS", str(tmp_path / "missing"))
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(ext)])
    pgmod, err = charts_module.load_pyqtgraph()
    assert pgmod is None and "pyqtgraph" in err


def test_shift_drag_on_the_scatter_selects_a_box(dock, layer):
    from qgis.PyQt.QtCore import QPointF, Qt

    dock.follow_layer(layer)
    dock.resize(600, 900)
    dock.show()
    dock.tabs.setCurrentIndex(list(dock.charts).index("scatter"))
    sc = dock.charts["scatter"]
    sc.widget.resize(500, 400)
    QgsApplication.processEvents()
    vb = sc.view_box
    to_box = vb.childGroup.mapToParent  # data -> view-box coordinates
    event = mock.MagicMock()
    event.button.return_value = Qt.MouseButton.LeftButton
    event.modifiers.return_value = Qt.KeyboardModifier.ShiftModifier
    event.isFinish.return_value = True
    event.buttonDownPos.return_value = to_box(QPointF(250.0, -0.01))
    event.pos.return_value = to_box(QPointF(700.0, 0.2))
    vb.mouseDragEvent(event)
    event.accept.assert_called()
    fids = sorted(layer.allFeatureIds())
    assert sorted(layer.selectedFeatureIds()) == [fids[i] for i in range(8) if POP[i] >= 250 and ACCESS[i] <= 0.2]
    event.modifiers.return_value = Qt.KeyboardModifier.NoModifier  # a plain drag is pyqtgraph's pan
    layer.removeSelection()
    with mock.patch.object(pg.ViewBox, "mouseDragEvent") as pan:
        vb.mouseDragEvent(event)
    pan.assert_called_once()
    assert layer.selectedFeatureIds() == []


# -- issue 18: width, empty state, colours, legends, threshold ------------------------------
def _in_window(dock):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow, QWidget

    window = QMainWindow()
    window.setCentralWidget(QWidget())
    dock.setParent(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1400, 900)
    window.show()
    for _ in range(5):
        QgsApplication.processEvents()
    return window


def test_dock_opens_at_a_width_that_fits_its_content(dock, layer):
    window = _in_window(dock)
    dock.follow_layer(layer)
    QgsApplication.processEvents()
    assert dock.widget().minimumWidth() >= 380
    assert dock.width() >= dock.widget().minimumWidth()
    assert dock.width() < 0.6 * window.width()  # fits its content, does not take the window
    bar = dock.tabs.tabBar()
    for i, chart in enumerate(dock.charts.values()):
        if not dock.tabs.isTabVisible(i):  # a tab for other layers (care blocks): its own test
            continue
        dock.tabs.setCurrentIndex(i)
        for _ in range(3):
            QgsApplication.processEvents()
        assert bar.width() >= bar.sizeHint().width(), "the tabs scroll"
        title = chart.plot.titleLabel
        text = title.item.mapRectToScene(title.item.boundingRect())
        view = chart.widget.viewport().rect()
        assert text.left() >= 0 and text.right() <= view.width(), (chart.title, text, view)  # title not cut
    for card in dock.cards.values():  # cards side by side, none squeezed below its text
        assert card.width() >= card.minimumSizeHint().width()
    window.removeDockWidget(dock)
    dock.setParent(None)
    window.deleteLater()


def test_empty_state_says_what_to_do_instead_of_empty_axes(dock, layer):
    window = _in_window(dock)
    assert dock.layer is None
    assert dock.empty_label.isVisible() and not dock.tabs.isVisible() and not dock.cards_box.isVisible()
    assert "No CareMap result selected" in dock.empty_label.text()
    assert "Layers panel" in dock.empty_label.text()
    assert not dock.form_box.isVisible() and not dock.layer_label.isVisible()  # said once, no empty boxes
    dock.follow_layer(layer)
    QgsApplication.processEvents()
    assert not dock.empty_label.isVisible() and dock.tabs.isVisible() and dock.cards_box.isVisible()
    assert all(stack.currentIndex() == 0 for key, (stack, _) in dock.chart_pages.items() if key != "blocks")
    # a care gaps layer has no travel times: the coverage tab says so, its export is off
    gaps = polygon_layer([(100.0 * i, 0.0, 90.0) for i in range(3)], {
        "pop": [10.0, 20.0, 30.0], "coverage": [0.5, 1.0, 0.0], "unmet": [5.0, 0.0, 30.0]}, name="my gaps")
    QgsProject.instance().addMapLayer(gaps)
    dock.follow_layer(gaps)
    QgsApplication.processEvents()
    stack, message = dock.chart_pages["coverage"]
    assert stack.currentIndex() == 1 and "my gaps" in message.text() and "cost_nearest" in message.text()
    assert not dock.findChild(QPushButton, "export_coverage_png").isEnabled()
    stack, message = dock.chart_pages["scatter"]
    assert stack.currentIndex() == 1 and "access" in message.text()
    dock.follow_layer(None)
    assert dock.empty_label.isVisible() and not dock.tabs.isVisible()
    QgsProject.instance().removeMapLayer(gaps.id())
    window.removeDockWidget(dock)
    dock.setParent(None)
    window.deleteLater()


def _distance(a, b):
    return sum((x - y) ** 2 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3])) ** 0.5


def test_deserts_and_the_selection_have_distinct_colours(dock, layer):
    from qgis.PyQt.QtGui import QColor

    dock.follow_layer(layer)
    sc = dock.charts["scatter"]
    layer.selectByIds([sorted(layer.allFeatureIds())[3]])  # a desert unit, selected
    desert = next(p.brush().color() for p, d in zip(sc.points.points(), DESERT) if d)
    ring = sc.selected_points.opts["pen"].color()
    assert desert.name().lower() == chart_base.DESERT_COLOUR.lower()
    assert ring.name().lower() == chart_base.HIGHLIGHT_COLOUR.lower()
    assert _distance(desert, ring) > 100  # not one orange for both (was #d55e00 vs #e69f00: 82)
    assert _distance(QColor("#d55e00"), QColor("#e69f00")) < 100  # the measure tells those apart
    bars = dock.charts["districts"]
    assert bars.demand_item.opts["pens"][1].color().name().lower() == chart_base.HIGHLIGHT_COLOUR.lower()
    layer.removeSelection()


def test_every_chart_names_its_marks_and_the_scatter_has_a_legend(dock, layer):
    dock.follow_layer(layer)
    sc = dock.charts["scatter"]
    assert sc.legend_labels() == ["Other units", "Care deserts", "Selected", "High demand, low access"]
    title = sc.plot.titleLabel.text
    for label in sc.legend_labels():
        assert label in title
    assert chart_base.DESERT_COLOUR in title and chart_base.HIGHLIGHT_COLOUR in title
    plain = point_layer([(0, 0), (1, 1)], {"pop": [1.0, 2.0], "access": [0.1, 0.2], "access_norm": [1.0, 2.0],
                                           "cost_nearest": [1.0, 2.0], "n_reachable": [1, 1], "covered": [1, 1]},
                        name="access only")
    dock.follow_layer(plain)  # no desert field: no desert entry
    assert "Care deserts" not in sc.legend_labels() and "Units" in sc.legend_labels()
    dock.follow_layer(None)
    dock.follow_layer(layer)
    assert dock.charts["districts"].legend_labels()[:2] == ["Demand (people)", "Accessible places"]
    assert not [i for i in dock.charts["districts"].plot.items if isinstance(i, pg.LegendItem)]  # none over bars
    assert dock.charts["coverage"].legend_labels()[:2] == ["All units", "Selected units"]


def test_threshold_read_back_from_the_layer():
    from caremap.kernels.costs import DEFAULT_THRESHOLD_MINUTES

    cost = [4.0, 12.0, np.nan, 25.0, 31.0, 2.0, 45.0]
    covered = [1, 1, 0, 0, 0, 1, 0]  # T in [12, 25)
    assert summaries.threshold_from_coverage(cost, covered, prefer=15.0) == 15.0  # the dock's own value fits
    assert summaries.threshold_from_coverage(cost, covered, prefer=30.0) == 20.0  # roundest in [12, 25)
    assert summaries.threshold_from_coverage([4, 9, 12], [1, 1, 0], prefer=20.0) == DEFAULT_THRESHOLD_MINUTES
    assert summaries.threshold_from_coverage([4, 9, 14], [1, 0, 0]) == 5.0  # [4, 9): no 10, a multiple of 5
    assert summaries.threshold_from_coverage([4, 6.5, 7], [1, 1, 0]) == 6.5  # no whole number in [6.5, 7)
    assert summaries.threshold_from_coverage([4, 12], [1, 1]) is None  # nothing uncovered: T unknown
    assert summaries.threshold_from_coverage([4, 12], [0, 0]) is None
    assert summaries.threshold_from_coverage([4, 12], [0, 1]) is None  # contradicts the rule


def test_care_deserts_button_prefills_the_layers_own_threshold(dock, caremap_provider):
    live_provider()
    import processing

    n = len(POP)
    ten = polygon_layer([(100.0 * i, 0.0, 90.0) for i in range(n)], {
        "kids": POP, "access": ACCESS, "access_norm": ACCESS, "cost_nearest": COST,
        "n_reachable": [1] * n, "covered": [1 if c is not None and c <= 10 else 0 for c in COST]},
        name="ten minutes")  # covered 4 and 2 min, uncovered 12: T in [4, 12)
    QgsProject.instance().addMapLayer(ten)
    dock.threshold_spin.setValue(20.0)
    dock.follow_layer(ten)
    assert dock.threshold_spin.value() == 10.0
    with mock.patch.object(processing, "execAlgorithmDialog", return_value={}) as dialog:
        dock.run_buttons["caredeserts"].click()
    assert dialog.call_args.args[1]["THRESHOLD"] == 10.0
    dock.threshold_spin.setValue(8.0)  # the user's own value, also within [4, 12), is kept
    dock.follow_layer(None)
    dock.follow_layer(ten)
    assert dock.threshold_spin.value() == 8.0
    QgsProject.instance().removeMapLayer(ten.id())
    # a layer that does not say its threshold: the dock's own value
    plain = polygon_layer([(0.0, 0.0, 90.0)], {"kids": [5.0], "coverage": [1.0], "unmet": [0.0]}, name="gaps")
    dock.threshold_spin.setValue(17.0)
    dock.follow_layer(plain)
    assert dock.algorithm_parameters("caredeserts")["THRESHOLD"] == 17.0


def test_dock_counts_speak_in_numerus_forms(dock):
    from caremap.ui import figures

    one = figures.trn("%n unit(s) without a value in {0}, left out of the figures.", 1).format("kids")
    many = figures.trn("%n unit(s) without a value in {0}, left out of the figures.", 3).format("kids")
    assert one == "1 unit without a value in kids, left out of the figures."
    assert many == "3 units without a value in kids, left out of the figures."


def test_time_of_day_profile_shares_per_window_and_only_for_layers_with_windows(dock, layer):
    """The time tab: all hours then each window (covered_<label>), the share of demand by
    hand; a click selects the units with no open facility in reach then; a layer without
    window fields hides the tab and its page says what to run."""
    dock.follow_layer(layer)
    time_chart = dock.charts["time"]
    index = dock.tabs.indexOf(dock.chart_pages["time"][0].parentWidget())
    assert dock.tabs.isTabVisible(index) and dock.chart_message("time") == ""
    assert sum(POP) == 1660  # EVENING's NULL (unit 7, 600 people) is left out of its figure
    assert time_chart.labels == [None, "morning", "evening"]
    heights = np.asarray(time_chart.bars.opts["height"])
    assert heights == pytest.approx([100 * 310 / 1660, 100 * 300 / 1660, 100 * 110 / 1060])
    ticks = [t[1] for t in time_chart.plot.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["all hours: 18.7%", "morning: 18.1%", "evening: 10.4%"]
    assert time_chart.legend_labels() == ["All hours", "Time windows", "Selected units"]
    # invariant: a window's people never exceed the people covered at all hours
    prof = dock.data.summaries["time_profile"]
    assert all(p["people"] <= prof[0]["people"] for p in prof)
    # a click on the evening bar selects the units with no facility open within reach in the evening
    time_chart.click_at(2.0, 5.0)
    picked = sorted(layer.selectedFeatureIds())
    fids = sorted(layer.allFeatureIds())
    assert picked == [fids[i] for i, e in enumerate(EVENING) if e == 0]
    sel = np.asarray(time_chart.selected_bars.opts["height"])
    # none of them covered in the evening; at all hours and in the morning unit 1 (200 of 950)
    assert sel == pytest.approx([100 * 200 / 950, 100 * 200 / 950, 0.0])
    layer.selectByIds([fids[0], fids[1]])  # 100 + 200 people, both covered; the evening only unit 0
    sel = np.asarray(time_chart.selected_bars.opts["height"])
    assert sel == pytest.approx([100.0, 100.0, 100 * 100 / 300])
    layer.removeSelection()
    dock.export_chart("time", "/tmp/h13_time.png")

    plain = point_layer([(0, 0), (1, 1)], {"pop": [1.0, 2.0], "access": [0.1, 0.2], "access_norm": [1.0, 2.0],
                                           "cost_nearest": [1.0, 2.0], "n_reachable": [1, 1], "covered": [1, 1]},
                        name="no windows")
    dock.tabs.setCurrentIndex(index)
    dock.follow_layer(plain)
    assert not dock.tabs.isTabVisible(index) and dock.tabs.currentIndex() != index
    message = dock.chart_message("time")
    assert "no windows" in message and "covered_<label>" in message and "Accessibility" in message
    assert time_chart.data is None
    dock.follow_layer(None)
    dock.follow_layer(layer)
    assert dock.tabs.isTabVisible(index)


def blocks_layer():
    """A careblocks units output by hand: block 2 already open (units 3, 4), block 1 new
    (units 1, 2); units 0 and 5 out of reach. Dependants 33 in all, caregivers 45."""
    nan = None
    return polygon_layer([(100.0 * i, 0.0, 90.0) for i in range(6)], {
        "uid": [f"u{i}" for i in range(6)],
        "care_demand": [10.0, 0.0, 8.0, 5.0, 7.0, 3.0],
        "women_15_64": [5.0, 20.0, 8.0, 4.0, 6.0, 2.0],
        "block": [nan, 1, 1, 2, 2, nan], "block_before": [nan, nan, nan, 2, 2, nan],
        "covered_before": [0, 0, 0, 1, 1, 0], "covered_after": [0, 1, 1, 1, 1, 0],
        "covered_dependants": [0.0, 0.0, 8.0, 5.0, 7.0, 0.0],
        "covered_caregivers": [0.0, 20.0, 8.0, 4.0, 6.0, 0.0],
        "weight": [15.0, 20.0, 16.0, 9.0, 13.0, 5.0], "hours_freed_week": [0.0] * 6,
    }, name="my blocks")


def test_care_blocks_tab_bars_cards_and_selection(dock, layer):
    """A careblocks units output: the Care blocks tab shows per block the dependants and
    caregivers it reaches (by hand), the cards the share of each group covered; a click on
    a block's bars selects its units; other layers hide the tab and its page says why."""
    blocks = blocks_layer()
    QgsProject.instance().addMapLayer(blocks)
    window = _in_window(dock)
    dock.follow_layer(blocks)
    QgsApplication.processEvents()
    chart = dock.charts["blocks"]
    index = dock.tabs.indexOf(dock.chart_pages["blocks"][0].parentWidget())
    assert dock.tabs.isTabVisible(index) and dock.tabs.currentIndex() == index
    assert dock.chart_message("blocks") == "" and "care blocks" in dock.layer_label.text()
    assert chart.blocks.tolist() == [1, 2]
    assert np.asarray(chart.dependants_item.opts["width"]).tolist() == [8.0, 12.0]
    assert np.asarray(chart.caregivers_item.opts["width"]).tolist() == [28.0, 10.0]
    plan = dock.data.blocks
    assert (plan["dependants_field"], plan["caregivers_field"]) == ("care_demand", "women_15_64")
    assert (plan["dependants_total"], plan["caregivers_total"]) == (33.0, 45.0)
    assert plan["dependants_share_after"] == pytest.approx(20 / 33)
    assert plan["caregivers_share_before"] == pytest.approx(10 / 45)
    assert (plan["new_blocks"], plan["open_blocks"]) == (1, 1)
    cards = {k: c.text() for k, c in dock.cards.items()}
    assert dock.cards["people_within"].property("value") == 20.0
    assert "60.6% of them" in cards["people_within"] and "(36.4% before)" in cards["people_within"]
    assert dock.cards["people_in_deserts"].property("value") == 38.0
    assert "84.4% of them" in cards["people_in_deserts"] and "(22.2% before)" in cards["people_in_deserts"]
    assert dock.cards["places_missing"].property("value") == 2 and "1 new block" in cards["places_missing"]
    # the two groups' colours stay apart from the selection's
    from qgis.PyQt.QtGui import QColor
    sel = QColor(chart_base.HIGHLIGHT_COLOUR)
    for colour in (chart_base.DEPENDANTS_COLOUR, chart_base.CAREGIVERS_COLOUR):
        assert _distance(QColor(colour), sel) > 100
    assert _distance(QColor(chart_base.DEPENDANTS_COLOUR), QColor(chart_base.CAREGIVERS_COLOUR)) > 100
    assert chart.legend_labels() == ["People who need care", "Caregivers", "Selected"]
    # title not cut at the dock's width
    for _ in range(3):
        QgsApplication.processEvents()
    text = chart.plot.titleLabel.item.mapRectToScene(chart.plot.titleLabel.item.boundingRect())
    assert text.left() >= 0 and text.right() <= chart.widget.viewport().rect().width()
    # a click on block 2's bars selects units 3 and 4; a unit selected on the map rings its block
    fids = sorted(blocks.allFeatureIds())
    chart.click_at(5.0, 1.0)
    assert sorted(blocks.selectedFeatureIds()) == [fids[3], fids[4]]
    assert chart.highlighted.tolist() == [False, True]
    blocks.selectByIds([fids[1]])
    assert chart.highlighted.tolist() == [True, False]
    assert chart.dependants_item.opts["pens"][0].color().name().lower() == chart_base.HIGHLIGHT_COLOUR.lower()
    blocks.removeSelection()
    # another result layer: the tab hides, its page says what to run
    dock.follow_layer(layer)
    assert not dock.tabs.isTabVisible(index) and dock.tabs.currentIndex() != index
    message = dock.chart_message("blocks")
    assert "care result" in message and "covered_dependants" in message and "Care blocks" in message
    assert chart.data is None
    window.removeDockWidget(dock)
    dock.setParent(None)
    window.deleteLater()
    QgsProject.instance().removeMapLayer(blocks.id())


def test_time_of_day_ticks_in_the_number_locale(dock, layer):
    """The shares under the time-of-day bars are written as the cards' numbers are: 18,7%
    in Portuguese, never 18.7%."""
    from qgis.PyQt.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))
    try:
        dock.follow_layer(layer)
        ticks = [t[1] for t in dock.charts["time"].plot.getAxis("bottom")._tickLevels[0]]
    finally:
        QLocale.setDefault(before)
    assert ticks == ["all hours: 18,7%", "morning: 18,1%", "evening: 10,4%"]
