"""The PostGIS route of layer_io (issue 16 item 1): a point table read through GDAL's
columnar reader gives exactly the rows the QGIS route gives (the whole table, a subset
string, a selection), with QGIS's feature ids, so the output's new values land on the
right features; a layer in edit mode, a key that is not one integer column, or a query
layer stays on the QGIS route. Speed is measured by bench/io_floor.py --postgis."""
import numpy as np
import pytest
from caremap.processing import layer_io
from layers import add_to_project, save_gpkg
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorLayer
from test_io_floor import N, by_name, check_output, expected, run, same, source_layer


def load(conninfo, tmp_path, table, key="fid"):
    """The test layer as a PostGIS table ``table`` (primary key ``key``), as a QGIS layer."""
    from osgeo import gdal

    gpkg = save_gpkg(source_layer(), tmp_path / f"{table}.gpkg", "units")
    path = str(tmp_path / f"{table}.gpkg")
    gdal.VectorTranslate(f"PG:{conninfo}", path, format="PostgreSQL", layerName=table,
                         layerCreationOptions=["GEOMETRY_NAME=geom", f"FID={key}", "OVERWRITE=YES"],
                         accessMode="overwrite")
    del gpkg
    layer = QgsVectorLayer(f"{conninfo} key='{key}' srid=32618 type=Point table=\"public\".\"{table}\" (geom)",
                           table, "postgres")
    assert layer.isValid() and layer.featureCount() == N
    return add_to_project(layer)


def test_whole_table(caremap_provider, postgis, tmp_path):
    layer = load(postgis, tmp_path, "units_all")
    arr, fast, out = run(layer)
    assert fast is not None and fast.path.startswith("PG:") and fast.where is None
    assert arr.skipped == 1
    same(by_name(arr), expected(range(N)))
    # the ids are QGIS's own: the key's values
    assert sorted(arr.fid.tolist()) == sorted(f.id() for f in layer.getFeatures() if f["k"] != 7)
    check_output(out, range(N))


def test_subset_string_goes_to_the_server(caremap_provider, postgis, tmp_path):
    layer = load(postgis, tmp_path, "units_subset")
    layer.setSubsetString('"k" >= 30 AND "k" % 2 = 0')
    keep = [i for i in range(N) if i >= 30 and i % 2 == 0]
    arr, fast, out = run(layer)
    assert fast is not None and fast.where == '"k" >= 30 AND "k" % 2 = 0'
    same(by_name(arr), expected(keep))
    check_output(out, keep)


def test_selection(caremap_provider, postgis, tmp_path):
    layer = load(postgis, tmp_path, "units_sel")
    layer.selectByExpression('"k" % 3 = 0 OR "k" = 7')
    keep = [i for i in range(N) if i % 3 == 0 or i == 7]
    arr, fast, out = run(QgsProcessingFeatureSourceDefinition(layer.id(), True))
    assert fast is not None and sorted(fast.selected.tolist()) == sorted(layer.selectedFeatureIds())
    assert arr.skipped == 1
    same(by_name(arr), expected(keep))
    check_output(out, keep)


def test_same_rows_as_the_qgis_route(caremap_provider, postgis, tmp_path):
    """The columnar reader and QGIS's provider, on the same table and subset."""
    from caremap.processing.layer_io import readers

    layer = load(postgis, tmp_path, "units_cmp")
    layer.setSubsetString('"pop" IS NULL OR "pop" > 20')
    arr, fast, _out = run(layer)
    assert fast is not None
    source = layer_io.get_source(_Alg(), {"INPUT": layer}, "INPUT", _ctx())
    ref = readers._read_points_qgis(source, ["pop"], ["name"], layer.crs(), _ctx(), None, False, "units")
    order_a, order_b = np.argsort(arr.fid), np.argsort(ref.fid)
    assert np.array_equal(arr.fid[order_a], ref.fid[order_b])
    assert np.array_equal(arr.x[order_a], ref.x[order_b]) and np.array_equal(arr.y[order_a], ref.y[order_b])
    assert np.array_equal(np.isnan(arr.numeric["pop"][order_a]), np.isnan(ref.numeric["pop"][order_b]))
    assert list(arr.text["name"][order_a]) == list(ref.text["name"][order_b])


