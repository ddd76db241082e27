"""Network costs at city scale (issue 16 items 2 and 3): the streamed search
(kernels.network.NetworkPairs: points joined once, Dijkstra on the part of the graph
within reach of each tile of sources, pairs in chunks under a memory budget) gives the
same pairs and costs as the path it replaced (kept below verbatim as the reference:
points joined per set, Dijkstra rows over the whole graph), to 1e-9, on small generated
networks with one-way streets, speeds per road, points off the network, fragments,
vertices merged by a tolerance, thresholds and both search directions. Not timed."""
import numpy as np
import pytest
from caremap.kernels import fca as kfca
from caremap.kernels.chunks import chunk_pairs
from caremap.kernels.costs import Costs, minutes_per_meter
from caremap.kernels.network import (
    NetworkPairs,
    _expand,
    _groups,
    build_graph,
    network_costs,
    network_nearest,
    reach_rate,
)
from caremap.kernels.network_snap import attach, snap_report
from scipy.sparse.csgraph import dijkstra


# --------------------------------------------------------------- the replaced path (reference)
def ref_network_costs(network, demand_xy, supply_xy, max_cost, unit="meters", connector_speed_kmh=5.04,
                      max_snap_distance=500.0, respect_oneway=True, block_bytes=200_000_000):
    dxy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    sxy = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
    nd, ns = len(dxy), len(sxy)
    limit = np.inf if max_cost is None or not np.isfinite(max_cost) else float(max_cost)
    conn_f = 1.0 if unit == "meters" else minutes_per_meter(connector_speed_kmh)
    network, (d_node, s_node), (d_snap, s_snap) = attach(network, [dxy, sxy], max_snap_distance)
    d_dist, d_ok, s_dist, s_ok = d_snap.dist, d_snap.ok, s_snap.dist, s_snap.ok
    report = snap_report(network, d_snap, s_snap, d_node, s_node, max_snap_distance)
    d_idx, s_idx = np.flatnonzero(d_ok), np.flatnonzero(s_ok)
    empty = Costs(np.empty(0), np.empty(0), np.empty(0), nd, ns, report)
    if len(d_idx) == 0 or len(s_idx) == 0:
        return empty
    d_conn, s_conn = d_dist[d_idx] * conn_f, s_dist[s_idx] * conn_f
    d_un, d_ord, d_st, d_ct = _groups(d_node[d_idx])
    s_un, s_ord, s_st, s_ct = _groups(s_node[s_idx])
    from_supply = len(s_un) <= len(d_un)
    if from_supply:
        src, tgt = (s_un, s_ord, s_st, s_ct, s_conn), (d_un, d_ord, d_st, d_ct, d_conn)
        graph = network.graph(unit, respect_oneway, reverse=True)
    else:
        src, tgt = (d_un, d_ord, d_st, d_ct, d_conn), (s_un, s_ord, s_st, s_ct, s_conn)
        graph = network.graph(unit, respect_oneway, reverse=False)
    s_nodes, s_order, s_starts, s_counts, s_c = src
    t_nodes, t_order, t_starts, t_counts, t_c = tgt
    path_limit = limit - float(s_c.min()) - float(t_c.min()) if np.isfinite(limit) else np.inf
    if path_limit < 0:
        return empty
    dlimit = path_limit * (1 + 1e-12) + 1e-12 if np.isfinite(path_limit) else np.inf
    out_src, out_tgt, out_c = [], [], []
    dist = dijkstra(graph, directed=True, indices=s_nodes, limit=dlimit)
    sub = dist[:, t_nodes]
    gi, gj = np.nonzero(np.isfinite(sub))
    dd = sub[gi, gj]
    rep, sp_pt = _expand(gi, s_order, s_starts, s_counts)
    gj, dd = gj[rep], dd[rep]
    rep, tp_pt = _expand(gj, t_order, t_starts, t_counts)
    sp_pt, dd = sp_pt[rep], dd[rep]
    total = dd + s_c[sp_pt] + t_c[tp_pt]
    keep = total <= limit
    out_src.append(sp_pt[keep])
    out_tgt.append(tp_pt[keep])
    out_c.append(total[keep])
    sp_all, tp_all, cc = np.concatenate(out_src), np.concatenate(out_tgt), np.concatenate(out_c)
    di, sj = (d_idx[tp_all], s_idx[sp_all]) if from_supply else (d_idx[sp_all], s_idx[tp_all])
    return Costs(di, sj, cc, nd, ns, report)


