"""Benchmark: zonal sums of a 10,000 x 10,000 population raster into 50,000 hexagons,
caremap:rasterdemand against QGIS's native:zonalstatisticsfb (sum only), same zones,
same raster, same run. Prints both times, the ratio, and the largest difference.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_zonal.py [n_pixels_side] [n_hexagons]
(defaults 10000 50000; the raster and the hexagons are cached in bench/_data/).
"""
import math
import os
import sys
import time

import _path
import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication  # noqa: E402

APP = QgsApplication([], False)
APP.initQgis()
from caremap.processing.provider import CareMapProvider  # noqa: E402

PROVIDER = CareMapProvider()  # keep a Python reference, or the registry keeps a hollow C++ object
QgsApplication.processingRegistry().addProvider(PROVIDER)
_path.qgis_app()

from caremap.kernels.zonal import (  # noqa: E402
    hexagon_grid,
    iter_zone_spans,
    polygon_edges,
    span_sums,
)
from osgeo import gdal, ogr, osr  # noqa: E402
from qgis.core import QgsRasterLayer, QgsVectorLayer  # noqa: E402

import processing  # noqa: E402

PIXEL = 10.0
X0, Y0 = 500_000.0, 1_000_000.0


def make_raster(path, n):
    if os.path.exists(path):
        return
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, gdal.GDT_Float32,
                                              ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"])
    ds.SetGeoTransform((X0, PIXEL, 0, Y0 + n * PIXEL, 0, -PIXEL))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    rng = np.random.default_rng(1)
    step = 1024
    for r0 in range(0, n, step):
        h = min(step, n - r0)
        block = rng.gamma(0.5, 4.0, size=(h, n)).astype(np.float32)
        block[rng.random((h, n)) < 0.02] = -9999.0
        band.WriteArray(block, 0, r0)
    ds = None


def hex_side(n, n_hex):
    side = n * PIXEL
    return math.sqrt(2 * side * side / n_hex / (3 * math.sqrt(3)))


def make_hexagons(path, n, n_hex):
    if os.path.exists(path):
        return
    side = n * PIXEL
    size = hex_side(n, n_hex)
    cx, cy, verts = hexagon_grid(X0, Y0, X0 + side, Y0 + side, size, "pointy")
    inside = (cx >= X0) & (cx <= X0 + side) & (cy >= Y0) & (cy <= Y0 + side)
    verts = verts[inside]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("hexagons", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("hid", ogr.OFTInteger))
    lyr.StartTransaction()
    for i, v in enumerate(verts):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in v:
            ring.AddPoint_2D(float(x), float(y))
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("hid", i)
        f.SetGeometry(poly)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    n_hex = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    raster_path = os.path.join(_path.DATA, f"pop_{n}.tif")
    hex_path = os.path.join(_path.DATA, f"hex_{n}_{n_hex}.gpkg")
    t0 = time.perf_counter()
    make_raster(raster_path, n)
    make_hexagons(hex_path, n, n_hex)
    print(f"data ready in {time.perf_counter() - t0:.1f} s: {n:,} x {n:,} raster, hexagons in {hex_path}")
    raster = QgsRasterLayer(raster_path, "pop", "gdal")
    zones = QgsVectorLayer(f"{hex_path}|layername=hexagons", "hexagons", "ogr")
    print(f"{zones.featureCount():,} hexagons")

    t0 = time.perf_counter()
    ours = processing.run("caremap:rasterdemand", {"RASTERS": [raster], "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT"})
    t_ours = time.perf_counter() - t0
    print(f"caremap:rasterdemand (zones layer): {t_ours:.1f} s")
    t0 = time.perf_counter()
    hexes = processing.run("caremap:rasterdemand", {"RASTERS": [raster], "HEX_SIZE": hex_side(n, n_hex), "OUTPUT": "TEMPORARY_OUTPUT"})
    t_hex = time.perf_counter() - t0
    print(f"caremap:rasterdemand (own hexagons, {hexes['OUTPUT'].featureCount():,}): {t_hex:.1f} s")
    # the core alone: the same hexagons straight from the kernel, raster read in strips
    t0 = time.perf_counter()
    side = n * PIXEL
    cx, cy, verts = hexagon_grid(X0, Y0, X0 + side, Y0 + side, hex_side(n, n_hex), "pointy")
    inside = (cx >= X0) & (cx <= X0 + side) & (cy >= Y0) & (cy <= Y0 + side)
    verts = verts[inside]
    edges = polygon_edges(verts.reshape(-1, 2), np.arange(0, 7 * len(verts) + 1, 7), np.arange(len(verts)))
    ds = gdal.Open(raster_path)
    band = ds.GetRasterBand(1)
    gt = ds.GetGeoTransform()

    block_rows = max(1, 1_000_000 // n)
    buffer = np.empty((block_rows, n))

    def blocks():
        for r0, r1, spans in iter_zone_spans(edges, gt, n, n, block_rows):
            yield spans, band.ReadAsArray(0, r0, n, r1 - r0, buf_obj=buffer[:r1 - r0])

    span_sums(blocks(), len(verts), nodata=band.GetNoDataValue())
    t_core = time.perf_counter() - t0
    print(f"kernels alone (hexagons, runs, read, reduceat/bincount): {t_core:.1f} s")
    t0 = time.perf_counter()
    ref = processing.run("native:zonalstatisticsfb", {"INPUT": zones, "INPUT_RASTER": raster, "RASTER_BAND": 1,
                                                      "COLUMN_PREFIX": "z_", "STATISTICS": [1],
                                                      "OUTPUT": "TEMPORARY_OUTPUT"})
    t_ref = time.perf_counter() - t0
    print(f"native:zonalstatisticsfb: {t_ref:.1f} s")
    a = {f["hid"]: f["pop"] for f in ours["OUTPUT"].getFeatures()}
    b = {f["hid"]: f["z_sum"] for f in ref["OUTPUT"].getFeatures()}
    diff = max(abs((a[k] or 0) - (b[k] or 0)) / max(1.0, abs(b[k] or 0)) for k in b)
    print(f"ratio native / caremap: {t_ref / t_ours:.1f}x with a zones layer, {t_ref / t_hex:.1f}x with its own "
          f"hexagons, {t_ref / t_core:.1f}x for the kernels alone (largest relative difference in sums {diff:.2e})")


if __name__ == "__main__":
    main()
