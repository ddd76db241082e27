"""caremap:osmnetwork on two real OpenStreetMap extracts (tests/data/README.md: central
Helsinki and Karhula, Kotka; © OpenStreetMap contributors, ODbL): which ways each mode
keeps, topology by shared nodes only (bridges and tunnels stay apart from the streets they
cross), components, and network costs of caremap:accessibility on the output equal to an
independent scipy.sparse.csgraph computation on the same lines."""
import os

import numpy as np
import pytest
import scipy.sparse as sp
from layers import point_layer, run_alg
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from scipy.sparse.csgraph import connected_components, dijkstra

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELSINKI = os.path.join(ROOT, "tests", "data", "helsinki_centre.osm.pbf")
KOTKA = os.path.join(ROOT, "tests", "data", "kotka_karhula.osm.pbf")
_RUNS = {}


def network(path, mode, **kw):
    key = (path, mode, tuple(sorted(kw.items())))
    if key not in _RUNS:
        params = {"INPUT": path, "MODE": mode, "OUTPUT": "TEMPORARY_OUTPUT", **kw}
        _RUNS[key] = run_alg("caremap:osmnetwork", params)
    return _RUNS[key]


def pieces(layer):
    """(attribute dicts, list of (n, 2) vertex arrays)."""
    names = layer.fields().names()
    attrs, coords = [], []
    for f in layer.getFeatures():
        attrs.append(dict(zip(names, f.attributes())))
        coords.append(np.array([(p.x(), p.y()) for p in f.geometry().vertices()]))
    return attrs, coords


_RAW = {}


def raw_ways(path):
    """osm_id -> (highway, railway, other_tags, QgsGeometry) of the extract's lines."""
    if path not in _RAW:
        layer = QgsVectorLayer(f"{path}|layername=lines", "lines", "ogr")
        assert layer.isValid()
        _RAW[path] = {f["osm_id"]: (f["highway"] or "", f["railway"] or "", f["other_tags"] or "", f.geometry())
                      for f in layer.getFeatures()}
    return _RAW[path]


def ids_where(path, test):
    return {i for i, (hw, rw, tags, _) in raw_ways(path).items() if test(hw, rw, tags)}


def out_ids(layer):
    return {f["osm_id"] for f in layer.getFeatures()}


# --------------------------------------------------------------------------- which ways
def test_walk_network_leaves_out_motorways_rail_and_foot_no(caremap_provider):
    hel = out_ids(network(HELSINKI, "walk")["OUTPUT"])
    kot = out_ids(network(KOTKA, "walk")["OUTPUT"])
    rail = ids_where(HELSINKI, lambda hw, rw, t: rw in ("rail", "subway", "tram"))
    foot_no = ids_where(HELSINKI, lambda hw, rw, t: '"foot"=>"no"' in t)
    motorways = ids_where(KOTKA, lambda hw, rw, t: hw.startswith("motorway"))
    assert len(rail) > 250 and len(foot_no) > 30 and len(motorways) == 12  # the data has them
    assert not hel & rail and not hel & foot_no and not kot & motorways
    # what a pedestrian uses is there
    footways = ids_where(HELSINKI, lambda hw, rw, t: hw in ("footway", "steps", "pedestrian") and "foot" not in t
                         and "access" not in t)
    assert footways <= hel
    layer = network(HELSINKI, "walk")["OUTPUT"]
    classes = {f["highway"] for f in layer.getFeatures()}
    assert {"footway", "steps", "primary", "residential", "cycleway"} <= classes
    assert not classes & {"motorway", "trail", "construction"}
    assert {f["oneway"] for f in layer.getFeatures()} == {0}  # walking: no one-way anywhere
    assert {f["speed_kmh"] for f in layer.getFeatures()} == {5.04}