# --------------------------------------------------------------- generated networks
def city(rng, side=14, step=50.0, drop=0.08, diag=0.15, jitter=0.0):
    """A grid of one-segment lines (some removed), diagonals, a detached fragment; per-row
    speeds and one-way codes."""
    k = np.arange(side) * step
    xs, ys = np.meshgrid(k[:-1], k)
    h = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel() + step, ys.ravel()])
    xs, ys = np.meshgrid(k, k[:-1])
    v = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel(), ys.ravel() + step])
    seg = np.vstack([h, v])
    seg = seg[rng.random(len(seg)) >= drop]
    xs, ys = np.meshgrid(k[:-1], k[:-1])
    d = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel() + step, ys.ravel() + step])
    seg = np.vstack([seg, d[rng.random(len(d)) < diag]])
    far = k[-1] + 300.0  # a small detached piece (never joined) and a large detached block
    seg = np.vstack([seg, [[far, 0, far + 10, 0]], [[-400, -400, -400, -250], [-400, -250, -250, -250]]])
    xy = seg.reshape(-1, 2).copy()
    if jitter:
        xy += rng.uniform(-jitter, jitter, xy.shape)
    n = len(seg)
    speeds = rng.choice([5.0, 20.0, 40.0, np.nan], n)
    oneway = np.where(rng.random(n) < 0.25, rng.choice([1, -1], n), 0)
    return xy, np.arange(0, 2 * n + 1, 2), np.arange(n), speeds, oneway, k[-1]


def points(rng, n, ext, out=150.0):
    return rng.uniform(-out, ext + out, (n, 2))


def as_dict(c):
    return {(int(i), int(j)): float(x) for i, j, x in zip(c.demand_idx, c.supply_idx, c.cost, strict=True)}


def assert_same(a, b):
    da, db = as_dict(a), as_dict(b)
    assert da.keys() == db.keys()
    if da:
        ka = list(da)
        np.testing.assert_allclose([da[k] for k in ka], [db[k] for k in ka], rtol=1e-9, atol=1e-9)
    assert len(da) == a.n_pairs == b.n_pairs  # every pair once


CASES = [  # seed, n demand, n supply, unit, threshold, one-way respected, snap distance
    (0, 120, 15, "meters", 300.0, True, 100.0),
    (1, 80, 200, "meters", 250.0, True, 60.0),   # fewer demand nodes: from the demand side
    (2, 150, 20, "minutes", 4.0, True, 100.0),
    (3, 150, 20, "minutes", 4.0, False, 100.0),
    (4, 60, 10, "meters", None, True, 100.0),   # no limit: the whole graph
    (5, 100, 30, "meters", 0.0, True, 100.0),   # only points on the same spot
    (6, 200, 25, "minutes", 12.0, True, 30.0),  # many points off the network
]


