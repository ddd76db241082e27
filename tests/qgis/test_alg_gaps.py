"""caremap:caregaps, caredeserts, hotspots, priorityindex and equity through
processing.run on small memory layers, the demo city chain, and bad input."""
import math
import re

import numpy as np
import pytest
from layers import Recorder, point_layer, polygon_layer, rows, run_alg
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
)


def run(alg, params, feedback=None):
    params = dict(params)
    for k in ("OUTPUT", "OUTPUT_SUMMARY", "OUTPUT_LORENZ"):
        params.setdefault(k, "TEMPORARY_OUTPUT")
    return run_alg(f"caremap:{alg}", params, feedback)


def col(layer, name):
    return [r[name] for r in rows(layer)]


def isnull(v):
    from qgis.core import NULL

    return v is None or v == NULL or (isinstance(v, float) and math.isnan(v))




class Canceled(QgsProcessingFeedback):
    def isCanceled(self):
        return True


# ------------------------------------------------------------------- caregaps
def gaps_layer(district=("a", "a", "b", "b")):
    return point_layer([(0, 0), (100, 0), (200, 0), (300, 0)],
                       {"kids": [30.0, 10.0, 0.0, 9.0], "places": [6.0, 12.0, 5.0, 3.0],
                        "access": [0.2, 1.2, 0.0, 1 / 3], "district": list(district)})


def test_caregaps_units_and_summary(caremap_provider):
    out = run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "kids",
                           "SUPPLY_FIELD": "places", "SUPPLY_KIND": "places", "TARGET_RATIO": 0.5,
                           "DISTRICT_FIELD": "district"})
    lay = out["OUTPUT"]
    assert lay.featureCount() == 4
    np.testing.assert_allclose(col(lay, "unmet"), [24, 0, 0, 6])
    assert isnull(col(lay, "coverage")[2])
    assert col(lay, "below_target") == [1, 0, 0, 1]
    summ = rows(out["OUTPUT_SUMMARY"])
    assert [r["district"] for r in summ] == ["a", "b"]
    assert [r["units"] for r in summ] == [2, 2]
    np.testing.assert_allclose([r["unmet"] for r in summ], [24, 6])
    np.testing.assert_allclose([r["people_below_target"] for r in summ], [30, 9])


def test_caregaps_access_ratio_kind(caremap_provider):
    out = run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "kids",
                           "SUPPLY_FIELD": "access", "SUPPLY_KIND": "access_ratio",
                           "TARGET_RATIO": 0, "DISTRICT_FIELD": ""})
    np.testing.assert_allclose(col(out["OUTPUT"], "places"), [6, 12, 0, 3])
    assert "shortfall" not in out["OUTPUT"].fields().names()
    assert [r["district"] for r in rows(out["OUTPUT_SUMMARY"])] == ["all"]


def test_caregaps_null_district_and_zero_demand(caremap_provider):
    lay = point_layer([(0, 0), (100, 0), (200, 0)],
                      {"kids": [0.0, 0.0, 0.0], "places": [1.0, 0.0, 2.0],
                       "district": ["a", None, "a"]})
    fb = QgsProcessingFeedback()
    out = run("caregaps", {"INPUT": lay, "DEMAND_FIELD": "kids", "SUPPLY_FIELD": "places", "SUPPLY_KIND": "places",
                           "DISTRICT_FIELD": "district"}, fb)
    summ = rows(out["OUTPUT_SUMMARY"])
    assert [r["units"] for r in summ] == [2]
    assert col(out["OUTPUT"], "unmet") == [0, 0, 0]


def test_caregaps_district_polygons(caremap_provider):
    districts = polygon_layer([(0, -50, 150), (150, -50, 200), (400, -50, 10)],
                              {"name": ["a", "b", "c"]})
    fb = QgsProcessingFeedback()
    out = run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "kids", "SUPPLY_FIELD": "places", "SUPPLY_KIND": "places",
                           "DISTRICT_FIELD": "district", "DISTRICT_LAYER": districts,
                           "DISTRICT_LAYER_FIELD": "name", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"}, fb)
    r = rows(out["OUTPUT_DISTRICTS"])
    assert [x["name"] for x in r] == ["a", "b", "c"]
    np.testing.assert_allclose([x["demand"] for x in r[:2]], [40, 9])
    assert isnull(r[2]["demand"]) and isnull(r[2]["units"])


