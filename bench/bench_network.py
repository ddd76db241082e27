"""Network and scale benchmarks (QGIS venv):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_network.py network [--side 224] [--facilities 2000]
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_network.py e2e
    .venv/bin/python bench/bench_network.py scale [--demand 1000000] [--supply 20000]

``network``: a generated street grid (one line feature per segment, 100 m blocks; side 224
gives 99,904 edges), ``--facilities`` facilities on random crossings, a 30-minute walk
(2,520 m at 5.04 km/h). CareMap = layer_io.read_lines + kernels.network.build_graph +
service_area_segments (every street piece reached from each facility, partial streets
included) vs QGIS ``native:serviceareafromlayer`` (OUTPUT_LINES, shortest path, same
limit). Also prints network_costs for 50,000 demand points x the same facilities.

``e2e``: 50,000 demand x 1,000 facilities (GeoPackages, 50 x 50 km, 10 km, 2SFCA) through
``processing.run("caremap:accessibility")`` writing GeoPackages, against QGIS's own I/O
floor on the same demand file (``native:fieldcalculator`` adding one field).

``scale``: 1,000,000 demand points x 20,000 facilities over 100 x 100 km, straight line,
2 km catchment, 2SFCA: time and peak memory (ru_maxrss) of cost build + accessibility.

Benches print figures; there are no assertions on time.
"""
import argparse
import resource
import time

import _path  # noqa: F401
import numpy as np

WALK_M_30MIN = 2520.0


def grid_segments(side, step=100.0):
    """Segments of a side x side grid: (x0, y0, x1, y1) arrays."""
    k = np.arange(side, dtype=float) * step
    xs, ys = np.meshgrid(k[:-1], k)
    horiz = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel() + step, ys.ravel()])
    xs, ys = np.meshgrid(k, k[:-1])
    vert = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel(), ys.ravel() + step])
    return np.vstack([horiz, vert])


