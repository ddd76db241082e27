"""Everyday files (issue 12 item 3): a CSV path works wherever a layer is expected.

The results of a run on CSV paths must equal those of the same run on the equivalent
memory point layers, through ``processing.run`` and ``qgis_process``; a CSV written by
Excel in Spanish (byte-order mark, ';' separator, decimal commas, '.' thousands) gives
the same numbers; what cannot be read safely is a clear error, never a wrong number."""
import csv
import os
import shutil
import subprocess

import pytest
from layers import ROOT, Recorder, point_layer, qgis_process_env, rows, run_alg
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

DATA = os.path.join(ROOT, "tests", "data")
GRID = os.path.join(DATA, "grid.csv")
FACILITIES = os.path.join(DATA, "facilities.csv")
SPANISH_CAPACITY = {"F01": "40,0", "F02": "12,5", "F03": "1.120,5", "F04": "60", "F05": "25,25"}
CAPACITY = {"F01": 40.0, "F02": 12.5, "F03": 1120.5, "F04": 60.0, "F05": 25.25}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def memory_grid():
    g = read_csv(GRID)
    return point_layer([(float(r["lon"]), float(r["lat"])) for r in g],
                       {"hex_id": [r["hex_id"] for r in g], "population": [float(r["population"]) for r in g]},
                       crs="EPSG:4326", name="grid")


def memory_facilities(capacity=None):
    f = read_csv(FACILITIES)
    caps = [capacity[r["facility_id"]] if capacity else float(r["capacity"]) for r in f]
    return point_layer([(float(r["longitude"]), float(r["latitude"])) for r in f],
                       {"facility_id": [r["facility_id"] for r in f], "capacity": caps},
                       crs="EPSG:4326", name="facilities")


