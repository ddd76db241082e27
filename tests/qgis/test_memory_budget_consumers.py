"""The consumers of pair tables other than accessibility under the memory budget (issue 16
item 2; docs/architecture.md, Memory): unpaid care sums over the pairs in chunks and gives
the same hours freed as with the whole table; siting, the origin-destination table and
public transport, which need a whole table, log the estimate first and, beyond the
budget, are refused before any output is written, with a message naming the estimate,
the budget and the setting; public transport computes the walks of the whole way only
within what can change a cost the caller reads, with the same results as every walk.
Not timed."""
import numpy as np
import pytest
from caremap.processing import costs_io, transit_io
from layers import Recorder, memory_layer, point_layer, rows, run_alg
from qgis.core import QgsProcessingException
from test_transit_mode import CRS, X0, Y0, write_feed

SETTING = "caremap/memory_budget_mb"


def column(layer, name):
    return np.array([np.nan if r[name] is None else r[name] for r in rows(layer)], dtype=float)


# ------------------------------------------------------------------ unpaid care: in chunks
def unpaid_params(seed=3, nd=300, ns=25, side=3000.0):
    rng = np.random.default_rng(seed)
    dxy, sxy = rng.uniform(0, side, (nd, 2)), rng.uniform(0, side, (ns, 2))
    cols = {"f_15_29": np.round(rng.uniform(0, 30, nd), 2).tolist(),
            "m_15_29": np.round(rng.uniform(0, 30, nd), 2).tolist(),
            "kids": np.round(rng.uniform(0, 9, nd), 2).tolist()}
    time_use = memory_layer("None", [None] * 2, {"sex": ["f", "m"], "age_band": ["15-29", "15-29"],
                                                 "weekly_hours": [21.0, 7.0]})
    services = point_layer([tuple(p) for p in sxy], {"places": np.round(rng.uniform(1, 40, ns), 1).tolist(),
                                                     "hours": np.round(rng.uniform(10, 60, ns), 1).tolist()},
                           name="nurseries")
    return {"INPUT": point_layer([tuple(p) for p in dxy], cols, name="blocks"), "TIME_USE": time_use,
            "WAGE": 3.0, "OUTPUT": "TEMPORARY_OUTPUT", "COST_UNIT": "meters", "THRESHOLD": 700.0,
            "SERVICES": services, "SERVICE_CAPACITY_FIELD": "places", "SERVICE_HOURS_FIELD": "hours",
            "SUBSTITUTION": 0.5, "SERVICE_DEMAND_FIELD": "kids"}


def test_unpaidcare_in_chunks_equals_the_whole_table(caremap_provider, budget):
    budget(0)  # the default, 2 GB: one table
    whole_log = Recorder()
    whole = run_alg("caremap:unpaidcare", unpaid_params(), whole_log)
    budget(0.02)  # 20 KB: about 160 pairs a chunk, dozens of chunks
    log = Recorder()
    chunked = run_alg("caremap:unpaidcare", unpaid_params(), log)
    assert any("computed in chunks" in w and SETTING in w for w in log.warnings), log.warnings
    assert not any("computed in chunks" in w for w in whole_log.warnings)
    assert any(i.startswith("Costs: about") for i in whole_log.infos)
    a, b = column(whole["OUTPUT"], "hours_freed_week"), column(chunked["OUTPUT"], "hours_freed_week")
    assert (a > 0).sum() > 100  # most units share some service's hours
    np.testing.assert_allclose(b, a, rtol=1e-12, atol=0)
    np.testing.assert_allclose(column(chunked["OUTPUT"], "freed_share"), column(whole["OUTPUT"], "freed_share"),
                               rtol=1e-12, atol=0)
    assert chunked["HOURS_FREED"] == pytest.approx(whole["HOURS_FREED"], rel=1e-12)
    # invariant: every hour a service frees goes to some unit, unless no unit is in its reach
    p = unpaid_params()
    srv = p["SERVICES"]
    offered = sum(f["places"] * f["hours"] * 0.5 for f in srv.getFeatures())
    undistributed = float(next(m for m in log.infos if "hours of services reach no unit" in m)
                          .split("(")[1].split(" hours")[0].replace(",", ""))
    assert chunked["HOURS_FREED"] + undistributed == pytest.approx(offered, rel=1e-6, abs=1.0)


