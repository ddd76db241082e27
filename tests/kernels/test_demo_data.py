"""Checks of the committed demo city (data/demo): schema, counts, internal consistency,
spatial structure, and that the generator reproduces the same attribute content."""
import csv
import hashlib
import os
import subprocess
import sys

import numpy as np
import pytest

ogr = pytest.importorskip("osgeo.ogr")
from osgeo import gdal, osr  # noqa: E402

DEMO = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                    "data", "demo")
GPKG = os.path.join(DEMO, "caremap_demo.gpkg")
BANDS = ["0_2", "3_5", "6_12", "13_17", "18_64", "65_79", "80p"]
SCHEMA = {
    "districts": ("MultiPolygon", {"district_id": "Integer", "district": "String"}),
    "blocks": ("Polygon", dict({"block_id": "String", "district": "String",
                                "pop_total": "Integer", "disability": "Integer",
                                "women_15_64": "Integer", "fhh_share": "Real",
                                "poverty": "Real"},
                               **{f"{s}_{b}": "Integer" for b in BANDS for s in "fmp"})),
    "roads": ("LineString", {"road_id": "Integer", "name": "String", "highway": "String",
                             "oneway": "Integer", "maxspeed": "Integer"}),
    "facilities_registry": ("Point", {"name": "String", "service_type": "String",
                                      "sphere": "String", "target_group": "String",
                                      "capacity": "Integer", "hours_per_day": "Real",
                                      "days_per_week": "Integer", "fee": "Real",
                                      "source": "String"}),
    "facilities_community": ("Point", {"nombre": "String", "tipo": "String",
                                       "cupos": "Integer", "horas": "Real", "dias": "Integer",
                                       "grupo": "String"}),
}
SERVICE = {"childcare_centre": ("public", "children"), "kindergarten": ("private", "children"),
           "elderly_day_centre": ("public", "older"), "nursing_home": ("private", "older"),
           "disability_day_centre": ("public", "disability")}

ogr.UseExceptions()
gdal.UseExceptions()


def read_layer(path, name):
    """(list of attribute dicts, list of geometry clones) of one layer."""
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(name)
    rows, geoms = [], []
    for feat in lyr:
        rows.append({k: feat.GetField(k) for k in feat.keys()})
        geoms.append(feat.GetGeometryRef().Clone())
    return rows, geoms


def column(rows, field):
    return np.array([r[field] for r in rows])


@pytest.fixture(scope="module")
def layers():
    return {name: read_layer(GPKG, name) for name in SCHEMA}


def attribute_digest(path):
    """Feature counts and a SHA-256 of every attribute value of every layer."""
    out = {}
    ds = ogr.Open(path)
    for name in SCHEMA:
        lyr = ds.GetLayerByName(name)
        h = hashlib.sha256()
        for feat in lyr:
            vals = [feat.GetField(k) for k in feat.keys()]
            h.update(repr([round(v, 6) if isinstance(v, float) else v for v in vals]).encode())
        out[name] = (lyr.GetFeatureCount(), h.hexdigest())
    return out


def test_schema_and_crs():
    ds = ogr.Open(GPKG)
    assert sorted(lyr.GetName() for lyr in ds) == sorted(SCHEMA)
    for name, (gtype, fields) in SCHEMA.items():
        lyr = ds.GetLayerByName(name)
        assert ogr.GeometryTypeToName(lyr.GetGeomType()).replace(" ", "") == gtype, name
        defn = lyr.GetLayerDefn()
        got = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName()
               for i in range(defn.GetFieldCount())}
        assert got == fields, name
        assert lyr.GetSpatialRef().GetAuthorityCode(None) == "32618", name
        minx, maxx, miny, maxy = lyr.GetExtent()
        assert 589000 < minx < maxx < 603000 and 499000 < miny < maxy < 516000, name


def test_counts(layers):
    assert len(layers["districts"][0]) == 8
    assert 2500 <= len(layers["blocks"][0]) <= 3500
    assert 6000 <= len(layers["roads"][0]) <= 15000
    assert len(layers["facilities_registry"][0]) >= 250
    assert len(layers["facilities_community"][0]) >= 100


