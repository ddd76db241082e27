"""caremap:carebatch (issue 20 item 3): the care map for every municipality of a layer in
one call, through processing.run: each municipality's summary row equals a separate
caremap:carepipeline run on its own units; facilities clipped to a municipality plus a
buffer (hand-placed); a failing municipality recorded while the others go on; a bad
municipality field; cancel. In parallel processes (WORKERS > 1, one qgis_process per
municipality): the same summary as one after another, a failing child recorded, cancel
kills every child within a second, refused without qgis_process."""
import json
import os
import shutil
import threading
import time

import numpy as np
import pytest
from layers import Recorder, point_layer, polygon_layer, rows, run_alg
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

DISTRICTS = ["Centro", "Los Rosales", "San Rafael"]  # a subset of the demo's 8, to keep it fast


def demo_units(g, names=DISTRICTS):
    quoted = ",".join("'" + n + "'" for n in names)
    layer = QgsVectorLayer(f"{g}|layername=blocks|subset=\"district\" IN ({quoted})", "blocks", "ogr")
    assert layer.isValid()
    return layer


def pipeline_base(g):
    return {"FACILITIES": [f"{g}|layername=facilities_registry"], "BAND_MAPPING": "p_0_2:0-2;p_3_5:3-5",
            "TARGET_GROUP": "children", "COST_MODE": "straight", "THRESHOLD": 10.0}


def by_name(layer):
    return {r["municipality"]: r for r in rows(layer)}


def test_batch_over_demo_districts_equals_separate_runs(caremap_provider, demo_gpkg, tmp_path):
    g = demo_gpkg
    fb = Recorder()
    res = run_alg("caremap:carebatch", dict(
        pipeline_base(g), UNITS=demo_units(g), MUNICIPALITY_FIELD="district", CLIP_FACILITIES=False,
        OUTPUT_FOLDER=str(tmp_path / "batch"), OUTPUT_SUMMARY="TEMPORARY_OUTPUT"), fb)
    summary = by_name(res["OUTPUT_SUMMARY"])
    assert sorted(summary) == sorted(DISTRICTS) and res["N_MUNICIPALITIES"] == 3 and res["N_FAILED"] == 0
    params = json.loads(summary["Centro"]["parameters"])
    assert params["THRESHOLD"] == 10.0 and params["MUNICIPALITY_FIELD"] == "district"
    blocks = rows(QgsVectorLayer(f"{g}|layername=blocks", "b", "ogr"))
    seen = set()
    for name in DISTRICTS:
        row = summary[name]
        assert row["status"] == "ok" and row["message"] is None
        # its own units only, in its own GeoPackage
        mine = [b for b in blocks if b["district"] == name]
        units = QgsVectorLayer(f"{row['output']}|layername=units", "u", "ogr")
        assert units.featureCount() == len(mine) == row["units"]
        assert {u["district"] for u in units.getFeatures()} == {name}
        assert row["total_demand"] == sum(b["p_0_2"] + b["p_3_5"] for b in mine)  # children 0-5, by hand
        assert row["facilities"] == 297  # not clipped: every registry facility
        # a separate run of the pipeline on the district's units gives the same figures
        alone = run_alg("caremap:carepipeline", dict(
            pipeline_base(g), UNITS=demo_units(g, [name]), OUTPUT_INVENTORY="TEMPORARY_OUTPUT",
            OUTPUT_UNITS="TEMPORARY_OUTPUT", OUTPUT_SUPPLY="TEMPORARY_OUTPUT"))
        figures = [o.name() for o in caremap_provider.algorithm("carepipeline").outputDefinitions()
                   if o.type() == "outputNumber"]
        assert {"TOTAL_DEMAND", "SHARE_COVERED", "MEAN_ACCESS", "UNMET", "DESERT_SHARE"} <= set(figures)
        for f in figures:
            assert row[f.lower()] == pytest.approx(alone[f], rel=1e-12), f
        # and by hand from that run's units
        u = rows(alone["OUTPUT_UNITS"])
        demand = np.array([r["care_demand"] for r in u], float)
        access = np.array([0.0 if r["access"] is None else r["access"] for r in u], float)
        assert row["mean_access"] == pytest.approx((access * demand).sum() / demand.sum(), rel=1e-9)
        assert row["unmet"] == pytest.approx(sum(r["unmet"] for r in u), rel=1e-9)
        assert row["desert_share"] == pytest.approx(
            sum(r["care_demand"] for r in u if r["desert"] == 1) / demand.sum(), rel=1e-9)
        seen.add((row["total_demand"], round(row["share_covered"], 9), round(row["mean_access"], 9)))
    assert len(seen) == 3  # each municipality's own figures, not the first one's read again


