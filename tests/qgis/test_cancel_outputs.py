"""After a cancel no partial output is left, whichever step the run stops in (issue 16
item 4): every CareMap ``processAlgorithm`` runs guarded (``CareMapAlgorithm.__init_subclass__``
-> ``layer_io.outputs.guarded``), so a run that ends with a cancel, or with any other
error, removes every output it created (new files, its layer in an existing GeoPackage,
its temporary layers) and never a file it did not write; a step's outputs belong to the
pipeline that ran it. test_cancel_write.py covers a cancel inside a write; here the cancel
comes between outputs or after them.
"""
import os

import numpy as np
import pytest
from layers import point_layer, run_alg, save_gpkg
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsVectorLayer,
)
from test_cancel_write import CancelDuringWrite, context, non_decreasing

N = 300


def demand(n=N, seed=3):
    rng = np.random.default_rng(seed)
    xy = np.column_stack([rng.uniform(0, 3000, n), rng.uniform(0, 3000, n)])
    return point_layer(xy.tolist(), {"pop": rng.integers(1, 50, n).astype(float).tolist()}, name="demand")


def supply(m=12, seed=4):
    rng = np.random.default_rng(seed)
    xy = np.column_stack([rng.uniform(0, 3000, m), rng.uniform(0, 3000, m)])
    return point_layer(xy.tolist(), {"cap": rng.integers(5, 60, m).astype(float).tolist()}, name="supply")


def access_params(out_demand, out_supply):
    return {"DEMAND": demand(), "DEMAND_FIELD": "pop", "SUPPLY": supply(), "CAPACITY_FIELD": "cap",
            "METHOD": "2sfca", "OUTPUT_DEMAND": out_demand, "OUTPUT_SUPPLY": out_supply}


@pytest.fixture
def cancel_after_demand_output(monkeypatch):
    """The user presses Cancel the moment accessibility's first output (the demand
    layer) is complete, before the supply layer is started."""
    from caremap.processing import layer_io

    original = layer_io.write_with_fields
    written = []

    def write_then_cancel(alg, parameters, output_name, ctx, feedback, *args, **kwargs):
        dest = original(alg, parameters, output_name, ctx, feedback, *args, **kwargs)
        written.append((output_name, dest))
        if output_name == "OUTPUT_DEMAND":
            feedback.cancel()
        return dest

    monkeypatch.setattr(layer_io, "write_with_fields", write_then_cancel)
    return written


def unrelated_files(folder):
    """A text file and a GeoPackage CareMap did not write, in the output folder."""
    note = folder / "notes.txt"
    note.write_text("field visit 3 May")
    other = save_gpkg(supply(), folder / "other.gpkg", "facilities")
    del other
    return {"notes.txt": note.read_bytes(), "other.gpkg": (folder / "other.gpkg").read_bytes()}


def assert_untouched(folder, before):
    assert sorted(os.listdir(folder)) == sorted(before)  # nothing added, nothing removed
    for name, data in before.items():
        assert (folder / name).read_bytes() == data, name


def layer_names(path):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    names = {ds.GetLayer(i).GetName(): ds.GetLayer(i).GetFeatureCount() for i in range(ds.GetLayerCount())}
    ds = None
    return names


# ------------------------------------------------------------ accessibility, cancel between its outputs
def test_cancel_after_the_first_output_removes_both_files(caremap_provider, tmp_path, cancel_after_demand_output):
    import processing

    keep = unrelated_files(tmp_path)
    d, s = tmp_path / "acc_demand.gpkg", tmp_path / "acc_supply.gpkg"
    fb = CancelDuringWrite()  # records every progress value, never cancels
    with pytest.raises(QgsProcessingException, match="Canceled by the user"):
        processing.run("caremap:accessibility", access_params(str(d), str(s)), context=context(), feedback=fb)
    # the demand layer was complete when the user cancelled: it existed, and is gone
    assert [name for name, _ in cancel_after_demand_output] == ["OUTPUT_DEMAND"]
    assert not d.exists() and not s.exists()
    assert_untouched(tmp_path, keep)
    assert non_decreasing(fb.values), fb.values


def test_without_cancel_both_files_stay(caremap_provider, tmp_path):
    """The guard removes nothing from a run that ends well (the same run as above)."""
    import processing

    d, s = tmp_path / "acc_demand.gpkg", tmp_path / "acc_supply.gpkg"
    processing.run("caremap:accessibility", access_params(str(d), str(s)), context=context(),
                   feedback=QgsProcessingFeedback())
    assert QgsVectorLayer(str(d)).featureCount() == N
    assert QgsVectorLayer(str(s)).featureCount() == 12


