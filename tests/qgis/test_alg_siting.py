"""caremap:siting through processing.run: small hand cases, every objective, bad input."""
import pytest
from layers import Recorder, memory_layer, point_layer, rows, save_gpkg
from qgis.core import QgsProcessingException, QgsProcessingFeedback


def run(params, feedback=None):
    import processing

    base = {"OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
            "COST_UNIT": "meters", "THRESHOLD": 200.0}
    base.update(params)
    return processing.run("caremap:siting", base, feedback=feedback or QgsProcessingFeedback())


def demand():
    # two heavy units near x = 0..100, one light unit at x = 5000
    return point_layer([(0, 0), (100, 0), (5000, 0)], {"pop": [10.0, 10.0, 3.0], "did": ["a", "b", "c"]})


def candidates():
    return point_layer([(50, 0), (5000, 0), (9000, 0)], {"cid": ["s1", "s2", "s3"], "cap": [5.0, 5.0, 5.0]})


def features(layer):
    return sorted((f.attributes() for f in layer.getFeatures()), key=lambda a: str(a))


def field(layer, name):
    return [f[name] for f in layer.getFeatures()]


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_mclp_picks_the_heavy_pair_then_the_far_unit(caremap_provider, solver):
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 2,
               "SOLVER": solver, "CANDIDATE_ID_FIELD": "cid", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    sites = res["OUTPUT_SITES"]
    assert field(sites, "rank") == [1, 2]
    assert field(sites, "candidate_id") == ["s1", "s2"]
    assert field(sites, "gain") == [20.0, 3.0]
    dem = res["OUTPUT_DEMAND"]
    assert field(dem, "covered_before") == [0, 0, 0] and field(dem, "covered_after") == [1, 1, 1]
    assert field(dem, "cost_after") == pytest.approx([50.0, 50.0, 0.0])
    assert field(dem, "new_site_rank") == [1, 1, 2]
    assert field(dem, "did") == ["a", "b", "c"]          # input fields kept
    assert res["DEMAND_COVERED_AFTER"] == 23 and res["DEMAND_COVERED_BEFORE"] == 0
    summary = {f["metric"]: (f["before"], f["after"]) for f in res["OUTPUT_SUMMARY"].getFeatures()}
    assert summary["share_covered"] == (0.0, 1.0)
    assert res["STATUS"] == ("greedy" if solver == "greedy" else "optimal")


def test_existing_facility_already_covers(caremap_provider):
    existing = point_layer([(60, 0)], {"name": ["old"]})
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1,
               "EXISTING": existing, "SOLVER": "exact"})
    assert field(res["OUTPUT_SITES"], "candidate_fid") == [2]
    assert res["DEMAND_COVERED_BEFORE"] == 20 and res["DEMAND_COVERED_AFTER"] == 23


def test_grid_candidates_and_minutes(caremap_provider):
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "GRID_SPACING": 50.0, "P": 2,
               "COST_UNIT": "minutes", "THRESHOLD": 2.0, "SPEED": 5.04})  # 2 min = 168 m
    assert res["DEMAND_COVERED_AFTER"] == 23
    assert res["OUTPUT_SITES"].featureCount() == 2


def test_pmedian_and_capacitated(caremap_provider):
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1,
               "OBJECTIVE": "pmedian", "SOLVER": "exact", "MAX_COST": 10000.0})
    assert res["OBJECTIVE_VALUE"] == pytest.approx(10 * 50 + 10 * 50 + 3 * 4950)
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 2,
               "OBJECTIVE": "capacitated", "SOLVER": "exact", "CANDIDATE_CAPACITY_FIELD": "cap"})
    assert res["OBJECTIVE_VALUE"] == pytest.approx(5 + 3)
    assert field(res["OUTPUT_SITES"], "capacity") == [5.0, 5.0]
    served = field(res["OUTPUT_DEMAND"], "served_after")
    assert sum(s * w for s, w in zip(served, [10, 10, 3])) == pytest.approx(8)


def test_table_mode(caremap_provider):
    od = memory_layer("None", [None] * 3, {"o": ["a", "b", "c"], "d": ["s3", "s3", "s2"],
                                           "t": [10.0, 10.0, 10.0]})
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1,
               "CANDIDATE_ID_FIELD": "cid", "DEMAND_ID_FIELD": "did", "COST_MODE": "table",
               "OD_TABLE": od, "OD_ORIGIN_FIELD": "o", "OD_DEST_FIELD": "d", "OD_COST_FIELD": "t",
               "COST_UNIT": "minutes", "THRESHOLD": 15.0})
    assert field(res["OUTPUT_SITES"], "candidate_id") == ["s3"]