def two_towns():
    """Municipality A = x 0..1000, B = x 1000..2000 (y 0..1000); 2 x 2 units of 500 m in each."""
    units = polygon_layer([(x, y, 500) for x in (0, 500, 1000, 1500) for y in (0, 500)],
                          {"p_0_2": [10.0] * 8, "p_3_5": [5.0] * 8,
                           "town": ["A"] * 4 + ["B"] * 4}, name="blocks")
    towns = polygon_layer([(0, 0, 1000), (1000, 0, 1000)], {"name": ["A", "B"]}, name="communes")
    # one facility well inside each town, one 300 m west of A (outside both), one 200 m beyond B's east side
    facilities = point_layer([(250, 250), (1750, 750), (-300, 500), (2200, 500)],
                             {"name": ["a", "b", "west", "east"], "capacity": [30, 20, 40, 50],
                              "target_group": ["children"] * 4}, name="centres")
    return units, towns, facilities


@pytest.mark.parametrize("how", ["field", "boundaries"])
@pytest.mark.parametrize("buffer_m, expected", [(0.0, {"A": 1, "B": 1}), (250.0, {"A": 1, "B": 2}),
                                                (300.0, {"A": 2, "B": 2})])
def test_facilities_clipped_with_buffer(caremap_provider, tmp_path, how, buffer_m, expected):
    units, towns, facilities = two_towns()
    where = {"MUNICIPALITY_FIELD": "town"} if how == "field" else {
        "MUNICIPALITY_LAYER": towns, "MUNICIPALITY_LAYER_FIELD": "name"}
    res = run_alg("caremap:carebatch", dict(
        FACILITIES=[facilities], UNITS=units, THRESHOLD=60.0, FACILITY_BUFFER=buffer_m,
        OUTPUT_FOLDER=str(tmp_path / f"{how}{buffer_m}"), OUTPUT_SUMMARY="TEMPORARY_OUTPUT", **where))
    summary = by_name(res["OUTPUT_SUMMARY"])
    assert {k: v["facilities"] for k, v in summary.items()} == expected
    assert {k: v["units"] for k, v in summary.items()} == {"A": 4, "B": 4}
    assert {k: v["total_demand"] for k, v in summary.items()} == {"A": 60.0, "B": 60.0}
    for name, row in summary.items():
        inventory = QgsVectorLayer(f"{row['output']}|layername=inventory", "i", "ogr")
        assert inventory.featureCount() == expected[name]
        # everything within 60 minutes: the places are the capacities given, shared by 60 children
        places = {"A": {1: 30, 2: 70}, "B": {1: 20, 2: 70}}[name][expected[name]]
        assert row["mean_access"] * row["total_demand"] == pytest.approx(places)


def test_point_units_need_a_buffer_to_clip(caremap_provider, tmp_path):
    units = point_layer([(100, 100), (1500, 100)], {"p_0_2": [1.0, 2.0], "p_3_5": [0.0, 0.0], "town": ["A", "B"]})
    fac = point_layer([(150, 100), (1400, 100)], {"capacity": [5, 5]}, name="centres")
    base = dict(FACILITIES=[fac], UNITS=units, MUNICIPALITY_FIELD="town", OUTPUT_FOLDER=str(tmp_path / "p"),
                OUTPUT_SUMMARY="TEMPORARY_OUTPUT")
    with pytest.raises(QgsProcessingException, match="Facilities up to this distance beyond the border"):
        run_alg("caremap:carebatch", base)
    res = run_alg("caremap:carebatch", dict(base, FACILITY_BUFFER=200.0))
    assert {k: v["facilities"] for k, v in by_name(res["OUTPUT_SUMMARY"]).items()} == {"A": 1, "B": 1}


