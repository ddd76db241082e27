"""Write data/demo/bus.gpkg: a small bus network for the demo city (tutorial chapter "Time:
opening hours and the bus"), with two layers in EPSG:32618 like the rest of the demo:

* ``bus_routes`` (lines; ``name``, ``oneway`` = 'no'): five routes. Four cross the city through
  the centre of Centro, each from the centre of one district to the centre of another
  (a district's centre is the centroid of its polygon); the fifth runs around the southern
  periphery (Las Américas, El Porvenir, La Esperanza, San Rafael). The routes are straight
  lines between those centres, not the streets: a sketch of a bus network, as a planner
  would draw one on a map of the main roads, good enough to learn the method.
* ``bus_stops`` (points; ``stop_name``): a stop every 400 m along each route from its first
  end, and one at its last end; a stop closer than 30 m to a stop already placed (where
  routes meet: the centre of Centro, the shared district centres) is not repeated, so the
  routes share it and passengers change buses there.

    /usr/bin/python3 data/demo/make_bus_routes.py [output.gpkg]

Deterministic: the same demo GeoPackage gives the same file.
"""
import math
import os
import sys

from osgeo import gdal, ogr, osr

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "caremap_demo.gpkg")
OUTPUT = os.path.join(HERE, "bus.gpkg")
STOP_SPACING_M = 400.0
MERGE_M = 30.0
ROUTES = (  # name, the district centres it passes, in order
    ("Ruta 1 La Esperanza - Santa Bárbara", ("La Esperanza", "Centro", "Santa Bárbara")),
    ("Ruta 2 San Rafael - Villa Nueva", ("San Rafael", "Centro", "Villa Nueva")),
    ("Ruta 3 Los Rosales - Las Américas", ("Los Rosales", "Centro", "Las Américas")),
    ("Ruta 4 El Porvenir - Los Rosales", ("El Porvenir", "Centro", "Los Rosales")),
    ("Ruta 5 Periférica", ("Las Américas", "El Porvenir", "La Esperanza", "San Rafael")),
)


def district_centres(path=DEMO):
    ds = ogr.Open(path)
    lyr = ds.GetLayer("districts")
    out = {}
    for f in lyr:
        c = f.GetGeometryRef().Centroid()
        out[f["district"]] = (round(c.GetX(), 1), round(c.GetY(), 1))
    return out


def stops_along(vertices, spacing=STOP_SPACING_M):
    """Points every ``spacing`` metres along the polyline from its first vertex, and its last vertex."""
    seg = [(a, b, math.dist(a, b)) for a, b in zip(vertices[:-1], vertices[1:])]
    total = sum(s[2] for s in seg)
    out = []
    n = int(total // spacing)
    for k in range(n + 1):
        d = k * spacing
        for a, b, length in seg:
            if d <= length or (a, b, length) == seg[-1]:
                t = min(d / length, 1.0)
                out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
                break
            d -= length
    if math.dist(out[-1], vertices[-1]) > 1e-6:
        out.append(vertices[-1])
    return out


def build(path=OUTPUT, demo=DEMO):
    centres = district_centres(demo)
    routes, stops = [], []
    for name, via in ROUTES:
        vertices = [centres[d] for d in via]
        routes.append((name, vertices))
        for p in stops_along(vertices):
            if all(math.dist(p, q) >= MERGE_M for q in stops):
                stops.append((round(p[0], 1), round(p[1], 1)))
    if os.path.exists(path):
        os.remove(path)
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")  # same bytes on every run
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("bus_routes", srs, ogr.wkbLineString)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("oneway", ogr.OFTString))
    for name, vertices in routes:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["name"], f["oneway"] = name, "no"
        line = ogr.Geometry(ogr.wkbLineString)
        for x, y in vertices:
            line.AddPoint_2D(x, y)
        f.SetGeometry(line)
        lyr.CreateFeature(f)
    lyr = ds.CreateLayer("bus_stops", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("stop_name", ogr.OFTString))
    for k, (x, y) in enumerate(stops, start=1):
        f = ogr.Feature(lyr.GetLayerDefn())
        f["stop_name"] = f"Parada {k}"
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        f.SetGeometry(pt)
        lyr.CreateFeature(f)
    ds = None
    return len(routes), len(stops)


if __name__ == "__main__":
    n_routes, n_stops = build(sys.argv[1] if len(sys.argv) > 1 else OUTPUT)
    print(f"{n_routes} routes, {n_stops} stops")
