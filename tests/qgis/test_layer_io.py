"""The shared layer I/O: nulls, selection, geographic CRS, polygons, GDAL fast path,
one-pass writing that keeps every input field and never touches the input."""
import math
import re

import numpy as np
import pytest
from caremap.processing import layer_io
from caremap.processing.base import CareMapAlgorithm
from layers import line_layer, point_layer, polygon_layer, save_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProject,
)


class Echo(CareMapAlgorithm):
    """Test algorithm: reads INPUT through layer_io and writes ``double = 2 * FIELD``."""

    ALGORITHM_ID = ""  # not registered

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "Input"))
        self.addParameter(QgsProcessingParameterString("FIELD", "Field", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))
        self.seen = None

    def processAlgorithm(self, parameters, context, feedback):
        field = self.parameterAsString(parameters, "FIELD", context)
        arr = layer_io.read_points(self, parameters, "INPUT", context, feedback,
                                   numeric=[field] if field else [], allow_nulls=True)
        Echo.last = arr
        values = arr.numeric[field] * 2 if field else np.arange(arr.n, dtype=float)
        dest = layer_io.write_with_fields(self, parameters, "OUTPUT", context, feedback, arr,
                                          {"double": values, "flag": values > 2})
        return {"OUTPUT": dest}


def run(layer_or_def, field="v", feedback=None, output="TEMPORARY_OUTPUT"):
    from qgis.core import QgsProcessingUtils

    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(Echo(), {"INPUT": layer_or_def, "FIELD": field, "OUTPUT": output},
                         feedback=feedback or QgsProcessingFeedback(), context=context)
    out = QgsProcessingUtils.mapLayerFromString(res["OUTPUT"], context)
    _KEEP.append(context)  # memory outputs live as long as their context
    return out


_KEEP = []


def values(layer, name):
    return [f[name] for f in layer.getFeatures(QgsFeatureRequest().addOrderBy("$id"))]


def test_nulls_and_null_geometries(caremap_provider):
    layer = point_layer([(0, 0), None, (10, 0), (20, 5)], {"v": [1.0, 2.0, None, 4.0], "name": ["a", "b", "c", "d"]})
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.reportError = lambda msg, fatal=False: warnings.append(msg)
    out = run(layer, feedback=feedback)
    arr = Echo.last
    assert arr.n == 3 and arr.skipped == 1
    assert np.allclose(arr.x, [0, 10, 20]) and np.allclose(arr.y, [0, 0, 5])
    assert np.isnan(arr.numeric["v"][1]) and arr.numeric["v"][0] == 1.0
    # every input feature is written, with its fields; the null geometry gets NULL
    assert out.featureCount() == 4
    assert out.fields().names()[:2] == ["v", "name"] and "double" in out.fields().names()
    got = values(out, "double")
    assert got[0] == 2.0 and got[1] is None or got[1] == None  # noqa: E711
    assert values(out, "name") == ["a", "b", "c", "d"]
    assert values(out, "flag")[3] == 1
    # the input is untouched
    assert layer.fields().names() == ["v", "name"] and layer.featureCount() == 4


def test_nulls_rejected_when_not_allowed(caremap_provider):
    layer = point_layer([(0, 0), (1, 1)], {"v": [1.0, None]})

    class Strict(Echo):
        def processAlgorithm(self, parameters, context, feedback):
            layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=["v"])
            return {}

    import processing

    with pytest.raises(QgsProcessingException, match="NULL"):
        processing.run(Strict(), {"INPUT": layer, "FIELD": "v", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_selected_features_only(caremap_provider):
    layer = point_layer([(0, 0), (1, 0), (2, 0), (3, 0)], {"v": [1.0, 2.0, 3.0, 4.0]})
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([2, 4])
        out = run(QgsProcessingFeatureSourceDefinition(layer.id(), True))
        assert sorted(Echo.last.numeric["v"].tolist()) == [2.0, 4.0]
        assert sorted(values(out, "double")) == [4.0, 8.0]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_geographic_crs_goes_to_local_utm(caremap_provider):
    lonlat = [(-74.08, 4.60), (-74.07, 4.61)]
    layer = point_layer(lonlat, {"v": [1.0, 2.0]}, crs="EPSG:4326")
    feedback = QgsProcessingFeedback()
    infos = []
    feedback.pushInfo = lambda msg: infos.append(msg)
    run(layer, feedback=feedback)
    arr = Echo.last
    assert arr.crs.authid() == "EPSG:32618"
    assert any("32618" in m for m in infos), infos
    ct = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), arr.crs, QgsProject.instance())
    p = ct.transform(QgsPointXY(*lonlat[0]))
    assert math.isclose(arr.x[0], p.x(), abs_tol=1e-3) and math.isclose(arr.y[0], p.y(), abs_tol=1e-3)
    d = math.hypot(arr.x[1] - arr.x[0], arr.y[1] - arr.y[0])
    assert 1500 < d < 1600  # ~1.57 km on the ground