needs_qgis_process = pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process not installed")


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=needs_qgis_process)])
def test_failing_municipality_is_recorded_and_the_others_go_on(caremap_provider, tmp_path, workers):
    units, _, facilities = two_towns()
    units.dataProvider().changeAttributeValues({1: {0: -4.0}})  # a negative count in town A
    fb = Recorder()
    res = run_alg("caremap:carebatch", dict(
        FACILITIES=[facilities], UNITS=units, MUNICIPALITY_FIELD="town", THRESHOLD=60.0, CLIP_FACILITIES=False,
        WORKERS=workers, OUTPUT_FOLDER=str(tmp_path / "f"), OUTPUT_SUMMARY="TEMPORARY_OUTPUT"), fb)
    summary = by_name(res["OUTPUT_SUMMARY"])
    assert summary["A"]["status"] == "failed" and "p_0_2" in summary["A"]["message"]
    assert summary["A"]["share_covered"] is None and summary["A"]["output"] is None
    assert summary["B"]["status"] == "ok" and summary["B"]["total_demand"] == 60.0
    assert res["N_FAILED"] == 1
    assert any("1 of 2 municipalities failed: A" in w for w in fb.warnings)


def test_bad_municipality_field(caremap_provider, tmp_path):
    units, towns, facilities = two_towns()
    base = dict(FACILITIES=[facilities], UNITS=units, OUTPUT_FOLDER=str(tmp_path / "b"),
                OUTPUT_SUMMARY="TEMPORARY_OUTPUT")
    with pytest.raises(QgsProcessingException, match=r"(?s)comuna.*blocks"):
        run_alg("caremap:carebatch", dict(base, MUNICIPALITY_FIELD="comuna"))
    with pytest.raises(QgsProcessingException, match="Municipality field of the units") as err:
        run_alg("caremap:carebatch", base)  # neither a field nor boundaries
    assert "MUNICIPALITY" not in str(err.value)
    with pytest.raises(QgsProcessingException, match="not both"):
        run_alg("caremap:carebatch", dict(base, MUNICIPALITY_FIELD="town", MUNICIPALITY_LAYER=towns,
                                          MUNICIPALITY_LAYER_FIELD="name"))
    units.dataProvider().changeAttributeValues({k: {2: None} for k in range(1, 9)})
    with pytest.raises(QgsProcessingException, match="No unit of layer"):
        run_alg("caremap:carebatch", dict(base, MUNICIPALITY_FIELD="town"))


class CancelAfter(QgsProcessingFeedback):
    """Cancels when the ``n``-th municipality starts (its log line)."""

    def __init__(self, n):
        super().__init__()
        self.n, self.started, self.at = n, 0, None

    def pushInfo(self, text):  # noqa: N802
        if text.startswith("Municipality "):
            self.started += 1
            if self.started == self.n:
                self.at = time.perf_counter()
                self.cancel()
        super().pushInfo(text)


@pytest.mark.parametrize("n", [0, 2])
def test_cancel(caremap_provider, demo_gpkg, tmp_path, n):
    feedback = CancelAfter(n)
    if n == 0:
        feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run_alg("caremap:carebatch", dict(
            pipeline_base(demo_gpkg), UNITS=demo_units(demo_gpkg), MUNICIPALITY_FIELD="district",
            OUTPUT_FOLDER=str(tmp_path / f"c{n}"), OUTPUT_SUMMARY="TEMPORARY_OUTPUT"), feedback)
    if n:
        assert feedback.started == n  # no municipality after the cancel
        assert time.perf_counter() - feedback.at < 1.0


# ---------------------------------------------------------------------- parallel processes
def summary_figures(layer):
    """The summary without the columns that name files: municipality -> row."""
    return {name: {k: v for k, v in row.items() if k != "output"} for name, row in by_name(layer).items()}


