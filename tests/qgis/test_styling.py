"""Styled outputs: layer post-processors attached by every CareMap algorithm pick the
bundled QML from the result's fields and compute graduated classes from the data."""
import os

import numpy as np
import pytest
from caremap.processing import styling
from layers import point_layer, polygon_layer
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsSymbol,
    QgsWkbTypes,
)

_KEEP = []



def make_algorithm(name):
    """A fresh instance of caremap:<name> straight from its module, so these tests do not
    depend on the state of the processing registry left by other tests."""
    import importlib
    import inspect

    from caremap.processing.base import CareMapAlgorithm

    module = importlib.import_module(f"caremap.processing.algorithms.{name}")
    for obj in vars(module).values():
        if inspect.isclass(obj) and issubclass(obj, CareMapAlgorithm) and obj.ALGORITHM_ID == name:
            alg = obj()
            alg.initAlgorithm({})
            _KEEP.append(alg)
            return alg
    pytest.skip(f"caremap:{name} not available")


def squares(n):
    return [(100.0 * (i % 10), 100.0 * (i // 10), 90.0) for i in range(n)]


def access_layer(n=20):
    rng = np.random.default_rng(1)
    return polygon_layer(squares(n), {
        "pop": [float(v) for v in rng.integers(0, 500, n)],
        "access": [float(v) for v in rng.random(n)],
        "access_norm": [float(v) for v in rng.random(n)],
        "cost_nearest": [float(v) for v in rng.random(n) * 40],
        "n_reachable": [int(v) for v in rng.integers(0, 4, n)],
        "covered": [int(v) for v in rng.integers(0, 2, n)],
    }, name="access")


def test_bundled_styles_exist_and_rules_pick_them():
    for name, *_ in styling.RULES:
        assert os.path.exists(os.path.join(styling.STYLE_DIR, f"{name}.qml")), name
    poly = QgsWkbTypes.GeometryType.PolygonGeometry
    point = QgsWkbTypes.GeometryType.PointGeometry
    base = ["access", "access_norm", "cost_nearest", "n_reachable", "covered"]
    assert styling.style_for(base, poly)[0] == "access"
    assert styling.style_for(base + ["coverage", "unmet"], poly)[0] == "coverage"
    assert styling.style_for(base + ["coverage", "unmet", "shortfall", "surplus"], poly)[0] == "gaps"
    assert styling.style_for(base + ["z_demand", "desert", "desert_type"], poly)[0] == "deserts"
    assert styling.style_for(["z", "p", "hotspot_class"], poly)[0] == "hotspots"
    assert styling.style_for(["capacity", "capacity_fde"], point)[0] == "facilities"
    assert styling.style_for(["capacity"], poly) is None  # capacity polygons are not facilities
    assert styling.style_for(["catch_demand", "ratio"], point)[0] == "catchment_ratio"
    assert styling.style_for(["pop", "name"], poly) is None


def test_access_gets_sequential_quantile_classes_from_the_data():
    layer = access_layer()
    assert styling.apply_style(layer) == "access"
    r = layer.renderer()
    assert isinstance(r, QgsGraduatedSymbolRenderer) and r.classAttribute() == "access"
    values = np.array([f["access"] for f in layer.getFeatures()])
    ranges = r.ranges()  # keep the list alive while using its symbols
    assert len(ranges) == 5
    assert ranges[0].lowerValue() == pytest.approx(values.min())
    assert ranges[-1].upperValue() == pytest.approx(values.max())
    assert ranges[2].upperValue() == pytest.approx(np.quantile(values, 0.6), rel=0.2)
    # viridis: dark purple to yellow; legend states the units
    first, last = ranges[0].symbol().color(), ranges[-1].symbol().color()
    assert first.name() == "#440154" and last.name() == "#fde725"
    assert all("places per person" in rg.label() for rg in ranges)
    assert ranges[0].symbol().type() == QgsSymbol.defaultSymbol(layer.geometryType()).type()


def test_gaps_are_diverging_around_zero():
    vals = [-50.0, -20.0, -10.0, -5.0, -1.0, 2.0, 4.0, 8.0, 30.0, 60.0]
    layer = polygon_layer(squares(10), {
        "coverage": [10.0] * 10, "unmet": [1.0] * 10,
        "shortfall": [max(0.0, -v) for v in vals], "surplus": [max(0.0, v) for v in vals]}, name="gaps")
    assert styling.apply_style(layer) == "gaps"
    ranges = layer.renderer().ranges()
    assert ranges[0].lowerValue() == pytest.approx(-50) and ranges[-1].upperValue() == pytest.approx(60)
    uppers = [rg.upperValue() for rg in ranges]
    assert 0.0 in uppers  # a class boundary at 0
    neg = [rg for rg in ranges if rg.upperValue() <= 0]
    pos = [rg for rg in ranges if rg.lowerValue() >= 0]
    assert len(neg) == 3 and len(pos) == 3
    # RdBu: shortfall red, surplus blue
    assert neg[0].symbol().color().red() > neg[0].symbol().color().blue()
    assert pos[-1].symbol().color().blue() > pos[-1].symbol().color().red()
    assert "shortfall" in ranges[0].label()


def test_deserts_and_hotspots_categorical_on_points():
    layer = point_layer([(0, 0), (1, 1), (2, 2)], {"desert": [0, 1, 1], "desert_type": [0, 1, 2],
                                                  "z_demand": [0.1, 1.2, 2.0]}, name="deserts")
    assert styling.apply_style(layer) == "deserts"
    r = layer.renderer()
    assert isinstance(r, QgsCategorizedSymbolRenderer) and r.classAttribute() == "desert_type"
    cats = {str(c.value()): c for c in r.categories()}
    assert cats["1"].symbol().color().name().lower() == "#d55e00"
    assert cats["1"].symbol().type() == QgsSymbol.defaultSymbol(layer.geometryType()).type()  # markers
    hs = polygon_layer(squares(3), {"z": [3.0, 0.0, -3.0], "hotspot_class": [3, 0, -3]}, name="hs")
    assert styling.apply_style(hs) == "hotspots"
    labels = {str(c.value()): c.label() for c in hs.renderer().categories()}
    assert labels["3"].startswith("Hot spot") and labels["-3"].startswith("Cold spot")


def test_facilities_graduated_sizes_by_capacity():
    layer = point_layer([(i, i) for i in range(12)], {"capacity": [float(5 * i + 1) for i in range(12)],
                                                       "capacity_fde": [float(5 * i + 1) for i in range(12)]},
                        name="facilities")
    assert styling.apply_style(layer) == "facilities"
    r = layer.renderer()
    assert r.classAttribute() == "capacity_fde"
    ranges = r.ranges()
    sizes = [rg.symbol().size() for rg in ranges]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    assert "places" in ranges[0].label()


def test_unknown_layer_is_left_alone():
    layer = point_layer([(0, 0)], {"pop": [1.0]})
    before = layer.renderer().type()
    assert styling.apply_style(layer) is None
    assert layer.renderer().type() == before


def _run_loaded(alg, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    params = dict(params)
    for key in [k for k in params if k.startswith("OUTPUT")]:
        params[key] = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())
    res = processing.run(alg, params, feedback=feedback, context=context)
    _KEEP.append(context)
    return res, context, feedback


def _apply_loaded(context, feedback, res):
    """Do what Processing's GUI does on completion: run each layer's post-processor
    (processing.run already turned the result ids into layers)."""
    layers = {v.id(): v for v in res.values() if hasattr(v, "renderer")}
    styled = {}
    for layer_id in context.layersToLoadOnCompletion():
        layer = layers[layer_id]
        pp = context.layerToLoadOnCompletionDetails(layer_id).postProcessor()
        assert pp is not None, f"no post-processor on {layer_id}"
        pp.postProcessLayer(layer, context, feedback)
        styled[layer_id] = layer
    return styled


def test_accessibility_run_attaches_post_processors():
    demand = point_layer([(0, 0), (1000, 0), (5000, 0), (300, 300)],
                         {"pop": [100.0, 200.0, 50.0, 80.0]}, name="demand")
    supply = point_layer([(500, 0), (2000, 0)], {"cap": [10.0, 6.0]}, name="supply")
    res, context, feedback = _run_loaded(make_algorithm("accessibility"), {
        "DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": supply, "CAPACITY_FIELD": "cap",
        "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1500, "METHOD": "2sfca",
        "DECAY": "step", "OUTPUT_DEMAND": None, "OUTPUT_SUPPLY": None})
    assert len(context.layersToLoadOnCompletion()) == 2
    styled = _apply_loaded(context, feedback, res)
    dem = styled[res["OUTPUT_DEMAND"].id()]
    sup = styled[res["OUTPUT_SUPPLY"].id()]
    assert isinstance(dem.renderer(), QgsGraduatedSymbolRenderer) and dem.renderer().classAttribute() == "access"
    assert isinstance(sup.renderer(), QgsGraduatedSymbolRenderer) and sup.renderer().classAttribute() == "ratio"


def test_caredeserts_run_gets_categorical_style():
    n = 12
    layer = point_layer([(i * 100.0, 0.0) for i in range(n)],
                        {"pop": [10.0, 20.0, 500.0, 30.0, 600.0, 15.0, 700.0, 10.0, 5.0, 5.0, 40.0, 800.0],
                         "cost": [5.0, 30.0, 40.0, 10.0, 12.0, 50.0, 35.0, 2.0, 3.0, 1.0, 25.0, 60.0]},
                        name="units")
    res, context, feedback = _run_loaded(make_algorithm("caredeserts"), {
        "INPUT": layer, "DEMAND_FIELD": "pop", "COST_FIELD": "cost", "THRESHOLD": 20.0,
        "OUTPUT": None, "OUTPUT_SUMMARY": None})
    styled = _apply_loaded(context, feedback, res)
    out = styled[res["OUTPUT"].id()]
    assert isinstance(out.renderer(), QgsCategorizedSymbolRenderer)
    assert out.renderer().classAttribute() == "desert_type"
    assert sum(1 for f in out.getFeatures() if f["desert"] == 1) >= 1


def test_attach_keeps_references_and_existing_post_processors():
    context = QgsProcessingContext()
    layer = access_layer()
    context.temporaryLayerStore().addMapLayer(layer)
    context.addLayerToLoadOnCompletion(layer.id(), QgsProcessingContext.LayerDetails("x", QgsProject.instance()))
    assert styling.attach_post_processors(context, None) == [layer.id()]
    assert any(k[1] == layer.id() for k in styling._REGISTRY)
    # a second call does not replace the post-processor already attached
    assert styling.attach_post_processors(context, None) == []
    pp = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    pp.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert not any(k[1] == layer.id() for k in styling._REGISTRY)


def real_layer_tree_view(monkeypatch, iface):
    """A real QgsLayerTreeView on the project's tree for the test iface: QGIS 3.44's
    Processing post-processing passes ``iface.layerTreeView()`` to C++, which refuses
    pytest-qgis's MagicMock."""
    from qgis.core import QgsLayerTreeModel
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
    view.setModel(model)
    _KEEP.extend([view, model])
    monkeypatch.setattr(iface, "layerTreeView", lambda: view, raising=False)
    return view


def test_run_and_load_results_styles_the_project_layer(qgis_iface, monkeypatch):
    import processing

    real_layer_tree_view(monkeypatch, qgis_iface)

    demand = point_layer([(0, 0), (1000, 0), (5000, 0)], {"pop": [100.0, 200.0, 50.0]}, name="demand")
    supply = point_layer([(500, 0)], {"cap": [10.0]}, name="supply")
    res = processing.runAndLoadResults(make_algorithm("accessibility"), {
        "DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": supply, "CAPACITY_FIELD": "cap",
        "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1500, "METHOD": "2sfca",
        "DECAY": "step", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"})
    layer = QgsProject.instance().mapLayer(res["OUTPUT_DEMAND"])
    try:
        assert layer is not None
        assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
        assert layer.renderer().classAttribute() == "access"
    finally:
        QgsProject.instance().removeMapLayers([res["OUTPUT_DEMAND"], res["OUTPUT_SUPPLY"]])


def test_a_named_style_can_be_forced_when_its_fields_exist():
    layer = polygon_layer(squares(6), {
        "access": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], "access_norm": [1.0] * 6, "cost_nearest": [5.0] * 6,
        "desert": [0, 1, 0, 1, 0, 0], "desert_type": [0, 1, 0, 1, 0, 0]}, name="both")
    assert styling.apply_style(layer) == "deserts"
    assert styling.apply_style(layer, style="access") == "access"
    assert layer.renderer().classAttribute() == "access"
    assert styling.apply_style(layer, style="hotspots") is None  # no hotspot_class field


def test_priority_unpaid_care_and_new_sites():
    pr = polygon_layer(squares(5), {"priority": [0.1, 0.3, 0.5, 0.7, 0.9], "priority_rank": [5, 4, 3, 2, 1],
                                    "priority_quintile": [1, 2, 3, 4, 5]}, name="priority")
    assert styling.apply_style(pr) == "priority"
    assert pr.renderer().classAttribute() == "priority_quintile"
    assert {str(c.value()) for c in pr.renderer().categories()} == {"1", "2", "3", "4", "5"}
    uc = polygon_layer(squares(10), {"unpaid_week": [float(10 * i) for i in range(10)]}, name="unpaid")
    assert styling.apply_style(uc) == "unpaid_care"
    ranges = uc.renderer().ranges()
    assert "hours of unpaid care per week" in ranges[0].label()
    sites = point_layer([(i, i) for i in range(6)], {"rank": [1, 2, 3, 4, 5, 6], "candidate_fid": [9, 8, 7, 6, 5, 4],
                                                     "gain": [600.0, 300.0, 200.0, 120.0, 50.0, 10.0]}, name="sites")
    assert styling.apply_style(sites) == "new_sites"
    ranges = sites.renderer().ranges()
    sizes = [r.symbol().size() for r in ranges]
    assert sizes[0] < sizes[-1]
    assert ranges[0].symbol().color().name().lower() == "#d55e00"


def _tree_names(project):
    return [n.name() for n in project.layerTreeRoot().findLayers()]


def test_points_load_above_the_polygons_that_would_hide_them():
    """Issue 19, step 10: Processing inserts a result above the selected layer; new sites
    selected-under a coverage layer were invisible. The post-processor moves a point
    result just above the topmost polygon layer over it, and leaves polygons alone."""
    from qgis.core import QgsLayerTreeLayer

    project = QgsProject()
    _KEEP.append(project)
    coverage = polygon_layer(squares(4), {"coverage": [1.0] * 4, "unmet": [0.0] * 4}, name="coverage")
    blocks = polygon_layer(squares(4), {"pop": [1.0] * 4}, name="blocks")
    roads_pts = point_layer([(5, 5)], {"x": [1]}, name="facilities")
    for lyr in (blocks, roads_pts, coverage):  # addMapLayer puts each on top: coverage, facilities, blocks
        project.addMapLayer(lyr)
    assert _tree_names(project) == ["coverage", "facilities", "blocks"]
    # a new point result inserted above the selected bottom layer (blocks), as Processing does
    sites = point_layer([(1, 1)], {"rank": [1], "gain": [5.0], "candidate_fid": [3]}, name="New sites")
    project.addMapLayer(sites, False)
    project.layerTreeRoot().insertChildNode(2, QgsLayerTreeLayer(sites))
    assert _tree_names(project) == ["coverage", "facilities", "New sites", "blocks"]
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    styling.CareMapStylePostProcessor(("t", sites.id())).postProcessLayer(sites, context, feedback)
    assert _tree_names(project) == ["New sites", "coverage", "facilities", "blocks"]
    assert project.layerTreeRoot().findLayer(sites.id()).isVisible()
    # already on top: nothing moves; a polygon result never moves
    assert styling.points_above_polygons(sites, project) is False
    gaps = polygon_layer(squares(2), {"pop": [1.0, 2.0]}, name="gaps")
    project.addMapLayer(gaps, False)
    project.layerTreeRoot().insertChildNode(4, QgsLayerTreeLayer(gaps))
    assert styling.points_above_polygons(gaps, project) is False
    assert _tree_names(project)[-1] == "gaps"
    # the existing point layer below coverage is moved only when asked about it
    assert styling.points_above_polygons(roads_pts, project) is True
    assert _tree_names(project) == ["New sites", "facilities", "coverage", "blocks", "gaps"]


def test_points_move_into_the_group_of_the_polygons_over_them():
    from qgis.core import QgsLayerTreeLayer

    project = QgsProject()
    _KEEP.append(project)
    group = project.layerTreeRoot().addGroup("results")
    poly = polygon_layer(squares(2), {"pop": [1.0, 2.0]}, name="access")
    pts = point_layer([(1, 1)], {"x": [1]}, name="pts")
    project.addMapLayer(poly, False)
    project.addMapLayer(pts, False)
    group.addLayer(poly)
    project.layerTreeRoot().addChildNode(QgsLayerTreeLayer(pts))
    assert styling.points_above_polygons(pts, project) is True
    assert [n.name() for n in group.children()] == ["pts", "access"]
    assert len(project.layerTreeRoot().findLayers()) == 2


def test_a_rerun_gets_a_numbered_name():
    project = QgsProject()
    _KEEP.append(project)
    first = point_layer([(0, 0)], {"x": [1]}, name="New sites")
    second = point_layer([(0, 0)], {"x": [1]}, name="New sites")
    third = point_layer([(0, 0)], {"x": [1]}, name="New sites")
    project.addMapLayer(first)
    assert styling.distinct_name(first, project) is None and first.name() == "New sites"
    project.addMapLayer(second)
    assert styling.distinct_name(second, project) == "New sites"
    assert second.name() == "New sites (2)"
    project.addMapLayer(third)
    styling.distinct_name(third, project)
    assert third.name() == "New sites (3)"
    # a layer not in the project (processing.run without loading) keeps its name
    loose = point_layer([(0, 0)], {"x": [1]}, name="New sites")
    assert styling.distinct_name(loose, project) is None and loose.name() == "New sites"


def test_care_blocks_outputs_get_their_styles(caremap_provider):
    """caremap:careblocks on the hand case of tests/qgis/test_alg_careblocks.py (units u0, u1,
    u2 at 0, 150, 300 m with 10/0/8 dependants and 5/20/8 caregivers; anchors at 50, 250 and
    300 m; 100 m): each output gets its care-block style even though the units carry a
    priority quintile and the buildings a capacity (whose styles would otherwise win), and the
    units fall in the three classes: u0 no block, u1 only caregivers, u2 both groups."""
    from layers import run_alg
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    units = point_layer([(0, 0), (150, 0), (300, 0)], {
        "uid": ["u0", "u1", "u2"], "dep": [10.0, 0.0, 8.0], "care": [5.0, 20.0, 8.0],
        "priority_quintile": [1, 3, 5], "care_demand": [10.0, 0.0, 8.0]}, crs="EPSG:32618", name="blocks_case")
    anchors = point_layer([(50, 0), (250, 0), (300, 0)], {"name": ["a", "b", "c"], "capacity_fde": [1.0, 2.0, 3.0]},
                          crs="EPSG:32618", name="public_buildings")
    params = {"UNITS": units, "DEPENDANTS_FIELD": "dep", "CAREGIVERS_FIELD": "care", "PRIORITY_FIELD": "",
              "CANDIDATES": anchors, "K": 1, "RADIUS": 100.0}
    names = ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_BLOCKS", "OUTPUT_INFLUENCE", "OUTPUT_UNITS")
    res = run_alg("caremap:careblocks", {**params, **{n: "TEMPORARY_OUTPUT" for n in names}})
    got = {n: styling.apply_style(res[n]) for n in names}
    assert got == {"OUTPUT_ANCHORS": "care_anchors", "OUTPUT_ALTERNATES": "care_alternates",
                   "OUTPUT_BLOCKS": "care_blocks", "OUTPUT_INFLUENCE": "care_influence",
                   "OUTPUT_UNITS": "care_block_units"}
    for n in names:
        assert os.path.exists(os.path.join(styling.STYLE_DIR, f"{got[n]}.qml"))
    # the anchors: categorised new / already open, symbols made for points
    a = res["OUTPUT_ANCHORS"].renderer()
    assert isinstance(a, QgsCategorizedSymbolRenderer) and a.classAttribute() == "existing"
    assert [c.label() for c in a.categories()] == ["New care block anchor", "Anchor of a care block already open"]
    # the units: each feature in its class
    lyr = res["OUTPUT_UNITS"]
    r = lyr.renderer()
    assert isinstance(r, QgsCategorizedSymbolRenderer)
    assert all(c.symbol().type() == QgsSymbol.SymbolType.Marker for c in r.categories())
    expr = QgsExpression(r.classAttribute())
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(lyr))
    by_value = {str(c.value()): c.label() for c in r.categories()}
    labels = {}
    for f in lyr.getFeatures():
        ctx.setFeature(f)
        labels[f["uid"]] = by_value[str(expr.evaluate(ctx))]
    assert labels == {"u0": "No block within reach",
                      "u1": "Within reach of a block: only one of the two groups lives here",
                      "u2": "Dependants and caregivers within reach of the same block"}