def test_caregaps_bad_input(caremap_provider):
    with pytest.raises(QgsProcessingException, match="nope"):
        run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "nope", "SUPPLY_FIELD": "places", "SUPPLY_KIND": "places"})
    neg = point_layer([(0, 0), (1, 1)], {"kids": [-1.0, 2.0], "places": [1.0, 1.0]})
    with pytest.raises(QgsProcessingException, match="negative"):
        run("caregaps", {"INPUT": neg, "DEMAND_FIELD": "kids", "SUPPLY_FIELD": "places", "SUPPLY_KIND": "places"})
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "kids",
                         "SUPPLY_FIELD": "places", "SUPPLY_KIND": "places"}, Canceled())


# ------------------------------------------------------------------- caredeserts
def desert_layer(pop, cost, district=None, cost2=None, squares=None):
    n = len(pop)
    fields = {"pop": [float(v) for v in pop], "cost": list(cost)}
    if district is not None:
        fields["district"] = list(district)
    if cost2 is not None:
        fields["cost2"] = list(cost2)
    if squares is not None:
        return polygon_layer(squares, fields)
    return point_layer([(i * 100.0, 0.0) for i in range(n)], fields)


def test_caredeserts_rule_through_processing(caremap_provider):
    lay = desert_layer([0, 10, 20, 30, 40], [50.0, 5.0, 25.0, 19.99, None],
                       cost2=[1.0, 1.0, 1.0, 1.0, 10.0])
    out = run("caredeserts", {"INPUT": lay, "DEMAND_FIELD": "pop", "COST_FIELD": "cost",
                              "THRESHOLD": 20, "SECOND_COST_FIELD": "cost2"})
    o = out["OUTPUT"]
    s = math.sqrt(200.0)
    np.testing.assert_allclose(col(o, "z_demand"), [-20 / s, -10 / s, 0, 10 / s, 20 / s])
    np.testing.assert_allclose(col(o, "demand_threshold"), [15 / s] * 5)
    assert col(o, "high_demand") == [0, 0, 0, 0, 1]
    assert col(o, "low_access") == [1, 0, 1, 0, 1]
    assert col(o, "desert") == [0, 0, 0, 0, 1]
    assert col(o, "desert_type") == [0, 0, 0, 0, 2]
    assert out["DESERTS"] == 1
    summ = rows(out["OUTPUT_SUMMARY"])
    assert summ[0]["district"] == "all" and summ[0]["deserts"] == 1
    assert summ[0]["share"] == pytest.approx(40 / 100)


def test_caredeserts_grouped_and_large_units(caremap_provider):
    squares = [(0, 0, 100), (100, 0, 100), (200, 0, 100), (300, 0, 100), (400, 0, 3000)]
    lay = desert_layer([10, 20, 30, 40, 1000], [30.0, 30.0, 30.0, 30.0, 23.0],
                       district=["n", "n", "s", "s", "s"], squares=squares)
    base = {"INPUT": lay, "DEMAND_FIELD": "pop", "COST_FIELD": "cost", "THRESHOLD": 20,
            "DISTRICT_FIELD": "district"}
    plain = run("caredeserts", base)
    # the reference rule per district: the median of ALL z of the district (issue 11
    # item 4); positive-only gave district n no threshold and flagged only unit 4
    P = np.array([10.0, 20, 30, 40, 1000])
    z = (P - P.mean()) / P.std()
    thr = col(plain["OUTPUT"], "demand_threshold")
    np.testing.assert_allclose(thr, [(z[0] + z[1]) / 2] * 2 + [z[3]] * 3)
    assert col(plain["OUTPUT"], "high_demand") == [0, 1, 0, 1, 1]
    assert col(plain["OUTPUT"], "desert") == [0, 1, 0, 1, 1]
    assert plain["DESERT_SHARE"] == pytest.approx(1060 / 1100)
    adj = run("caredeserts", dict(base, ADJUST_LARGE_UNITS=True, BETA=4.0, GAMMA=6.0))
    a = col(adj["OUTPUT"], "adj_threshold")
    assert a[:4] == [20.0] * 4 and a[4] > 23
    assert col(adj["OUTPUT"], "desert")[4] == 0
    assert [r["district"] for r in rows(adj["OUTPUT_SUMMARY"])] == ["n", "s"]


