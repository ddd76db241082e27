"""caremap:catchments through processing.run: circles, network service areas with partial
streets, dissolve, units, bad input."""
import math

import pytest
from layers import line_layer, point_layer
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException
from test_alg_accessibility import rows, run


def params(**kw):
    p = {"SUPPLY": point_layer([(0, 0), (1000, 0)], {"name": ["A", "B"], "cap": [5.0, 7.0]}, name="supply"),
         "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLDS": "100,200", "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def test_circles_keep_facility_fields(caremap_provider):
    layer = run(params(), alg="caremap:catchments")["OUTPUT"]
    feats = list(layer.getFeatures())
    assert len(feats) == 4
    r = rows(layer)
    assert [x["threshold"] for x in r] == [200, 200, 100, 100]  # largest first
    assert {x["name"] for x in r} == {"A", "B"} and "cap" in layer.fields().names()
    for f in feats:
        t = f["threshold"]
        assert f.geometry().area() == pytest.approx(math.pi * t * t, rel=0.01)


def test_circles_in_minutes(caremap_provider):
    layer = run(params(COST_UNIT="minutes", SPEED=6.0, THRESHOLDS="1"), alg="caremap:catchments")["OUTPUT"]
    f = next(layer.getFeatures())
    assert f.geometry().area() == pytest.approx(math.pi * 100 ** 2, rel=0.01)


def test_circles_with_a_detour_factor(caremap_provider):
    """A detour of 1.25 makes 100 m of straight line cost 125 m: the 1-minute circle at
    6 km/h (100 m a minute) has a radius of 80 m, as accessibility's straight costs say."""
    layer = run(params(COST_UNIT="minutes", SPEED=6.0, THRESHOLDS="1", DETOUR=1.25), alg="caremap:catchments")["OUTPUT"]
    f = next(layer.getFeatures())
    assert f.geometry().area() == pytest.approx(math.pi * 80 ** 2, rel=0.01)


def test_network_partial_street_and_dissolve(caremap_provider):
    roads = line_layer([[(0, 0), (300, 0)], [(1000, 0), (1000, 300)]], {"ow": ["no", "no"]}, name="roads")
    layer = run(params(COST_MODE="network", NETWORK=roads, THRESHOLDS="150", BUFFER=10, SHAPE="buffer"),
                alg="caremap:catchments")["OUTPUT"]
    feats = {f["name"]: f.geometry() for f in layer.getFeatures()}
    a = feats["A"]
    assert a.contains(QgsGeometry.fromPointXY(QgsPointXY(140, 0)))
    assert not a.contains(QgsGeometry.fromPointXY(QgsPointXY(170, 0)))
    assert a.area() == pytest.approx(150 * 20 + math.pi * 100 / 2, rel=0.05)
    assert feats["B"].contains(QgsGeometry.fromPointXY(QgsPointXY(1000, 140)))
    layer = run(params(COST_MODE="network", NETWORK=roads, THRESHOLDS="100,150", DISSOLVE=True, BUFFER=10),
                alg="caremap:catchments")["OUTPUT"]
    assert layer.featureCount() == 2
    assert layer.fields().names() == ["threshold", "cost_unit", "cost_speed_kmh"]
    assert {(f["cost_unit"], f["cost_speed_kmh"]) for f in layer.getFeatures()} == {("meters", 5.04)}


def test_network_slow_walk_to_the_street(caremap_provider):
    # 3 km/h = 50 m per minute: in 2 minutes the 30 m walk to the street, then 70 m along it
    # (not 82 m, as if the walk to the street were at 5.04 km/h)
    roads = line_layer([[(0, 0), (300, 0)]], name="roads")
    sup = point_layer([(0, 30)], {"name": ["A"]}, name="supply")
    layer = run(params(SUPPLY=sup, COST_MODE="network", NETWORK=roads, COST_UNIT="minutes", SPEED=3.0,
                       THRESHOLDS="2", SHAPE="buffer", BUFFER=1), alg="caremap:catchments")["OUTPUT"]
    a = next(layer.getFeatures()).geometry()
    assert a.contains(QgsGeometry.fromPointXY(QgsPointXY(68, 0)))
    assert not a.contains(QgsGeometry.fromPointXY(QgsPointXY(74, 0)))


@pytest.mark.parametrize("change, message", [
    ({"THRESHOLDS": "ten"}, "'Thresholds .*' must be numbers .* got 'ten'"),
    ({"THRESHOLDS": "0"}, "'Thresholds .*' must all be above 0 .* got '0'"),
    ({"THRESHOLDS": "15,-5"}, "must all be above 0"),
    ({"COST_MODE": "network"}, "Costs by road network need a line layer of roads: choose it in 'Road network"),
])
def test_bad_input(caremap_provider, change, message):
    """The messages speak of the dialog labels, never of the ids (issue 11)."""
    with pytest.raises(QgsProcessingException, match=message) as err:
        run(params(**change), alg="caremap:catchments")
    assert not any(i in str(err.value) for i in ("THRESHOLDS", "NETWORK", "COST_MODE", "COST_UNIT"))


def test_network_hull_shape_default(caremap_provider):
    from test_alg_accessibility import grid_roads

    sup = point_layer([(200, 200)], {"name": ["C"]}, name="supply")
    layer = run(params(SUPPLY=sup, COST_MODE="network", NETWORK=grid_roads(), THRESHOLDS="150,250", BUFFER=5),
                alg="caremap:catchments")["OUTPUT"]
    feats = {f["threshold"]: f.geometry() for f in layer.getFeatures()}
    assert set(feats) == {150, 250}
    inner, outer = feats[150], feats[250]
    assert outer.area() > inner.area() > 0
    assert inner.contains(QgsGeometry.fromPointXY(QgsPointXY(200, 340)))       # 140 m up the street
    assert not inner.contains(QgsGeometry.fromPointXY(QgsPointXY(200, 380)))   # 180 m: beyond 150 + 5
    assert outer.contains(QgsGeometry.fromPointXY(QgsPointXY(200, 380)))


def test_dialog_order_and_default_thresholds(caremap_provider):
    """What (facilities), how far (thresholds, starting at the one default threshold), how
    (costs); shape, buffer, the road network's own fields and the snap distance advanced.
    The log counts with plural forms: one facility, never 'facilit(y/ies)'."""
    from caremap.kernels.costs import DEFAULT_THRESHOLD_MINUTES
    from layers import Recorder
    from test_alg_accessibility import _visible

    alg = caremap_provider.algorithm("catchments")
    assert _visible(alg) == ["SUPPLY", "THRESHOLDS", "COST_MODE", "NETWORK", "COST_UNIT", "SPEED", "DISSOLVE"]
    assert alg.parameterDefinition("THRESHOLDS").defaultValue() == "10,15,20"
    assert float(alg.parameterDefinition("THRESHOLDS").defaultValue().split(",")[0]) == DEFAULT_THRESHOLD_MINUTES
    fb = Recorder()
    one = point_layer([(0, 0)], {"name": ["A"]}, name="supply")
    run(params(SUPPLY=one), alg="caremap:catchments", feedback=fb)
    assert "2 catchment polygons for 1 facility, thresholds 100, 200 meters." in fb.infos