@pytest.mark.parametrize("seed,nd,ns,unit,thr,oneway,snap", CASES)
def test_stream_equals_replaced_path(seed, nd, ns, unit, thr, oneway, snap):
    rng = np.random.default_rng(seed)
    xy, offs, rows, speeds, ow, ext = city(rng)
    net = build_graph(xy, offs, rows, speed_kmh_per_row=speeds, oneway_per_row=ow)
    dxy, sxy = points(rng, nd, ext), points(rng, ns, ext)
    dxy[:5] = sxy[:5]  # some on the same spot as a facility
    ref = ref_network_costs(net, dxy, sxy, thr, unit, max_snap_distance=snap, respect_oneway=oneway)
    new = network_costs(net, dxy, sxy, thr, unit, max_snap_distance=snap, respect_oneway=oneway)
    assert_same(new, ref)
    for key in ("unsnapped_demand", "unsnapped_supply", "demand_near_fragment", "demand_off_main_idx"):
        np.testing.assert_array_equal(new.report[key], ref.report[key])
    np.testing.assert_allclose(new.report["demand_snap_m"], ref.report["demand_snap_m"], equal_nan=True)
    # streamed in many small chunks with tiny Dijkstra blocks: the union is the table
    stream = NetworkPairs(net, dxy, sxy, thr, unit, max_snap_distance=snap, respect_oneway=oneway,
                          budget=64 * 40, block_bytes=8 * 300)
    parts = list(stream.chunks())
    union = Costs(*(np.concatenate([np.empty(0, t)] + [getattr(p, f) for p in parts])
                    for f, t in (("demand_idx", np.int64), ("supply_idx", np.int64), ("cost", float))), nd, ns)
    assert_same(union, ref)
    if ref.n_pairs > 2 * chunk_pairs(64 * 40):
        assert len(parts) > 2
    # a second pass gives the same pairs again (kept or searched again)
    again = list(stream.chunks())
    assert sum(p.n_pairs for p in again) == ref.n_pairs


def test_tiles_are_used_and_exact_on_a_larger_grid():
    rng = np.random.default_rng(11)
    xy, offs, rows, speeds, ow, ext = city(rng, side=40)
    net = build_graph(xy, offs, rows, speed_kmh_per_row=speeds, oneway_per_row=ow)
    dxy, sxy = points(rng, 600, ext), points(rng, 60, ext)
    for unit, thr in (("meters", 200.0), ("minutes", 1.0)):
        stream = NetworkPairs(net, dxy, sxy, thr, unit, max_snap_distance=80.0)
        assert len(stream.cells) > 4 and all(nodes is not None for _, nodes in stream.cells)
        assert stream.radius < ext
        assert_same(stream.table(), ref_network_costs(net, dxy, sxy, thr, unit, max_snap_distance=80.0))


def test_tolerance_merged_vertices():
    """Vertices merged within a tolerance: node positions move, the reach bound still holds."""
    rng = np.random.default_rng(5)
    xy, offs, rows, speeds, ow, ext = city(rng, side=25, jitter=2.0)
    net = build_graph(xy, offs, rows, speed_kmh_per_row=speeds, oneway_per_row=ow, tolerance=5.0)
    dxy, sxy = points(rng, 300, ext), points(rng, 40, ext)
    stream = NetworkPairs(net, dxy, sxy, 220.0, max_snap_distance=80.0)
    assert len(stream.cells) > 1
    assert_same(stream.table(), ref_network_costs(net, dxy, sxy, 220.0, max_snap_distance=80.0))


def test_hand_path_and_rate():
    # one street 0 -> 100 -> 200 m; demand 10 m off its start, facility 5 m off its end
    net = build_graph(np.array([[0, 0], [100, 0], [200, 0.0]]), [0, 3], [0])
    c = network_costs(net, [[0, 10.0]], [[200, -5.0]], 215.0)
    assert c.n_pairs == 1 and c.cost[0] == pytest.approx(215.0)
    assert network_costs(net, [[0, 10.0]], [[200, -5.0]], 214.9).n_pairs == 0
    # a slow road (5 km/h) and a fast one (50 km/h): the bound is the fast road's minutes per metre
    net = build_graph(np.array([[0, 0], [100, 0], [100, 0], [100, 300.0]]), [0, 2, 4], [0, 1],
                      speed_kmh_per_row=[5.0, 50.0])
    assert reach_rate(net.graph("minutes"), net.node_xy) == pytest.approx(60 / 50_000)
    assert reach_rate(net.graph("meters"), net.node_xy) == pytest.approx(1.0)