def test_caredeserts_large_units_on_points_names_the_label(caremap_provider):
    """Issue 11: the message says the dialog's label, not ADJUST_LARGE_UNITS."""
    pts = point_layer([(0, 0), (100, 0)], {"pop": [1.0, 2.0], "cost": [5.0, 30.0]}, name="Puntos")
    with pytest.raises(QgsProcessingException,
                       match=r"'Longer threshold for large units \(polygons\)' needs polygons .*Puntos") as e:
        run("caredeserts", {"INPUT": pts, "DEMAND_FIELD": "pop", "COST_FIELD": "cost", "ADJUST_LARGE_UNITS": True})
    assert "ADJUST_LARGE_UNITS" not in str(e.value)


def test_caredeserts_constant_single_and_bad_input(caremap_provider):
    const = run("caredeserts", {"INPUT": desert_layer([5, 5, 5], [None, None, None]),
                                "DEMAND_FIELD": "pop", "COST_FIELD": "cost"})
    assert col(const["OUTPUT"], "desert") == [0, 0, 0]
    assert col(const["OUTPUT"], "z_demand") == [0.0, 0.0, 0.0]
    single = run("caredeserts", {"INPUT": desert_layer([5], [99.0]), "DEMAND_FIELD": "pop",
                                 "COST_FIELD": "cost"})
    assert col(single["OUTPUT"], "desert") == [0]
    zero = run("caredeserts", {"INPUT": desert_layer([0, 0], [99.0, 99.0]),
                               "DEMAND_FIELD": "pop", "COST_FIELD": "cost"})
    assert col(zero["OUTPUT"], "desert") == [0, 0]
    assert isnull(rows(zero["OUTPUT_SUMMARY"])[0]["share"])
    with pytest.raises(QgsProcessingException, match="District.*NULL"):
        run("caredeserts", {"INPUT": desert_layer([1, 2], [1.0, 1.0], district=["a", None]),
                            "DEMAND_FIELD": "pop", "COST_FIELD": "cost", "DISTRICT_FIELD": "district"})
    with pytest.raises(QgsProcessingException, match="polygon"):
        run("caredeserts", {"INPUT": desert_layer([1, 2], [1.0, 1.0]), "DEMAND_FIELD": "pop",
                            "COST_FIELD": "cost", "ADJUST_LARGE_UNITS": True})
    with pytest.raises(QgsProcessingException, match="missing_field|not found|does not exist"):
        run("caredeserts", {"INPUT": desert_layer([1, 2], [1.0, 1.0]), "DEMAND_FIELD": "missing_field",
                            "COST_FIELD": "cost"})
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("caredeserts", {"INPUT": desert_layer([1, 2], [1.0, 1.0]), "DEMAND_FIELD": "pop",
                            "COST_FIELD": "cost"}, Canceled())


# ------------------------------------------------------------------- hotspots
def grid_points(n=10, hot=True, constant=False):
    xy, vals = [], []
    rng = np.random.default_rng(0)
    for j in range(n):
        for i in range(n):
            xy.append((i * 100.0, j * 100.0))
            v = 5.0 if constant else 10 + rng.normal()
            if hot and i < 3 and j < 3 and not constant:
                v += 10
            vals.append(float(v))
    return xy, vals