def test_car_and_bike_networks(caremap_provider):
    car, _ = pieces(network(KOTKA, "car")["OUTPUT"])
    classes = {a["highway"] for a in car}
    assert {"motorway", "motorway_link", "residential"} <= classes
    assert not classes & {"footway", "cycleway", "path", "track"}
    assert {a["oneway"] for a in car if a["highway"] == "motorway"} == {1}
    assert {a["speed_kmh"] for a in car if a["highway"] == "motorway"} == {100.0}
    slow, _ = pieces(network(KOTKA, "car", SPEED_TABLE="residential:25, motorway:90")["OUTPUT"])
    assert {a["speed_kmh"] for a in slow if a["highway"] == "residential"} == {25.0}
    assert {a["speed_kmh"] for a in slow if a["highway"] == "motorway"} == {90.0}
    bike = out_ids(network(HELSINKI, "bike")["OUTPUT"])
    plain_footways = ids_where(HELSINKI, lambda hw, rw, t: hw == "footway" and '"bicycle"' not in t)
    bike_no = ids_where(HELSINKI, lambda hw, rw, t: '"bicycle"=>"no"' in t)
    cycleways = ids_where(HELSINKI, lambda hw, rw, t: hw == "cycleway" and "bicycle" not in t and "access" not in t)
    assert plain_footways and bike_no and cycleways
    assert not bike & plain_footways and not bike & bike_no and cycleways <= bike


# --------------------------------------------------------------------------- topology
def test_lines_meet_only_at_their_ends_and_components_are_right(caremap_provider):
    res = network(HELSINKI, "walk")
    attrs, coords = pieces(res["OUTPUT"])
    assert res["OUTPUT"].crs().authid() == "EPSG:32635"  # local UTM
    # interior vertices belong to one line only, and never coincide with an end
    interior = np.concatenate([c[1:-1] for c in coords if len(c) > 2])
    ends = np.concatenate([np.stack([c[0], c[-1]]) for c in coords])
    allv = np.concatenate([interior, np.unique(ends, axis=0)])
    _, counts = np.unique(allv, axis=0, return_counts=True)
    assert counts.max() == 1
    # components from the ends, computed here
    _, node = np.unique(ends, axis=0, return_inverse=True)
    node = node.ravel()
    n = len(coords)
    g = sp.coo_matrix((np.ones(n), (node[0::2], node[1::2])), shape=(node.max() + 1,) * 2)
    ncomp, lab = connected_components(g, directed=False)
    comp = np.array([a["component"] for a in attrs])
    assert res["N_COMPONENTS"] == ncomp == len(set(comp.tolist()))
    # the same partition: each of our labels maps to exactly one of theirs and back
    pairs = set(zip(comp.tolist(), lab[node[0::2]].tolist()))
    assert len(pairs) == ncomp
    length = np.array([a["length_m"] for a in attrs])
    geom_len = np.array([np.hypot(*np.diff(c, axis=0).T).sum() for c in coords])
    assert length == pytest.approx(geom_len, rel=1e-9)
    tot = np.bincount(comp, weights=length)
    assert tot.argmax() == 0 and res["LARGEST_SHARE"] == pytest.approx(tot[0] / tot.sum())
    assert 0.9 < res["LARGEST_SHARE"] < 1


def crossings(path, mode, key):
    """Pairs (structure way, street way) both in the network, whose geometries cross
    with no common vertex: a bridge over (or a tunnel under) the street."""
    ways = raw_ways(path)
    inside = out_ids(network(path, mode)["OUTPUT"])
    streets = [s for s, (_, _, t2, _) in ways.items()
               if s in inside and '"bridge"' not in t2 and '"tunnel"' not in t2]
    boxes = np.array([ways[s][3].boundingBox().toRectF().getCoords() for s in streets])  # x0, y0, x1, y1
    found = []
    for b, (_, _, tags, gb) in ways.items():
        if f'"{key}"=>"yes"' not in tags or b not in inside:
            continue
        x0, y0, x1, y1 = gb.boundingBox().toRectF().getCoords()
        near = np.flatnonzero((boxes[:, 0] <= x1) & (boxes[:, 2] >= x0) & (boxes[:, 1] <= y1) & (boxes[:, 3] >= y0))
        vb = {(p.x(), p.y()) for p in gb.vertices()}
        for k in near:
            s = streets[k]
            gs = ways[s][3]
            if s != b and gs.intersects(gb) and not vb & {(p.x(), p.y()) for p in gs.vertices()}:
                found.append((b, s))
    return found


