"""The fast read and write routes of layer_io keep the semantics of the QGIS route
(issue 16 item 1; speed itself is measured by bench/io_floor.py, never asserted here):
every route (memory layer, GeoPackage through GDAL's columnar reader, a selection of a
GeoPackage, a subset string, unsaved edits, a CSV file) gives the same rows, and the
writer (features one by one) keeps every input field and geometry, with the new
values on the right features and NULL where a feature had no geometry."""
import numpy as np
import pytest
from caremap.processing import layer_io
from caremap.processing.base import CareMapAlgorithm
from layers import Recorder, add_to_project, is_null, point_layer, save_gpkg
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

N = 60
_KEEP = []


class Route(CareMapAlgorithm):
    """Reads INPUT (pop, name) and writes ``twice = 2 * pop``; keeps what it read and
    whether GDAL's columnar reader was taken."""

    ALGORITHM_ID = ""

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "Input"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))

    def processAlgorithm(self, parameters, context, feedback):
        Route.fast = layer_io.fast_path_location(self, parameters, "INPUT", context, ["pop"], ["name"])
        arr = layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=["pop"], text=["name"],
                                   allow_nulls=True)
        Route.last = arr
        dest = layer_io.write_with_fields(self, parameters, "OUTPUT", context, feedback, arr,
                                          {"twice": arr.numeric["pop"] * 2})
        return {"OUTPUT": dest}

    def createInstance(self):
        return Route()


def run(inp):
    import processing

    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    res = processing.run(Route(), {"INPUT": inp, "OUTPUT": "TEMPORARY_OUTPUT"}, context=ctx,
                         feedback=QgsProcessingFeedback())
    _KEEP.append(ctx)
    return Route.last, Route.fast, QgsProcessingUtils.mapLayerFromString(res["OUTPUT"], ctx)


def source_layer():
    """N points; row 7 has no geometry, row 9 a NULL pop, names u0..u59."""
    xy = [(100.0 + i, 200.0 + 2 * i) for i in range(N)]
    xy[7] = None
    pop = [float(i) for i in range(N)]
    pop[9] = None
    return point_layer(xy, {"pop": pop, "name": [f"u{i}" for i in range(N)], "k": list(range(N))}, name="units")


def by_name(arr):
    """{name: (x, y, pop)} of what a reader returned."""
    return {n: (x, y, p) for n, x, y, p in zip(arr.text["name"], arr.x, arr.y, arr.numeric["pop"])}


def same(a, b):
    assert set(a) == set(b)
    for k in a:
        ax, ay, ap = a[k]
        bx, by, bp = b[k]
        assert ax == bx and ay == by and ((np.isnan(ap) and np.isnan(bp)) or ap == bp), (k, a[k], b[k])


def expected(keep):
    """By hand: the rows named in ``keep`` that have a geometry."""
    out = {}
    for i in keep:
        if i == 7:
            continue
        out[f"u{i}"] = (100.0 + i, 200.0 + 2 * i, np.nan if i == 9 else float(i))
    return out


def check_output(out, keep):
    """Every kept feature, with every input field, its geometry and twice = 2 * pop
    (NULL for no geometry or NULL pop)."""
    assert out.fields().names()[-1] == "twice"
    assert {"pop", "name", "k"} <= set(out.fields().names())
    seen = set()
    for f in out.getFeatures():
        i = f["k"]
        seen.add(i)
        assert f["name"] == f"u{i}"
        if i == 7:  # a GeoPackage stores the null geometry as an empty point
            assert (not f.hasGeometry() or f.geometry().isEmpty()) and is_null(f["twice"])
            continue
        p = f.geometry().asPoint()
        assert (p.x(), p.y()) == (100.0 + i, 200.0 + 2 * i)
        assert is_null(f["twice"]) if i == 9 else f["twice"] == 2.0 * i
    assert seen == set(keep)


def test_memory_layer(caremap_provider):
    arr, fast, out = run(add_to_project(source_layer()))
    assert fast is None and arr.skipped == 1
    same(by_name(arr), expected(range(N)))
    check_output(out, range(N))