def test_hotspots_gi_star_knn_finds_the_cluster(caremap_provider):
    xy, vals = grid_points()
    lay = point_layer(xy, {"v": vals})
    out = run("hotspots", {"INPUT": lay, "FIELD": "v", "K": 8, "PERMUTATIONS": 99, "SEED": 1})
    r = rows(out["OUTPUT"])
    cls = np.array([x["hotspot_class"] for x in r])
    assert (cls[[0, 1, 10, 11]] >= 2).all()
    assert all(0 < x["p_sim"] <= 1 for x in r)
    from caremap.kernels.hotspots import gi_star
    from caremap.kernels.weights import knn_weights

    ref = gi_star(np.array(vals), knn_weights(np.array(xy)[:, 0], np.array(xy)[:, 1], 8))
    np.testing.assert_allclose([x["z"] for x in r], ref["z"], atol=1e-12)
    assert all(x["n_neighbors"] == 8 for x in r)


def test_hotspots_local_moran_queen_and_rook_polygons(caremap_provider):
    xy, vals = grid_points(6)
    squares = [(x, y, 100) for x, y in xy]
    lay = polygon_layer(squares, {"v": vals})
    for scheme, card_center in (("queen", 8), ("rook", 4)):
        out = run("hotspots", {"INPUT": lay, "FIELD": "v", "STATISTIC": "local_moran",
                               "WEIGHTS": scheme, "PERMUTATIONS": 0, "FDR": True})
        r = rows(out["OUTPUT"])
        assert r[7]["n_neighbors"] == card_center  # an interior cell
        assert r[0]["n_neighbors"] == (3 if scheme == "queen" else 2)
        assert r[0]["quadrant"] == 1  # the hot corner is High-High
        assert isnull(r[0]["p_sim"])


def test_hotspots_distance_band_with_island(caremap_provider):
    lay = point_layer([(0, 0), (50, 0), (100, 0), (5000, 0)], {"v": [1.0, 2.0, 3.0, 4.0]})
    fb = QgsProcessingFeedback()
    out = run("hotspots", {"INPUT": lay, "FIELD": "v", "WEIGHTS": "distance", "DISTANCE": 60,
                           "PERMUTATIONS": 9}, fb)
    r = rows(out["OUTPUT"])
    assert isnull(r[3]["z"]) and r[3]["hotspot_class"] == 0 and r[3]["n_neighbors"] == 0


def test_hotspots_constant_values(caremap_provider):
    xy, vals = grid_points(4, constant=True)
    out = run("hotspots", {"INPUT": point_layer(xy, {"v": vals}), "FIELD": "v", "K": 3,
                           "PERMUTATIONS": 19})
    r = rows(out["OUTPUT"])
    assert all(x["z"] == 0 and x["hotspot_class"] == 0 for x in r)


def test_hotspots_bad_input(caremap_provider):
    small = point_layer([(0, 0), (1, 0), (2, 0), (3, 0)], {"v": [1.0, 2.0, 3.0, 4.0]})
    # issue 11: messages name the dialog's labels, never the parameter ids (K, DISTANCE)
    with pytest.raises(QgsProcessingException, match=r"'Number of neighbours \(nearest units\)' is 8, but layer .* only 4") as e:
        run("hotspots", {"INPUT": small, "FIELD": "v", "K": 8})
    assert "K =" not in str(e.value)
    one = point_layer([(0, 0)], {"v": [1.0]})
    with pytest.raises(QgsProcessingException, match="at least 3"):
        run("hotspots", {"INPUT": one, "FIELD": "v", "K": 1})
    with pytest.raises(QgsProcessingException, match="polygon"):
        run("hotspots", {"INPUT": small, "FIELD": "v", "WEIGHTS": "queen"})
    with pytest.raises(QgsProcessingException, match=r"neighbour.*larger 'Distance band \(metres\)'") as e:
        run("hotspots", {"INPUT": small, "FIELD": "v", "WEIGHTS": "distance", "DISTANCE": 0.5})
    assert "DISTANCE" not in str(e.value)
    nulls = point_layer([(0, 0), (1, 0), (2, 0), (3, 0)], {"v": [1.0, None, 3.0, 4.0]})
    with pytest.raises(QgsProcessingException, match="NULL"):
        run("hotspots", {"INPUT": nulls, "FIELD": "v", "K": 2})
    xy, vals = grid_points(6)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("hotspots", {"INPUT": point_layer(xy, {"v": vals}), "FIELD": "v"}, Canceled())


