"""Layer I/O benchmark (QGIS venv): 1,000,000 points with 2 numeric fields in a GeoPackage.

Read: caremap's layer_io (GDAL columnar fast path, and the QGIS route it falls back to)
against a plain ``getFeatures()`` loop. Write: one result array as a new field to a new
GeoPackage through layer_io, against QGIS's own C++ pass ``native:fieldcalculator``.
Prints times and ratios measured in this run; no assertions.

    .venv/bin/python bench/bench_io.py [--n 1000000]
"""
import argparse
import os
import time

import _path  # noqa: F401
import numpy as np


def make_gpkg(n):
    from osgeo import gdal

    path = os.path.join(_path.DATA, f"points_{n}.gpkg")
    if os.path.exists(path):
        return path
    rng = np.random.default_rng(42)
    x = rng.uniform(590000, 602000, n)
    y = rng.uniform(500000, 515000, n)
    pop = rng.integers(0, 500, n).astype(float)
    cap = rng.gamma(2.0, 20.0, n)
    csv = os.path.join(_path.DATA, f"points_{n}.csv")
    np.savetxt(csv, np.column_stack([x, y, pop, cap]), delimiter=",", fmt=["%.3f", "%.3f", "%.0f", "%.4f"],
               header="x,y,pop,cap", comments="")
    src = gdal.OpenEx(csv, gdal.OF_VECTOR, open_options=[
        "X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "AUTODETECT_TYPE=YES", "KEEP_GEOM_COLUMNS=NO"])
    gdal.VectorTranslate(path, src, format="GPKG", layerName="points", dstSRS="EPSG:32618",
                         srcSRS="EPSG:32618", geometryType="POINT")
    src = None
    os.remove(csv)
    return path


def timed(fn, repeat=1):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    args = ap.parse_args()
    _path.qgis_app()
    from caremap.processing import layer_io
    from caremap.processing.base import CareMapAlgorithm
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFeatureSource,
        QgsProject,
        QgsVectorLayer,
    )

    import processing

    path = make_gpkg(args.n)
    uri = f"{path}|layername=points"
    layer = QgsVectorLayer(uri, "points", "ogr")
    assert layer.isValid() and layer.featureCount() == args.n
    print(f"layer: {args.n:,} points, fields pop, cap ({os.path.getsize(path) / 1e6:.0f} MB GeoPackage)")

    class Read(CareMapAlgorithm):
        force_qgis = False

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "Input"))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output", optional=True))

        def processAlgorithm(self, parameters, context, feedback):
            if self.force_qgis:
                orig = layer_io.readers.fast_path_location
                layer_io.readers.fast_path_location = lambda *a, **k: None
            try:
                t0 = time.perf_counter()
                arr = layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=["pop", "cap"])
                t_read = time.perf_counter() - t0
            finally:
                if self.force_qgis:
                    layer_io.readers.fast_path_location = orig
            out = {"N": arr.n, "T_READ": t_read}
            if parameters.get("OUTPUT"):
                t0 = time.perf_counter()
                out["OUTPUT"] = layer_io.write_with_fields(
                    self, parameters, "OUTPUT", context, feedback, arr, {"access": arr.numeric["cap"] / (1 + arr.numeric["pop"])}
                )
                out["T_WRITE"] = time.perf_counter() - t0
            return out

    class ReadQgisRoute(Read):
        force_qgis = True

    def run_read(force_qgis):
        alg = ReadQgisRoute() if force_qgis else Read()
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        return processing.run(alg, {"INPUT": uri}, context=ctx, feedback=QgsProcessingFeedback())

    def plain_loop():
        lyr = QgsVectorLayer(uri, "points", "ogr")
        xs, ys, pops, caps = [], [], [], []
        for f in lyr.getFeatures():
            p = f.geometry().asPoint()
            xs.append(p.x())
            ys.append(p.y())
            pops.append(f["pop"])
            caps.append(f["cap"])
        return np.array(xs), np.array(ys), np.array(pops, float), np.array(caps, float)

    t_loop, ref = timed(plain_loop)
    res_fast = run_read(False)
    res_qgis = run_read(True)
    t_fast, t_qgis = res_fast["T_READ"], res_qgis["T_READ"]
    assert res_fast["N"] == res_qgis["N"] == args.n, (res_fast["N"], res_qgis["N"])
    print("\nREAD (coordinates + 2 numeric fields to NumPy)")
    print(f"  plain getFeatures() loop        {t_loop:7.2f} s")
    print(f"  layer_io, GDAL columnar route   {t_fast:7.2f} s   {t_loop / t_fast:5.1f}x faster than the loop")
    print(f"  layer_io, QGIS route (fallback) {t_qgis:7.2f} s   {t_loop / t_qgis:5.1f}x faster than the loop")

    out_ours = os.path.join(_path.DATA, "out_layer_io.gpkg")
    out_native = os.path.join(_path.DATA, "out_native.gpkg")
    for p in (out_ours, out_native):
        if os.path.exists(p):
            os.remove(p)
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    t0 = time.perf_counter()
    res = processing.run(Read(), {"INPUT": uri, "OUTPUT": out_ours}, context=ctx, feedback=QgsProcessingFeedback())
    t_ours_total = time.perf_counter() - t0
    t0 = time.perf_counter()
    processing.run("native:fieldcalculator", {
        "INPUT": uri, "FIELD_NAME": "access", "FIELD_TYPE": 0, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "FORMULA": '"cap" / (1 + "pop")', "OUTPUT": out_native,
    }, feedback=QgsProcessingFeedback())
    t_native = time.perf_counter() - t0
    check = QgsVectorLayer(out_ours, "o", "ogr")
    assert check.featureCount() == args.n
    print("\nWRITE (all input fields + geometry + one new field, to a new GeoPackage)")
    print(f"  native:fieldcalculator (C++, read+compute+write)   {t_native:7.2f} s")
    print(f"  layer_io read + write_with_fields                   {t_ours_total:7.2f} s   "
          f"{t_ours_total / t_native:4.2f}x the native floor (write part alone {res['T_WRITE']:.2f} s)")


if __name__ == "__main__":
    main()