@needs_qgis_process
def test_parallel_processes_give_the_same_summary(caremap_provider, demo_gpkg, tmp_path):
    g = demo_gpkg
    base = dict(pipeline_base(g), UNITS=demo_units(g), MUNICIPALITY_FIELD="district", FACILITY_BUFFER=500.0,
                OUTPUT_SUMMARY="TEMPORARY_OUTPUT")  # clipped: each child gets its own facilities
    one = run_alg("caremap:carebatch", dict(base, WORKERS=1, OUTPUT_FOLDER=str(tmp_path / "one")))
    fb = Recorder()
    two = run_alg("caremap:carebatch", dict(base, WORKERS=2, OUTPUT_FOLDER=str(tmp_path / "two")), fb)
    assert two["N_MUNICIPALITIES"] == 3 and two["N_FAILED"] == 0
    assert sum("(own process)" in i for i in fb.infos) == 3  # each municipality in its own process
    seq, par = summary_figures(one["OUTPUT_SUMMARY"]), summary_figures(two["OUTPUT_SUMMARY"])
    assert sorted(par) == sorted(DISTRICTS)
    figures = [o.name().lower() for o in caremap_provider.algorithm("carepipeline").outputDefinitions()
               if o.type() == "outputNumber"]
    for name in DISTRICTS:
        a, b = seq[name], par[name]
        assert b["status"] == "ok" and b["message"] is None
        assert (a["units"], a["facilities"], a["parameters"]) == (b["units"], b["facilities"], b["parameters"])
        assert 0 < b["facilities"] < 297  # clipped to the district and 500 m around it
        for f in figures:
            assert b[f] is not None, f
            assert b[f] == pytest.approx(a[f], rel=1e-9, abs=1e-9), (name, f)
        # each child wrote its own GeoPackage in the output folder, with its own units
        row = by_name(two["OUTPUT_SUMMARY"])[name]
        assert row["output"] == str(tmp_path / "two" / (name.replace(" ", "_") + ".gpkg"))
        units = QgsVectorLayer(f"{row['output']}|layername=units", "u", "ogr")
        assert units.featureCount() == b["units"] and {u["district"] for u in units.getFeatures()} == {name}
    assert len({par[n]["total_demand"] for n in DISTRICTS}) == 3


def descendants(pid):
    """Live processes started (directly or not) by ``pid`` (Linux /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":  # a zombie is no longer running
                children.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


class CancelWhileRunning(QgsProcessingFeedback):
    """Cancels ``delay`` seconds after the second municipality's process started, noting
    the processes running then."""

    def __init__(self, delay):
        super().__init__()
        self.delay, self.started, self.at, self.running = delay, 0, None, []

    def pushInfo(self, text):  # noqa: N802
        if text.startswith("Municipality ") and "(own process)" in text:
            self.started += 1
            if self.started == 2:
                threading.Timer(self.delay, self._cancel).start()
        super().pushInfo(text)

    def _cancel(self):
        self.running = descendants(os.getpid())
        self.at = time.perf_counter()
        self.cancel()


@needs_qgis_process
@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc to see the child processes")
def test_cancel_kills_the_parallel_processes(caremap_provider, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingUtils

    feedback = CancelWhileRunning(1.0)
    with pytest.raises(QgsProcessingException, match="Canceled by the user"):
        run_alg("caremap:carebatch", dict(
            pipeline_base(demo_gpkg), UNITS=demo_units(demo_gpkg), MUNICIPALITY_FIELD="district", WORKERS=2,
            OUTPUT_FOLDER=str(tmp_path / "c"), OUTPUT_SUMMARY="TEMPORARY_OUTPUT"), feedback)
    assert time.perf_counter() - feedback.at < 1.0
    assert feedback.started == 2  # the third municipality never started
    assert len(feedback.running) >= 2  # both children were running when canceled
    assert not [pid for pid in feedback.running if alive(pid)]
    assert not [d for d in os.listdir(QgsProcessingUtils.tempFolder()) if d.startswith("carebatch_")]


def test_parallel_refused_without_qgis_process(caremap_provider, tmp_path, monkeypatch):
    from caremap.processing import batch_processes

    monkeypatch.setattr(batch_processes, "find_qgis_process", lambda: None)
    units, _, facilities = two_towns()
    with pytest.raises(QgsProcessingException, match="qgis_process was not found") as err:
        run_alg("caremap:carebatch", dict(
            FACILITIES=[facilities], UNITS=units, MUNICIPALITY_FIELD="town", WORKERS=2,
            OUTPUT_FOLDER=str(tmp_path / "r"), OUTPUT_SUMMARY="TEMPORARY_OUTPUT"))
    assert "Municipalities run at the same time" in str(err.value) and "WORKERS" not in str(err.value)
