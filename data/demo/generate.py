"""Generate the CareMap demo city (synthetic, deterministic).

Usage:  /usr/bin/python3 data/demo/generate.py [--out DIR]      (default: this folder)

Writes caremap_demo.gpkg (districts, blocks, roads, facilities_registry,
facilities_community), crowd_facilities.csv, time_use.csv and population.tif, all in
EPSG:32618 (the CSV in WGS 84 lon/lat), and prints the headline totals. Only numpy and
GDAL/OGR are used; the seed is fixed, so every run gives the same attribute content.
"""
import argparse
import csv
import os
import sys

import numpy as np
from osgeo import gdal, ogr, osr

sys.dont_write_bytecode = True  # keep the plugin folder free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import demo_city as dc  # noqa: E402
import demo_supply as ds  # noqa: E402

SEED = 20260311
EPSG = 32618
POP_FIELDS = ([f"{s}_{b}" for b in dc.BANDS for s in ("f", "m")] + [f"p_{b}" for b in dc.BANDS]
              + ["pop_total", "disability", "women_15_64"])
TIME_USE = [("f", "13_17", 12.6), ("m", "13_17", 6.1), ("f", "18_64", 34.8), ("m", "18_64", 13.9),
            ("f", "65_79", 27.5), ("m", "65_79", 12.4), ("f", "80p", 14.2), ("m", "80p", 6.8)]
OFT = {int: ogr.OFTInteger, float: ogr.OFTReal, str: ogr.OFTString}

gdal.UseExceptions()
ogr.UseExceptions()
gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")  # byte-stable GPKG


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    return srs


def _polygon(quad):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in list(quad) + [quad[0]]:
        ring.AddPoint_2D(float(x), float(y))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def _write_layer(ds_out, name, gtype, fields, rows, geoms, description):
    """Create a layer with (field, python type) pairs; rows are dicts, None -> NULL."""
    lyr = ds_out.CreateLayer(name, _srs(), gtype, ["DESCRIPTION=" + description])
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, OFT[ftype]))
    lyr.StartTransaction()
    for row, geom in zip(rows, geoms):
        feat = ogr.Feature(lyr.GetLayerDefn())
        for fname, ftype in fields:
            value = row[fname]
            if value is None:
                feat.SetFieldNull(fname)
            else:
                feat.SetField(fname, ftype(value))
        feat.SetGeometry(geom)
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    return lyr


def _point(xy):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(float(xy[0]), float(xy[1]))
    return p


def _line(coords):
    line = ogr.Geometry(ogr.wkbLineString)
    for x, y in coords:
        line.AddPoint_2D(float(x), float(y))
    return line


def build(rng):
    """The whole city as plain Python/numpy objects (no file written)."""
    xy = dc.build_grid(rng)
    corners = dc.cell_corners(xy)
    mask = dc.city_cells(corners)
    cen_all = corners.mean(axis=2)
    r_all, th_all = dc.polar(cen_all[..., 0], cen_all[..., 1])
    district_cell = dc.assign_districts(r_all, th_all)
    quads, cen = corners[mask], cen_all[mask]
    area = dc.quad_area(quads)
    zero, _industrial, park = dc.zero_pop_blocks(rng, cen)
    people = dc.people(rng, cen, area, zero)
    park_cell = np.zeros(mask.shape, bool)
    park_cell[mask] = park
    roads = dc.build_roads(rng, xy, corners, mask, district_cell, park_cell)
    r, _ = dc.polar(cen[:, 0], cen[:, 1])
    pop = people["pop_total"].astype(float)
    reg = ds.registry(rng, quads, pop, r, people["poverty"])
    com = ds.community(rng, quads, pop, people["poverty"])
    crowd = ds.crowd(rng, quads, pop, people["poverty"], reg, com)
    return dict(quads=quads, district=district_cell[mask], people=people, roads=roads,
                registry=reg, community=com, crowd=crowd)