# ------------------------------------------------------------------- priorityindex
def test_priorityindex_hand_computed(caremap_provider):
    lay = point_layer([(0, 0), (1, 0), (2, 0)],
                      {"unmet": [0.0, 50.0, 100.0], "access": [1.0, 0.5, 0.0]})
    out = run("priorityindex", {"INPUT": lay, "FIELDS": ["unmet", "access"],
                                "INVERT_FIELDS": ["access"], "WEIGHTS": "3, 1"})
    r = rows(out["OUTPUT"])
    np.testing.assert_allclose([x["priority"] for x in r], [0, 0.5, 1])
    np.testing.assert_allclose([x["contrib_unmet"] for x in r], [0, 0.375, 0.75])
    np.testing.assert_allclose([x["contrib_access"] for x in r], [0, 0.125, 0.25])
    assert [x["priority_rank"] for x in r] == [3, 2, 1]
    assert [x["priority_quintile"] for x in r] == [1, 2, 4]


def test_priorityindex_rank_z_constant_and_single(caremap_provider):
    lay = point_layer([(0, 0), (1, 0), (2, 0), (3, 0)], {"a": [1.0, 1.0, 1.0, 1.0], "b": [4.0, 3.0, 2.0, 1.0]})
    out = run("priorityindex", {"INPUT": lay, "FIELDS": ["a", "b"], "NORMALIZATION": "rank"})
    r = rows(out["OUTPUT"])
    np.testing.assert_allclose([x["contrib_a"] for x in r], 0)
    assert [x["priority_rank"] for x in r] == [1, 2, 3, 4]
    out = run("priorityindex", {"INPUT": point_layer([(0, 0)], {"a": [3.0]}), "FIELDS": ["a"],
                                "NORMALIZATION": "z"})
    assert rows(out["OUTPUT"])[0]["priority"] == 0


def test_priorityindex_bad_input(caremap_provider):
    lay = point_layer([(0, 0), (1, 0)], {"a": [1.0, 2.0], "b": [None, 1.0]})
    # issue 11: the dialog's labels, never the ids WEIGHTS, FIELDS, INVERT_FIELDS
    weights = r"'Weights \(field:weight, separated by commas; empty = equal\)'"
    with pytest.raises(QgsProcessingException,
                       match=weights + ": 1 indicator field chosen in 'Indicator fields' .*weights given is 2") as e:
        run("priorityindex", {"INPUT": lay, "FIELDS": ["a"], "WEIGHTS": "1, 2"})
    assert not re.search(r"\b(WEIGHTS|FIELDS)\b", str(e.value))
    with pytest.raises(QgsProcessingException, match=weights + " holds 'x'") as e:
        run("priorityindex", {"INPUT": lay, "FIELDS": ["a"], "WEIGHTS": "x"})
    assert "WEIGHTS" not in str(e.value)
    with pytest.raises(QgsProcessingException, match="positive"):
        run("priorityindex", {"INPUT": lay, "FIELDS": ["a"], "WEIGHTS": "0"})
    with pytest.raises(QgsProcessingException, match="NULL"):
        run("priorityindex", {"INPUT": lay, "FIELDS": ["a", "b"]})
    with pytest.raises(QgsProcessingException, match="1 field chosen in 'Indicators where lower = more priority' "
                                                     "but not in 'Indicator fields': 'b'") as e:
        run("priorityindex", {"INPUT": lay, "FIELDS": ["a"], "INVERT_FIELDS": ["b"]})
    assert not re.search(r"\b(INVERT_FIELDS|FIELDS)\b", str(e.value))
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("priorityindex", {"INPUT": lay, "FIELDS": ["a"]}, Canceled())


