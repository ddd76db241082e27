"""Small generated inputs for the bad-input matrix (test_bad_input_matrix.py).

One builder per algorithm: ``build_<alg>(v, tmp)`` returns the processing parameters for
the case ``v.case`` (see ``CASES``). Every builder starts from the same tiny, hand-checkable
inputs and changes only what the case is about, on the algorithm's *target* layer (the
one whose name and field the expected message must quote). Layer names are distinctive
(``blocks_case``, ``facilities_case`` ...) so a message can be checked for them.

All coordinates are written around (X0, Y0) in UTM 18N, on the zone's central meridian,
so a geographic copy of a layer (EPSG:4326) has the same distances once reprojected.
"""
import math
import os
from dataclasses import dataclass

import numpy as np
from layers import memory_layer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)

X0, Y0 = 500000.0, 1000000.0
UTM = "EPSG:32618"
GEO = "EPSG:4326"
HTML_NAME = '<b>Ñandú & "Çà"</b><script>alert(1)</script>'
PLAIN_NAMES = ["São João", "Bogotá D.C.", "Zürich", "Ōsaka", "Łódź", "Niño"]
ODD_FIELD = "población total"
MISSING = "no_such_field"

CASES = [
    "missing_field", "text_numbers", "words", "negative", "null", "nan", "pos_inf", "neg_inf",
    "empty", "zero_demand", "zero_capacity", "geographic", "two_crs", "invalid_polygon",
    "multipart", "null_geometry", "duplicate_ids", "disconnected_network", "far_facility",
    "threshold_zero", "threshold_negative", "p_too_large", "all_equal", "single",
    "html_names", "odd_field_names",
]

VALUE_CASES = {"text_numbers", "words", "negative", "null", "nan", "pos_inf", "neg_inf",
               "zero_demand", "zero_capacity", "all_equal"}


@dataclass
class V:
    """The case being built. ``case@field`` is a value case on another field than the
    algorithm's main one (e.g. ``nan@cap``: a NaN capacity for accessibility)."""
    case: str = "base"

    @property
    def kind(self):
        return self.case.split("@")[0]

    @property
    def on(self):
        return self.case.split("@")[1] if "@" in self.case else None

    @property
    def crs_main(self):
        return GEO if self.case == "geographic" else UTM

    @property
    def crs_other(self):
        return GEO if self.case in ("geographic", "two_crs") else UTM

    def field(self, default):
        """The name the target field has in the layer and in the parameters."""
        return ODD_FIELD if self.case == "odd_field_names" else default

    def param_field(self, default):
        return MISSING if self.case == "missing_field" else self.field(default)

    def values(self, default):
        """The target field's values for this case."""
        vals = list(default)
        c = self.kind
        bad = {"negative": -5.0, "null": None, "nan": math.nan, "pos_inf": math.inf, "neg_inf": -math.inf}
        if c in bad:
            vals[1] = bad[c]
        elif c in ("zero_demand", "zero_capacity"):
            vals = [0.0] * len(vals)
        elif c == "all_equal":
            vals = [50.0] * len(vals)
        elif c == "text_numbers":
            vals = [None if x is None else f"{x:g}" for x in vals]
        elif c == "words":
            vals = [None if x is None else f"{x:g}" for x in vals]
            vals[1] = "many"
        return vals


# ------------------------------------------------------------------ geometry helpers
def _transform(geom, crs):
    if geom is None or crs == UTM:
        return geom
    g = QgsGeometry(geom)
    g.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem(crs),
                                       QgsProject.instance()))
    return g


def sq(x, y, s):
    x, y = X0 + x, Y0 + y
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + s} {y},{x + s} {y + s},{x} {y + s},{x} {y}))")


def bowtie(x, y, s):
    """A self-intersecting square (shoelace area 0); makeValid gives two triangles, area s*s/2."""
    x, y = X0 + x, Y0 + y
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + s} {y + s},{x + s} {y},{x} {y + s},{x} {y}))")


