"""Issue 11 in the dock: the figures follow the dock's own controls, read the cost unit,
count what they leave out, and never print NaN or inf (items 2, 3, 5, 6, 9)."""
import numpy as np
import pytest
from caremap.ui.dock import CareMapDock
from layers import polygon_layer
from qgis.core import QgsProject

pytest.importorskip("pyqtgraph")

KIDS = [100.0, 200.0, 300.0, None]


def layer(**extra):
    fields = {"kids": KIDS, "access": [0.5, 0.1, 0.0, 0.2], "access_norm": [1.0, 0.2, 0.0, 0.4],
              "cost_nearest": [4.0, 17.0, None, 2.0], "n_reachable": [1, 1, 0, 1], "covered": [1, 0, 0, 1]}
    fields.update(extra)
    lyr = polygon_layer([(100.0 * i, 0.0, 90.0) for i in range(4)], fields, name="care result")
    QgsProject.instance().addMapLayer(lyr)
    return lyr


@pytest.fixture()
def dock(qgis_iface):
    d = CareMapDock(qgis_iface)
    yield d
    d.close_down()
    d.deleteLater()


def show(dock, lyr):
    dock.follow_layer(lyr)
    dock.demand_combo.setCurrentIndex(dock.demand_combo.findData("kids"))
    dock.threshold_spin.setValue(20.0)  # the figures below are at 20 min (not the default)
    return {k: c.property("value") for k, c in dock.cards.items()}, dock.status.text()


def test_cost_in_metres_is_converted_with_its_speed(dock):
    # 1250 m at 5 km/h = 15 min; 2500 m = 30 min: only the first unit (100 kids) is within 20 min
    lyr = layer(cost_nearest=[1250.0, 2500.0, None, 250.0], cost_unit=["meters"] * 4, cost_speed_kmh=[5.0] * 4)
    values, status = show(dock, lyr)
    assert values["people_within"] == pytest.approx(100.0)  # read as minutes it would be 0
    x, _ = dock.charts["coverage"].curve.getData()
    assert x[-1] == pytest.approx(30.0)  # minutes, not 2500 "minutes"
    QgsProject.instance().removeMapLayer(lyr.id())


def test_cost_in_metres_without_a_speed_is_refused_in_words(dock):
    lyr = layer(cost_nearest=[1250.0, 2500.0, None, 250.0], cost_unit=["meters"] * 4, cost_speed_kmh=[None] * 4)
    values, status = show(dock, lyr)
    assert "cost_speed_kmh" in status and "care result" in status  # the field and the user's layer
    # never read as minutes: shown in metres, as written (review 31; tests/qgis/test_dock_review31.py)
    assert dock.threshold_spin.suffix().strip() == "m" and dock.charts["coverage"].curve.getData()[0][-1] == 2500.0
    QgsProject.instance().removeMapLayer(lyr.id())


def test_each_cost_is_read_at_its_own_unit_and_speed(dock):
    # as processing reads it (costs_io.read_cost_minutes): 1250 m at 5 km/h = 15 min, 2500 m at
    # 10 km/h = 15 min, 2 min as given: the first two units (300 kids) are within 20 min (the first
    # row's speed for every row gave 30 min and 100 kids; mixed units showed no figures)
    lyr = layer(cost_nearest=[1250.0, 2500.0, None, 2.0], cost_unit=["meters", "meters", None, "minutes"],
                cost_speed_kmh=[5.0, 10.0, None, None])
    values, status = show(dock, lyr)
    assert values["people_within"] == pytest.approx(300.0), status
    x, _ = dock.charts["coverage"].curve.getData()
    assert x[-1] == pytest.approx(15.0)
    QgsProject.instance().removeMapLayer(lyr.id())


def test_null_demand_and_unreachable_units_are_counted_and_the_curve_is_not_flat(dock):
    values, status = show(dock, layer())
    assert "1 unit without a value in kids, left out of the figures" in status
    assert "1 unit cannot reach any facility within the search limit (300 people)" in status
    x, y = dock.charts["coverage"].curve.getData()
    assert x[-1] == 17.0  # drawn up to the largest cost computed, not flat to 60 minutes
    assert y[-1] == pytest.approx(100 * 300 / 600)


def test_no_demand_says_so_and_prints_no_nan(dock):
    values, status = show(dock, layer(kids=[0.0, 0.0, 0.0, 0.0]))
    assert "No demand in this layer" in status
    for card in dock.cards.values():
        text = card.text().lower()
        assert "no demand" in text and "nan" not in text and "inf" not in text


def test_key_figures_follow_the_controls(dock):
    show(dock, layer())
    dock.target_spin.setValue(0.5)
    # 0.5 P - a P: 50 - 50 = 0, 100 - 20 = 80, 150 - 0 = 150 (the NULL unit is left out)
    assert dock.cards["places_missing"].property("value") == pytest.approx(230.0)
    assert "0.5/person" in dock.cards["places_missing"].text() and "of 300 needed" in dock.cards["places_missing"].text()
    dock.threshold_spin.setValue(17.0)
    assert dock.cards["people_within"].property("value") == pytest.approx(300.0)
    assert "17 min" in dock.cards["people_within"].text()
    dock.threshold_spin.setValue(16.0)
    assert dock.cards["people_within"].property("value") == pytest.approx(100.0)
    assert np.isfinite(dock.cards["people_within"].property("value"))
