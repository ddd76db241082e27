"""The I/O floor (issue 16 item 1): CareMap's read and write routes and the end-to-end
2SFCA against QGIS's own C++ pass over the same layer, printed as ratios measured in
this run (no assertions).

Floor: ``native:fieldcalculator`` on the demand layer (read every feature + write it
with one new field). Routes, for a 50,000-point memory layer and the same layer as a
GeoPackage (and a selection / a subset-string filter on the GeoPackage):

* read: ``layer_io.read_points`` (coordinates + one numeric field to NumPy);
* write: ``layer_io.write_with_fields`` (every input feature, all its fields, one new
  field) to a memory output / a new GeoPackage;
* end to end: ``processing.run("caremap:accessibility")`` 2SFCA, 50,000 units x 1,000
  facilities, both outputs.

    .venv/bin/python bench/io_floor.py [--n 50000] [--m 1000] [--repeat 5] [--postgis CONNINFO]

``--postgis "host=/tmp/pg port=5432 dbname=bench user=postgres"`` adds the same layers
loaded into a PostGIS database (read from PostGIS, memory outputs); ``--postgis scratch``
starts a server of its own for the run (tests/qgis/postgis_server.py; the PostgreSQL and
PostGIS packages scripts/setup.sh installs); without it PostGIS is not measured.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

import _path  # noqa: F401
import numpy as np


def make_memory(name, n, value_field, seed):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QMetaType

    rng = np.random.default_rng(seed)
    x = rng.uniform(440000, 455000, n)
    y = rng.uniform(4470000, 4485000, n)
    v = rng.integers(0, 200, n).astype(float)
    lyr = QgsVectorLayer("Point?crs=EPSG:25830", name, "memory")
    pr = lyr.dataProvider()
    pr.addAttributes([QgsField("id", QMetaType.Type.LongLong), QgsField("label", QMetaType.Type.QString),
                      QgsField(value_field, QMetaType.Type.Double)])
    lyr.updateFields()
    feats = []
    for i in range(n):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x[i], y[i])))
        f.setAttributes([i, f"u{i}", float(v[i])])
        feats.append(f)
    pr.addFeatures(feats)
    lyr.updateExtents()
    return lyr


def to_gpkg(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = layer.name()
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), opts)
    out = QgsVectorLayer(f"{path}|layername={layer.name()}", layer.name(), "ogr")
    assert out.isValid() and out.featureCount() == layer.featureCount()
    return out


def to_postgis(gpkg_layer, conninfo, table):
    from osgeo import gdal
    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    path = QgsProviderRegistry.instance().decodeUri("ogr", gpkg_layer.source())["path"]
    gdal.VectorTranslate(f"PG:{conninfo}", path, format="PostgreSQL", layerName=table,
                         layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid", "OVERWRITE=YES"],
                         accessMode="overwrite")
    layer = QgsVectorLayer(f"{conninfo} key='fid' srid=25830 type=Point table=\"public\".\"{table}\" (geom)",
                           table, "postgres")
    assert layer.isValid() and layer.featureCount() == gpkg_layer.featureCount(), table
    return layer


def scratch_postgis():
    """(server, conninfo) of a scratch PostGIS server for this run, or (None, "") when the
    packages are missing."""
    sys.path.insert(0, os.path.join(_path.ROOT, "tests", "qgis"))
    try:
        from postgis_server import Server

        server = Server()
    except BaseException as e:  # noqa: BLE001 - pytest's skip/fail outside pytest, or a failed start
        print(f"PostGIS: no scratch server ({e}).")
        return None, ""
    conninfo = server.conninfo
    return server, conninfo


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--m", type=int, default=1_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--postgis", default="", help="libpq conninfo of a PostGIS database to add that route")
    args = ap.parse_args()
    _path.qgis_app()
    from caremap.processing import layer_io
    from caremap.processing.base import CareMapAlgorithm
    from qgis.core import (
        QgsProcessing,
        QgsProcessingContext,
        QgsProcessingFeatureSourceDefinition,
        QgsProcessingFeedback,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFeatureSource,
        QgsProject,
        QgsVectorLayer,
    )

    import processing

    tmp = tempfile.mkdtemp(prefix="caremap_io_floor_")
    demand_mem = make_memory("demand", args.n, "pop", 1)
    supply_mem = make_memory("supply", args.m, "cap", 2)
    demand_gpkg = to_gpkg(demand_mem, os.path.join(tmp, "demand.gpkg"))
    supply_gpkg = to_gpkg(supply_mem, os.path.join(tmp, "supply.gpkg"))
    demand_sel = to_gpkg(demand_mem, os.path.join(tmp, "demand_sel.gpkg"))
    demand_sub = to_gpkg(demand_mem, os.path.join(tmp, "demand_sub.gpkg"))
    for lyr in (demand_mem, supply_mem, demand_gpkg, supply_gpkg, demand_sel, demand_sub):
        QgsProject.instance().addMapLayer(lyr)
    demand_sel.selectByExpression('"id" % 2 = 0')
    demand_sub.setSubsetString('"id" % 2 = 0')
    print(f"demand: {args.n:,} points (id, label, pop); supply: {args.m:,} points; best of {args.repeat}, interleaved")

    timings = {}

    class Probe(CareMapAlgorithm):
        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "Input"))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output", optional=True))

        def processAlgorithm(self, parameters, context, feedback):
            t0 = time.perf_counter()
            arr = layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=["pop"])
            timings["read"] = time.perf_counter() - t0
            out = {"N": arr.n}
            if parameters.get("OUTPUT"):
                t0 = time.perf_counter()
                out["OUTPUT"] = layer_io.write_with_fields(
                    self, parameters, "OUTPUT", context, feedback, arr, {"access": arr.numeric["pop"] * 0.5})
                timings["write"] = time.perf_counter() - t0
            return out

    def ctx():
        c = QgsProcessingContext()
        c.setProject(QgsProject.instance())
        return c

    def fresh(name):
        path = os.path.join(tmp, name)
        if os.path.exists(path):
            os.remove(path)
        return path

    def dest(name):
        """TEMPORARY_OUTPUT (None), a PostGIS table ('pg:<table>', replaced by the run) or a new file."""
        if name is None:
            return QgsProcessing.TEMPORARY_OUTPUT
        if name.startswith("pg:"):
            return f'postgis:{args.postgis} table="public"."{name[3:]}" (geom)'
        return fresh(name)

    def floor_once(inp, out_name):
        out = dest(out_name)
        t0 = time.perf_counter()
        processing.run("native:fieldcalculator", {
            "INPUT": inp, "FIELD_NAME": "access", "FIELD_TYPE": 0, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
            "FORMULA": '"pop" * 0.5', "OUTPUT": out}, context=ctx(), feedback=QgsProcessingFeedback())
        return time.perf_counter() - t0

    def route_once(inp, out_name):
        out = dest(out_name)
        res = processing.run(Probe(), {"INPUT": inp, "OUTPUT": out}, context=ctx(), feedback=QgsProcessingFeedback())
        return timings["read"], timings["write"], res["N"]

    def e2e_once(dem, sup, out_names):
        outs = {k: dest(v) for k, v in out_names.items()}
        t0 = time.perf_counter()
        processing.run("caremap:accessibility", {
            "DEMAND": dem, "DEMAND_FIELD": "pop", "SUPPLY": sup, "CAPACITY_FIELD": "cap", "METHOD": "2sfca",
            **outs}, context=ctx(), feedback=QgsProcessingFeedback())
        return time.perf_counter() - t0

    cases = [
        ("memory layer", demand_mem, supply_mem, None, {"OUTPUT_DEMAND": None, "OUTPUT_SUPPLY": None}),
        ("GeoPackage", demand_gpkg, supply_gpkg, "floor.gpkg",
         {"OUTPUT_DEMAND": "acc_d.gpkg", "OUTPUT_SUPPLY": "acc_s.gpkg"}),
        ("GeoPackage, selection (half)", QgsProcessingFeatureSourceDefinition(demand_sel.id(), True),
         supply_gpkg, "floor.gpkg", {"OUTPUT_DEMAND": "acc_d.gpkg", "OUTPUT_SUPPLY": "acc_s.gpkg"}),
        ("GeoPackage, subset filter (half)", demand_sub, supply_gpkg, "floor.gpkg",
         {"OUTPUT_DEMAND": "acc_d.gpkg", "OUTPUT_SUPPLY": "acc_s.gpkg"}),
    ]
    server = None
    if args.postgis == "scratch":
        server, args.postgis = scratch_postgis()
    if args.postgis:
        demand_pg = to_postgis(demand_gpkg, args.postgis, "caremap_bench_demand")
        supply_pg = to_postgis(supply_gpkg, args.postgis, "caremap_bench_supply")
        for lyr in (demand_pg, supply_pg):
            QgsProject.instance().addMapLayer(lyr)
        cases.append(("PostGIS (memory outputs)", demand_pg, supply_pg, None,
                      {"OUTPUT_DEMAND": None, "OUTPUT_SUPPLY": None}))
        cases.append(("PostGIS (PostGIS outputs)", demand_pg, supply_pg, "pg:floor_out",
                      {"OUTPUT_DEMAND": "pg:acc_d", "OUTPUT_SUPPLY": "pg:acc_s"}))
    print(f"\n{'route':34s} {'floor':>7s} {'read':>7s} {'write':>7s} {'e2e':>7s}   "
          f"{'read/f':>6s} {'write/f':>7s} {'(r+w)/f':>7s} {'e2e/f':>6s}")
    for name, dem, sup, out, outs in cases:
        inp = dem.id() if isinstance(dem, QgsVectorLayer) else dem
        sup_id = sup.id()
        t_floor = t_read = t_write = t_e2e = float("inf")
        for _ in range(args.repeat):  # interleaved, so that each ratio compares the same moments
            t_floor = min(t_floor, floor_once(inp, out))
            r, w, n = route_once(inp, out.replace("floor", "route") if out else None)
            t_read, t_write = min(t_read, r), min(t_write, w)
            t_e2e = min(t_e2e, e2e_once(inp, sup_id, outs))
        print(f"{name:34s} {t_floor:7.3f} {t_read:7.3f} {t_write:7.3f} {t_e2e:7.3f}   "
              f"{t_read / t_floor:6.2f} {t_write / t_floor:7.2f} {(t_read + t_write) / t_floor:7.2f} "
              f"{t_e2e / t_floor:6.2f}   ({n:,} rows)")
    print("\nfloor = native:fieldcalculator (read + write one field) on the same input and output kind; "
          "times in s; ratios from this run.")
    if not args.postgis:
        print("PostGIS: not measured (give --postgis CONNINFO of a PostGIS database).")
    shutil.rmtree(tmp, ignore_errors=True)
    if server is not None:
        server.stop()


if __name__ == "__main__":
    main()