def test_cancel_drops_only_the_runs_layers_of_an_existing_geopackage(caremap_provider, tmp_path,
                                                                      cancel_after_demand_output):
    import processing

    path = tmp_path / "project.gpkg"
    keep = save_gpkg(supply(m=40), path, "facilities")
    del keep
    params = access_params(f"ogr:dbname='{path}' table=\"access_demand\" (geom)",
                           f"ogr:dbname='{path}' table=\"access_supply\" (geom)")
    with pytest.raises(QgsProcessingException, match="Canceled by the user"):
        processing.run("caremap:accessibility", params, context=context(), feedback=QgsProcessingFeedback())
    assert cancel_after_demand_output  # the demand table was written before the cancel
    assert layer_names(path) == {"facilities": 40}  # the file and its own layer stay, whole
    assert sorted(os.listdir(tmp_path)) == ["project.gpkg"]


def test_cancel_drops_temporary_outputs(caremap_provider, cancel_after_demand_output):
    import processing

    ctx = context()
    with pytest.raises(QgsProcessingException, match="Canceled by the user"):
        processing.run("caremap:accessibility", access_params("TEMPORARY_OUTPUT", "TEMPORARY_OUTPUT"),
                       context=ctx, feedback=QgsProcessingFeedback())
    assert cancel_after_demand_output
    assert ctx.temporaryLayerStore().count() == 0
    assert ctx.layersToLoadOnCompletion() == {}


# ------------------------------------------------------------ any algorithm, any step
FAILURES = {
    "error": (QgsProcessingException("Field 'pop' of layer demand is late wrong: fix it."), "late wrong"),
    "kernel cancel": (InterruptedError(), "Canceled by the user"),  # a kernel's cancel signal
    "crash": (ZeroDivisionError("division by zero"), "division by zero"),
}


def probe(fail=None, cancel_and_return=False):
    """Writes a layer, a file and a folder entry, then fails with ``fail``, or cancels and
    returns normally (a loop that stops early: what it wrote may be partial)."""
    from caremap.processing import layer_io
    from caremap.processing.base import CareMapAlgorithm

    class Probe(CareMapAlgorithm):
        ALGORITHM_ID = "test_cancel_outputs_probe"

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "Input"))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))
            self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_FILE", "Notes", "Text (*.txt)"))
            self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", "Package"))

        def processAlgorithm(self, parameters, ctx, feedback):
            pts = layer_io.read_points(self, parameters, "INPUT", ctx, feedback, numeric=["pop"])
            out = layer_io.write_with_fields(self, parameters, "OUTPUT", ctx, feedback, pts, {"half": pts.numeric["pop"] / 2})
            path = self.parameterAsFileOutput(parameters, "OUTPUT_FILE", ctx)
            with open(path, "w", encoding="utf-8") as f:
                f.write("written by the run\n")
            folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", ctx)
            os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
            with open(os.path.join(folder, "form.txt"), "w", encoding="utf-8") as f:
                f.write("new form\n")
            if cancel_and_return:
                feedback.cancel()
            elif fail is not None:
                raise fail
            return {"OUTPUT": out, "OUTPUT_FILE": path, "OUTPUT_FOLDER": folder}

        def createInstance(self):
            return type(self)()

    return Probe()


def probe_params(tmp_path, folder):
    return {"INPUT": demand(), "OUTPUT": str(tmp_path / "layer.gpkg"), "OUTPUT_FILE": str(tmp_path / "notes.txt"),
            "OUTPUT_FOLDER": str(folder)}


@pytest.mark.parametrize("kind", sorted(FAILURES))
def test_a_failing_run_removes_its_outputs_and_keeps_its_message(caremap_provider, tmp_path, kind):
    import processing

    error, message = FAILURES[kind]
    with pytest.raises(QgsProcessingException, match=message):
        processing.run(probe(error), probe_params(tmp_path, tmp_path / "pkg"), context=context(),
                       feedback=QgsProcessingFeedback())
    assert os.listdir(tmp_path) == []  # the layer, the file and the folder the run created


def test_a_run_that_returns_after_a_cancel_removes_its_outputs(caremap_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="Canceled by the user"):
        processing.run(probe(cancel_and_return=True), probe_params(tmp_path, tmp_path / "pkg"), context=context(),
                       feedback=QgsProcessingFeedback())
    assert os.listdir(tmp_path) == []


def test_an_existing_folder_keeps_what_the_run_did_not_write(caremap_provider, tmp_path):
    import processing

    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "old.txt").write_text("the user's")
    (folder / "form.txt").write_text("an older form")  # replaced by the run: its content is gone anyway
    os.utime(folder / "form.txt", ns=(1_000_000_000, 1_000_000_000))
    with pytest.raises(QgsProcessingException, match="late wrong"):
        processing.run(probe(FAILURES["error"][0]), probe_params(tmp_path, folder), context=context(),
                       feedback=QgsProcessingFeedback())
    assert sorted(os.listdir(tmp_path)) == ["pkg"]
    assert os.listdir(folder) == ["old.txt"]
    assert (folder / "old.txt").read_text() == "the user's"