def params(demand, supply, **kw):
    p = {"DEMAND": demand, "DEMAND_FIELD": "population", "SUPPLY": supply, "CAPACITY_FIELD": "capacity",
         "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 800, "METHOD": "2sfca", "DECAY": "step",
         "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


RESULT_FIELDS = ("access", "cost_nearest", "n_reachable", "covered")


def assert_same(out_rows, ref_rows, fields=RESULT_FIELDS):
    assert len(out_rows) == len(ref_rows)
    for a, b in zip(out_rows, ref_rows):
        for k in fields:
            assert a[k] == pytest.approx(b[k], rel=1e-9, abs=1e-12), (k, a, b)


def spanish_copy(tmp_path, path, name, convert):
    """The file as Excel in Spanish saves it: UTF-8 with BOM, ';', decimal commas."""
    src = read_csv(path)
    out = tmp_path / name
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(list(src[0]))
        for r in src:
            w.writerow([convert(k, v, r) for k, v in r.items()])
    return str(out)


def es_number(v, decimals=6):
    """'-74.0817' -> '-74,081700'; '2093' -> '2.093' (thousands)."""
    if "." in v:
        return f"{float(v):.{decimals}f}".replace(".", ",")
    n = int(v)
    return f"{n:,}".replace(",", ".")


def spanish_grid(tmp_path):
    return spanish_copy(tmp_path, GRID, "grid_es.csv",
                        lambda k, v, r: es_number(v) if k in ("lon", "lat", "population") else v)


def spanish_facilities(tmp_path):
    def conv(k, v, r):
        if k in ("longitude", "latitude"):
            return es_number(v)
        return SPANISH_CAPACITY[r["facility_id"]] if k == "capacity" else v
    return spanish_copy(tmp_path, FACILITIES, "facilities_es.csv", conv)


@pytest.fixture(scope="module")
def reference(caremap_provider):
    res = run_alg("caremap:accessibility", params(memory_grid(), memory_facilities()))
    return rows(res["OUTPUT_DEMAND"]), rows(res["OUTPUT_SUPPLY"])


def test_csv_paths_give_the_results_of_point_layers(caremap_provider, reference):
    res = run_alg("caremap:accessibility", params(GRID, FACILITIES))
    out = rows(res["OUTPUT_DEMAND"])
    assert_same(out, reference[0])
    assert sum(r["covered"] for r in out) not in (0, len(out))  # a test that can tell coverage apart
    assert_same(rows(res["OUTPUT_SUPPLY"]), reference[1], ("catch_demand", "ratio"))
    # every column of the file is kept, typed: numbers as numbers, codes and names as text
    assert out[0]["hex_id"] == "H001" and out[0]["population"] == 2093 and isinstance(out[0]["lat"], float)
    sup = rows(res["OUTPUT_SUPPLY"])
    assert sup[0]["name"] == "Jardín Infantil Las Aguas" and sup[0]["capacity"] == 40


def test_excel_spanish_csv_reads_decimal_commas_and_thousands(caremap_provider, tmp_path):
    grid_es, fac_es = spanish_grid(tmp_path), spanish_facilities(tmp_path)
    with open(grid_es, "rb") as fh:
        head = fh.read(40)
    assert head.startswith(b"\xef\xbb\xbfhex_id;lon;lat") and b"-74,081700;4,609700;2.093" in open(grid_es, "rb").read()
    ref = run_alg("caremap:accessibility", params(memory_grid(), memory_facilities(CAPACITY)))
    res = run_alg("caremap:accessibility", params(grid_es, fac_es))
    assert_same(rows(res["OUTPUT_DEMAND"]), rows(ref["OUTPUT_DEMAND"]))
    sup = rows(res["OUTPUT_SUPPLY"])
    # '12,5' is 12.5 (never 125), '1.120,5' is 1120.5, '2.093' people are 2093
    assert [r["capacity"] for r in sup] == [40.0, 12.5, 1120.5, 60.0, 25.25]
    assert rows(res["OUTPUT_DEMAND"])[0]["population"] == 2093
    assert_same(sup, rows(ref["OUTPUT_SUPPLY"]), ("catch_demand", "ratio"))


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def run_error(p):
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:accessibility", p)
    return str(err.value)


def test_ambiguous_thousands_are_an_error_unless_stated(caremap_provider, tmp_path):
    # ';' file, integers and '1.234' only: thousands or decimals cannot be told apart
    text = "id;lon;lat;population\n1;-74;4;1.234\n2;-74.01;4.01;850\n"
    text = text.replace("-74;", "-74;").replace("-74.01", "-74").replace("4.01", "4")
    path = write(tmp_path, "amb.csv", text)
    msg = run_error(params(path, FACILITIES))
    assert "amb.csv" in msg and "'population'" in msg and "'1.234'" in msg and "|decimal=," in msg
    res = run_alg("caremap:accessibility", params(path + "|decimal=,", FACILITIES))
    assert [r["population"] for r in rows(res["OUTPUT_DEMAND"])] == [1234, 850]
    res = run_alg("caremap:accessibility", params(path + "|decimal=.", FACILITIES))
    assert [r["population"] for r in rows(res["OUTPUT_DEMAND"])] == [1.234, 850]
    # a decimal comma elsewhere in the file settles it: thousands
    path2 = write(tmp_path, "amb2.csv", "id;lon;lat;population\n1;-74,08;4,61;1.234\n2;-74,07;4,62;850\n")
    res = run_alg("caremap:accessibility", params(path2, FACILITIES))
    assert [r["population"] for r in rows(res["OUTPUT_DEMAND"])] == [1234, 850]


def test_mixed_decimal_marks_are_an_error(caremap_provider, tmp_path):
    path = write(tmp_path, "mixed.csv", "id;lon;lat;population\n1;-74,08;4,61;12,5\n2;-74,07;4,62;12.5\n")
    msg = run_error(params(path, FACILITIES))
    assert "mixed.csv" in msg and "'population'" in msg and "'12,5'" in msg and "'12.5'" in msg


def test_decimal_comma_in_a_comma_separated_file_is_an_error(caremap_provider, tmp_path):
    # unquoted: the row splits; quoted: the values are not numbers (never 125)
    path = write(tmp_path, "split.csv", "id,lon,lat,population\n1,-74.08,4.61,12,5\n")
    msg = run_error(params(path, FACILITIES))
    assert "split.csv" in msg and "Row 2" in msg and "decimal comma" in msg
    path = write(tmp_path, "quoted.csv", 'id,lon,lat,population\n1,"-74,08","4,61","12,5"\n2,"-74,07","4,62","7,5"\n')
    msg = run_error(params(path, FACILITIES))
    assert "'lon'" in msg and "'-74,08'" in msg and "quoted.csv|decimal=," in msg
    res = run_alg("caremap:accessibility", params(path + "|decimal=,", FACILITIES))
    assert [r["population"] for r in rows(res["OUTPUT_DEMAND"])] == [12.5, 7.5]
    path = write(tmp_path, "quoted2.csv", 'id,lon,lat,population\n1,-74.08,4.61,"12,5"\n2,-74.07,4.62,"7,5"\n')
    msg = run_error(params(path, FACILITIES))
    assert "'population'" in msg and "'12,5'" in msg and "none of its values is a number" in msg


def test_words_in_a_number_column_are_counted(caremap_provider, tmp_path):
    path = write(tmp_path, "words.csv", "id;lon;lat;population\n1;-74,08;4,61;12,5\n2;-74,07;4,62;n/d\n")
    fb = Recorder()
    res = run_alg("caremap:accessibility", params(path, FACILITIES), feedback=fb)
    assert [r["population"] for r in rows(res["OUTPUT_DEMAND"])] == ["12.5", "n/d"]
    assert any("1 value of field 'population'" in w and "'n/d'" in w for w in fb.warnings)
    assert rows(res["OUTPUT_DEMAND"])[1]["access"] is None or str(rows(res["OUTPUT_DEMAND"])[1]["access"]) == "NULL"


def test_csv_without_coordinates_is_refused_with_its_columns(caremap_provider, tmp_path):
    path = write(tmp_path, "table.csv", "hex_id,este,norte,population\nH1,1,2,100\n")
    msg = run_error(params(path, FACILITIES))
    assert "table.csv" in msg and "hex_id, este, norte, population" in msg and "lon and lat" in msg
    assert "Demand units" in msg and "DEMAND" not in msg
    # ... and naming the columns after the path (in a projected CRS) works
    path = write(tmp_path, "utm.csv", "hex_id,este,norte,population\nH1,500000,510000,100\nH2,500400,510000,50\n")
    msg = run_error(params(path + "|x=este|y=norte", FACILITIES))
    assert "not longitude/latitude" in msg and "|crs=EPSG:" in msg
    supply = point_layer([(500200, 510000)], {"capacity": [10.0]}, crs="EPSG:32618")
    res = run_alg("caremap:accessibility", params(path + "|x=este|y=norte|crs=EPSG:32618", supply))
    ref = run_alg("caremap:accessibility", params(
        point_layer([(500000, 510000), (500400, 510000)], {"population": [100.0, 50.0]}, crs="EPSG:32618"), supply))
    assert_same(rows(res["OUTPUT_DEMAND"]), rows(ref["OUTPUT_DEMAND"]))
    assert rows(res["OUTPUT_DEMAND"])[0]["cost_nearest"] == pytest.approx(200)


def test_projected_xy_with_a_prj_file(caremap_provider, tmp_path):
    path = write(tmp_path, "blocks.csv", "X,Y,population\n500000,510000,100\n500400,510000,50\n")
    with pytest.raises(QgsProcessingException, match="blocks.prj"):
        run_alg("caremap:accessibility", params(path, FACILITIES))
    from qgis.core import QgsCoordinateReferenceSystem

    (tmp_path / "blocks.prj").write_text(QgsCoordinateReferenceSystem("EPSG:32618").toWkt())
    supply = point_layer([(500200, 510000)], {"capacity": [10.0]}, crs="EPSG:32618")
    res = run_alg("caremap:accessibility", params(path, supply))
    assert [r["cost_nearest"] for r in rows(res["OUTPUT_DEMAND"])] == pytest.approx([200, 200])


def test_wkt_polygons(caremap_provider, tmp_path):
    text = ('id;wkt;population\nA;"POLYGON((0 0,100 0,100 100,0 100,0 0))";100\n'
            'B;"POLYGON((1000 0,1100 0,1100 100,1000 100,1000 0))";300\n')
    path = write(tmp_path, "hex.csv", text)
    supply = point_layer([(50, 50)], {"capacity": [10.0]}, crs="EPSG:32618")
    res = run_alg("caremap:accessibility", params(path + "|crs=EPSG:32618", supply))
    out = rows(res["OUTPUT_DEMAND"])
    assert out[0]["cost_nearest"] == pytest.approx(0) and out[1]["cost_nearest"] == pytest.approx(1000)  # point on surface (1050, 50)


def test_output_onto_the_input_csv_is_refused(caremap_provider, tmp_path):
    path = tmp_path / "grid.csv"
    shutil.copy(GRID, path)
    before = path.read_bytes()
    msg = run_error(params(str(path), FACILITIES, OUTPUT_DEMAND=str(path)))
    assert "never overwrites its inputs" in msg and path.read_bytes() == before


def test_every_layer_parameter_of_every_algorithm_takes_a_csv(caremap_provider, tmp_path):
    """Each source/vector/multilayer parameter: a CSV of points reads as a point layer
    where points are accepted, as a table where a table is, and is refused with the CSV
    message where the parameter wants lines or polygons only."""
    from caremap.processing.layer_io import csv_files

    table = write(tmp_path, "plain.csv", "origin_id;destination_id;minutes\n1;2;3,5\n")
    provider = QgsApplication.processingRegistry().providerById("caremap")
    seen = 0
    for alg in provider.algorithms():
        alg = alg.create()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        for d in alg.parameterDefinitions():
            if d.isDestination() or d.type() not in ("source", "vector", "multilayer"):
                continue
            if d.type() == "multilayer" and not csv_files._vector_list(d):
                continue
            wanted = csv_files._wanted_types(d)
            seen += 1
            if d.type() == "multilayer":
                layers = alg.parameterAsLayerList({d.name(): [GRID]}, d.name(), context)
                assert len(layers) == 1 and layers[0].featureCount() == 30, (alg.id(), d.name())
                continue
            if wanted is None or "point" in wanted:
                source = alg.parameterAsSource({d.name(): GRID}, d.name(), context)
                assert source.featureCount() == 30 and source.sourceCrs().authid() == "EPSG:4326", (alg.id(), d.name())
                assert source.sourceExtent().xMinimum() == pytest.approx(-74.0817)
            else:
                msg = csv_files.check_geometry(d, csv_files.load(GRID, context))
                assert msg and "grid.csv" in msg, (alg.id(), d.name())
            if wanted is None:
                source = alg.parameterAsSource({d.name(): table}, d.name(), context)
                assert source.featureCount() == 1 and source.fields().names() == ["origin_id", "destination_id", "minutes"]
            else:
                ok, msg = alg.checkParameterValues({d.name(): table}, context)
                assert not ok and "plain.csv" in msg and "lon and lat" in msg, (alg.id(), d.name(), msg)
    assert seen >= 20


# ---- qgis_process ---------------------------------------------------------------------

def gpkg_rows(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return rows(layer)


@pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process not installed")
def test_qgis_process_with_csv_files(caremap_provider, reference, tmp_path):
    env = qgis_process_env(tmp_path)
    grid_es, fac_es = spanish_grid(tmp_path), spanish_facilities(tmp_path)
    shutil.copy(GRID, tmp_path / "grid.csv")
    shutil.copy(FACILITIES, tmp_path / "facilities.csv")
    runs = [  # paths relative to the working directory, as typed in a shell
        (["DEMAND=grid.csv", "SUPPLY=facilities.csv"], reference),
        (["DEMAND=" + grid_es + "|crs=EPSG:4326", "SUPPLY=" + fac_es], None),
    ]
    for k, (inputs, ref) in enumerate(runs):
        out_d, out_s = tmp_path / f"out{k}.gpkg", tmp_path / f"sup{k}.gpkg"
        args = ["qgis_process", "run", "caremap:accessibility", "--", *inputs, "DEMAND_FIELD=population",
                "CAPACITY_FIELD=capacity", "COST_MODE=straight", "COST_UNIT=meters", "THRESHOLD=800",
                "METHOD=2sfca", "DECAY=step", f"OUTPUT_DEMAND={out_d}", f"OUTPUT_SUPPLY={out_s}"]
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
        if ref is None:
            r = run_alg("caremap:accessibility", params(memory_grid(), memory_facilities(CAPACITY)))
            ref = rows(r["OUTPUT_DEMAND"]), rows(r["OUTPUT_SUPPLY"])
        assert_same(gpkg_rows(out_d), ref[0])
        assert_same(gpkg_rows(out_s), ref[1], ("catch_demand", "ratio"))
    # a CSV without coordinates: the same clear message, and a failed run
    table = write(tmp_path, "table.csv", "hex_id,population\nH1,100\n")
    done = subprocess.run(["qgis_process", "run", "caremap:accessibility", "--", "DEMAND=" + table,
                           "DEMAND_FIELD=population", "SUPPLY=" + FACILITIES, "CAPACITY_FIELD=capacity",
                           "COST_MODE=straight", "THRESHOLD=800", f"OUTPUT_DEMAND={tmp_path / 'x.gpkg'}",
                           f"OUTPUT_SUPPLY={tmp_path / 'y.gpkg'}"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "table.csv" in done.stdout + done.stderr
    assert "lon and lat" in done.stdout + done.stderr


def test_od_table_csv_in_minutes_with_decimal_commas(caremap_provider, tmp_path):
    """A table parameter takes a CSV without coordinates as a table; its costs written
    '4,5' are 4.5 minutes, the same run as on a memory table."""
    from layers import memory_layer

    od = write(tmp_path, "od.csv", "\ufefforigin_id;destination_id;minutes\nH001;F01;4,5\nH002;F01;12,25\nH002;F02;7\n")
    table = memory_layer("None", [None] * 3, {"origin_id": ["H001", "H002", "H002"],
                                              "destination_id": ["F01", "F01", "F02"],
                                              "minutes": [4.5, 12.25, 7.0]}, crs=None, name="od")
    common = dict(COST_MODE="table", OD_ORIGIN_FIELD="origin_id", OD_DEST_FIELD="destination_id",
                  OD_COST_FIELD="minutes", DEMAND_ID_FIELD="hex_id", SUPPLY_ID_FIELD="facility_id",
                  COST_UNIT="minutes", THRESHOLD=10)
    res = run_alg("caremap:accessibility", params(GRID, FACILITIES, OD_TABLE=od, **common))
    ref = run_alg("caremap:accessibility", params(memory_grid(), memory_facilities(), OD_TABLE=table, **common))
    out = rows(res["OUTPUT_DEMAND"])
    assert_same(out, rows(ref["OUTPUT_DEMAND"]))
    assert out[0]["cost_nearest"] == 4.5 and out[1]["cost_nearest"] == 7.0 and out[1]["n_reachable"] == 1


def test_supply_inventory_takes_csv_paths(caremap_provider):
    """Facility CSVs in the multiple-layer input: a CSV with lon/lat is read as points
    (its coordinates need no mapping), with the same facilities as the table route."""
    ogr_table = QgsVectorLayer(FACILITIES, "facilities", "ogr")  # OGR: text columns, no geometry
    assert ogr_table.isValid() and ogr_table.featureCount() == 5
    common = {"SOURCE_PRIORITY": "registry", "OUTPUT": "TEMPORARY_OUTPUT"}
    res = run_alg("caremap:supplyinventory", dict(common, INPUTS=[FACILITIES], MAPPINGS="source='registry'"))
    ref = run_alg("caremap:supplyinventory", dict(
        common, INPUTS=[ogr_table], MAPPINGS="x=longitude,y=latitude,source='registry'"))
    out, exp = rows(res["OUTPUT"], geometry=True), rows(ref["OUTPUT"], geometry=True)
    assert [r["capacity"] for r in out] == [r["capacity"] for r in exp] == [40, 15, 120, 60, 25]
    for a, b in zip(out, exp):
        assert a["_geom"].asPoint().x() == pytest.approx(b["_geom"].asPoint().x(), abs=1e-6)


def test_a_project_layer_named_like_a_file_is_that_layer(caremap_provider, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no file grid.csv here
    layer = memory_grid()
    layer.setName("grid.csv")
    QgsProject.instance().addMapLayer(layer)
    try:
        res = run_alg("caremap:accessibility", params("grid.csv", memory_facilities()))
        assert len(rows(res["OUTPUT_DEMAND"])) == 30
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    msg = run_error(params("grid.csv", FACILITIES))
    assert "grid.csv was not found" in msg