@pytest.mark.parametrize("params, message", [
    ({"P": 4}, "4 new sites asked for \\('Number of new sites'\\), but .* has only 3 candidate sites:"),
    ({"THRESHOLD": 1.0, "P": 1}, "No candidate site .* within 1 m.* raise 'Coverage threshold"),
    ({"OBJECTIVE": "capacitated", "CAPACITY": 0.0, "P": 1}, "Capacity must be above 0 .* has 3 values that"),
    ({"CANDIDATES": None, "GRID_SPACING": 0.0, "P": 1},
     "choose a layer of candidate sites in 'Candidate sites', or set 'Grid spacing of candidate sites"),
    ({"DEMAND_FIELD": "neg", "P": 1}, "negative"),
])
def test_bad_input(caremap_provider, params, message):
    dem = point_layer([(0, 0), (100, 0)], {"pop": [1.0, 2.0], "neg": [1.0, -2.0]})
    full = {"DEMAND": dem, "DEMAND_FIELD": "pop", "CANDIDATES": candidates()}
    full.update(params)
    with pytest.raises(QgsProcessingException, match=message) as err:
        run(full)
    ids = ("GRID_SPACING", "CANDIDATES", "THRESHOLD", "MAX_COST", "COST_UNIT", "P =")
    assert not any(i in str(err.value) for i in ids), str(err.value)


def test_the_dialog_defaults_run_on_a_grid(caremap_provider):
    """Only the demand given, as a dialog opened fresh: no candidate layer, so a grid every
    DEFAULT_GRID_SPACING_M (250 m) over the demand's extent, 0..5000 m: 21 points, of
    which those within the default 10 minutes' walk (840 m) of a unit are kept: 0, 250,
    500, 750 and 4250..5000. Five sites are asked; the first covers the pair (20), the
    second the far unit (3), and a third would add nothing: 2 placed."""
    from caremap.kernels.costs import DEFAULT_THRESHOLD_MINUTES
    from caremap.kernels.siting_common import DEFAULT_GRID_SPACING_M

    import processing

    alg = caremap_provider.algorithm("siting")
    assert alg.parameterDefinition("GRID_SPACING").defaultValue() == DEFAULT_GRID_SPACING_M == 250.0
    assert alg.parameterDefinition("THRESHOLD").defaultValue() == DEFAULT_THRESHOLD_MINUTES
    fb = Recorder()
    res = processing.run("caremap:siting", {"DEMAND": demand(), "DEMAND_FIELD": "pop",
                                            "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT"},
                         feedback=fb)
    assert res["DEMAND_COVERED_BEFORE"] == 0 and res["DEMAND_COVERED_AFTER"] == 23
    assert res["SITES_PLACED"] == 2 and field(res["OUTPUT_SITES"], "gain") == [20.0, 3.0]
    xs = sorted(f.geometry().asPoint().x() for f in res["OUTPUT_SITES"].getFeatures())
    assert all(x % 250 == 0 for x in xs) and xs[0] <= 750 and xs[1] >= 4250
    assert any("2 new sites placed instead of the 5 asked" in w for w in fb.warnings)


def test_cancelled_feedback(caremap_provider):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run({"DEMAND": demand(), "CANDIDATES": candidates(), "P": 1}, feedback)


def test_network_mode_on_a_straight_road(caremap_provider):
    from layers import line_layer

    # points attach to the nearest vertex: a vertex every 50 m
    road = line_layer([[(x, 0) for x in range(-100, 10001, 50)]], {"speed": [5.04]})
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 2,
               "COST_MODE": "network", "NETWORK": road, "SPEED_FIELD": "speed"})
    assert field(res["OUTPUT_SITES"], "candidate_fid") == [1, 2]
    assert field(res["OUTPUT_DEMAND"], "cost_after") == pytest.approx([50.0, 50.0, 0.0])
    with pytest.raises(QgsProcessingException, match="choose it in 'Road network \\(lines\\)'"):
        run({"DEMAND": demand(), "CANDIDATES": candidates(), "P": 1, "COST_MODE": "network"})




