"""A cancel while writing leaves no output behind, and progress only goes forward
(issue 16 item 4; processing/layer_io/outputs.py).

Every CareMap output is a sink of ``layer_io.create_layer_sink``, written by
``layer_io``'s writers; the cancel is triggered by a feedback that cancels once a
writer has reported progress (so in the middle of a write, after some thousand
features are in the file), the way a user presses Cancel while the result is saved.
"""
import os
import sys

import numpy as np
import pytest
from layers import point_layer, save_gpkg
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

N = 12_000  # more than two cancel checks of a write (layer_io.writers.CHECK_EVERY)


class CancelDuringWrite(QgsProcessingFeedback):
    """Records every progress value; cancels when a writer (``write_features``) has
    reported progress ``after_reports`` times (None: never cancels)."""

    def __init__(self, after_reports=None):
        super().__init__()
        self.values = []
        self.after = after_reports
        self.write_reports = 0

    def setProgress(self, value):  # noqa: N802
        self.values.append(float(value))
        super().setProgress(value)
        frame, in_write = sys._getframe(1), False
        while frame is not None:
            if frame.f_code.co_name == "write_features":
                in_write = True
                break
            frame = frame.f_back
        if in_write:
            self.write_reports += 1
            if self.after is not None and self.write_reports >= self.after:
                self.cancel()


def demand(n=N, seed=3):
    rng = np.random.default_rng(seed)
    xy = np.column_stack([rng.uniform(0, 3000, n), rng.uniform(0, 3000, n)])
    return point_layer(xy.tolist(), {"pop": rng.integers(1, 50, n).astype(float).tolist(),
                                     "name": [f"u{i}" for i in range(n)]}, name="demand")


def supply(m=40, seed=4):
    rng = np.random.default_rng(seed)
    xy = np.column_stack([rng.uniform(0, 3000, m), rng.uniform(0, 3000, m)])
    return point_layer(xy.tolist(), {"cap": rng.integers(5, 60, m).astype(float).tolist()}, name="supply")


def non_decreasing(values):
    return all(b >= a for a, b in zip(values, values[1:]))


def context():
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    return ctx


# ------------------------------------------------------------ layer_io on its own
def probe():
    from caremap.processing import layer_io
    from caremap.processing.base import CareMapAlgorithm

    class Probe(CareMapAlgorithm):
        """Reads points, writes them with a new field, then a second point layer."""

        ALGORITHM_ID = "test_cancel_probe"

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "Input"))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT2", "Second output"))

        def processAlgorithm(self, parameters, context, feedback):
            pts = layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=["pop"])
            first = layer_io.write_with_fields(self, parameters, "OUTPUT", context, feedback, pts,
                                               {"half": pts.numeric["pop"] / 2})
            sink, second = layer_io.create_layer_sink(self, parameters, "OUTPUT2", context, [("k", np.int64)],
                                                      QgsWkbTypes.Type.Point, pts.crs)
            layer_io.write_points(sink, pts.x, pts.y, {"k": np.arange(pts.n)}, feedback, "OUTPUT2")
            return {"OUTPUT": first, "OUTPUT2": second}

        def createInstance(self):
            return type(self)()

    return Probe()


def run_probe(outputs, feedback, ctx=None):
    import processing

    return processing.run(probe(), {"INPUT": demand(), **outputs}, context=ctx or context(), feedback=feedback)


def test_without_cancel_both_outputs_are_complete_and_progress_goes_forward(caremap_provider, tmp_path):
    a, b = str(tmp_path / "a.gpkg"), str(tmp_path / "b.gpkg")
    fb = CancelDuringWrite(None)
    run_probe({"OUTPUT": a, "OUTPUT2": b}, fb)
    assert QgsVectorLayer(a).featureCount() == N
    assert QgsVectorLayer(b).featureCount() == N
    assert fb.write_reports >= 4  # both writes reported progress (every 5,000 features)
    assert non_decreasing(fb.values), fb.values
    assert max(fb.values) <= 100.0


@pytest.mark.parametrize("after", [1, 3])  # in the first write; in the second (the first one complete)
def test_cancel_in_a_write_removes_every_file_the_run_created(caremap_provider, tmp_path, after):
    a, b = str(tmp_path / "a.gpkg"), str(tmp_path / "b.gpkg")
    fb = CancelDuringWrite(after)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run_probe({"OUTPUT": a, "OUTPUT2": b}, fb)
    assert fb.isCanceled()
    assert sorted(os.listdir(tmp_path)) == []  # no GeoPackage, no -journal/-wal left
    assert non_decreasing(fb.values), fb.values