def test_polygons_point_on_surface_and_area(caremap_provider):
    u_shape = "POLYGON((0 0,300 0,300 300,200 300,200 100,100 100,100 300,0 300,0 0))"
    layer = polygon_layer([(0, 0, 100), u_shape, None], {"v": [1.0, 2.0, 3.0]})
    run(layer)
    arr = Echo.last
    assert arr.geometry_type == "polygon" and arr.n == 2 and arr.skipped == 1
    assert np.allclose(arr.area, [10000.0, 300 * 300 - 100 * 200])
    inside = QgsGeometry.fromWkt(u_shape).contains(QgsGeometry.fromPointXY(QgsPointXY(arr.x[1], arr.y[1])))
    assert inside, "point on surface, not centroid (the centroid of a U is outside it)"


def test_gdal_fast_path_equals_qgis_route(caremap_provider, tmp_path):
    rng = np.random.default_rng(1)
    xy = [tuple(p) for p in rng.uniform(0, 1000, (50, 2))] + [None]
    v = [float(x) for x in rng.integers(0, 9, 51)]
    v[3] = None
    names = [f"n{i}" for i in range(51)]
    names[7] = None
    mem = point_layer(xy, {"v": v, "name": names})
    gpkg = save_gpkg(mem, tmp_path / "p.gpkg", "pts")

    class Both(Echo):
        def processAlgorithm(self, parameters, context, feedback):
            a = layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=["v"], text=["name"], allow_nulls=True)
            return {"A": a}

    import processing

    a = processing.run(Both(), {"INPUT": gpkg, "OUTPUT": "TEMPORARY_OUTPUT"})["A"]
    b = processing.run(Both(), {"INPUT": mem, "OUTPUT": "TEMPORARY_OUTPUT"})["A"]
    order = np.argsort(a.fid)
    assert a.n == b.n == 50 and a.skipped == b.skipped == 1
    assert np.allclose(a.x[order], b.x) and np.allclose(a.y[order], b.y)
    assert np.array_equal(np.isnan(a.numeric["v"][order]), np.isnan(b.numeric["v"]))
    assert list(a.text["name"][order]) == list(b.text["name"])


def test_gdal_fast_path_is_taken_for_plain_gpkg(caremap_provider, tmp_path):
    mem = point_layer([(0, 0), (1, 1)], {"v": [1.0, 2.0]})
    gpkg = save_gpkg(mem, tmp_path / "p.gpkg", "pts")
    alg = Echo()
    alg.initAlgorithm()
    ctx = QgsProcessingContext()
    assert layer_io.fast_path_location(alg, {"INPUT": gpkg}, "INPUT", ctx, ["v"]) is not None
    gpkg.setSubsetString('"v" > 1')  # a WHERE clause: GDAL's attribute filter
    assert layer_io.fast_path_location(alg, {"INPUT": gpkg}, "INPUT", ctx, ["v"]).where == '"v" > 1'
    gpkg.setSubsetString('SELECT * FROM pts WHERE "v" > 1')  # a whole statement: QGIS runs it
    assert layer_io.fast_path_location(alg, {"INPUT": gpkg}, "INPUT", ctx, ["v"]) is None