def write_gpkg(city, path):
    """Write the five vector layers; return the in-file blocks layer's geometries."""
    if os.path.exists(path):
        os.remove(path)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    n = len(city["quads"])
    blocks = [_polygon(q) for q in city["quads"]]
    bad = [i for i, g in enumerate(blocks) if not g.IsValid()]
    if bad:
        raise RuntimeError(f"invalid block polygons: {bad[:10]}")
    dist_rows, dist_geoms = [], []
    for k, name in enumerate(dc.DISTRICTS):
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for i in np.nonzero(city["district"] == k)[0]:
            multi.AddGeometry(blocks[i])
        dist_rows.append(dict(district_id=k + 1, district=name))
        dist_geoms.append(ogr.ForceToMultiPolygon(multi.UnionCascaded()))
    _write_layer(out, "districts", ogr.wkbMultiPolygon, [("district_id", int), ("district", str)],
                 dist_rows, dist_geoms, "Synthetic districts (unions of blocks)")
    p = city["people"]
    rows = [dict({f: p[f][i].item() for f in POP_FIELDS + ["fhh_share", "poverty"]},
                 block_id=f"B{i + 1:05d}", district=dc.DISTRICTS[city["district"][i]])
            for i in range(n)]
    fields = ([("block_id", str), ("district", str)] + [(f, int) for f in POP_FIELDS]
              + [("fhh_share", float), ("poverty", float)])
    _write_layer(out, "blocks", ogr.wkbPolygon, fields, rows, blocks,
                 "Synthetic census blocks: population by sex and age band")
    road_rows = [dict(road_id=i + 1, name=rd[2], highway=rd[1], oneway=rd[3], maxspeed=rd[4])
                 for i, rd in enumerate(city["roads"])]
    _write_layer(out, "roads", ogr.wkbLineString,
                 [("road_id", int), ("name", str), ("highway", str), ("oneway", int),
                  ("maxspeed", int)], road_rows, [_line(rd[0]) for rd in city["roads"]],
                 "Street network split at junctions; oneway=1 follows the line direction")
    _write_layer(out, "facilities_registry", ogr.wkbPoint,
                 [("name", str), ("service_type", str), ("sphere", str), ("target_group", str),
                  ("capacity", int), ("hours_per_day", float), ("days_per_week", int),
                  ("fee", float), ("source", str)], city["registry"],
                 [_point(f["xy"]) for f in city["registry"]],
                 "Official registry of public and private care services")
    _write_layer(out, "facilities_community", ogr.wkbPoint,
                 [("nombre", str), ("tipo", str), ("cupos", int), ("horas", float),
                  ("dias", int), ("grupo", str)], city["community"],
                 [_point(f["xy"]) for f in city["community"]],
                 "Municipal survey of community care points (Spanish field names)")
    out = None
    return blocks