def test_cancel_removes_only_its_layer_of_an_existing_geopackage(caremap_provider, tmp_path):
    path = tmp_path / "project.gpkg"
    keep = save_gpkg(supply(), path, "facilities")
    assert keep.featureCount() == 40
    del keep
    dest = f"ogr:dbname='{path}' table=\"result\" (geom)"
    fb = CancelDuringWrite(1)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run_probe({"OUTPUT": dest, "OUTPUT2": str(tmp_path / "b.gpkg")}, fb)
    assert os.path.exists(path)  # a file CareMap did not create is never removed
    from osgeo import ogr

    ds = ogr.Open(str(path))
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    assert "facilities" in names and "result" not in names, names
    assert ds.GetLayerByName("facilities").GetFeatureCount() == 40
    ds = None
    assert not os.path.exists(tmp_path / "b.gpkg")


def test_cancel_drops_temporary_outputs(caremap_provider):
    ctx = context()
    fb = CancelDuringWrite(3)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run_probe({"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT2": "TEMPORARY_OUTPUT"}, fb, ctx)
    assert ctx.temporaryLayerStore().count() == 0
    assert ctx.layersToLoadOnCompletion() == {}


# ------------------------------------------------------------ algorithms
def test_accessibility_cancel_in_the_write_leaves_no_file(caremap_provider, tmp_path):
    import processing

    d, s = str(tmp_path / "acc_demand.gpkg"), str(tmp_path / "acc_supply.gpkg")
    params = {"DEMAND": demand(), "DEMAND_FIELD": "pop", "SUPPLY": supply(), "CAPACITY_FIELD": "cap",
              "METHOD": "2sfca", "OUTPUT_DEMAND": d, "OUTPUT_SUPPLY": s}
    fb = CancelDuringWrite(1)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run("caremap:accessibility", params, context=context(), feedback=fb)
    assert os.listdir(tmp_path) == []
    assert non_decreasing(fb.values), fb.values


def test_accessibility_progress_only_goes_forward(caremap_provider, tmp_path):
    import processing

    fb = CancelDuringWrite(None)
    processing.run("caremap:accessibility", {
        "DEMAND": demand(), "DEMAND_FIELD": "pop", "SUPPLY": supply(), "CAPACITY_FIELD": "cap", "METHOD": "2sfca",
        "OUTPUT_DEMAND": str(tmp_path / "d.gpkg"), "OUTPUT_SUPPLY": str(tmp_path / "s.gpkg")},
        context=context(), feedback=fb)
    assert fb.values and non_decreasing(fb.values), fb.values
    assert fb.values[-1] == 100.0
    assert QgsVectorLayer(str(tmp_path / "d.gpkg")).featureCount() == N


def test_hotspots_cancel_in_the_final_write_leaves_no_file(caremap_provider, tmp_path):
    import processing

    out = str(tmp_path / "hot.gpkg")
    fb = CancelDuringWrite(1)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run("caremap:hotspots", {"INPUT": demand(), "FIELD": "pop", "PERMUTATIONS": 0, "OUTPUT": out},
                       context=context(), feedback=fb)
    assert fb.write_reports >= 1
    assert os.listdir(tmp_path) == []
    assert non_decreasing(fb.values), fb.values


def test_siting_cancel_in_the_write_leaves_no_file(caremap_provider, tmp_path):
    import processing

    params = {"DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": supply(), "P": 2, "SOLVER": "greedy",
              "COST_UNIT": "meters", "THRESHOLD": 300.0,
              "OUTPUT_SITES": str(tmp_path / "sites.gpkg"), "OUTPUT_DEMAND": str(tmp_path / "cover.gpkg")}
    fb = CancelDuringWrite(1)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run("caremap:siting", params, context=context(), feedback=fb)
    assert fb.write_reports >= 1
    assert os.listdir(tmp_path) == []


def test_siting_progress_only_goes_forward(caremap_provider, tmp_path):
    import processing

    fb = CancelDuringWrite(None)
    processing.run("caremap:siting", {
        "DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": supply(), "P": 2, "SOLVER": "greedy",
        "COST_UNIT": "meters", "THRESHOLD": 300.0, "OUTPUT_SITES": str(tmp_path / "sites.gpkg"),
        "OUTPUT_DEMAND": str(tmp_path / "cover.gpkg")}, context=context(), feedback=fb)
    assert non_decreasing(fb.values), fb.values