def test_writes_gpkg_output_with_all_fields(caremap_provider, tmp_path):
    layer = point_layer([(0, 0), (5, 5)], {"v": [1.5, 2.5], "name": ["x", "y"], "k": [1, 2]})
    out = run(layer, output=str(tmp_path / "out.gpkg"))
    assert out.isValid() and out.featureCount() == 2
    assert [n for n in out.fields().names() if n != "fid"] == ["v", "name", "k", "double", "flag"]
    assert sorted(values(out, "double")) == [3.0, 5.0]
    geoms = sorted((f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in out.getFeatures())
    assert geoms == [(0.0, 0.0), (5.0, 5.0)]


def test_existing_field_is_replaced_not_duplicated(caremap_provider):
    layer = point_layer([(0, 0)], {"v": [1.0], "double": [99.0]})
    out = run(layer)
    assert out.fields().names().count("double") == 1
    assert values(out, "double") == [2.0]


def _no_crs(layer):
    layer.setCrs(QgsCoordinateReferenceSystem())
    return layer


@pytest.mark.parametrize(
    "layer_factory, field, message",
    [
        (lambda: point_layer([(0, 0)], {"v": [1.0]}), "missing", "not found"),
        (lambda: point_layer([(0, 0)], {"v": ["text"]}), "v", "must be numeric"),
        (lambda: point_layer([], {"v": []}), "v", "empty"),
        (lambda: point_layer([None], {"v": [1.0]}), "v", "no feature with a geometry"),
        (lambda: _no_crs(point_layer([(0, 0)], {"v": [1.0]})), "v", "coordinate reference system"),
        (lambda: line_layer([[(0, 0), (1, 1)]], {"v": [1.0]}), "v", "point or polygon"),
    ],
)
def test_bad_input_is_a_clear_error(caremap_provider, layer_factory, field, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(layer_factory(), field=field)


def test_cancelled_feedback_stops(caremap_provider):
    layer = point_layer([(i, i) for i in range(100)], {"v": [float(i) for i in range(100)]})
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run(layer, feedback=feedback)


def test_read_lines_and_table(caremap_provider):
    lines = line_layer([[(0, 0), (10, 0), (10, 10)], [(10, 10), (20, 10)], None], {"speed": [5.0, 30.0, 1.0]})

    class Lines(Echo):
        def processAlgorithm(self, parameters, context, feedback):
            a = layer_io.read_lines(self, parameters, "INPUT", context, feedback, numeric=["speed"])
            t = layer_io.read_table(self, parameters, "INPUT", context, feedback, numeric=["speed"], text=["speed"])
            return {"A": a, "T": t}

    import processing

    res = processing.run(Lines(), {"INPUT": lines, "OUTPUT": "TEMPORARY_OUTPUT"})
    a, t = res["A"], res["T"]
    assert a.n == 2 and a.skipped == 1
    assert a.part_offsets.tolist() == [0, 3, 5]
    assert a.xy.tolist() == [[0, 0], [10, 0], [10, 10], [10, 10], [20, 10]]
    assert a.numeric["speed"].tolist() == [5.0, 30.0]
    assert t.n == 3 and t.text["speed"].tolist() == ["5", "30", "1"]


def test_geographic_points_on_one_latitude_get_their_own_utm_zone(caremap_provider):
    # a degenerate extent (zero height) must still locate the data, not fall back to 0,0
    layer = point_layer([(-74.08, 4.6), (-74.07, 4.6)], {"v": [1.0, 2.0]}, crs="EPSG:4326")
    run(layer)
    assert Echo.last.crs.authid() == "EPSG:32618"
    single = point_layer([(2.35, 48.85)], {"v": [1.0]}, crs="EPSG:4326")  # one point in Paris
    run(single)
    assert Echo.last.crs.authid() == "EPSG:32631"


# ---- CSV files (layer_io.csv_files) ----------------------------------------------------

def csv_layer(tmp_path, text, name="t.csv", encoding="utf-8", suffix=""):
    from caremap.processing.layer_io import csv_files

    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    context = QgsProcessingContext()
    _KEEP.append(context)
    return csv_files.load(str(path) + suffix, context), context, str(path)


def field_types(layer):
    return {f.name(): f.typeName().lower() for f in layer.fields()}


def test_csv_columns_are_typed(caremap_provider, tmp_path):
    text = ("code;Lon;LAT;pop;share;note;big\n"
            "0123;-74,08;4,61;1.234;0,5;ok;12345678901234567890\n"
            "0456;-74,07;4,62;12;1,25;;1\n"
            "0789;;;;2;n/a;2\n")
    layer, _, _ = csv_layer(tmp_path, text, encoding="utf-8-sig")
    types = field_types(layer)
    # codes with leading zeros and 20-digit codes stay text; '1.234' in a decimal-comma file is 1234
    assert types["code"] == "string" and types["big"] == "string" and types["note"] == "string"
    assert types["pop"] == "integer" and types["share"] == "double" and types["Lon"] == "double"
    feats = list(layer.getFeatures())
    assert [f["pop"] for f in feats][:2] == [1234, 12] and is_null_value(feats[2]["pop"])
    assert [f["share"] for f in feats] == [0.5, 1.25, 2.0]
    assert feats[0]["code"] == "0123" and feats[0]["big"] == "12345678901234567890"
    # case-insensitive coordinate columns; an empty coordinate: no geometry
    assert layer.crs().authid() == "EPSG:4326"
    assert feats[0].geometry().asPoint().x() == pytest.approx(-74.08) and feats[2].geometry().isNull()


def is_null_value(v):
    return v is None or str(v) == "NULL"


def test_csv_encodings_and_separators(caremap_provider, tmp_path):
    # Windows-1252 (Excel's plain 'CSV' on Windows), tab separated
    layer, _, _ = csv_layer(tmp_path, "nombre\tx\ty\tcupos\nJardín Niñez\t-74,1\t4,6\t12,5\n", "w.txt", "cp1252")
    f = next(layer.getFeatures())
    assert f["nombre"] == "Jardín Niñez" and f["cupos"] == 12.5
    layer, _, _ = csv_layer(tmp_path, "a,b,lon,lat\n1,x,-74.1,4.6\n", "c.tsv", suffix="|delimiter=,")
    assert field_types(layer)["a"] == "integer" and layer.featureCount() == 1


def test_csv_loaded_once_per_context(caremap_provider, tmp_path):
    from caremap.processing.layer_io import csv_files

    layer, context, path = csv_layer(tmp_path, "lon,lat,v\n1,2,3\n")
    assert csv_files.load(path, context) is layer
    assert csv_files.load(path + "|crs=EPSG:4326", context) is not layer
    assert csv_files.csv_path(layer) == path
    # the file changed: read again
    with open(path, "a") as fh:
        fh.write("4,5,6\n")
    assert csv_files.load(path, context).featureCount() == 2


@pytest.mark.parametrize("suffix,text,message", [
    ("|srs=EPSG:4326", "lon,lat\n1,2\n", "Unknown option 'srs=EPSG:4326'"),
    ("|crs=EPSG:99999999", "lon,lat\n1,2\n", "is not known"),
    ("|decimal=;", "lon,lat\n1,2\n", "use decimal=, or decimal=."),
    ("", "lon,lat\n1,x\n", "Coordinate column 'lat' of file t.csv holds 'x'"),
    ("", "lon,lat\n500000,4000000\n", "are not longitude/latitude"),
    ("|x=east|y=lat", "lon,lat\n1,2\n", "Column 'east' given as a coordinate of file t.csv is not in it"),
    ("", "", "is empty"),
])
def test_csv_bad_files_are_clear_errors(caremap_provider, tmp_path, suffix, text, message):
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        csv_layer(tmp_path, text, suffix=suffix)


def test_csv_read_points_through_layer_io(caremap_provider, tmp_path):
    path = tmp_path / "pts.csv"
    path.write_text("id;lon;lat;v\na;-74,08;4,6;1,5\nb;;;2\nc;-74,07;4,6;3\n", encoding="utf-8")
    out = run(str(path), field="v")
    arr = Echo.last
    assert arr.n == 2 and arr.skipped == 1 and arr.numeric["v"].tolist() == [1.5, 3.0]
    assert arr.crs.authid() == "EPSG:32618" and arr.layer_name == "Input (pts)"
    assert values(out, "double")[0] == 3.0 and values(out, "id") == ["a", "b", "c"]
    with pytest.raises(QgsProcessingException, match=r"File nocoords\.csv \(Input\) has no coordinate columns"):
        p = tmp_path / "nocoords.csv"
        p.write_text("id,v\na,1\n", encoding="utf-8")
        run(str(p), field="v")
    with pytest.raises(QgsProcessingException, match="was not found"):
        run(str(tmp_path / "missing.csv"), field="v")