def test_a_successful_probe_keeps_everything(caremap_provider, tmp_path):
    import processing

    res = processing.run(probe(), probe_params(tmp_path, tmp_path / "pkg"), context=context(),
                         feedback=QgsProcessingFeedback())
    assert QgsVectorLayer(res["OUTPUT"]).featureCount() == N
    assert (tmp_path / "notes.txt").read_text() == "written by the run\n"
    assert sorted(os.listdir(tmp_path / "pkg")) == ["form.txt", "photos"]


def test_every_algorithm_runs_guarded(caremap_provider):
    from qgis.core import QgsApplication

    algs = QgsApplication.processingRegistry().providerById("caremap").algorithms()
    assert len(algs) > 10
    unguarded = [a.id() for a in algs if not getattr(type(a).processAlgorithm, "_caremap_guarded", False)]
    assert unguarded == []


# ------------------------------------------------------------ the pipeline: its steps' outputs are its own
def test_pipeline_cancel_after_a_step_removes_that_steps_outputs(caremap_provider, demo_gpkg, tmp_path,
                                                                  monkeypatch):
    """The user cancels right after the accessibility step: the inventory (the pipeline's
    own output, written by a finished step) and the steps' temporary layers are gone."""
    from test_alg_report import pipeline_params

    import processing

    original = processing.run
    done = []

    def run_then_cancel(alg_id, params, *args, **kwargs):
        out = original(alg_id, params, *args, **kwargs)
        done.append(alg_id)
        if alg_id == "caremap:accessibility":
            kwargs["feedback"].cancel()
        return out

    monkeypatch.setattr(processing, "run", run_then_cancel)
    ctx = context()
    params = pipeline_params(demo_gpkg, tmp_path)
    with pytest.raises(QgsProcessingException, match="Canceled by the user"):
        original("caremap:carepipeline", params, context=ctx, feedback=QgsProcessingFeedback())
    assert done[:3] == ["caremap:supplyinventory", "caremap:caredemand", "caremap:accessibility"]
    assert "caremap:caregaps" not in done
    assert os.listdir(tmp_path) == []  # inv.gpkg was complete before the cancel
    # what the context still holds is the user's inputs read by path, none of the run's layers
    # (a later step read inv.gpkg as its input: that layer is dropped with the file)
    left = [(lyr.name(), lyr.providerType(), lyr.source()) for lyr in ctx.temporaryLayerStore().mapLayers().values()]
    assert not [src for _, _, src in left if str(tmp_path) in src], left
    assert sorted(name for name, provider, _ in left if provider == "memory") == ["crowd_facilities"], left
    assert all(src.startswith(str(demo_gpkg)) for _, provider, src in left if provider != "memory"), left
    assert ctx.layersToLoadOnCompletion() == {}


# ------------------------------------------------------------ progress only goes forward
def test_progress_goes_forward_in_accessibility_and_hotspots(caremap_provider, tmp_path):
    import processing

    fb = CancelDuringWrite()  # records every progress value, never cancels
    processing.run("caremap:accessibility", access_params(str(tmp_path / "d.gpkg"), str(tmp_path / "s.gpkg")),
                   context=context(), feedback=fb)
    assert len(fb.values) >= 3 and non_decreasing(fb.values), fb.values
    assert fb.values[-1] == 100.0
    fb = CancelDuringWrite()  # records every progress value, never cancels
    processing.run("caremap:hotspots", {"INPUT": demand(), "FIELD": "pop", "PERMUTATIONS": 99,
                                        "OUTPUT": str(tmp_path / "hot.gpkg")}, context=context(), feedback=fb)
    assert len(fb.values) >= 2 and non_decreasing(fb.values), fb.values
    assert fb.values[-1] == 100.0  # a finished run's bar is full


# ------------------------------------------------------------ carebatch: the municipalities done before the cancel
def test_carebatch_cancel_removes_the_finished_municipalities(caremap_provider, demo_gpkg, tmp_path):
    """Cancel when the second municipality starts: the first one's GeoPackage (complete)
    is removed from the existing folder; the user's own file there stays."""
    from test_carebatch import CancelAfter, demo_units, pipeline_base

    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "readme.txt").write_text("the user's")
    seen = []

    class Watching(CancelAfter):
        def pushInfo(self, text):  # noqa: N802
            if str(text).startswith("Municipality ") and self.started == 1:
                seen.extend(sorted(os.listdir(folder)))  # what the first municipality wrote
            super().pushInfo(text)

    feedback = Watching(2)
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run_alg("caremap:carebatch", dict(
            pipeline_base(demo_gpkg), UNITS=demo_units(demo_gpkg), MUNICIPALITY_FIELD="district",
            OUTPUT_FOLDER=str(folder), OUTPUT_SUMMARY="TEMPORARY_OUTPUT"), feedback)
    assert feedback.started == 2
    assert any(name.endswith(".gpkg") for name in seen), seen  # the first municipality was written
    assert os.listdir(folder) == ["readme.txt"]
    assert (folder / "readme.txt").read_text() == "the user's"
