"""Styled files (issue 18, item 5): every GeoPackage a CareMap algorithm writes carries
its style as the default of its layer (the layer_styles table), so the result opens
styled later, in another project or on another machine: for processing.run, the dialog
and qgis_process alike (CareMapAlgorithm.postProcessAlgorithm)."""
import os
import re
import shutil
import sqlite3
import subprocess

import pytest
from layers import ROOT, point_layer, qgis_process_env, run_alg
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

pytestmark = pytest.mark.usefixtures("caremap_provider")


def default_styles(path):
    """{layer name: style name} of the default styles saved in a GeoPackage."""
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "layer_styles" not in tables:
            return {}
        return {t: n for t, n, d in db.execute("SELECT f_table_name, styleName, useAsDefault FROM layer_styles") if d}


def layer_names(path):
    with sqlite3.connect(path) as db:
        return [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents") if r[0] != "layer_styles"]


def reopen(path, name=None):
    """The file opened as a user would open it: a fresh layer, no CareMap code involved."""
    name = name or layer_names(path)[0]
    layer = QgsVectorLayer(f"{path}|layername={name}", "reopened", "ogr")
    assert layer.isValid(), path
    return layer


def units():
    return point_layer([(i * 100.0, 0.0) for i in range(12)],
                       {"pop": [10.0, 20.0, 500.0, 30.0, 600.0, 15.0, 700.0, 10.0, 5.0, 5.0, 40.0, 800.0],
                        "cost": [5.0, 30.0, 40.0, 10.0, 12.0, 50.0, 35.0, 2.0, 3.0, 1.0, 25.0, 60.0]}, name="units")


def test_accessibility_geopackages_open_styled(tmp_path):
    demand = point_layer([(0, 0), (1000, 0), (5000, 0), (300, 300), (700, 100)],
                         {"pop": [100.0, 200.0, 50.0, 80.0, 120.0]}, name="demand")
    supply = point_layer([(500, 0), (2000, 0)], {"cap": [10.0, 6.0]}, name="supply")
    out_d, out_s = str(tmp_path / "access.gpkg"), str(tmp_path / "ratio.gpkg")
    run_alg("caremap:accessibility", {
        "DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": supply, "CAPACITY_FIELD": "cap",
        "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1500, "METHOD": "2sfca",
        "DECAY": "step", "OUTPUT_DEMAND": out_d, "OUTPUT_SUPPLY": out_s})
    for path, attribute in ((out_d, "access"), (out_s, "ratio")):
        names = layer_names(path)
        assert set(default_styles(path)) == set(names), path  # one default style per layer
        layer = reopen(path)
        r = layer.renderer()
        assert isinstance(r, QgsGraduatedSymbolRenderer), (path, type(r))
        assert r.classAttribute() == attribute
        assert len(r.ranges()) >= 2


def test_caredeserts_geopackage_opens_with_desert_categories(tmp_path):
    out, summary = str(tmp_path / "deserts.gpkg"), str(tmp_path / "summary.gpkg")
    run_alg("caremap:caredeserts", {"INPUT": units(), "DEMAND_FIELD": "pop", "COST_FIELD": "cost",
                                    "THRESHOLD": 20.0, "OUTPUT": out, "OUTPUT_SUMMARY": summary})
    layer = reopen(out)
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert layer.renderer().classAttribute() == "desert_type"
    assert "deserts" in next(iter(default_styles(out).values())).lower() or default_styles(out)
    # the summary table (no geometry) carries a default style too
    assert set(default_styles(summary)) == set(layer_names(summary))


def test_a_named_layer_in_a_geopackage_gets_its_style(tmp_path):
    path = tmp_path / "results.gpkg"
    uri = f"ogr:dbname='{path}' table=\"my_deserts\" (geom)"
    run_alg("caremap:caredeserts", {"INPUT": units(), "DEMAND_FIELD": "pop", "COST_FIELD": "cost",
                                    "THRESHOLD": 20.0, "OUTPUT": uri, "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    assert "my_deserts" in default_styles(str(path))
    assert isinstance(reopen(str(path), "my_deserts").renderer(), QgsCategorizedSymbolRenderer)


def test_without_the_saved_style_the_file_would_open_flat(tmp_path):
    """The check above can fail: the same file with its layer_styles table dropped opens
    with QGIS's single-symbol default."""
    out = str(tmp_path / "deserts.gpkg")
    run_alg("caremap:caredeserts", {"INPUT": units(), "DEMAND_FIELD": "pop", "COST_FIELD": "cost",
                                    "THRESHOLD": 20.0, "OUTPUT": out, "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    flat = str(tmp_path / "flat.gpkg")
    shutil.copy(out, flat)
    with sqlite3.connect(flat) as db:
        db.execute("DELETE FROM layer_styles")
    assert isinstance(reopen(flat).renderer(), QgsSingleSymbolRenderer)
    assert isinstance(reopen(out).renderer(), QgsCategorizedSymbolRenderer)


def test_memory_outputs_are_left_alone():
    res = run_alg("caremap:caredeserts", {"INPUT": units(), "DEMAND_FIELD": "pop", "COST_FIELD": "cost",
                                          "THRESHOLD": 20.0, "OUTPUT": "TEMPORARY_OUTPUT",
                                          "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    assert res["OUTPUT"].featureCount() == 12


def test_every_geopackage_of_the_demo_is_written_by_a_caremap_algorithm():
    """`make demo` writes its GeoPackages only through CareMap algorithms (which save
    their style), never through a native one (which would leave a file unstyled)."""
    with open(os.path.join(ROOT, "scripts", "demo.sh"), encoding="utf-8") as fh:
        text = fh.read()
    runs = re.findall(r"qgis_process run (\S+)(.*?)(?:>|$)", text, flags=re.S)
    assert runs
    for alg, args in runs:
        if ".gpkg" in re.sub(r"(INPUT|DEMAND|SUPPLY|NETWORK|EXISTING|SERVICES|UNITS)=\S+", "", args):
            assert alg.startswith("caremap:"), alg


@pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process not installed")
def test_qgis_process_output_geopackage_has_its_layer_style(tmp_path):
    src = tmp_path / "units.gpkg"
    from layers import save_gpkg

    save_gpkg(units(), src, "units")
    out = tmp_path / "deserts.gpkg"
    run = subprocess.run(["qgis_process", "run", "caremap:caredeserts", "--",
                          f"INPUT={src}|layername=units", "DEMAND_FIELD=pop", "COST_FIELD=cost", "THRESHOLD=20",
                          f"OUTPUT={out}", "OUTPUT_SUMMARY=TEMPORARY_OUTPUT"],
                         env=qgis_process_env(tmp_path), capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert set(default_styles(str(out))) == set(layer_names(str(out)))
    assert isinstance(reopen(str(out)).renderer(), QgsCategorizedSymbolRenderer)


@pytest.mark.skipif(not os.path.isdir(os.path.join(ROOT, "out")), reason="make demo not run")
def test_the_geopackages_of_make_demo_carry_their_style():
    """Checked on out/ when `make demo` has run (after this change): every layer of every
    GeoPackage has a default style."""
    import glob

    paths = sorted(glob.glob(os.path.join(ROOT, "out", "*.gpkg")))
    styling_py = os.path.join(ROOT, "processing", "styling.py")
    if not paths or min(os.path.getmtime(p) for p in paths) < os.path.getmtime(styling_py):
        pytest.skip("out/ is older than the styling code: run make demo")
    for path in paths:
        assert set(default_styles(path)) == set(layer_names(path)), path


# ---- the demo city as a project (issue 19, step 1) --------------------------------------
DEMO_PROJECT = os.path.join(ROOT, "data", "demo", "caremap_demo.qgz")
PROJECT_ORDER = ["facilities_registry", "facilities_community", "crowd_facilities", "roads", "districts", "blocks"]


def _open_demo_project():
    from qgis.core import QgsProject

    if not os.path.exists(DEMO_PROJECT):
        pytest.skip("data/demo/caremap_demo.qgz not made: run data/demo/make_project.py")
    project = QgsProject()
    assert project.read(DEMO_PROJECT), project.error()
    return project


def test_demo_project_opens_with_plain_names_points_on_top(demo_gpkg):
    from qgis.core import QgsWkbTypes

    project = _open_demo_project()
    nodes = project.layerTreeRoot().findLayers()
    assert [n.name() for n in nodes] == PROJECT_ORDER  # not "caremap_demo — blocks"
    layers = {n.name(): n.layer() for n in nodes}
    assert all(lyr.isValid() for lyr in layers.values())
    G = QgsWkbTypes.GeometryType
    kinds = [layers[n].geometryType() for n in PROJECT_ORDER]
    assert kinds == [G.PointGeometry] * 3 + [G.LineGeometry] + [G.PolygonGeometry] * 2
    counts = {n: layers[n].featureCount() for n in PROJECT_ORDER}
    assert counts == {"facilities_registry": 297, "facilities_community": 134, "crowd_facilities": 149,
                      "roads": 6469, "districts": 8, "blocks": 2992}
    # the crowd map is points from lon/lat, in the city: inside the blocks' extent once projected
    crowd = layers["crowd_facilities"]
    assert crowd.crs().authid() == "EPSG:4326"
    from qgis.core import QgsCoordinateTransform

    xf = QgsCoordinateTransform(crowd.crs(), layers["blocks"].crs(), project)
    box = layers["blocks"].extent().buffered(500)
    assert sum(box.contains(xf.transform(f.geometry().asPoint())) for f in crowd.getFeatures()) == 149
    # blocks let the facilities show through; districts are outlines; sources have their own colour
    assert layers["blocks"].opacity() == pytest.approx(0.5)
    assert layers["districts"].renderer().symbol().symbolLayer(0).brushStyle() == 0  # Qt.NoBrush
    colours = {layers[n].renderer().symbol().color().name() for n in PROJECT_ORDER[:3]}
    assert len(colours) == 3
    # the districts carry their names on the map (the tutorial's step 1 says so)
    assert layers["districts"].labelsEnabled()
    assert layers["districts"].labeling().settings().fieldName == "district"
    # relative paths: the folder can be copied to another laptop
    import zipfile

    with zipfile.ZipFile(DEMO_PROJECT) as z:
        qgs = z.read(next(n for n in z.namelist() if n.endswith(".qgs"))).decode("utf-8")
    assert "./caremap_demo.gpkg|layername=blocks" in qgs and "/work/" not in qgs
