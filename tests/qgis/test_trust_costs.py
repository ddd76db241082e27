"""Issue 11 items 2, 3 and 6 for caremap:accessibility through processing.run: the cost to the
nearest facility beyond the threshold (up to the search limit), the unit travelling with the
cost (cost_unit / cost_speed_kmh and costs_io.read_cost_minutes), and degenerate totals."""
import math

import numpy as np
import pytest
from layers import line_layer, memory_layer, point_layer, rows
from qgis.core import QgsProcessingException
from test_alg_accessibility import Log, null, run


def params(**kw):
    # 6 km/h = 100 m per minute: the unit at (0, 0) is 1700 m = 17 minutes from the facility
    p = {"DEMAND": point_layer([(0, 0), (1400, 0), (9000, 0)], {"uid": ["a", "b", "c"], "pop": [10.0, 20.0, 5.0]},
                               name="blocks"),
         "DEMAND_FIELD": "pop",
         "SUPPLY": point_layer([(1700, 0)], {"sid": [1], "cap": [3.0]}, name="centres"),
         "CAPACITY_FIELD": "cap", "COST_MODE": "straight", "COST_UNIT": "minutes", "SPEED": 6.0,
         "THRESHOLD": 15.0, "METHOD": "2sfca", "DECAY": "step",
         "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def street():
    return line_layer([[(0, 0), (1000, 0), (1400, 0), (1700, 0), (9000, 0)]], {"ow": ["no"]}, name="street")


@pytest.mark.parametrize("mode", ["straight", "network"])
def test_cost_nearest_beyond_threshold(caremap_provider, mode):
    extra = {"NETWORK": street()} if mode == "network" else {}
    d = rows(run(params(COST_MODE=mode, **extra))["OUTPUT_DEMAND"])
    # a: 17 minutes, beyond THRESHOLD 15 but within the automatic limit max(4 x 15, 60) = 60
    assert d[0]["cost_nearest"] == pytest.approx(17.0)
    assert d[0]["covered"] == 0 and d[0]["n_reachable"] == 0 and d[0]["access"] == 0
    assert d[1]["cost_nearest"] == pytest.approx(3.0) and d[1]["covered"] == 1
    # c: 73 minutes, beyond the search limit: NULL
    assert null(d[2]["cost_nearest"]) and d[2]["covered"] == 0
    # a search limit of 100 minutes reaches c; 16 minutes (>= THRESHOLD) leaves a NULL
    d = rows(run(params(COST_MODE=mode, SEARCH_LIMIT=100.0, **extra))["OUTPUT_DEMAND"])
    assert d[2]["cost_nearest"] == pytest.approx(73.0)
    fb = Log()
    d = rows(run(params(COST_MODE=mode, SEARCH_LIMIT=16.0, **extra), feedback=fb)["OUTPUT_DEMAND"])
    assert null(d[0]["cost_nearest"]) and d[1]["cost_nearest"] == pytest.approx(3.0)
    assert "search limit" in fb.text


def test_cost_nearest_from_od_table(caremap_provider):
    tab = memory_layer("None", [None] * 3, {"o": ["a", "b", "c"], "d": ["1", "1", "1"], "t": [17.0, 3.0, 70.0]},
                       crs=None, name="od")
    res = run(params(COST_MODE="table", OD_TABLE=tab, OD_ORIGIN_FIELD="o", OD_DEST_FIELD="d", OD_COST_FIELD="t",
                     DEMAND_ID_FIELD="uid", SUPPLY_ID_FIELD="sid"))
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["cost_nearest"] == 17.0 and d[0]["covered"] == 0
    assert null(d[2]["cost_nearest"])  # 70 > the search limit of 60 minutes
    assert [r["cost_unit"] for r in d] == ["minutes"] * 3
    assert all(null(r["cost_speed_kmh"]) for r in d)  # an OD table has no known speed


# --------------------------------------------------------------------------- item 3: units
def test_cost_unit_companions_written(caremap_provider):
    d = rows(run(params(COST_UNIT="meters", THRESHOLD=1500.0))["OUTPUT_DEMAND"])
    assert d[0]["cost_nearest"] == pytest.approx(1700.0)
    assert {(r["cost_unit"], r["cost_speed_kmh"]) for r in d} == {("meters", 6.0)}
    d = rows(run(params())["OUTPUT_DEMAND"])
    assert {(r["cost_unit"], r["cost_speed_kmh"]) for r in d} == {("minutes", 6.0)}


def arrays(cost, unit=None, speed=None, name="Accessibility (blocks)"):
    from caremap.processing.layer_io import PointArrays

    n = len(cost)
    text = {} if unit is None else {"cost_unit": np.array(unit, dtype=object)}
    numeric = {"cost_nearest": np.array(cost, dtype=float)}
    if speed is not None:
        numeric["cost_speed_kmh"] = np.array(speed, dtype=float)
    return PointArrays(x=np.zeros(n), y=np.zeros(n), fid=np.arange(n), numeric=numeric, text=text, layer_name=name)


def test_read_cost_minutes(caremap_provider):
    from caremap.processing.costs_io import read_cost_minutes

    fb = Log()
    got = read_cost_minutes(arrays([1700.0, np.nan, 84.0], ["meters", "meters", "meters"], [6.0, 6.0, 5.04]),
                            "cost_nearest", fb)
    np.testing.assert_allclose(got, [17.0, np.nan, 1.0])
    assert "metres" in fb.text
    got = read_cost_minutes(arrays([12.0, 3.0], ["minutes", "meters"], [np.nan, 6.0]), "cost_nearest", fb)
    np.testing.assert_allclose(got, [12.0, 0.03])
    fb = Log()
    got = read_cost_minutes(arrays([12.0, 3.0]), "cost_nearest", fb)
    np.testing.assert_allclose(got, [12.0, 3.0])
    assert "taken as minutes" in fb.text and "Accessibility (blocks)" in fb.text
    with pytest.raises(QgsProcessingException, match="cost_speed_kmh") as err:
        read_cost_minutes(arrays([1700.0], ["meters"], [np.nan]), "cost_nearest", Log())
    assert "Accessibility (blocks)" in str(err.value) and "km/h" in str(err.value)
    with pytest.raises(QgsProcessingException, match="'miles'"):
        read_cost_minutes(arrays([1.0], ["miles"]), "cost_nearest", Log())


def test_read_cost_minutes_on_an_accessibility_output(caremap_provider):
    """The producer and the consumer agree: metres written by accessibility read back as minutes."""
    from caremap.processing.costs_io import read_cost_minutes

    layer = run(params(COST_UNIT="meters", THRESHOLD=1500.0))["OUTPUT_DEMAND"]
    r = rows(layer)
    a = arrays([np.nan if null(x["cost_nearest"]) else x["cost_nearest"] for x in r],
               [x["cost_unit"] for x in r], [x["cost_speed_kmh"] for x in r])
    got = read_cost_minutes(a, "cost_nearest", Log())
    np.testing.assert_allclose(got[:2], [17.0, 3.0])


# --------------------------------------------------------------------------- item 6: totals
def finite_or_null(layer):
    for r in rows(layer):
        for k, v in r.items():
            if isinstance(v, float):
                assert math.isfinite(v), (k, v)


def test_all_zero_demand(caremap_provider):
    fb = Log()
    dem = point_layer([(0, 0), (1400, 0)], {"pop": [0.0, 0.0]}, name="blocks")
    for method in ("2sfca", "nearest", "gravity"):
        res = run(params(DEMAND=dem, METHOD=method, DECAY="power" if method == "gravity" else "step"), feedback=fb)
        assert res["SHARE_COVERED"] is None and res["MEAN_ACCESS"] is None
        finite_or_null(res["OUTPUT_DEMAND"])
        finite_or_null(res["OUTPUT_SUPPLY"])
    assert "No demand" in fb.text and "blocks" in fb.text
    assert "nan" not in fb.text.lower()


def test_all_zero_capacity(caremap_provider):
    fb = Log()
    sup = point_layer([(1700, 0), (0, 10)], {"cap": [0.0, 0.0]}, name="centres")
    res = run(params(SUPPLY=sup), feedback=fb)
    d = rows(res["OUTPUT_DEMAND"])
    assert res["SHARE_COVERED"] == 0 and res["MEAN_ACCESS"] == 0
    assert [r["covered"] for r in d] == [0, 0, 0] and [r["n_reachable"] for r in d] == [0, 0, 0]
    assert all(null(r["cost_nearest"]) for r in d)  # no facility offers a place
    assert "No capacity" in fb.text and "centres" in fb.text
    finite_or_null(res["OUTPUT_DEMAND"])
    finite_or_null(res["OUTPUT_SUPPLY"])


def test_one_facility_with_capacity_zero(caremap_provider):
    # the empty centre at (0, 10) is next to unit a, but a's nearest place is 17 minutes away
    sup = point_layer([(1700, 0), (0, 10)], {"cap": [3.0, 0.0]}, name="centres")
    d = rows(run(params(SUPPLY=sup))["OUTPUT_DEMAND"])
    assert d[0]["covered"] == 0 and d[0]["n_reachable"] == 0
    assert d[0]["cost_nearest"] == pytest.approx(17.0)
    assert d[1]["n_reachable"] == 1
