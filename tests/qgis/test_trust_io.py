"""Issue 11, the layer I/O part: no silent wrong number from what a layer holds.

Unsaved edits are what is read (1), non-finite numbers and numbers stored as text are
NULL with a counted warning or a clear error (5), invalid polygons are repaired and
never give a density from a zero area (7), the feature id is refused as a quantity
(8), an output onto its own input is refused before anything is written (11); and the
GDAL route reprojects with the processing context (issue 17)."""
import hashlib
import math

import numpy as np
import pytest
from caremap.processing import layer_io
from caremap.processing.base import CareMapAlgorithm
from layers import line_layer, point_layer, polygon_layer, rows, run_alg, save_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)


class Collect(QgsProcessingFeedback):
    """Feedback that keeps the warnings and errors."""

    def __init__(self):
        super().__init__()
        self.warnings = []
        self.errors = []

    def pushWarning(self, msg):  # noqa: N802
        self.warnings.append(msg)

    def reportError(self, msg, fatalError=False):  # noqa: N802, N803
        self.errors.append(msg)


class Reader(CareMapAlgorithm):
    """Reads INPUT with layer_io (points, lines or a table, by MODE) and returns the arrays."""

    ALGORITHM_ID = ""

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "Input"))
        self.addParameter(QgsProcessingParameterString("FIELD", "Field"))
        self.addParameter(QgsProcessingParameterString("MODE", "Mode", defaultValue="points"))

    def processAlgorithm(self, parameters, context, feedback):
        field = self.parameterAsString(parameters, "FIELD", context)
        mode = self.parameterAsString(parameters, "MODE", context)
        read = {"points": layer_io.read_points, "lines": layer_io.read_lines, "table": layer_io.read_table}[mode]
        return {"A": read(self, parameters, "INPUT", context, feedback, numeric=[field], allow_nulls=True)}


def read(layer, field, mode="points", feedback=None):
    import processing

    feedback = feedback or Collect()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(Reader(), {"INPUT": layer, "FIELD": field, "MODE": mode},
                          feedback=feedback, context=context)["A"]


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


# ----------------------------------------------------------------- item 1: unsaved edits
def test_unsaved_edits_are_what_accessibility_reads(caremap_provider, tmp_path):
    demand = point_layer([(0, 0), (10000, 0)], {"pop": [10.0, 20.0]}, name="blocks")
    mem = point_layer([(100, 0), (10100, 0), (200, 0)], {"cap": [5.0, 8.0, 3.0], "name": ["s1", "s2", "s3"]})
    path = tmp_path / "supply.gpkg"
    supply = save_gpkg(mem, path, "facilities")
    before = disk(path)
    assert before == [("s1", 5.0), ("s2", 8.0), ("s3", 3.0)]
    QgsProject.instance().addMapLayer(supply)
    try:
        assert supply.startEditing()
        by_name = {f["name"]: f.id() for f in supply.getFeatures()}
        cap = supply.fields().lookupField("cap")
        assert supply.changeAttributeValue(by_name["s1"], cap, 50.0)  # 5 -> 50, not saved
        new = QgsFeature(supply.fields())
        new.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(10200, 0)))
        new.setAttribute("cap", 12.0)
        new.setAttribute("name", "s4")
        assert supply.addFeature(new)
        assert supply.deleteFeature(by_name["s3"])
        for source in (supply, supply.id()):
            res = run_alg("caremap:accessibility", {
                "DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": source, "CAPACITY_FIELD": "cap",
                "COST_MODE": "straight", "DETOUR": 1.0, "COST_UNIT": "meters", "THRESHOLD": 1000.0,
                "METHOD": "2sfca", "TARGET_GROUP_FIELD": "",
                "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"})
            access = sorted((r["pop"], r["access"]) for r in rows(res["OUTPUT_DEMAND"]))
            # edited: block 1 reaches s1 (50 places / 10 people); block 2 reaches s2 and the new s4:
            # 8/20 + 12/20. On disk it would be 5/10 + 3/10 = 0.8 and 8/20 = 0.4.
            assert access == [(10.0, pytest.approx(5.0)), (20.0, pytest.approx(1.0))]
            ratios = {r["name"]: r["ratio"] for r in rows(res["OUTPUT_SUPPLY"])}
            assert set(ratios) == {"s1", "s2", "s4"}  # the deleted facility is gone, the new one is there
            assert ratios["s4"] == pytest.approx(0.6) and ratios["s1"] == pytest.approx(5.0)
    finally:
        supply.rollBack()
        QgsProject.instance().removeMapLayer(supply.id())
    assert disk(path) == before