def multi_sq(x, y, s):
    """Two squares of side s/2, at (x, y) and (x + s, y): area s*s/2."""
    h = s / 2
    x, y = X0 + x, Y0 + y
    a = f"(({x} {y},{x + h} {y},{x + h} {y + h},{x} {y + h},{x} {y}))"
    b = f"(({x + s} {y},{x + s + h} {y},{x + s + h} {y + h},{x + s} {y + h},{x + s} {y}))"
    return QgsGeometry.fromWkt(f"MULTIPOLYGON({a},{b})")


def pt(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def multi_pt(x, y):
    return QgsGeometry.fromWkt(f"MULTIPOINT(({X0 + x} {Y0 + y}),({X0 + x + 10} {Y0 + y}))")


def line(*xy):
    return QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in xy])


def layer(kind, geoms, fields, name, crs=UTM, v=None, target=None, target_default=None):
    """A memory layer. With ``v`` this is the case's target layer: the field ``target``
    gets the case's values and name, and the case's geometry / size / names change."""
    fields = dict(fields)
    geoms = list(geoms)
    if v is not None and v.on is not None:  # a value case on a secondary field
        if v.on in fields:
            fields[v.on] = v.values(fields[v.on])
    elif v is not None:
        c = v.case
        if target is not None:
            vals = v.values(fields.pop(target))
            fields[v.field(target)] = vals
        if c == "invalid_polygon" and kind == "Polygon":
            g = geoms[1].boundingBox()
            geoms[1] = bowtie(g.xMinimum() - X0, g.yMinimum() - Y0, g.width())
        elif c == "multipart":
            g = geoms[1]
            if kind == "Polygon":
                bb = g.boundingBox()
                geoms[1] = multi_sq(bb.xMinimum() - X0, bb.yMinimum() - Y0, bb.width())
            elif kind == "Point":
                p = g.asPoint()
                geoms[1] = multi_pt(p.x() - X0, p.y() - Y0)
        elif c == "null_geometry":
            geoms[1] = None
        elif c == "html_names":
            for k in fields:
                if k in ("name", "district"):
                    fields[k] = [HTML_NAME] + [PLAIN_NAMES[i % len(PLAIN_NAMES)] for i in range(len(fields[k]) - 1)]
        n = {"empty": 0, "single": 1}.get(c)
        if n is not None:
            geoms = geoms[:n]
            fields = {k: vals[:n] for k, vals in fields.items()}
    if kind == "Polygon" and any(g is not None and g.isMultipart() for g in geoms):
        kind = "MultiPolygon"
    if kind == "Point" and any(g is not None and g.isMultipart() for g in geoms):
        kind = "MultiPoint"
    if kind == "LineString" and any(g is not None and g.isMultipart() for g in geoms):
        kind = "MultiLineString"
    geoms = [_transform(g, crs) for g in geoms]
    return memory_layer(kind, geoms, fields, crs=crs, name=name)


def table(fields, name, v=None):
    fields = dict(fields)
    if v is not None and v.on in fields:
        fields[v.on] = v.values(fields[v.on])
    n = len(next(iter(fields.values())))
    return memory_layer("None", [None] * n, fields, crs=None, name=name)


def names(n):
    return PLAIN_NAMES[:n]


# ------------------------------------------------------------------ the algorithms
# accessibility / siting / unpaidcare share a line of demand units along y = 0..100 and a
# road along y = 50; a piece of road around x = 5000 is not connected to the rest.
def _road(x0, x1, step=50):
    """A straight road along y = 50 with a vertex every ``step`` m (points join the
    nearest network node)."""
    return line(*[(x, 50) for x in range(x0, x1 + 1, step)])


def roads(v, crs):
    geoms = [_road(-200, 2300)]
    if v.case == "disconnected_network":
        geoms.append(_road(4800, 5300))
    else:
        geoms.append(_road(2300, 5300))
    return layer("LineString", geoms, {"rid": [1, 2]}, "roads_case", crs)


def od_table(origins, dests, cost_fn, name="od_case"):
    o, d, c = [], [], []
    for oi, ox in origins:
        for di, dx in dests:
            o.append(oi)
            d.append(di)
            c.append(float(cost_fn(ox, dx)))
    return table({"origin": o, "dest": d, "cost": c}, name)