# ------------------------------------------------------------------ refused before the work
def siting_params(out_dir):
    rng = np.random.default_rng(5)
    dxy, cxy = rng.uniform(0, 2000, (200, 2)), rng.uniform(0, 2000, (20, 2))
    return {"DEMAND": point_layer([tuple(p) for p in dxy], {"pop": rng.uniform(1, 9, 200).tolist()}, name="blocks"),
            "DEMAND_FIELD": "pop", "CANDIDATES": point_layer([tuple(p) for p in cxy], name="lots"), "P": 2,
            "COST_UNIT": "meters", "THRESHOLD": 600.0,
            "OUTPUT_SITES": str(out_dir / "sites.gpkg"), "OUTPUT_DEMAND": str(out_dir / "demand.gpkg")}


def test_siting_beyond_the_budget_is_refused_before_any_output(caremap_provider, budget, tmp_path):
    budget(0)
    for d in ("ok", "refused"):
        (tmp_path / d).mkdir()
    ok = run_alg("caremap:siting", siting_params(tmp_path / "ok"))
    assert ok["SITES_PLACED"] == 2
    budget(0.01)  # 10 KB: about 160 pairs, far fewer than the thousands within 600 m
    log = Recorder()
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:siting", siting_params(tmp_path / "refused"), log)
    msg = str(err.value)
    assert SETTING in msg and "Settings > Options > Advanced" in msg and "more than the memory budget" in msg
    assert "pairs within reach" in msg and "caremap:caredemand" in msg and "smaller threshold" in msg
    assert any(i.startswith("Costs: about") for i in log.infos)  # the estimate first
    assert "memory budget of 10 KB" in msg  # the budget as the user reads it
    assert list((tmp_path / "refused").iterdir()) == []