def disk(path):
    """(name, cap) rows of the file, read by GDAL (QGIS may touch the file's header)."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    return sorted((f.GetField("name"), f.GetField("cap")) for f in ds.GetLayer(0))


def test_fast_path_only_without_edits(caremap_provider, tmp_path):
    layer = save_gpkg(point_layer([(0, 0)], {"v": [1.0]}), tmp_path / "p.gpkg", "pts")
    alg = Reader()
    alg.initAlgorithm()
    ctx = QgsProcessingContext()
    assert layer_io.fast_path_location(alg, {"INPUT": layer}, "INPUT", ctx, ["v"]) is not None
    layer.startEditing()
    assert layer_io.fast_path_location(alg, {"INPUT": layer}, "INPUT", ctx, ["v"]) is None
    layer.rollBack()


# ----------------------------------------------------------------- item 5: non-finite, text
def test_non_finite_values_are_null_and_counted_in_every_reader(caremap_provider, tmp_path):
    v = [1.0, float("nan"), float("inf"), -float("inf"), None, 6.0]
    pts = point_layer([(i, 0) for i in range(6)], {"v": v}, name="units")
    lines = line_layer([[(i, 0), (i, 1)] for i in range(6)], {"v": v}, name="roads")
    gpkg = save_gpkg(pts, tmp_path / "u.gpkg", "units")  # the GDAL columnar route
    for layer, mode in ((pts, "points"), (gpkg, "points"), (lines, "lines"), (pts, "table")):
        fb = Collect()
        a = read(layer, "v", mode, fb)
        got = a.numeric["v"]
        if mode == "points" and layer is gpkg:
            got = got[np.argsort(a.fid)]
        assert np.isfinite(got).sum() == 2 and got[0] == 1.0 and got[5] == 6.0, (mode, got)
        assert np.isnan(got[1:5]).all()
        msgs = [w for w in fb.warnings if "not finite" in w]
        assert len(msgs) == 1, (mode, fb.warnings)
        assert "'v'" in msgs[0] and "units" in msgs[0] or "roads" in msgs[0]
        # NaN, +inf, -inf; the NULL is not counted (SQLite stores a NaN as NULL in the GeoPackage)
        assert msgs[0].startswith("2 " if layer is gpkg else "3 "), (mode, msgs)


def _csv(tmp_path, text):
    path = tmp_path / "table.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("provider", ["ogr", "delimitedtext"])
def test_numbers_stored_as_text_are_parsed(caremap_provider, tmp_path, provider):
    path = _csv(tmp_path, "id,pop,words\n1,10,a\n2, 20.5 ,b\n3,abc,c\n4,,d\n5,1e3,e\n")
    if provider == "ogr":
        layer = QgsVectorLayer(str(path), "census", "ogr")
    else:
        layer = QgsVectorLayer(f"file://{path}?type=csv&detectTypes=no&geomType=none", "census", "delimitedtext")
    assert layer.isValid()
    assert not layer.fields().field("pop").isNumeric()  # read as String, as a plain CSV is
    fb = Collect()
    t = read(layer, "pop", "table", fb)
    got = t.numeric["pop"]
    assert got[[0, 1, 4]].tolist() == [10.0, 20.5, 1000.0] and np.isnan(got[[2, 3]]).all()
    msgs = [w for w in fb.warnings if "not a number" in w]
    assert len(msgs) == 1 and msgs[0].startswith("1 ") and "'abc'" in msgs[0] and "census" in msgs[0]
    with pytest.raises(QgsProcessingException, match="must be numeric"):
        read(layer, "words", "table")


# ----------------------------------------------------------------- item 7: invalid polygons
def test_bow_tie_block_is_repaired_not_a_huge_density(caremap_provider):
    bow_tie = "POLYGON((0 0,1000 1000,1000 0,0 1000,0 0))"  # two triangles of 0.25 km2
    sliver = "POLYGON((0 0,1000 0,2000 0,0 0))"  # no area at all
    layer = polygon_layer([bow_tie, (0, 2000, 1000), sliver],
                          {"a0_4": [100, 100, 100], "name": ["bow", "square", "sliver"]}, name="blocks")
    fb = Collect()
    res = run_alg("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": "a0_4:0-4", "WEIGHTS": "equal",
                                         "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=fb)
    out = {r["name"]: r for r in rows(res["OUTPUT"])}
    assert out["bow"]["pop_density"] == pytest.approx(100 / 0.5)  # from the repaired area
    assert out["square"]["pop_density"] == pytest.approx(100.0)
    assert out["sliver"]["pop_density"] is None  # never a density from a zero area
    repaired = [w for w in fb.warnings if "invalid (e.g." in w]
    assert len(repaired) == 1 and repaired[0].startswith("2 ") and "blocks" in repaired[0]
    assert any(w.startswith("1 ") and "no area" in w for w in fb.warnings), fb.warnings


# ----------------------------------------------------------------- item 8: fid as a quantity
def test_feature_id_is_refused_as_a_quantity(caremap_provider, tmp_path):
    demand = save_gpkg(point_layer([(0, 0), (50, 0)], {"pop": [10.0, 20.0]}), tmp_path / "d.gpkg", "blocks")
    supply = point_layer([(10, 0)], {"cap": [5.0]})
    assert demand.primaryKeyAttributes() == [demand.fields().lookupField("fid")]
    params = {"DEMAND": demand, "DEMAND_FIELD": "fid", "SUPPLY": supply, "CAPACITY_FIELD": "cap",
              "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1000.0, "TARGET_GROUP_FIELD": "",
              "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match=r"Field 'fid' of layer .*blocks.* is the feature id"):
        run_alg("caremap:accessibility", params)
    params["DEMAND_FIELD"] = "pop"  # the same layer with the right field runs
    assert run_alg("caremap:accessibility", params)["OUTPUT_DEMAND"].featureCount() == 2


def test_feature_id_stays_allowed_as_an_id_read_as_text(caremap_provider, tmp_path):
    layer = save_gpkg(point_layer([(0, 0), (5, 0)], {"v": [1.0, 2.0]}), tmp_path / "ids.gpkg", "ids")

    class Ids(Reader):
        def processAlgorithm(self, parameters, context, feedback):
            return {"A": layer_io.read_points(self, parameters, "INPUT", context, feedback, text=["fid"])}

    import processing

    a = processing.run(Ids(), {"INPUT": layer, "FIELD": "", "MODE": "points"})["A"]
    assert sorted(a.text["fid"].tolist()) == ["1", "2"]


# ----------------------------------------------------------------- item 11: output onto input
def _blocks_gpkg(tmp_path):
    path = tmp_path / "city.gpkg"
    blocks = save_gpkg(point_layer([(0, 0), (50, 0)], {"pop": [10.0, 20.0]}), path, "blocks")
    return path, blocks


@pytest.mark.parametrize("form", ["plain", "ogr_uri", "layername", "definition"])
def test_output_onto_its_own_input_is_refused(caremap_provider, tmp_path, form):
    from qgis.core import QgsProcessingOutputLayerDefinition

    path, blocks = _blocks_gpkg(tmp_path)
    before = md5(path)
    dest = {"plain": str(path), "ogr_uri": f"ogr:dbname='{path}' table=\"blocks\" (geom)",
            "layername": f"{path}|layername=blocks",
            "definition": QgsProcessingOutputLayerDefinition(f"ogr:dbname='{path}' table=\"blocks\" (geom)")}[form]
    params = {"DEMAND": blocks, "DEMAND_FIELD": "pop", "SUPPLY": point_layer([(10, 0)], {"cap": [5.0]}),
              "CAPACITY_FIELD": "cap", "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1000.0,
              "TARGET_GROUP_FIELD": "", "OUTPUT_DEMAND": dest, "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match=r"would be written to .*city\.gpkg.*input layer blocks"):
        run_alg("caremap:accessibility", params)
    assert md5(path) == before


def test_output_beside_its_input_in_the_same_geopackage_is_allowed(caremap_provider, tmp_path):
    path, blocks = _blocks_gpkg(tmp_path)
    params = {"DEMAND": blocks, "DEMAND_FIELD": "pop", "SUPPLY": point_layer([(10, 0)], {"cap": [5.0]}),
              "CAPACITY_FIELD": "cap", "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1000.0,
              "TARGET_GROUP_FIELD": "", "OUTPUT_DEMAND": f"ogr:dbname='{path}' table=\"access\" (geom)",
              "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    run_alg("caremap:accessibility", params)
    assert QgsVectorLayer(f"{path}|layername=blocks", "b", "ogr").featureCount() == 2
    assert QgsVectorLayer(f"{path}|layername=access", "a", "ogr").featureCount() == 2


def test_shapefile_output_onto_input_is_refused_by_check_and_prepare(caremap_provider, tmp_path):
    from qgis.core import QgsVectorFileWriter

    mem = point_layer([(0, 0)], {"pop": [1.0]})
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "ESRI Shapefile"
    shp = tmp_path / "blocks.shp"
    QgsVectorFileWriter.writeAsVectorFormatV3(mem, str(shp), QgsCoordinateTransformContext(), opts)
    layer = QgsVectorLayer(str(shp), "blocks", "ogr")
    alg = caremap_provider.algorithm("accessibility").create()
    params = {"DEMAND": layer, "DEMAND_FIELD": "pop", "SUPPLY": mem, "CAPACITY_FIELD": "pop",
              "OUTPUT_DEMAND": str(shp), "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    ctx = QgsProcessingContext()
    ok, msg = alg.checkParameterValues(params, ctx)
    assert not ok and "blocks" in msg
    with pytest.raises(QgsProcessingException, match="never overwrites"):
        alg.prepareAlgorithm(params, ctx, QgsProcessingFeedback())


# ----------------------------------------------------------------- issue 17: transform context
def test_transform_xy_uses_qgis_transform(caremap_provider):
    src, dst = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:32618")
    lon = np.array([-74.08, -74.07, -74.0])
    lat = np.array([4.60, 4.61, 4.7])
    x, y = layer_io.transform_xy(lon, lat, src, dst, QgsProcessingContext())
    ct = QgsCoordinateTransform(src, dst, QgsCoordinateTransformContext())
    for k in range(3):
        p = ct.transform(QgsPointXY(lon[k], lat[k]))
        assert math.isclose(x[k], p.x(), abs_tol=1e-6) and math.isclose(y[k], p.y(), abs_tol=1e-6)


def test_geographic_gpkg_fast_path_equals_qgis_route(caremap_provider, tmp_path):
    lonlat = [(-74.08, 4.60), (-74.07, 4.61), (-74.05, 4.62)]
    mem = point_layer(lonlat, {"v": [1.0, 2.0, 3.0]}, crs="EPSG:4326")
    gpkg = save_gpkg(mem, tmp_path / "geo.gpkg", "pts")
    a, b = read(gpkg, "v"), read(mem, "v")
    order = np.argsort(a.fid)
    assert a.crs.authid() == b.crs.authid() == "EPSG:32618"
    assert np.allclose(a.x[order], b.x, atol=1e-6) and np.allclose(a.y[order], b.y, atol=1e-6)


def test_dock_reads_columns_as_processing_does(caremap_provider):
    from caremap.ui.layer_data import read_columns

    layer = point_layer([(0, 0), (1, 0), (2, 0)], {"access": [1.0, float("inf"), None], "d": [5.0, 6.0, None]})
    fids, cols = read_columns(layer, numeric=["access"], text=["d"])
    assert cols["access"][0] == 1.0 and np.isnan(cols["access"][1:]).all()
    assert cols["d"].tolist() == ["5", "6", None]


def test_non_finite_input_values_are_written_as_null(caremap_provider):
    layer = point_layer([(0, 0), (1, 0), (2, 0)], {"pop": [1.0, float("inf"), float("nan")], "other": [float("-inf"), 2.0, 3.0]},
                        name="blocks")
    fb = Collect()
    res = run_alg("caremap:accessibility", {
        "DEMAND": layer, "DEMAND_FIELD": "pop", "SUPPLY": point_layer([(1, 1)], {"cap": [5.0]}), "CAPACITY_FIELD": "cap",
        "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 100.0, "TARGET_GROUP_FIELD": "",
        "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}, feedback=fb)
    out = sorted(((r["pop"], r["other"]) for r in rows(res["OUTPUT_DEMAND"])), key=str)
    assert out == sorted([(1.0, None), (None, 2.0), (None, 3.0)], key=str)
    assert any(w.startswith("1 ") and "'other'" in w and "blocks" in w for w in fb.warnings), fb.warnings
    assert layer.getFeature(2)["pop"] == float("inf")  # the input is untouched