@pytest.mark.parametrize("path, mode, key, minimum", [(KOTKA, "walk", "bridge", 4), (KOTKA, "car", "bridge", 8),
                                                      (HELSINKI, "walk", "tunnel", 100)])
def test_bridges_and_tunnels_do_not_join_the_streets_they_cross(caremap_provider, path, mode, key, minimum):
    pairs = crossings(path, mode, key)
    assert len(pairs) >= minimum
    attrs, coords = pieces(network(path, mode)["OUTPUT"])
    ends_of = {}
    for a, c in zip(attrs, coords):
        ends_of.setdefault(a["osm_id"], set()).update({tuple(c[0]), tuple(c[-1])})
    for b, s in pairs:
        assert not ends_of[b] & ends_of[s], (b, s)


# --------------------------------------------------------------------------- costs
def node_graph(attrs, coords, respect_oneway):
    """The directed graph of the output lines built here from their ends: minutes per line."""
    ends = np.concatenate([np.stack([c[0], c[-1]]) for c in coords])
    uniq, node = np.unique(ends, axis=0, return_inverse=True)
    node = node.ravel()
    u, v = node[0::2], node[1::2]
    w = np.array([a["length_m"] / (a["speed_kmh"] * 1000 / 60) for a in attrs])
    ow = np.array([a["oneway"] for a in attrs]) if respect_oneway else np.zeros(len(attrs))
    fwd, bwd = ow >= 0, ow <= 0
    r = np.concatenate([u[fwd], v[bwd]])
    c = np.concatenate([v[fwd], u[bwd]])
    ww = np.concatenate([w[fwd], w[bwd]])
    n = len(uniq)
    best = {}  # the cheapest of parallel lines

    for rr, cc, x in zip(r.tolist(), c.tolist(), ww.tolist()):
        if rr != cc and x < best.get((rr, cc), np.inf):
            best[(rr, cc)] = x
    k = np.array(list(best.keys()))
    g = sp.csr_matrix((list(best.values()), (k[:, 0], k[:, 1])), shape=(n, n))
    return g, uniq