def test_od_table_beyond_the_budget_is_refused(caremap_provider, budget, tmp_path):
    od = memory_layer("None", [None] * 3000, {"o": [str(i % 100) for i in range(3000)],
                                              "d": [str(i // 100) for i in range(3000)],
                                              "minutes": [float(i % 37) for i in range(3000)]}, name="trips")
    dem = point_layer([(i, 0.0) for i in range(100)], {"pop": [1.0] * 100, "uid": [str(i) for i in range(100)]},
                      name="blocks")
    cand = point_layer([(i, 5.0) for i in range(30)], {"cid": [str(i) for i in range(30)]}, name="lots")
    p = {"DEMAND": dem, "DEMAND_FIELD": "pop", "DEMAND_ID_FIELD": "uid", "CANDIDATES": cand,
         "CANDIDATE_ID_FIELD": "cid", "P": 1, "COST_MODE": "table", "COST_UNIT": "minutes", "THRESHOLD": 10.0,
         "OD_TABLE": od, "OD_ORIGIN_FIELD": "o", "OD_DEST_FIELD": "d", "OD_COST_FIELD": "minutes",
         "OUTPUT_SITES": str(tmp_path / "sites.gpkg"), "OUTPUT_DEMAND": str(tmp_path / "demand.gpkg")}
    budget(0)
    assert run_alg("caremap:siting", p)["SITES_PLACED"] == 1
    for f in ("sites.gpkg", "demand.gpkg"):
        (tmp_path / f).unlink()
    budget(0.1)  # 100 KB: 1,638 rows of 64 bytes, fewer than the 3,000 of the table
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:siting", p)
    msg = str(err.value)
    assert "3,000 rows of the origin-destination table" in msg and "(trips)" in msg and SETTING in msg
    assert "memory budget of 102 KB" in msg and "188 KB" in msg  # 3,000 x 64 bytes
    assert not (tmp_path / "sites.gpkg").exists() and not (tmp_path / "demand.gpkg").exists()


# ------------------------------------------------------------------ public transport
@pytest.fixture
def feed(tmp_path):
    """Two stops 4 km apart, a bus every few minutes between 08:00 and 08:40 (some minutes
    without a bus, so the window's times mix rides and walks of the whole way)."""
    trips = {f"t{k}": [("A", f"08:{m:02d}:00"), ("B", f"08:{m + 9:02d}:00")] for k, m in enumerate((3, 4, 11, 19, 30))}
    return write_feed(tmp_path / "gtfs", {"A": (1000, 0), "B": (5000, 0)}, trips)


def transit_units(seed=7, n=60):
    rng = np.random.default_rng(seed)
    xy = np.c_[rng.uniform(-15000, 21000, n), rng.uniform(-4000, 4000, n)]
    return point_layer([(X0 + x, Y0 + y) for x, y in xy], {"pop": rng.uniform(1, 50, n).round(1).tolist(),
                                                           "cost_nearest": rng.uniform(0, 60, n).round(1).tolist()},
                       crs=CRS, name="blocks")


def transit_facilities():
    return point_layer([(X0 + 5200, Y0 + 300), (X0 + 800, Y0 - 200), (X0 + 2500, Y0 + 400)], {"cap": [10.0] * 3},
                       crs=CRS, name="nurseries")


def deserts(feed, **kw):
    p = {"INPUT": transit_units(), "DEMAND_FIELD": "pop", "COST_FIELD": "cost_nearest", "THRESHOLD": 20,
         "SUPPLY": transit_facilities(), "GTFS_FEED": feed, "DEPARTURE": "2024-03-05 08:00", "SPEED": 6.0,
         "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


@pytest.mark.parametrize("window,percentile,second", [(0, 50, 30), (1, 50, 25), (10, 50, 30), (10, 35, 20),
                                                      (7, 80, 15), (20, 100, 30)])
def test_transit_limited_walks_of_the_whole_way_change_nothing(caremap_provider, feed, monkeypatch, window,
                                                                 percentile, second):
    kw = {"WINDOW": window, "PERCENTILE": percentile, "SECOND_THRESHOLD": second}
    log = Recorder()
    limited = column(run_alg("caremap:caredeserts", deserts(feed, **kw), log)["OUTPUT"], "cost_transit")
    assert any(i.startswith("Public transport: about") for i in log.infos)  # the estimate, before the walks
    monkeypatch.setattr(transit_io, "_direct_cap_m", lambda setup, limit, speed: None)  # every walk
    every = column(run_alg("caremap:caredeserts", deserts(feed, **kw))["OUTPUT"], "cost_transit")
    assert np.isfinite(every).sum() >= 10 and np.isnan(every).sum() >= 5  # some within reach, some not
    assert np.array_equal(np.isnan(limited), np.isnan(every))
    np.testing.assert_allclose(limited[~np.isnan(every)], every[~np.isnan(every)], rtol=1e-12, atol=1e-12)


def test_transit_walks_are_fewer_than_every_pair(caremap_provider, feed, monkeypatch):
    """The walks of the whole way given to the router are only those within the cap."""
    from caremap.kernels import transit as ktransit
    from caremap.kernels.costs import search_limit

    seen = {}
    real = ktransit.travel_times

    def spy(*a, **kw):
        seen["direct"] = kw["direct"]
        return real(*a, **kw)
    monkeypatch.setattr(ktransit, "travel_times", spy)
    run_alg("caremap:caredeserts", deserts(feed, SECOND_THRESHOLD=20))
    n_direct = len(seen["direct"][0])
    # the search limit of 20 minutes (window 0: one order statistic, the cap is that limit)
    limit = search_limit(20, "minutes")
    assert 0 < n_direct < 60 * 3
    assert np.all(seen["direct"][2] <= limit * (1 + 1e-6))


def test_transit_beyond_the_budget_is_refused_before_any_output(caremap_provider, feed, budget, tmp_path):
    budget(0.001)  # 1 KB: less than the 60 x 3 travel times alone
    log = Recorder()
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:caredeserts", deserts(feed, OUTPUT=str(tmp_path / "deserts.gpkg")), log)
    msg = str(err.value)
    assert "travel times of 60 demand units x 3 facilities" in msg and SETTING in msg
    assert not (tmp_path / "deserts.gpkg").exists()
    assert any(i.startswith("Public transport: about") for i in log.infos)


def access_transit(feed, **kw):
    p = {"DEMAND": transit_units(), "DEMAND_FIELD": "pop", "SUPPLY": transit_facilities(), "CAPACITY_FIELD": "cap",
         "COST_MODE": "transit", "COST_UNIT": "minutes", "SPEED": 6.0, "THRESHOLD": 20, "METHOD": "2sfca",
         "GTFS_FEED": feed, "DEPARTURE": "2024-03-05 08:00", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
         "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def test_transit_accessibility_keeps_only_the_pairs_within_reach(caremap_provider, feed, monkeypatch):
    """Accessibility's public transport costs come from the router's pairs within reach,
    block by block (never the demand x facility table): the same access and nearest costs
    as the dense table gives."""
    from caremap.kernels import transit as ktransit

    calls = []
    real = ktransit.travel_times

    def spy(*a, **kw):
        calls.append(kw.get("as_pairs", False))
        return real(*a, **kw)
    monkeypatch.setattr(ktransit, "travel_times", spy)
    log = Recorder()
    res = run_alg("caremap:accessibility", access_transit(feed, WINDOW=10), log)
    assert calls == [True]
    said = [i for i in log.infos if i.startswith("Public transport: about")]
    assert len(said) == 1 and "computed block by block, only the pairs within reach kept" in said[0], said
    pairs = {k: column(res["OUTPUT_DEMAND"], k) for k in ("access", "cost_nearest")}
    # the dense route: the same costs through the whole table
    real_io = transit_io.travel_times
    monkeypatch.setattr(transit_io, "travel_times", lambda *a, **kw: real_io(*a, **{**kw, "as_pairs": False}))
    dense = run_alg("caremap:accessibility", access_transit(feed, WINDOW=10))
    assert calls == [True, False]
    for k, v in pairs.items():
        w = column(dense["OUTPUT_DEMAND"], k)
        assert np.array_equal(np.isnan(v), np.isnan(w)), k
        np.testing.assert_array_equal(v[~np.isnan(v)], w[~np.isnan(w)])
    assert np.isfinite(pairs["cost_nearest"]).sum() >= 5


def test_transit_pairs_beyond_the_budget_are_refused(caremap_provider, feed, budget, monkeypatch, tmp_path):
    """The walks fit the budget, the pairs within reach do not: refused as soon as the
    router finds more than fit (an estimate of the whole table from the origins done),
    before any output."""
    from caremap.kernels import transit as ktransit

    real = ktransit.travel_times
    monkeypatch.setattr(ktransit, "travel_times", lambda *a, **kw: real(*a, **{**kw, "max_pairs": 2}))
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:accessibility", access_transit(feed, OUTPUT_DEMAND=str(tmp_path / "d.gpkg"),
                                                        OUTPUT_SUPPLY=str(tmp_path / "s.gpkg")))
    msg = str(err.value)
    assert "pairs within reach" in msg and SETTING in msg, msg
    assert not (tmp_path / "d.gpkg").exists() and not (tmp_path / "s.gpkg").exists()


def test_sizes_as_the_user_reads_them():
    """The sizes in the estimates and refusals: never 0 for a table that holds pairs."""
    assert costs_io._size(64) == "64 B"  # one pair (was "0 KB")
    assert costs_io._size(1023) == "1,023 B"
    assert costs_io._size(10 * 2**10) == "10 KB"
    assert costs_io._size(3000 * 64) == "188 KB"
    assert costs_io._size(5 * 2**20) == "5 MB"
    assert costs_io._size(3 * 2**30) == "3.0 GB"