def test_population_adds_up(layers):
    rows = layers["blocks"][0]
    total = column(rows, "pop_total")
    bands = np.zeros_like(total)
    for b in BANDS:
        f, m, p = column(rows, f"f_{b}"), column(rows, f"m_{b}"), column(rows, f"p_{b}")
        assert (f >= 0).all() and (m >= 0).all()
        np.testing.assert_array_equal(f + m, p)
        bands += p
    np.testing.assert_array_equal(bands, total)
    assert 1 <= (total == 0).sum() <= 0.05 * len(total)  # parks, industry
    assert 800_000 < total.sum() < 2_000_000
    assert (column(rows, "disability") <= total).all()
    w = column(rows, "women_15_64")
    assert (w >= column(rows, "f_18_64")).all()
    assert (w <= column(rows, "f_18_64") + column(rows, "f_13_17")).all()
    for field in ("fhh_share", "poverty"):
        v = column(rows, field)
        assert ((v >= 0) & (v <= 1)).all(), field
    ids = column(rows, "block_id")
    assert len(set(ids)) == len(ids) and all(len(i) == 6 and i[0] == "B" for i in ids)


def test_blocks_tile_districts(layers):
    d_rows, d_geoms = layers["districts"]
    b_rows, b_geoms = layers["blocks"]
    names = {r["district"] for r in d_rows}
    assert len(names) == 8 and sorted(r["district_id"] for r in d_rows) == list(range(1, 9))
    assert {r["district"] for r in b_rows} == names
    assert all(g.IsValid() for g in b_geoms) and all(g.IsValid() for g in d_geoms)
    block_area = sum(g.GetArea() for g in b_geoms)
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in b_geoms:
        multi.AddGeometry(g)
    union_area = multi.UnionCascaded().GetArea()
    assert union_area == pytest.approx(block_area, rel=1e-9)  # no overlaps
    assert sum(g.GetArea() for g in d_geoms) == pytest.approx(block_area, rel=1e-9)
    by_district = {}
    for r, g in zip(b_rows, b_geoms):
        by_district[r["district"]] = by_district.get(r["district"], 0.0) + g.GetArea()
    for r, g in zip(d_rows, d_geoms):
        assert g.GetArea() == pytest.approx(by_district[r["district"]], rel=1e-9)
    assert 100e6 < block_area < 180e6


def test_spatial_structure(layers):
    """Rich older centre, poor young periphery, services concentrated in the centre."""
    rows = layers["blocks"][0]
    dist = column(rows, "district")

    def share(num, names):
        sel = np.isin(dist, names)
        return sum(column(rows, f)[sel].sum() for f in num) / column(rows, "pop_total")[sel].sum()

    poor = ["La Esperanza", "El Porvenir"]
    assert share(["p_80p"], ["Centro"]) > 1.5 * share(["p_80p"], poor)
    assert share(["p_0_2", "p_3_5"], ["Centro"]) < 0.8 * share(["p_0_2", "p_3_5"], poor)
    pov = column(rows, "poverty")
    assert pov[dist == "Centro"].mean() < pov[np.isin(dist, poor)].mean() - 0.2
    reg = layers["facilities_registry"]
    d_rows, d_geoms = layers["districts"]
    centre = d_geoms[[r["district"] for r in d_rows].index("Centro")]
    in_centre = np.mean([centre.Contains(g) for g in reg[1]])
    pop = column(rows, "pop_total")
    assert in_centre > 3 * pop[dist == "Centro"].sum() / pop.sum()