def test_geopackage_columnar_route(caremap_provider, tmp_path):
    gpkg = add_to_project(save_gpkg(source_layer(), tmp_path / "u.gpkg", "units"))
    arr, fast, out = run(gpkg)
    assert fast is not None and fast[3] is None
    same(by_name(arr), expected(range(N)))
    check_output(out, range(N))


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
def test_selection_is_what_is_read_and_written(caremap_provider, tmp_path, kind):
    layer = source_layer() if kind == "memory" else save_gpkg(source_layer(), tmp_path / "u.gpkg", "units")
    add_to_project(layer)
    layer.selectByExpression('"k" % 3 = 0 OR "k" = 7')
    keep = [i for i in range(N) if i % 3 == 0 or i == 7]
    arr, fast, out = run(QgsProcessingFeatureSourceDefinition(layer.id(), True))
    if kind == "gpkg":
        assert fast is not None and sorted(fast[3].tolist()) == sorted(layer.selectedFeatureIds())
    assert arr.skipped == 1  # the selected feature without geometry
    same(by_name(arr), expected(keep))
    check_output(out, keep)


def test_an_output_onto_a_selected_input_is_refused(caremap_provider, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    path = tmp_path / "u.gpkg"
    layer = add_to_project(save_gpkg(source_layer(), path, "units"))
    layer.selectByExpression('"k" < 10')
    fb = Recorder()
    with pytest.raises(QgsProcessingException) as err:
        processing.run(Route(), {"INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True),
                                 "OUTPUT": f"ogr:dbname='{path}' table=\"units\" (geom)"}, feedback=fb)
    assert "never overwrites" in " ".join([str(err.value)] + fb.errors)
    assert QgsVectorLayer(f"{path}|layername=units").featureCount() == N


def test_subset_string(caremap_provider, tmp_path):
    gpkg = add_to_project(save_gpkg(source_layer(), tmp_path / "u.gpkg", "units"))
    gpkg.setSubsetString('"k" >= 30')
    arr, _fast, out = run(gpkg)
    same(by_name(arr), expected(range(30, N)))
    check_output(out, range(30, N))


def test_unsaved_edits_are_what_is_read(caremap_provider, tmp_path):
    gpkg = add_to_project(save_gpkg(source_layer(), tmp_path / "u.gpkg", "units"))
    gpkg.startEditing()
    fid = next(f.id() for f in gpkg.getFeatures() if f["k"] == 3)
    gpkg.changeAttributeValue(fid, gpkg.fields().lookupField("pop"), 1000.0)
    gpkg.deleteFeature(next(f.id() for f in gpkg.getFeatures() if f["k"] == 4))
    f = QgsFeature(gpkg.fields())
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.0, 6.0)))
    f.setAttribute("pop", 2.0)
    f.setAttribute("name", "new")
    f.setAttribute("k", 100)
    gpkg.addFeature(f)
    try:
        arr, fast, _out = run(gpkg)
    finally:
        gpkg.rollBack()
    assert fast is None  # the file does not hold the edits: the QGIS route
    want = expected([i for i in range(N) if i != 4])
    want["u3"] = (103.0, 206.0, 1000.0)
    want["new"] = (5.0, 6.0, 2.0)
    same(by_name(arr), want)


def test_csv_layer(caremap_provider, tmp_path):
    path = tmp_path / "units.csv"
    lines = ["x,y,pop,name"] + [f"{100.0 + i},{200.0 + 2 * i},{i},u{i}" for i in range(N) if i not in (7, 9)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arr, _fast, out = run(f"{path}|crs=EPSG:32618")
    want = {k: v for k, v in expected(range(N)).items() if k != "u9"}
    same(by_name(arr), want)
    assert out.featureCount() == N - 2
    assert sorted(f["twice"] for f in out.getFeatures()) == sorted(2.0 * i for i in range(N) if i not in (7, 9))


def test_many_features_written_one_by_one_keep_their_order_and_values(caremap_provider):
    n = 12_345  # more than two cancel checks of a write
    layer = add_to_project(point_layer([(float(i), 0.0) for i in range(n)],
                                       {"pop": [float(i) for i in range(n)], "name": [f"u{i}" for i in range(n)]}))
    arr, _fast, out = run(layer)
    assert arr.n == n and out.featureCount() == n
    got = np.array([(f.geometry().asPoint().x(), f["twice"]) for f in out.getFeatures()])
    assert np.array_equal(got[:, 1], 2 * got[:, 0])


def teardown_module():
    _KEEP.clear()
    for lyr in list(QgsProject.instance().mapLayers().values()):
        if isinstance(lyr, QgsVectorLayer) and lyr.name() in ("units", "points"):
            QgsProject.instance().removeMapLayer(lyr.id())