def cost_params(v, demand, demand_xy, supply_ids, supply_xy, id_field="bid", supply_id_field="sid"):
    """COST_MODE for the network and table cases, straight lines otherwise."""
    if v.case in ("disconnected_network", "far_facility"):
        return {"COST_MODE": "network", "NETWORK": roads(v, v.crs_other), "SNAP_DISTANCE": 500.0}
    if v.case == "duplicate_ids":
        ids = [f"b{i + 1}" for i in range(len(demand_xy))]
        od = od_table(list(zip(ids, demand_xy)), list(zip(supply_ids, supply_xy)), lambda a, b: abs(a - b))
        return {"COST_MODE": "table", "OD_TABLE": od, "OD_ORIGIN_FIELD": "origin", "OD_DEST_FIELD": "dest",
                "OD_COST_FIELD": "cost", "DEMAND_ID_FIELD": id_field, "SUPPLY_ID_FIELD": supply_id_field}
    return {"COST_MODE": "straight"}


def demand_ids(v, n):
    ids = [f"b{i + 1}" for i in range(n)]
    if v.case == "duplicate_ids":
        ids[1] = ids[0]
    return ids


def threshold(v, default):
    return {"threshold_zero": 0.0, "threshold_negative": -5.0}.get(v.case, default)


def build_accessibility(v, tmp):
    xs = [0, 1000, 2000, 5000]
    demand_target = v.case != "zero_capacity"
    blocks = layer("Polygon", [sq(x, 0, 100) for x in xs],
                   {"bid": demand_ids(v, 4), "pop": [100.0, 200.0, 50.0, 80.0], "name": names(4)},
                   "blocks_case", v.crs_main, v if demand_target else None, "pop" if demand_target else None)
    fxy = [(500, 50), (2000, 50)]
    caps = [10.0, 6.0]
    if v.case == "far_facility":
        fxy.append((1000, 3000))
        caps.append(4.0)
    fac = layer("Point", [pt(*p) for p in fxy], {"sid": [f"f{i + 1}" for i in range(len(fxy))], "cap": caps},
                "facilities_case", v.crs_other, v if not demand_target or v.on else None,
                "cap" if not demand_target else None)
    p = {"DEMAND": blocks, "DEMAND_FIELD": v.param_field("pop") if demand_target else "pop", "SUPPLY": fac,
         "CAPACITY_FIELD": "cap" if demand_target else v.param_field("cap"), "COST_UNIT": "meters",
         "THRESHOLD": threshold(v, 1500.0), "METHOD": "2sfca", "DECAY": "step",
         "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(cost_params(v, blocks, [x + 50 for x in xs], [f"f{i + 1}" for i in range(len(fxy))], [x for x, _ in fxy]))
    return p


def build_catchments(v, tmp):
    fxy = [(0, 50), (1000, 50)]
    if v.case == "far_facility":
        fxy.append((1000, 3000))
    if v.case == "disconnected_network":
        fxy.append((5000, 50))  # on the piece of road not connected to the rest
    fac = layer("Point", [pt(*p) for p in fxy], {"name": names(len(fxy)), "cap": [5.0] * len(fxy)},
                "facilities_case", v.crs_main, v, None)
    p = {"SUPPLY": fac, "COST_MODE": "straight", "COST_UNIT": "meters", "OUTPUT": "TEMPORARY_OUTPUT",
         "THRESHOLDS": {"threshold_zero": "0", "threshold_negative": "-100"}.get(v.case, "100,200")}
    if v.case in ("disconnected_network", "far_facility", "two_crs", "network_base"):
        p.update({"COST_MODE": "network", "NETWORK": roads(v, v.crs_other), "SHAPE": "buffer", "BUFFER": 10.0,
                  "SNAP_DISTANCE": 500.0})
    return p


def build_caredeserts(v, tmp):
    xs = [0, 100, 200, 300, 400]
    lay = layer("Polygon", [sq(x, 0, 100) for x in xs[:4]] + [sq(400, 0, 1000)],
                {"pop": [10.0, 20.0, 30.0, 40.0, 1000.0], "cost": [30.0, 30.0, 5.0, 30.0, 25.0],
                 "district": ["n", "n", "s", "s", "s"]},
                "blocks_case", v.crs_main, v, "pop")
    p = {"INPUT": lay, "DEMAND_FIELD": v.param_field("pop"), "COST_FIELD": "cost",
         "THRESHOLD": threshold(v, 20.0), "DISTRICT_FIELD": "district", "OUTPUT": "TEMPORARY_OUTPUT",
         "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    if v.case in ("geographic", "invalid_polygon", "multipart", "null_geometry", "adjust_base"):
        p["ADJUST_LARGE_UNITS"] = True
    p.update(district_layer(v, ["n", "s"]))
    return p


def district_layer(v, names_):
    """Two CRSs for single-layer algorithms: the district polygons in another CRS."""
    if v.case not in ("two_crs", "districts_base"):
        return {}
    crs = GEO if v.case == "two_crs" else UTM
    lay = layer("Polygon", [sq(-50, -50, 300), sq(250, -50, 1500)], {"district": list(names_)}, "districts_case", crs)
    return {"DISTRICT_LAYER": lay, "DISTRICT_LAYER_FIELD": "district", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"}


def build_caregaps(v, tmp):
    supply_target = v.case == "zero_capacity"
    lay = layer("Point", [pt(x, 0) for x in (0, 100, 200, 300)],
                {"kids": [30.0, 10.0, 20.0, 9.0], "places": [6.0, 12.0, 5.0, 3.0],
                 "district": ["a", "a", "b", "b"]},
                "blocks_case", v.crs_main, v, "places" if supply_target else "kids")
    return {"INPUT": lay, "DEMAND_FIELD": "kids" if supply_target else v.param_field("kids"),
            "SUPPLY_FIELD": v.param_field("places") if supply_target else "places", "SUPPLY_KIND": "places",
            "TARGET_RATIO": 0.5, "DISTRICT_FIELD": "district",
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT", **district_layer(v, ["a", "b"])}


HOT_VALUES = [12.0, 11.0, 13.0, 4.0, 5.0, 3.0, 6.0, 4.5]


def build_hotspots(v, tmp):
    if v.case in ("invalid_polygon", "multipart"):  # queen contiguity: a regular grid
        cells = [(x * 100, y * 100) for y in range(2) for x in range(4)]
    else:  # spacings all different, so the K nearest neighbours have no ties
        cells = [(x, y) for y in (0, 190) for x in (0, 110, 250, 420)]
    lay = layer("Polygon", [sq(x, y, 100) for x, y in cells], {"v": HOT_VALUES, "name": names(6) + ["a", "b"]},
                "blocks_case", v.crs_main, v, "v")
    return {"INPUT": lay, "FIELD": v.param_field("v"), "K": 2, "PERMUTATIONS": 0,
            "WEIGHTS": "queen" if v.case in ("invalid_polygon", "multipart") else "knn",
            "OUTPUT": "TEMPORARY_OUTPUT"}


def build_priorityindex(v, tmp):
    lay = layer("Point", [pt(x, 0) for x in (0, 100, 200, 300)],
                {"unmet": [0.0, 50.0, 100.0, 25.0], "access": [1.0, 0.5, 0.0, 0.25], "name": names(4)},
                "blocks_case", v.crs_main, v, "unmet")
    return {"INPUT": lay, "FIELDS": [v.param_field("unmet"), "access"], "INVERT_FIELDS": ["access"],
            "WEIGHTS": "3, 1", "OUTPUT": "TEMPORARY_OUTPUT"}


def build_equity(v, tmp):
    # all-zero "demand" is an all-zero population; all-zero "capacity" is no access anywhere
    pop_target = v.case == "zero_demand"
    lay = layer("Point", [pt(x, 0) for x in (0, 100, 200, 300)],
                {"acc": [1.0, 5.0, 2.0, 8.0], "pop": [3.0, 1.0, 2.0, 4.0], "district": ["a", "a", "b", "b"]},
                "blocks_case", v.crs_main, v, "pop" if pop_target else "acc")
    return {"INPUT": lay, "ACCESS_FIELD": "acc" if pop_target else v.param_field("acc"),
            "POPULATION_FIELD": v.param_field("pop") if pop_target else "pop",
            "DISTRICT_FIELD": "district", "LORENZ_POINTS": 11, "OUTPUT_LORENZ": "TEMPORARY_OUTPUT"}


def build_siting(v, tmp):
    xs = [0, 100, 5000]
    dem = layer("Polygon", [sq(x, 0, 20) for x in xs],
                {"bid": demand_ids(v, 3), "pop": [10.0, 10.0, 3.0], "name": names(3)},
                "blocks_case", v.crs_main, v, "pop")
    cxy = [(50, 10), (5000, 10), (9000, 10)]
    if v.case == "far_facility":
        cxy.append((50, 3000))
    cids = [f"s{i + 1}" for i in range(len(cxy))]
    cand = layer("Point", [pt(*p) for p in cxy], {"cid": cids}, "candidates_case", v.crs_other)
    p = {"DEMAND": dem, "DEMAND_FIELD": v.param_field("pop"), "CANDIDATES": cand, "CANDIDATE_ID_FIELD": "cid",
         "P": 5 if v.case == "p_too_large" else 2, "OBJECTIVE": "mclp", "SOLVER": "greedy",
         "COST_UNIT": "meters", "THRESHOLD": threshold(v, 200.0),
         "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
         "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    p.update(cost_params(v, dem, [x + 10 for x in xs], cids, [x for x, _ in cxy], supply_id_field="cid"))
    if v.case == "duplicate_ids":
        p.pop("SUPPLY_ID_FIELD")
    return p


def build_supplyinventory(v, tmp):
    xy = [(0, 0), (3000, 0), (6000, 0), (9000, 0)]
    kinds = "Point"
    geoms = [pt(*p) for p in xy]
    if v.case in ("invalid_polygon", "multipart"):
        kinds = "Polygon"
        geoms = [sq(x, y, 40) for x, y in xy]
    fac = layer(kinds, geoms,
                {"name": ["Jardín Sol", "Hogar Luna", "Centro Día Abuelos", "Casa Cuna"],
                 "service_type": ["kindergarten", "kindergarten", "elderly_day_care", "kindergarten"],
                 "capacity": [80.0, 40.0, 30.0, 20.0], "hours_per_day": [8.0, 8.0, 4.0, 8.0],
                 "days_per_week": [5.0, 5.0, 5.0, 5.0]},
                "facilities_case", v.crs_main, v, "capacity")
    inputs = [fac]
    mapping = "" if v.case not in ("odd_field_names", "missing_field") else f"capacity={v.param_field('capacity')}"
    if v.case in ("two_crs", "geographic"):
        # a second source with one record 10 m from the first one, same name: merged
        other = layer("Point", [pt(10, 0)], {"name": ["Jardin Sol"], "service_type": ["kindergarten"],
                                             "capacity": [75.0]}, "crowd_case", v.crs_other)
        inputs.append(other)
        mapping = "|"
    return {"INPUTS": inputs, "MAPPINGS": mapping, "DEDUP_DISTANCE": threshold(v, 50.0), "NAME_THRESHOLD": 0.8,
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_REJECTED": "TEMPORARY_OUTPUT"}


CARE_BANDS = "a0_4:0-4;a5_14:5-14;a15_64:15-64;a65p:65+"


def build_caredemand(v, tmp):
    lay = layer("Polygon", [sq(0, 0, 1000), sq(1000, 0, 1000), sq(0, 1000, 500), sq(1000, 1000, 500)],
                {"a0_4": [10.0, 4.0, 5.0, 2.0], "a5_14": [20.0, 10.0, 0.0, 3.0], "a15_64": [50.0, 30.0, 2.0, 10.0],
                 "a65p": [20.0, 0.0, 5.0, 1.0], "name": names(4)},
                "blocks_case", v.crs_main, v, "a0_4")
    mapping = CARE_BANDS.replace("a0_4:", f"{v.param_field('a0_4')}:")
    if v.case == "zero_demand":
        for k in ("a5_14", "a15_64", "a65p"):
            idx = lay.fields().indexOf(k)
            lay.dataProvider().changeAttributeValues({f.id(): {idx: 0.0} for f in lay.getFeatures()})
    return {"INPUT": lay, "BAND_MAPPING": mapping, "WEIGHTS": "madrid", "OUTPUT": "TEMPORARY_OUTPUT"}


RGT = (X0 + 0.0, 10.0, 0.0, Y0 + 200.0, 0.0, -10.0)  # 30 x 20 pixels over x 0..300, y 0..200


def make_raster(path, values, crs=UTM, nodata=-9999.0):
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform(RGT)
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    return str(path)


def build_rasterdemand(v, tmp):
    values = np.ones((20, 30)) * 2.0
    values[:, 15:] = 3.0
    bad = {"negative": -5.0, "nan": np.nan, "pos_inf": np.inf, "neg_inf": -np.inf}
    if v.case in bad:
        values[5, 5] = bad[v.case]
    elif v.case == "zero_demand":
        values[:] = 0.0
    elif v.case == "all_equal":
        values[:] = 2.0
    fname = "población niños.tif" if v.case == "odd_field_names" else "population_case.tif"
    raster = make_raster(os.path.join(str(tmp), fname), values)
    zones = layer("Polygon", [sq(0, 0, 100), sq(100, 0, 100), sq(200, 0, 100), sq(0, 100, 100)],
                  {"zid": [1, 2, 3, 4], "name": names(4)}, "zones_case",
                  "EPSG:3857" if v.case == "two_crs" else v.crs_main, v, None)
    return {"RASTERS": [raster], "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT"}


def build_unpaidcare(v, tmp):
    xs = [0, 1000, 2000, 5000]
    services_target = v.case == "zero_capacity"
    units = layer("Point", [pt(x, 50) for x in xs],
                  {"bid": demand_ids(v, 4), "f_15_29": [10.0, 6.0, 0.0, 3.0], "m_15_29": [10.0, 4.0, 0.0, 2.0],
                   "f_30_64": [5.0, 2.0, 1.0, 1.0], "m_30_64": [0.0, 4.0, 1.0, 1.0], "name": names(4)},
                  "blocks_case", v.crs_main, v if not services_target else None,
                  "f_15_29" if not services_target else None)
    if v.case == "zero_demand":
        for k in ("m_15_29", "f_30_64", "m_30_64"):
            idx = units.fields().indexOf(k)
            units.dataProvider().changeAttributeValues({f.id(): {idx: 0.0} for f in units.getFeatures()})
    tu = table({"sex": ["f", "m", "f", "m"], "age_band": ["15-29", "15-29", "30-64", "30-64"],
                "weekly_hours": [20.0, 5.0, 30.0, 10.0]}, "timeuse_case", v)
    sxy = [(500, 50), (2000, 50)]
    if v.case == "far_facility":
        sxy.append((1000, 3000))
    sids = [f"f{i + 1}" for i in range(len(sxy))]
    services = layer("Point", [pt(*p) for p in sxy], {"sid": sids, "places": [10.0] * len(sxy)},
                     "services_case", v.crs_other, v if services_target or v.on else None,
                     "places" if services_target else None)
    band_fields = None
    if v.case in ("odd_field_names", "missing_field"):
        band_fields = (f"f:15-29={v.param_field('f_15_29')}; m:15-29=m_15_29; f:30-64=f_30_64; "
                       "m:30-64=m_30_64")
    p = {"INPUT": units, "TIME_USE": tu, "WAGE": 3.0, "SERVICES": services,
         "SERVICE_CAPACITY_FIELD": "places", "HOURS_OPEN": 40.0, "SUBSTITUTION": 0.5,
         "COST_UNIT": "meters", "THRESHOLD": threshold(v, 1200.0), "OUTPUT": "TEMPORARY_OUTPUT"}
    if band_fields:
        p["BAND_FIELDS"] = band_fields
    p.update(cost_params(v, units, xs, sids, [x for x, _ in sxy]))
    return p


def build_report(v, tmp):
    cells = [(x * 100, y * 100) for y in range(2) for x in range(3)]
    # all-zero capacity for the report: no place within reach anywhere (access 0)
    units = layer("Polygon", [sq(x, y, 100) for x, y in cells],
                  {"care_demand": [10.0, 20.0, 30.0, 5.0, 15.0, 25.0],
                   "cost_nearest": [5.0, 12.0, 25.0, 30.0, 8.0, None],
                   "access": [0.5, 0.2, 0.0, 0.0, 0.4, 0.0], "covered": [1, 1, 0, 0, 1, 0],
                   "unmet": [2.0, 10.0, 30.0, 5.0, 3.0, 25.0], "desert": [0, 0, 1, 0, 0, 1],
                   "district": ["Norte", "Norte", "Sur", "Sur", "Sur", "Norte"]},
                  "blocks_case", v.crs_main, v, "access" if v.case == "zero_capacity" else "care_demand")
    fac = layer("Point", [pt(50, 50), pt(250, 150)], {"name": names(2), "capacity": [10.0, 5.0]},
                "facilities_case", v.crs_other)
    return {"UNITS": units, "DEMAND_FIELD": v.param_field("care_demand"),
            "DISTRICT_FIELD": "district", "SUPPLY": fac, "CAPACITY_FIELD": "capacity",
            "THRESHOLD": threshold(v, 20.0), "TARGET": 0.3, "TITLE": "Matrix",
            "OUTPUT_HTML": os.path.join(str(tmp), f"report_{v.case}.html")}


def build_carepipeline(v, tmp):
    fac_target = v.case == "zero_capacity"
    fxy = [(500, 50), (2000, 50)]
    if v.case == "far_facility":
        fxy.append((1000, 3000))
    fac = layer("Point", [pt(*p) for p in fxy],
                {"name": ["Jardín Sol", "Hogar Luna", "Casa Lejos"][:len(fxy)],
                 "service_type": ["kindergarten"] * len(fxy), "capacity": [10.0, 6.0, 4.0][:len(fxy)],
                 "target_group": ["children"] * len(fxy)},
                "facilities_case", v.crs_other, v if fac_target or v.on else None,
                "capacity" if fac_target else None)
    xs = [0, 1000, 2000, 5000]
    units = layer("Polygon", [sq(x, 0, 100) for x in xs],
                  {"p_0_2": [40.0, 80.0, 20.0, 30.0], "p_3_5": [60.0, 120.0, 30.0, 50.0],
                   "district": ["Norte", "Norte", "Sur", "Sur"]},
                  "blocks_case", v.crs_main, v if not fac_target else None, "p_0_2" if not fac_target else None)
    if v.case == "zero_demand":
        idx = units.fields().indexOf("p_3_5")
        units.dataProvider().changeAttributeValues({f.id(): {idx: 0.0} for f in units.getFeatures()})
    band = f"{v.param_field('p_0_2')}:0-2;p_3_5:3-5"
    p = {"FACILITIES": [fac], "MAPPINGS": "" if not fac_target else f"capacity={v.param_field('capacity')}",
         "UNITS": units, "BAND_MAPPING": band, "WEIGHTS": "equal", "DISTRICT_FIELD": "district",
         "COST_MODE": "straight", "SPEED": 6.0, "DETOUR": 1.0, "THRESHOLD": threshold(v, 15.0),
         "METHOD": "2sfca", "TARGET_RATIO": 0.5,
         "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT", "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
         "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"}
    if v.case in ("disconnected_network", "far_facility"):
        p.update({"COST_MODE": "network", "NETWORK": roads(v, v.crs_other)})
    if v.case == "html_names":
        p["OUTPUT_HTML"] = os.path.join(str(tmp), "pipeline_report.html")
    return p


BUILDERS = {name[len("build_"):]: fn for name, fn in globals().items() if name.startswith("build_")}