def test_edits_and_other_keys_stay_on_the_qgis_route(caremap_provider, postgis, tmp_path):
    layer = load(postgis, tmp_path, "units_edit")
    layer.startEditing()
    try:
        arr, fast, _out = run(layer)
    finally:
        layer.rollBack()
    assert fast is None
    same(by_name(arr), expected(range(N)))
    # a text primary key: QGIS maps it to ids of its own, which GDAL does not know
    from osgeo import ogr

    ds = ogr.Open(f"PG:{postgis}", 1)
    ds.ExecuteSQL("CREATE TABLE units_text AS SELECT name AS code, pop, name, k, geom FROM units_edit")
    ds.ExecuteSQL("ALTER TABLE units_text ADD PRIMARY KEY (code)")
    ds = None
    text_key = QgsVectorLayer(f"{postgis} key='code' srid=32618 type=Point table=\"public\".\"units_text\" (geom)",
                              "by_code", "postgres")
    assert text_key.isValid() and text_key.featureCount() == N
    add_to_project(text_key)
    arr, fast, out = run(text_key)
    assert fast is None
    same(by_name(arr), expected(range(N)))
    check_output(out, range(N))


def _ctx():
    from qgis.core import QgsProcessingContext, QgsProject

    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    return ctx


def _Alg():
    from test_io_floor import Route

    alg = Route()
    alg.initAlgorithm()
    return alg


@pytest.fixture(autouse=True)
def _no_gdal_exceptions_leak():
    from osgeo import gdal

    before = gdal.GetUseExceptions()
    yield
    if gdal.GetUseExceptions() != before:
        (gdal.UseExceptions if before else gdal.DontUseExceptions)()


def test_a_column_of_any_geometry_or_srid_stays_on_the_qgis_route(caremap_provider, postgis, tmp_path):
    """A geometry column declared without a point type or an SRID can hold points of other
    SRIDs (or other types) that QGIS leaves out of the layer (it filters them on the
    server): GDAL would read them all, as if in the layer's CRS. Such a table is read by
    QGIS; a column declared geometry(Point, SRID) keeps the columnar reader."""
    from caremap.processing.layer_io.ogr_fast import read_points_ogr
    from osgeo import ogr

    ds = ogr.Open(f"PG:{postgis}", 1)
    for table, column in (("any_geom", "geometry"), ("points_any_srid", "geometry(Point)")):
        ds.ExecuteSQL(f"CREATE TABLE {table} (fid serial PRIMARY KEY, pop double precision, geom {column})")
        ds.ExecuteSQL(f"INSERT INTO {table} (pop, geom) VALUES "
                      "(1, ST_SetSRID(ST_MakePoint(500000, 4000000), 32618)), "
                      "(2, ST_SetSRID(ST_MakePoint(500100, 4000000), 32618)), "
                      "(3, ST_SetSRID(ST_MakePoint(-75, 40), 4326))")  # another SRID: not in the layer
    ds = None
    ctx, alg = _ctx(), _Alg()
    for table in ("any_geom", "points_any_srid"):
        layer = add_to_project(QgsVectorLayer(
            f"{postgis} key='fid' srid=32618 type=Point table=\"public\".\"{table}\" (geom)", table, "postgres"))
        assert layer.isValid() and layer.featureCount() == 2, table
        fast = layer_io.fast_path_location(alg, {"INPUT": layer}, "INPUT", ctx, ["pop"])
        assert fast is not None
        assert read_points_ogr(fast, ["pop"], [], layer.crs(), layer.crs(), None, table, ctx) is None, table
        arr = layer_io.read_points(alg, {"INPUT": layer}, "INPUT", ctx, None, numeric=["pop"])
        assert sorted(arr.numeric["pop"].tolist()) == [1.0, 2.0] and sorted(arr.x.tolist()) == [500000.0, 500100.0]
    # a table declared geometry(Point, 32618) (what load() writes) is read by GDAL
    layer = load(postgis, tmp_path, "units_typed")
    fast = layer_io.fast_path_location(alg, {"INPUT": layer}, "INPUT", ctx, ["pop"])
    arr = read_points_ogr(fast, ["pop"], [], layer.crs(), layer.crs(), None, "units_typed", ctx)
    assert arr is not None and arr.n == N - 1 and arr.skipped == 1