def test_priorityindex_weights_tied_to_field_names(caremap_provider):
    """Issue 19, step 9: the dialog lists the ticked fields in the layer's field order, not
    the order they were ticked, so weights are given as field:weight and go to the named
    field whatever the order of the indicator fields. By hand (min-max): unmet -> 0, 0.5, 1,
    poverty -> 1, 0, 0.5; weights unmet 3, poverty 1
    (rescaled 0.75, 0.25): priority = 0.75 x (0, 0.5, 1) + 0.25 x (1, 0, 0.5) = 0.25, 0.375, 0.875."""
    lay = point_layer([(0, 0), (1, 0), (2, 0)],
                      {"poverty": [9.0, 1.0, 5.0], "unmet": [0.0, 50.0, 100.0]})
    expected = [0.25, 0.375, 0.875]
    for fields in (["unmet", "poverty"], ["poverty", "unmet"]):  # the order of ticking or of the layer
        fb = Recorder()
        out = run("priorityindex", {"INPUT": lay, "FIELDS": fields, "WEIGHTS": "poverty:1, unmet:3"}, fb)
        r = rows(out["OUTPUT"])
        np.testing.assert_allclose([x["priority"] for x in r], expected)
        np.testing.assert_allclose([x["contrib_unmet"] for x in r], [0, 0.375, 0.75])
        np.testing.assert_allclose([x["contrib_poverty"] for x in r], [0.25, 0, 0.125])
        assert any(i.startswith("unmet: weight 0.750") for i in fb.infos)
        assert not any("plain numbers" in w for w in fb.warnings)
    # old calls (plain numbers, paired with the list as given) still work, with a warning
    # naming the pairing and the field:weight text to write
    fb = Recorder()
    out = run("priorityindex", {"INPUT": lay, "FIELDS": ["unmet", "poverty"], "WEIGHTS": "3;1"}, fb)
    np.testing.assert_allclose([x["priority"] for x in rows(out["OUTPUT"])], expected)
    assert any("unmet 3, poverty 1" in w and "unmet:3, poverty:1" in w for w in fb.warnings)
    # the same plain numbers in the other order give the weight 3 to poverty: not the same index
    out = run("priorityindex", {"INPUT": lay, "FIELDS": ["poverty", "unmet"], "WEIGHTS": "3,1"})
    assert not np.allclose([x["priority"] for x in rows(out["OUTPUT"])], expected)
    # equal weights when empty; equal plain numbers give no warning
    fb = Recorder()
    out = run("priorityindex", {"INPUT": lay, "FIELDS": ["unmet", "poverty"], "WEIGHTS": "1,1"}, fb)
    np.testing.assert_allclose([x["priority"] for x in rows(out["OUTPUT"])], [0.5, 0.25, 0.75])
    assert not any("plain numbers" in w for w in fb.warnings)


def test_priorityindex_named_weights_bad_input(caremap_provider):
    lay = point_layer([(0, 0), (1, 0)], {"a": [1.0, 2.0], "b": [3.0, 1.0]})
    cases = [("a:1, c:2", r"'c' is not one of the indicator fields chosen in 'Indicator fields' \(a, b\)"),
             ("a:1", r"no weight for 1 ticked indicator: b\. Give each a weight \(e\.g\. b:1\)"),
             ("a:1, b:x", r"the weight of 'b' is 'x', not a number"),
             ("a:1, a:2, b:1", r"field 'a' is given twice"),
             ("a:1, 2", r"give every weight with its field name"),
             ("a:0, b:0", r"positive")]
    for text, message in cases:
        with pytest.raises(QgsProcessingException, match=message) as e:
            run("priorityindex", {"INPUT": lay, "FIELDS": ["a", "b"], "WEIGHTS": text})
        assert not re.search(r"\b(WEIGHTS|FIELDS)\b", str(e.value)), str(e.value)