def write_raster(city, blocks, path, cell=100.0, fine=10):
    """Population on a 100 m grid: each block's people spread evenly over its 10 m
    sub-cells, summed per 100 m cell, so the raster total equals the blocks' total."""
    env = np.array([g.GetEnvelope() for g in blocks])  # minx, maxx, miny, maxy
    x0, y1 = np.floor(env[:, 0].min() / cell) * cell, np.ceil(env[:, 3].max() / cell) * cell
    nx = int(np.ceil((env[:, 1].max() - x0) / cell))
    ny = int(np.ceil((y1 - env[:, 2].min()) / cell))
    mem = ogr.GetDriverByName("Memory").CreateDataSource("blocks")
    lyr = mem.CreateLayer("b", _srs(), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("idx", ogr.OFTInteger))
    for i, g in enumerate(blocks):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("idx", i)
        feat.SetGeometry(g)
        lyr.CreateFeature(feat)
    ras = gdal.GetDriverByName("MEM").Create("", nx * fine, ny * fine, 1, gdal.GDT_Int32)
    ras.SetGeoTransform((x0, cell / fine, 0, y1, 0, -cell / fine))
    ras.SetProjection(_srs().ExportToWkt())
    ras.GetRasterBand(1).Fill(-1)
    gdal.RasterizeLayer(ras, [1], lyr, options=["ATTRIBUTE=idx"])
    idx = ras.GetRasterBand(1).ReadAsArray()
    pop = city["people"]["pop_total"].astype(np.float64)
    count = np.bincount(idx[idx >= 0], minlength=len(pop))
    share = np.where(count > 0, pop / np.maximum(count, 1), 0.0)
    val = np.where(idx >= 0, share[np.maximum(idx, 0)], 0.0)
    grid = val.reshape(ny, fine, nx, fine).sum(axis=(1, 3))
    covered = (idx >= 0).reshape(ny, fine, nx, fine).any(axis=(1, 3))
    for i in np.nonzero(count == 0)[0]:  # blocks smaller than a sub-cell: put at centroid
        c = blocks[i].Centroid()
        row, col = int((y1 - c.GetY()) // cell), int((c.GetX() - x0) // cell)
        grid[row, col] += pop[i]
        covered[row, col] = True
    grid = np.where(covered, grid, -9999.0).astype(np.float32)
    if os.path.exists(path):
        os.remove(path)
    tif = gdal.GetDriverByName("GTiff").Create(path, nx, ny, 1, gdal.GDT_Float32,
                                                ["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
    tif.SetGeoTransform((x0, cell, 0, y1, 0, -cell))
    tif.SetProjection(_srs().ExportToWkt())
    band = tif.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(grid)
    band.SetDescription("population")
    tif = None
    return float(grid[grid != -9999.0].sum())


def write_csvs(city, outdir):
    """crowd_facilities.csv (WGS 84 lon/lat) and time_use.csv."""
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm = _srs()
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(utm, wgs)
    rows = city["crowd"]
    lonlat = tr.TransformPoints([(float(r["xy"][0]), float(r["xy"][1])) for r in rows])
    cols = ["lon", "lat", "name", "type", "capacity", "hours", "days", "group", "reported_by"]
    with open(os.path.join(outdir, "crowd_facilities.csv"), "w", newline="",
              encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r, (lon, lat, _z) in zip(rows, lonlat):
            w.writerow([f"{lon:.6f}", f"{lat:.6f}", r["name"], r["type"],
                        "" if r["capacity"] is None else r["capacity"],
                        "" if r["hours"] is None else f"{r['hours']:g}", r["days"], r["group"],
                        r["reported_by"]])
    with open(os.path.join(outdir, "time_use.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["sex", "age_band", "weekly_hours"])
        w.writerows(TIME_USE)


def summary(city, raster_total):
    """Headline numbers, as Markdown lines."""
    p = city["people"]
    lines = [f"- population: {int(p['pop_total'].sum()):,}",
             f"- children 0-5: {int(p['p_0_2'].sum() + p['p_3_5'].sum()):,}",
             f"- people 80+: {int(p['p_80p'].sum()):,}",
             f"- people 65+: {int(p['p_65_79'].sum() + p['p_80p'].sum()):,}",
             f"- people with disabilities: {int(p['disability'].sum()):,}",
             f"- women 15-64: {int(p['women_15_64'].sum()):,}",
             f"- blocks: {len(p['pop_total'])} ({int((p['pop_total'] == 0).sum())} with no "
             f"residents); roads: {len(city['roads'])} segments",
             f"- population.tif total: {raster_total:,.0f}"]
    for k, name in enumerate(dc.DISTRICTS):
        sel = city["district"] == k
        lines.append(f"  - {name}: {int(p['pop_total'][sel].sum()):,} people, "
                     f"{int(sel.sum())} blocks")
    for key, rows, tkey in [("registry", city["registry"], "service_type"),
                            ("community", city["community"], "tipo")]:
        kinds = sorted({r[tkey] for r in rows})
        for t in kinds:
            sel = [r for r in rows if r[tkey] == t]
            caps = [r.get("capacity", r.get("cupos")) for r in sel]
            lines.append(f"- {key} {t} ({sel[0].get('sphere', 'community')}): {len(sel)}, "
                         f"places {sum(c for c in caps if c is not None):,}")
    lines.append(f"- crowd rows: {len(city['crowd'])}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    city = build(np.random.default_rng(SEED))
    blocks = write_gpkg(city, os.path.join(args.out, "caremap_demo.gpkg"))
    total = write_raster(city, blocks, os.path.join(args.out, "population.tif"))
    write_csvs(city, args.out)
    print(summary(city, total))


if __name__ == "__main__":
    main()