@pytest.mark.parametrize("objective", ["mclp", "capacitated", "pmedian"])
@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_fewer_sites_suffice_no_zero_gain_site(caremap_provider, objective, solver):
    """Issue 11 item 10: two sites reach every unit; P = 3 must not add a third site
    with zero gain: it stops, warns that fewer sites suffice and says how many."""
    fb = Recorder()
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 3,
               "OBJECTIVE": objective, "SOLVER": solver, "CANDIDATE_ID_FIELD": "cid",
               "CAPACITY": 100.0, "MAX_COST": 10000.0}, fb)
    sites = res["OUTPUT_SITES"]
    assert sorted(field(sites, "candidate_id")) == ["s1", "s2"]
    assert all(g > 0 for g in field(sites, "gain"))
    assert res["SITES_PLACED"] == 2
    assert any("Fewer sites suffice" in w and "2" in w and "3" in w for w in fb.warnings)
    assert res["DEMAND_COVERED_AFTER"] == 23


def test_zero_demand_gives_none_never_nan(caremap_provider):
    """Issue 11 item 6: all-zero demand -> shares and mean costs are None with a
    'No demand' warning, no NaN among the outputs."""
    import math
    fb = Recorder()
    zero = point_layer([(0, 0), (100, 0), (5000, 0)], {"pop": [0.0, 0.0, 0.0]})
    res = run({"DEMAND": zero, "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1,
               "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}, fb)
    for key in ("DESERT_SHARE_BEFORE", "DESERT_SHARE_AFTER", "MEAN_COST_BEFORE", "MIP_GAP"):
        assert res[key] is None, key
    assert not any(isinstance(v, float) and not math.isfinite(v) for v in res.values())
    assert any("No demand" in w for w in fb.warnings)
    assert res["SITES_PLACED"] == 0


def test_desert_share_before_after_is_the_desert_rule(caremap_provider):
    """The desert share before/after comes from kernels.siting_common.desert_shares: the
    two heavy units (z > 0, median rule) are deserts before (nothing within 200 m) and
    not after; the light unit is never high demand."""
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1})
    assert res["DESERT_SHARE_BEFORE"] == pytest.approx(20 / 23)
    assert res["DESERT_SHARE_AFTER"] == pytest.approx(0.0)


def test_threshold_zero_is_refused(caremap_provider):
    with pytest.raises(QgsProcessingException, match="above 0"):
        run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1, "THRESHOLD": 0.0})


# --------------------------------------------------------------------------- messages (issue 11)
def test_off_network_candidates_named_by_layer(caremap_provider):
    """Candidate sites off the road network: a counted warning naming the candidates'
    layer, their feature ids in the log."""
    from layers import line_layer

    class Log(Recorder):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, msg):  # noqa: N802
            self.infos.append(msg)
            super().pushInfo(msg)

    road = line_layer([[(x, 0) for x in range(-100, 10001, 50)]])
    cand = point_layer([(50, 0), (5000, 0), (3000, 4000)], {"cid": ["s1", "s2", "s3"]}, name="plots")
    fb = Log()
    run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": cand, "P": 1, "COST_MODE": "network",
         "NETWORK": road}, fb)
    off = [w for w in fb.warnings if "road network" in w]
    assert len(off) == 1 and off[0].startswith("1 facility of layer Candidate sites") \
        and "(plots) farther than" in off[0]
    assert any(i.startswith("Off the road network in layer Candidate sites")
               and i.endswith("(plots): 1 feature, ids 3") for i in fb.infos)


def test_duplicate_demand_ids_name_layer_and_field(caremap_provider):
    dup = point_layer([(0, 0), (100, 0)], {"pop": [1.0, 1.0], "did": ["a", "a"]}, name="blocks")
    od = memory_layer("None", [None], {"o": ["a"], "d": ["s1"], "t": [1.0]})
    with pytest.raises(QgsProcessingException) as err:
        run({"DEMAND": dup, "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1,
             "CANDIDATE_ID_FIELD": "cid", "DEMAND_ID_FIELD": "did", "COST_MODE": "table", "OD_TABLE": od,
             "OD_ORIGIN_FIELD": "o", "OD_DEST_FIELD": "d", "OD_COST_FIELD": "t"})
    assert "The ids in field 'did' of layer Demand units (points or polygons) (blocks) are not unique" in str(err.value)
    assert "DEMAND_ID_FIELD" not in str(err.value)