# ------------------------------------------------------------------- equity
def test_equity_measures_and_lorenz(caremap_provider):
    lay = point_layer([(i, 0) for i in range(4)],
                      {"acc": [1.0, 5.0, 2.0, 8.0], "pop": [3.0, 1.0, 2.0, 4.0],
                       "income": [1.0, 2.0, 3.0, 4.0], "district": ["a", "a", "b", "b"]})
    out = run("equity", {"INPUT": lay, "ACCESS_FIELD": "acc", "POPULATION_FIELD": "pop",
                         "RANK_FIELD": "income", "DISTRICT_FIELD": "district", "LORENZ_POINTS": 11})
    from caremap.kernels.equity import concentration_index, gini, palma_ratio, theil_t

    x, w = np.array([1.0, 5, 2, 8]), np.array([3.0, 1, 2, 4])
    assert out["GINI"] == pytest.approx(gini(np.repeat(x, w.astype(int))))
    assert out["PALMA"] == pytest.approx(palma_ratio(x, w))
    T, b, wi = theil_t(x, w, [0, 0, 1, 1])
    assert (out["THEIL"], out["THEIL_BETWEEN"], out["THEIL_WITHIN"]) == pytest.approx((T, b, wi))
    assert out["CONCENTRATION"] == pytest.approx(concentration_index(x, [1, 2, 3, 4], w)[0])
    assert out["MEAN_ACCESS"] == pytest.approx(np.sum(x * w) / w.sum())
    lor = rows(out["OUTPUT_LORENZ"])
    assert len(lor) == 11
    assert lor[0]["access_share"] == 0 and lor[-1]["access_share"] == pytest.approx(1)
    assert all(r["access_share"] <= r["equality"] + 1e-12 for r in lor)


def test_equity_equal_values_zero_access_and_bad_input(caremap_provider):
    eq = run("equity", {"INPUT": point_layer([(0, 0), (1, 0), (2, 0)], {"acc": [2.0, 2.0, 2.0]}),
                        "ACCESS_FIELD": "acc", "LORENZ_POINTS": 0})
    assert eq["GINI"] == pytest.approx(0) and eq["THEIL"] == pytest.approx(0)
    assert eq["CONCENTRATION"] is None and eq["THEIL_BETWEEN"] is None
    assert len(rows(eq["OUTPUT_LORENZ"])) == 4
    one = run("equity", {"INPUT": point_layer([(0, 0)], {"acc": [2.0]}), "ACCESS_FIELD": "acc"})
    assert one["GINI"] == pytest.approx(0)
    zero = run("equity", {"INPUT": point_layer([(0, 0), (1, 0)], {"acc": [0.0, 0.0]}),
                          "ACCESS_FIELD": "acc"})
    assert zero["GINI"] is None
    with pytest.raises(QgsProcessingException, match="negative"):
        run("equity", {"INPUT": point_layer([(0, 0), (1, 0)], {"acc": [-1.0, 2.0]}), "ACCESS_FIELD": "acc"})
    with pytest.raises(QgsProcessingException, match="District.*NULL"):
        run("equity", {"INPUT": point_layer([(0, 0), (1, 0)], {"acc": [1.0, 2.0], "d": ["a", None]}),
                       "ACCESS_FIELD": "acc", "DISTRICT_FIELD": "d"})
    # no demand: every figure is None (never NaN) and the warning says "no demand"
    fb = Recorder()
    nod = run("equity", {"INPUT": point_layer([(0, 0), (1, 0)], {"acc": [1.0, 2.0], "p": [0.0, 0.0]}),
                         "ACCESS_FIELD": "acc", "POPULATION_FIELD": "p"}, fb)
    assert all(nod[k] is None for k in ("MEAN_ACCESS", "GINI", "PALMA", "THEIL"))
    assert any("No demand" in w for w in fb.warnings)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("equity", {"INPUT": point_layer([(0, 0), (1, 0)], {"acc": [1.0, 2.0]}),
                       "ACCESS_FIELD": "acc"}, Canceled())