def test_nearest_within_equals_replaced_nearest():
    rng = np.random.default_rng(3)
    xy, offs, rows, speeds, ow, ext = city(rng, side=20)
    net = build_graph(xy, offs, rows, speed_kmh_per_row=speeds, oneway_per_row=ow)
    dxy, sxy = points(rng, 300, ext), points(rng, 25, ext)
    mask = rng.random(25) < 0.6
    stream = NetworkPairs(net, dxy, sxy, 2.0, "minutes", max_snap_distance=70.0)
    c1, i1 = stream.nearest_within(6.0, mask)
    c0, i0 = network_nearest(net, dxy, sxy[mask], 6.0, "minutes", max_snap_distance=70.0)
    i0 = np.where(i0 >= 0, np.flatnonzero(mask)[np.maximum(i0, 0)], -1)
    np.testing.assert_allclose(c1, c0, rtol=1e-9, atol=1e-9, equal_nan=True)
    np.testing.assert_array_equal(i1 >= 0, i0 >= 0)
    # the nearest of the pairs within the threshold is the nearest found with no table
    tab = stream.table()
    best = np.full(300, np.inf)
    sel = mask[tab.supply_idx]
    np.minimum.at(best, tab.demand_idx[sel], tab.cost[sel])
    c2, _ = stream.nearest_within(2.0, mask)
    np.testing.assert_allclose(np.where(np.isfinite(best), best, np.nan), c2, rtol=1e-9, equal_nan=True)


def test_estimate_exact_with_few_sources():
    rng = np.random.default_rng(4)
    xy, offs, rows, speeds, ow, ext = city(rng)
    net = build_graph(xy, offs, rows)
    dxy, sxy = points(rng, 200, ext), points(rng, 12, ext)
    stream = NetworkPairs(net, dxy, sxy, 300.0)
    assert stream.estimate().pairs == stream.table().n_pairs
    est = stream.estimate(sample=3)
    assert 0 < est.pairs and est.nbytes == est.pairs * 64


def test_progress_forward_and_cancel():
    rng = np.random.default_rng(6)
    xy, offs, rows, speeds, ow, ext = city(rng, side=30)
    net = build_graph(xy, offs, rows)
    dxy, sxy = points(rng, 400, ext), points(rng, 50, ext)
    seen = []
    stream = NetworkPairs(net, dxy, sxy, 200.0, budget=64 * 100, block_bytes=8 * 200,
                          feedback=lambda f: seen.append(f) or False)
    n = sum(ch.n_pairs for ch in stream.chunks())
    assert n == network_costs(net, dxy, sxy, 200.0).n_pairs and len(seen) > 5
    assert all(b >= a for a, b in zip(seen, seen[1:], strict=False)) and 0 <= seen[0] and seen[-1] <= 1
    calls = []

    def stop_at_third(f):
        calls.append(f)
        return len(calls) == 3

    with pytest.raises(InterruptedError):
        list(NetworkPairs(net, dxy, sxy, 200.0, budget=64 * 100, block_bytes=8 * 200).chunks(stop_at_third))
    assert len(calls) == 3
    with pytest.raises(InterruptedError):
        network_costs(net, dxy, sxy, 200.0, feedback=lambda f: True)


@pytest.mark.parametrize("method", ["2sfca", "3sfca", "gravity", "nearest"])
def test_accessibility_over_the_stream_equals_the_table(method):
    rng = np.random.default_rng(8)
    xy, offs, rows, speeds, ow, ext = city(rng, side=20)
    net = build_graph(xy, offs, rows, speed_kmh_per_row=speeds, oneway_per_row=ow)
    dxy, sxy = points(rng, 300, ext), points(rng, 30, ext)
    P, S = rng.uniform(1, 10, 300), rng.uniform(0, 20, 30)
    tab = ref_network_costs(net, dxy, sxy, 3.0, "minutes", max_snap_distance=80.0)
    kw = dict(decay="gaussian", decay_param=None, threshold=3.0) if method == "gravity" else dict(threshold=3.0)
    a = kfca.accessibility(tab, P, S, method, **kw)
    stream = NetworkPairs(net, dxy, sxy, 3.0, "minutes", max_snap_distance=80.0, budget=64 * 50,
                          block_bytes=8 * 100)
    b = kfca.accessibility(stream, P, S, method, **kw)
    np.testing.assert_allclose(b.access, a.access, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(b.ratio, a.ratio, rtol=1e-12, atol=1e-12, equal_nan=True)
    np.testing.assert_allclose(b.cost_nearest, a.cost_nearest, rtol=1e-12, equal_nan=True)