def test_roads(layers):
    rows, geoms = layers["roads"]
    hw = column(rows, "highway")
    assert set(hw) == {"primary", "secondary", "tertiary", "residential", "service", "footway"}
    ow = column(rows, "oneway")
    assert set(ow) == {0, 1} and set(hw[ow == 1]) == {"residential"}
    assert (column(rows, "maxspeed") > 0).all()
    assert sorted(column(rows, "road_id")) == list(range(1, len(rows) + 1))
    ends = [(g.GetPoint_2D(0), g.GetPoint_2D(g.GetPointCount() - 1)) for g in geoms]
    node = {}
    for a, b in ends:
        node.setdefault(a, len(node))
        node.setdefault(b, len(node))
    parent = list(range(len(node)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in ends:
        parent[find(node[a])] = find(node[b])
    comp = np.bincount([find(node[a]) for a, _ in ends])
    assert comp.max() >= 0.99 * len(ends) and (comp > 0).sum() == 2  # plus the gated estate
    degree = np.bincount([node[p] for e in ends for p in e])
    assert (degree >= 3).sum() > 0.5 * len(node)  # real junctions are shared vertices


def test_facilities(layers):
    rows = layers["facilities_registry"][0]
    for r in rows:
        assert SERVICE[r["service_type"]] == (r["sphere"], r["target_group"]), r
        assert r["capacity"] > 0 and 0 < r["hours_per_day"] <= 24 and 1 <= r["days_per_week"] <= 7
        assert (r["fee"] == 0) == (r["sphere"] == "public") and r["source"] == "registry"
    assert {r["service_type"] for r in rows} == set(SERVICE)
    assert len({r["name"] for r in rows}) == len(rows)
    com = layers["facilities_community"][0]
    assert {r["tipo"] for r in com} == {"punto_cuidado_comunitario", "hogar_comunitario",
                                       "comedor_comunitario"}
    assert {r["grupo"] for r in com} <= {"children", "older", "all"}
    assert 0 < sum(r["cupos"] is None for r in com) < 0.3 * len(com)


def test_crowd_csv(layers):
    with open(os.path.join(DEMO, "crowd_facilities.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["lon", "lat", "name", "type", "capacity", "hours", "days", "group",
                             "reported_by"]
    assert 130 <= len(rows) <= 170
    assert 0.10 <= sum(r["capacity"] == "" for r in rows) / len(rows) <= 0.20
    names = {r["name"].strip().lower() for r in rows}
    assert {"test", "xxx", "borrar"} <= names
    assert {"pharmacy", "school"} <= {r["type"] for r in rows}
    lon, lat = np.array([[float(r["lon"]), float(r["lat"])] for r in rows]).T
    assert ((lon > -74.25) & (lon < -74.0) & (lat > 4.45) & (lat < 4.7)).all()
    wgs, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    utm.ImportFromEPSG(32618)
    for s in (wgs, utm):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    xy = np.array(osr.CoordinateTransformation(wgs, utm).TransformPoints(
        list(zip(lon.tolist(), lat.tolist()))))[:, :2]
    known = np.array([g.GetPoint_2D() for name in ("facilities_registry", "facilities_community")
                      for g in layers[name][1]])
    dmin = np.sqrt(((xy[:, None, :] - known[None, :, :]) ** 2).sum(-1)).min(axis=1)
    assert 25 <= ((dmin >= 4) & (dmin <= 41)).sum() <= 40  # the planted duplicates


def test_time_use():
    with open(os.path.join(DEMO, "time_use.csv"), encoding="utf-8") as fh:
        rows = {(r["sex"], r["age_band"]): float(r["weekly_hours"]) for r in csv.DictReader(fh)}
    assert set(rows) == {(s, b) for s in "fm" for b in ["13_17", "18_64", "65_79", "80p"]}
    assert 30 <= rows["f", "18_64"] <= 40 and 12 <= rows["m", "18_64"] <= 15
    assert all(rows["f", b] > rows["m", b] for b in ["13_17", "18_64", "65_79", "80p"])


def test_population_raster(layers):
    ds = gdal.Open(os.path.join(DEMO, "population.tif"))
    band = ds.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32 and band.GetNoDataValue() == -9999
    assert ds.GetGeoTransform()[1] == 100 and ds.GetGeoTransform()[5] == -100
    srs = osr.SpatialReference(wkt=ds.GetProjection())
    assert srs.GetAuthorityCode(None) == "32618"
    assert ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE"
    arr = band.ReadAsArray()
    valid = arr != -9999
    assert (arr[valid] >= 0).all() and (~valid).any()
    total = column(layers["blocks"][0], "pop_total").sum()
    assert arr[valid].astype(np.float64).sum() == pytest.approx(total, rel=1e-4)


def test_regeneration_is_deterministic(tmp_path):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([sys.executable, os.path.join(DEMO, "generate.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True, env=env, timeout=120)
    assert attribute_digest(str(tmp_path / "caremap_demo.gpkg")) == attribute_digest(GPKG)
    for name in ("crowd_facilities.csv", "time_use.csv"):
        with open(os.path.join(DEMO, name), "rb") as a, open(tmp_path / name, "rb") as b:
            assert a.read() == b.read(), name
    new = gdal.Open(str(tmp_path / "population.tif")).ReadAsArray()
    old = gdal.Open(os.path.join(DEMO, "population.tif")).ReadAsArray()
    np.testing.assert_array_equal(new, old)