# ------------------------------------------------------------------- demo city chain
@pytest.mark.slow
def test_demo_city_chain(caremap_provider, demo_gpkg):
    """accessibility -> caregaps -> caredeserts -> priorityindex, then hotspots and equity,
    on the demo city's blocks and childcare facilities."""
    blocks = f"{demo_gpkg}|layername=blocks"
    acc = run("accessibility", {
        "DEMAND": blocks, "DEMAND_FIELD": "p_0_2", "SUPPLY": f"{demo_gpkg}|layername=facilities_registry",
        "CAPACITY_FIELD": "capacity", "COST_MODE": "straight", "COST_UNIT": "minutes",
        "THRESHOLD": 15, "METHOD": "2sfca", "TARGET_GROUP_FIELD": "target_group",
        "TARGET_GROUP": "children", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
        "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"})
    demand = acc["OUTPUT_DEMAND"]
    n = demand.featureCount()
    assert n == 2992
    gaps = run("caregaps", {"INPUT": demand, "DEMAND_FIELD": "p_0_2", "SUPPLY_FIELD": "access",
                            "SUPPLY_KIND": "access_ratio", "TARGET_RATIO": 1 / 3,
                            "DISTRICT_FIELD": "district",
                            "DISTRICT_LAYER": f"{demo_gpkg}|layername=districts",
                            "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"})
    dist = rows(gaps["OUTPUT_DISTRICTS"])
    assert len(dist) == 8 and all(r["units"] > 0 for r in dist)
    assert gaps["OUTPUT_DISTRICTS"].geometryType() == 2  # polygons
    g = gaps["OUTPUT"]
    summ = rows(gaps["OUTPUT_SUMMARY"])
    assert len(summ) == 8 and sum(r["units"] for r in summ) == n
    total_demand = sum(r["demand"] for r in summ)
    assert total_demand == pytest.approx(sum(col(g, "p_0_2")))
    assert sum(r["unmet"] for r in summ) == pytest.approx(sum(col(g, "unmet")), rel=1e-9)
    des = run("caredeserts", {"INPUT": g, "DEMAND_FIELD": "p_0_2", "COST_FIELD": "cost_nearest",
                              "THRESHOLD": 10, "DISTRICT_FIELD": "district",
                              "ADJUST_LARGE_UNITS": True})
    d = des["OUTPUT"]
    dsum = rows(des["OUTPUT_SUMMARY"])
    assert sum(r["deserts"] for r in dsum) == sum(col(d, "desert")) == des["DESERTS"]
    # the poor young periphery has more deserts than the centre
    share = {r["district"]: r["share"] for r in dsum}
    assert share["Centro"] <= max(share.values())
    pri = run("priorityindex", {"INPUT": d, "FIELDS": ["unmet", "access", "poverty", "fhh_share"],
                                "INVERT_FIELDS": ["access"], "NORMALIZATION": "rank",
                                "WEIGHTS": "0.4,0.3,0.2,0.1"})
    pr = rows(pri["OUTPUT"])
    assert {r["priority_quintile"] for r in pr} == {1, 2, 3, 4, 5}
    assert "desert" in pr[0] and "unmet" in pr[0]  # the chain keeps every field
    hot = run("hotspots", {"INPUT": pri["OUTPUT"], "FIELD": "priority", "WEIGHTS": "queen",
                           "PERMUTATIONS": 99})
    cls = col(hot["OUTPUT"], "hotspot_class")
    assert max(cls) == 3 and min(cls) == -3
    eq = run("equity", {"INPUT": demand, "ACCESS_FIELD": "access", "POPULATION_FIELD": "p_0_2",
                        "RANK_FIELD": "poverty", "DISTRICT_FIELD": "district"})
    assert 0 < eq["GINI"] < 1
    assert eq["THEIL"] == pytest.approx(eq["THEIL_BETWEEN"] + eq["THEIL_WITHIN"])
    assert eq["CONCENTRATION"] < 0  # access is lower where poverty is higher


class CancelAfterWeights(QgsProcessingFeedback):
    """Cancels once the adapter has built the weights, i.e. inside the permutations."""

    stop = False

    def pushInfo(self, info):  # noqa: N802
        if info.startswith("Weights"):
            self.stop = True
        super().pushInfo(info)

    def isCanceled(self):  # noqa: N802
        return self.stop


def test_hotspots_cancel_during_permutations(caremap_provider):
    xy, vals = grid_points(8)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("hotspots", {"INPUT": point_layer(xy, {"v": vals}), "FIELD": "v", "K": 4,
                         "PERMUTATIONS": 999}, CancelAfterWeights())