def bench_network(side, n_fac, qgis_facilities):
    _path.qgis_app()
    from caremap.kernels.network import build_graph, network_costs
    from caremap.kernels.network_reach import service_area_segments
    from caremap.processing import layer_io
    from qgis.core import (
        QgsApplication,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsVectorLayer,
    )

    import processing

    seg = grid_segments(side)
    roads = QgsVectorLayer("LineString?crs=EPSG:32618", "roads", "memory")
    feats = []
    for x0, y0, x1, y1 in seg.tolist():
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x0, y0), QgsPointXY(x1, y1)]))
        feats.append(f)
    roads.dataProvider().addFeatures(feats)
    roads.updateExtents()
    rng = np.random.default_rng(0)
    crossing = rng.choice(side * side, n_fac, replace=False)
    fxy = np.column_stack([(crossing % side) * 100.0, (crossing // side) * 100.0])

    def point_layer(xy):
        lay = QgsVectorLayer("Point?crs=EPSG:32618", "fac", "memory")
        fs = []
        for x, y in xy.tolist():
            f = QgsFeature()
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            fs.append(f)
        lay.dataProvider().addFeatures(fs)
        return lay

    print(f"grid {side}x{side}: {len(seg)} edges (one feature each), {n_fac} facilities, limit {WALK_M_30MIN} m")
    alg = QgsApplication.processingRegistry().createAlgorithmById("caremap:catchments")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    t0 = time.perf_counter()
    lines = layer_io.read_lines(alg, {"NETWORK": roads}, "NETWORK", context, feedback)
    t1 = time.perf_counter()
    net = build_graph(lines.xy, lines.part_offsets, lines.part_row)
    t2 = time.perf_counter()
    (fac, li, *_), ok = service_area_segments(net, fxy, [WALK_M_30MIN])
    t3 = time.perf_counter()
    ours = t3 - t0
    print(f"CareMap: read {t1 - t0:.2f} s + graph {t2 - t1:.2f} s + service areas {t3 - t2:.2f} s = {ours:.2f} s "
          f"({len(fac):,} street pieces)")

    n_q = min(qgis_facilities, n_fac)
    params = {"INPUT": roads, "STRATEGY": 0, "DEFAULT_DIRECTION": 2, "TOLERANCE": 0.5,
              "START_POINTS": point_layer(fxy[:n_q]), "TRAVEL_COST2": WALK_M_30MIN,
              "OUTPUT_LINES": "TEMPORARY_OUTPUT"}
    from qgis.core import QgsProject

    qcontext = QgsProcessingContext()  # owns the result layer: keep it alive
    qcontext.setProject(QgsProject.instance())
    start_points = point_layer(fxy[:n_q])
    params["START_POINTS"] = start_points
    t0 = time.perf_counter()
    res = processing.run("native:serviceareafromlayer", params, context=qcontext, feedback=QgsProcessingFeedback())
    tq = time.perf_counter() - t0
    scaled = tq * n_fac / n_q
    note = "" if n_q == n_fac else f" (measured on {n_q} facilities, scaled x{n_fac / n_q:g})"
    out = res["OUTPUT_LINES"]
    if isinstance(out, str):
        from qgis.core import QgsProcessingUtils

        out = QgsProcessingUtils.mapLayerFromString(out, qcontext)
    n_out = out.featureCount() if out is not None else "?"
    print(f"QGIS native:serviceareafromlayer: {tq:.2f} s{note} -> {scaled:.2f} s for {n_fac}; {n_out} output features")
    print(f"speed-up: {scaled / ours:.0f}x")

    # demand x facility network costs on the same graph
    dxy = rng.uniform(0, (side - 1) * 100.0, (50_000, 2))
    t0 = time.perf_counter()
    c = network_costs(net, dxy, fxy, WALK_M_30MIN)
    print(f"network_costs 50,000 demand x {n_fac} facilities within {WALK_M_30MIN} m: "
          f"{time.perf_counter() - t0:.2f} s, {c.n_pairs:,} pairs")


def write_points_gpkg(path, xy, fields):
    from osgeo import ogr, osr

    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    lyr = ds.CreateLayer("points", srs, ogr.wkbPoint)
    for name in fields:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    cols = list(fields.items())
    for k, (x, y) in enumerate(xy.tolist()):
        f = ogr.Feature(defn)
        for name, vals in cols:
            f.SetField(name, float(vals[k]))
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None


def bench_e2e(nd=50_000, ns=1_000):
    import os

    _path.qgis_app()
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    import processing

    rng = np.random.default_rng(2)
    dem = os.path.join(_path.DATA, "e2e_demand.gpkg")
    sup = os.path.join(_path.DATA, "e2e_supply.gpkg")
    for p in (dem, sup):
        if os.path.exists(p):
            os.remove(p)
    write_points_gpkg(dem, rng.uniform(0, 50_000, (nd, 2)), {"pop": rng.uniform(1, 5000, nd)})
    write_points_gpkg(sup, rng.uniform(0, 50_000, (ns, 2)), {"cap": rng.uniform(1, 100, ns)})

    def timed(alg, params):
        for v in params.values():
            if isinstance(v, str) and v.endswith("_out.gpkg") and os.path.exists(v):
                os.remove(v)
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        t0 = time.perf_counter()
        processing.run(alg, params, context=ctx, feedback=QgsProcessingFeedback())
        return time.perf_counter() - t0

    out = lambda name: os.path.join(_path.DATA, f"{name}_out.gpkg")  # noqa: E731
    floor = timed("native:fieldcalculator", {"INPUT": dem, "FIELD_NAME": "x2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
                                            "FIELD_PRECISION": 6, "FORMULA": '"pop" * 2', "OUTPUT": out("floor")})
    ours = timed("caremap:accessibility", {
        "DEMAND": dem, "DEMAND_FIELD": "pop", "SUPPLY": sup, "CAPACITY_FIELD": "cap", "COST_MODE": "straight",
        "COST_UNIT": "meters", "THRESHOLD": 10_000, "METHOD": "2sfca", "DECAY": "step",
        "OUTPUT_DEMAND": out("access_demand"), "OUTPUT_SUPPLY": out("access_supply")})
    print(f"end to end {nd:,} x {ns:,} 2sfca, GeoPackage in and out: caremap:accessibility {ours:.2f} s; "
          f"native:fieldcalculator on the demand layer {floor:.2f} s; ratio {ours / floor:.2f}x")


def bench_scale(nd, ns, extent=100_000.0, radius=2000.0):
    from caremap.kernels.costs import straight_line_costs
    from caremap.kernels.fca import accessibility

    rng = np.random.default_rng(1)
    dxy = rng.uniform(0, extent, (nd, 2))
    sxy = rng.uniform(0, extent, (ns, 2))
    pop = rng.uniform(1, 50, nd)
    cap = rng.uniform(1, 100, ns)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    costs = straight_line_costs(dxy, sxy, radius)
    t1 = time.perf_counter()
    r = accessibility(costs, pop, cap, "2sfca", threshold=radius)
    t2 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scale {nd:,} demand x {ns:,} facilities, {extent / 1000:.0f} km square, {radius:.0f} m, 2sfca: "
          f"{costs.n_pairs:,} pairs; costs {t1 - t0:.2f} s + accessibility {t2 - t1:.2f} s = {t2 - t0:.2f} s; "
          f"peak RSS {peak:.0f} MB (inputs {base:.0f} MB); covered {r.share_covered:.1%}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["network", "scale", "e2e"])
    ap.add_argument("--side", type=int, default=224)
    ap.add_argument("--facilities", type=int, default=2000)
    ap.add_argument("--qgis-facilities", type=int, default=2000,
                    help="run QGIS on this many facilities and scale linearly (if it is too slow)")
    ap.add_argument("--demand", type=int, default=1_000_000)
    ap.add_argument("--supply", type=int, default=20_000)
    args = ap.parse_args()
    if args.what == "network":
        bench_network(args.side, args.facilities, args.qgis_facilities)
    elif args.what == "e2e":
        bench_e2e()
    else:
        bench_scale(args.demand, args.supply)


if __name__ == "__main__":
    main()