def test_table_mode_without_ids_names_the_labels(caremap_provider):
    od = memory_layer("None", [None], {"o": ["a"], "d": ["s1"], "t": [1.0]})
    with pytest.raises(QgsProcessingException) as err:
        run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1, "COST_MODE": "table",
             "OD_TABLE": od, "OD_ORIGIN_FIELD": "o", "OD_DEST_FIELD": "d", "OD_COST_FIELD": "t"})
    msg = str(err.value)
    assert "'Demand unit id field (for a cost table)'" in msg and "'Id field of the candidate sites'" in msg
    assert not any(i in msg for i in ("DEMAND_ID_FIELD", "CANDIDATE_ID_FIELD", "SUPPLY_ID_FIELD", "COST_MODE"))


# ------------------------------------------------------- new sites keep the candidates' own fields
def named_candidates():
    return point_layer([(50, 0), (5000, 0), (9000, 0)],
                       {"name": ["North school", "River hall", "Hill lot"],
                        "address": ["Calle 1 #2-3", "Carrera 7 #40", "Avenida 68"],
                        "cid": ["s1", "s2", "s3"], "score": [0.5, float("nan"), 2.0],
                        "Rank": [9, 9, 9]}, name="candidate sites")


def test_new_sites_keep_each_candidates_own_fields(caremap_provider):
    rec = Recorder()
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": named_candidates(), "P": 2,
               "SOLVER": "greedy", "CANDIDATE_ID_FIELD": "cid"}, rec)
    sites = res["OUTPUT_SITES"]
    # the candidates' fields first (their 'Rank' gives way to CareMap's rank), then the new ones
    assert sites.fields().names() == ["name", "address", "cid", "score", "rank", "gain", "newly_covered",
                                      "candidate_fid", "candidate_id", "assigned_demand"]
    got = sorted(rows(sites), key=lambda r: r["rank"])
    # each site carries its own candidate's values, not another's: s1 (fid 1) then s2 (fid 2)
    assert [(r["name"], r["address"], r["cid"], r["candidate_fid"]) for r in got] == [
        ("North school", "Calle 1 #2-3", "s1", 1), ("River hall", "Carrera 7 #40", "s2", 2)]
    assert [r["rank"] for r in got] == [1, 2] and [r["gain"] for r in got] == [20.0, 3.0]
    assert got[0]["score"] == 0.5 and got[1]["score"] is None     # NaN written as NULL, never NaN
    assert any("'Rank'" in m and "candidate sites" in m for m in rec.warnings), rec.warnings


def test_new_sites_from_a_geopackage_keep_fid_and_fields(caremap_provider, tmp_path):
    cand = save_gpkg(named_candidates(), tmp_path / "cand.gpkg", "candidates")
    out = str(tmp_path / "sites.gpkg")
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": cand, "P": 2, "SOLVER": "exact",
               "OUTPUT_SITES": out})
    from qgis.core import QgsVectorLayer
    sites = QgsVectorLayer(res["OUTPUT_SITES"], "sites", "ogr")
    assert sites.isValid()
    got = sorted(rows(sites), key=lambda r: r["rank"])
    assert [(r["name"], r["address"]) for r in got] == [("North school", "Calle 1 #2-3"),
                                                        ("River hall", "Carrera 7 #40")]
    assert [r["candidate_fid"] for r in got] == [r["fid"] for r in got] == [1, 2]


def test_grid_sites_keep_todays_fields(caremap_provider):
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "GRID_SPACING": 50.0, "P": 2})
    assert res["OUTPUT_SITES"].fields().names() == ["rank", "gain", "newly_covered", "candidate_fid",
                                                    "assigned_demand"]


def test_demand_costs_carry_their_unit(caremap_provider):
    """cost_before / cost_after are written with their unit and speed (the contract of
    docs/architecture.md), so care deserts or the report read them right."""
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1})
    out = rows(res["OUTPUT_DEMAND"])
    assert {r["cost_unit"] for r in out} == {"meters"}
    assert {r["cost_speed_kmh"] for r in out} == {5.04}
    res = run({"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": candidates(), "P": 1,
               "COST_UNIT": "minutes", "THRESHOLD": 3.0, "SPEED": 4.0})
    out = rows(res["OUTPUT_DEMAND"])
    assert {r["cost_unit"] for r in out} == {"minutes"} and {r["cost_speed_kmh"] for r in out} == {4.0}