@pytest.mark.parametrize("path, mode", [(HELSINKI, "walk"), (KOTKA, "car")])
def test_network_costs_equal_an_independent_csgraph_computation(caremap_provider, path, mode):
    out = network(path, mode)["OUTPUT"]
    attrs, coords = pieces(out)
    g, uniq = node_graph(attrs, coords, respect_oneway=(mode != "walk"))
    comp = np.array([a["component"] for a in attrs])
    main_nodes = np.unique(np.concatenate([np.stack([c[0], c[-1]]) for c, k in zip(coords, comp) if k == 0]), axis=0)
    rng = np.random.default_rng(12)
    pick = main_nodes[rng.choice(len(main_nodes), 14, replace=False)]
    dem, fac = pick[:10], pick[10:]
    crs = out.crs().authid()
    res = run_alg("caremap:accessibility", {
        "DEMAND": point_layer(dem.tolist(), {"pop": [10.0] * len(dem)}, crs=crs, name="demand"),
        "DEMAND_FIELD": "pop",
        "SUPPLY": point_layer(fac.tolist(), {"cap": [5.0] * len(fac)}, crs=crs, name="facilities"),
        "CAPACITY_FIELD": "cap", "COST_MODE": "network", "NETWORK": out, "SPEED_FIELD": "speed_kmh",
        "ONEWAY_FIELD": "oneway", "COST_UNIT": "minutes", "THRESHOLD": 10000, "METHOD": "nearest",
        "DECAY": "step", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"})
    got = np.array([np.nan if f["cost_nearest"] is None or str(f["cost_nearest"]) == "NULL" else f["cost_nearest"]
                    for f in res["OUTPUT_DEMAND"].getFeatures()], dtype=float)
    index = {tuple(p): i for i, p in enumerate(uniq.tolist())}
    d_nodes = [index[tuple(p)] for p in dem.tolist()]
    f_nodes = [index[tuple(p)] for p in fac.tolist()]
    expect = dijkstra(g, directed=True, indices=d_nodes)[:, f_nodes].min(axis=1)
    expect = np.where(np.isfinite(expect), expect, np.nan)
    assert np.isfinite(expect).sum() >= 8  # most pairs are reachable, so the check means something
    assert np.array_equal(np.isnan(got), np.isnan(expect))
    ok = np.isfinite(expect)
    assert got[ok] == pytest.approx(expect[ok], rel=0.005, abs=1e-9)


# --------------------------------------------------------------------------- options and bad input
def test_extent_clips_the_network(caremap_provider):
    full = network(HELSINKI, "walk")
    part = network(HELSINKI, "walk", EXTENT="24.940,24.948,60.166,60.172 [EPSG:4326]")
    _, coords = pieces(part["OUTPUT"])
    allv = np.concatenate(coords)
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsPointXY,
        QgsProject,
    )
    ct = QgsCoordinateTransform(part["OUTPUT"].crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    ll = np.array([(q.x(), q.y()) for q in (ct.transform(QgsPointXY(*p)) for p in allv[::7])])
    assert ll[:, 0].min() >= 24.940 - 1e-7 and ll[:, 0].max() <= 24.948 + 1e-7
    assert ll[:, 1].min() >= 60.166 - 1e-7 and ll[:, 1].max() <= 60.172 + 1e-7
    assert 0 < part["OUTPUT"].featureCount() < full["OUTPUT"].featureCount()


def test_bad_input_says_what_to_do(caremap_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="not found"):
        run_alg("caremap:osmnetwork", {"INPUT": str(tmp_path / "none.osm.pbf"), "MODE": "walk",
                                       "OUTPUT": "TEMPORARY_OUTPUT"})
    bad = tmp_path / "notes.osm"
    bad.write_text("not an OpenStreetMap file")
    with pytest.raises(QgsProcessingException, match="OpenStreetMap"):
        run_alg("caremap:osmnetwork", {"INPUT": str(bad), "MODE": "walk", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="primary:40"):
        run_alg("caremap:osmnetwork", {"INPUT": KOTKA, "MODE": "car", "SPEED_TABLE": "fast",
                                       "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="in the chosen extent"):
        run_alg("caremap:osmnetwork", {"INPUT": KOTKA, "MODE": "car", "OUTPUT": "TEMPORARY_OUTPUT",
                                       "EXTENT": "26.9301,26.9302,60.5201,60.5202 [EPSG:4326]"})


def test_cancel(caremap_provider):
    fb = QgsProcessingFeedback()
    fb.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run_alg("caremap:osmnetwork", {"INPUT": KOTKA, "MODE": "walk", "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=fb)


def test_log_counts_read_as_english_plurals(caremap_provider):
    """The log of the help's example (the tutorial's Helsinki walk network): counts go
    through Qt's numerus forms, never "(s)"."""
    from layers import Recorder

    fb = Recorder()
    res = run_alg("caremap:osmnetwork", {"INPUT": HELSINKI, "MODE": "walk", "OUTPUT": "TEMPORARY_OUTPUT"}, fb)
    text = "\n".join(fb.infos)
    assert "2280 of 3818 ways are usable for walk" in text
    assert "Network for walk: 4268 lines (90.3 km) in 47 connected components; the largest holds 98.5% of the length" \
        in text
    assert res["N_COMPONENTS"] == 47
    assert "(s)" not in text
