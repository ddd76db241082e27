"""Make data/own_city/hexagons.csv: a synthetic population on a hexagon grid over the
OpenStreetMap extract data/own_city/helsinki_centre.osm.pbf (the "Your own city" chapter of
docs/tutorial.md).

The streets and care places of the chapter are real (OpenStreetMap); THE POPULATION IS NOT.
No real population file of Helsinki can ship with the plugin, so this script makes a
plausible one for the exercise:

1. Hexagon centres 350 m apart (pointy-top hexagons, rows 303.1 m apart), laid over the
   extract's street area (24.9355-24.9530 E, 60.1645-60.1788 N), in a local metric frame
   centred on the area (equirectangular; the error over 2 km is a few centimetres).
2. Each hexagon's residents are proportional to the OpenStreetMap building footprint area
   (in square degrees: proportional to square metres at one latitude) whose centroid falls
   in its cell (nearest centre), times 0.5-1.5 (uniform, seeded), scaled so the whole grid
   holds TOTAL_POPULATION people (largest remainders make the total exact). A hexagon
   without buildings would hold nobody. The 12 building multipolygons of the extract that
   GEOS cannot read (unclosed rings) are left out; 482 are used.
3. Children 0-5 and people 80+ are binomial draws with shares CHILD_SHARE and OLDER_SHARE
   (seeded), close to those of inner Helsinki.

Deterministic: same extract, same seed, same file. Run with a Python that has GDAL's
bindings (``/usr/bin/python3 data/own_city/make_grid.py``); it writes the CSV next to itself.
"""
import csv
import math
import os

import numpy as np
from osgeo import gdal, ogr

HERE = os.path.dirname(os.path.abspath(__file__))
OSM = os.path.join(HERE, "helsinki_centre.osm.pbf")
OUT = os.path.join(HERE, "hexagons.csv")

SEED = 20240612
SPACING_M = 350.0            # distance between neighbouring hexagon centres
BOX = (24.9355, 60.1645, 24.9530, 60.1788)  # lon/lat box of the centres (inside the extract)
TOTAL_POPULATION = 18000     # people in the whole grid (synthetic)
CHILD_SHARE = 0.045          # children aged 0-5
OLDER_SHARE = 0.050          # people aged 80 and over
R_EARTH = 6371008.8


def local_frame(lon0, lat0):
    kx = math.radians(1) * R_EARTH * math.cos(math.radians(lat0))
    ky = math.radians(1) * R_EARTH
    return (lambda lon, lat: ((np.asarray(lon) - lon0) * kx, (np.asarray(lat) - lat0) * ky),
            lambda x, y: (lon0 + np.asarray(x) / kx, lat0 + np.asarray(y) / ky))


def hex_centres(to_xy):
    x0, y0 = to_xy(BOX[0], BOX[1])
    x1, y1 = to_xy(BOX[2], BOX[3])
    dy = SPACING_M * math.sqrt(3) / 2
    xs, ys = [], []
    for row in range(int((y1 - y0) // dy) + 1):
        offset = SPACING_M / 2 if row % 2 else 0.0
        for col in range(int((x1 - x0 - offset) // SPACING_M) + 1):
            xs.append(x0 + offset + col * SPACING_M)
            ys.append(y0 + row * dy)
    return np.array(xs), np.array(ys)


def building_centroids():
    """Centroid and footprint area (square degrees) of every building multipolygon of the
    extract that GEOS can read. GDAL's exception mode is set for the read and restored."""
    was = ogr.GetUseExceptions()
    ogr.UseExceptions()
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # broken rings of the extract: skipped below
    lon, lat, area_deg = [], [], []
    try:
        ds = ogr.Open(OSM)
        lyr = ds.GetLayerByName("multipolygons")
        lyr.SetAttributeFilter("building IS NOT NULL")
        for f in lyr:
            g = f.GetGeometryRef()
            if g is None:
                continue
            try:
                c = g.Centroid()
            except RuntimeError:  # a multipolygon GEOS cannot read (unclosed ring): left out
                continue
            lon.append(c.GetX())
            lat.append(c.GetY())
            area_deg.append(g.GetArea())
        del lyr, ds
    finally:
        gdal.PopErrorHandler()
        if not was:
            ogr.DontUseExceptions()
    return np.array(lon), np.array(lat), np.array(area_deg)


def main():
    lon0, lat0 = (BOX[0] + BOX[2]) / 2, (BOX[1] + BOX[3]) / 2
    to_xy, to_lonlat = local_frame(lon0, lat0)
    hx, hy = hex_centres(to_xy)
    blon, blat, barea = building_centroids()
    bx, by = to_xy(blon, blat)
    # the cell of a building is its nearest hexagon centre (hexagon cells = nearest-centre cells);
    # buildings farther than a cell's corner (spacing / sqrt 3) from every centre are outside the grid
    d2 = (bx[:, None] - hx[None, :]) ** 2 + (by[:, None] - hy[None, :]) ** 2
    cell = d2.argmin(axis=1)
    inside = d2.min(axis=1) <= (SPACING_M / math.sqrt(3)) ** 2
    footprint = np.bincount(cell[inside], weights=barea[inside], minlength=len(hx))
    rng = np.random.default_rng(SEED)
    weight = footprint * rng.uniform(0.5, 1.5, len(hx))
    pop = np.floor(TOTAL_POPULATION * weight / weight.sum()).astype(int)
    # largest remainders bring the total to TOTAL_POPULATION exactly
    rest = TOTAL_POPULATION - pop.sum()
    pop[np.argsort(-(TOTAL_POPULATION * weight / weight.sum() - pop), kind="stable")[:rest]] += 1
    children = rng.binomial(pop, CHILD_SHARE)
    older = rng.binomial(pop, OLDER_SHARE)
    lon, lat = to_lonlat(hx, hy)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "lon", "lat", "children_0_5", "older_80p", "population"])
        for i in range(len(hx)):
            w.writerow([f"H{i + 1:02d}", f"{lon[i]:.6f}", f"{lat[i]:.6f}", int(children[i]), int(older[i]), int(pop[i])])
    print(f"{OUT}: {len(hx)} hexagons, {pop.sum()} people, {children.sum()} children 0-5, "
          f"{older.sum()} people 80+, {(pop == 0).sum()} empty")


if __name__ == "__main__":
    main()
