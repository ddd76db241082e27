"""Road-network graph and costs: hand-computed paths, snapping, connectors, one-way
streets, disconnected networks, points off the network, and agreement with a dense
Dijkstra from either side."""
import numpy as np
import pytest
from caremap.kernels.costs import Costs
from caremap.kernels.network import build_graph, network_costs
from caremap.kernels.network_reach import service_area_segments
from scipy.sparse.csgraph import dijkstra


def lines(parts):
    """list of vertex lists (one part per row) -> xy, offsets, rows"""
    xy = np.array([p for part in parts for p in part], dtype=float)
    offs = np.cumsum([0] + [len(p) for p in parts])
    return xy, offs, np.arange(len(parts))


def grid(n=3, step=100.0):
    parts = [[(x * step, y * step) for x in range(n)] for y in range(n)]
    parts += [[(x * step, y * step) for y in range(n)] for x in range(n)]
    return lines(parts)


def dense(c):
    m = np.full((c.n_demand, c.n_supply), np.nan)
    m[c.demand_idx, c.supply_idx] = c.cost
    return m


def test_grid_paths_and_connectors():
    net = build_graph(*grid())
    assert net.n_nodes == 9 and net.n_edges == 12 and net.n_components == 1
    dem = np.array([[0.0, 0.0], [0.0, -30.0]])
    sup = np.array([[200.0, 100.0], [100.0, 100.0]])
    c = network_costs(net, dem, sup, 1000.0)
    np.testing.assert_allclose(dense(c), [[300, 200], [330, 230]])
    assert c.report["unsnapped_demand"].size == 0


def test_inclusive_limit_and_minutes():
    net = build_graph(*grid(), speed_kmh_per_row=np.full(6, 6.0))  # 100 m/min
    c = network_costs(net, [[0.0, 0.0]], [[200.0, 100.0]], 3.0, unit="minutes")
    assert dense(c)[0, 0] == pytest.approx(3.0)
    c = network_costs(net, [[0.0, 0.0]], [[200.0, 100.0]], 2.999, unit="minutes")
    assert c.n_pairs == 0
    # connector at walking speed: 84 m = 1 minute
    c = network_costs(net, [[0.0, -84.0]], [[0.0, 0.0]], 10.0, unit="minutes")
    assert dense(c)[0, 0] == pytest.approx(1.0)


def test_tolerance_is_an_explicit_option():
    # ends 0.3 m apart stay apart by default (topology from shared vertices only)
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(100.3, 0), (200, 0)]])
    assert build_graph(xy, offs, rows, tolerance=0.5).n_components == 1
    assert build_graph(xy, offs, rows, tolerance=0.1).n_components == 2
    net = build_graph(xy, offs, rows)
    assert net.n_components == 2
    c = network_costs(net, [[0.0, 0.0]], [[200.0, 0.0]], 1000.0)
    assert c.n_pairs == 0 and c.report["n_components"] == 2


def test_one_way_street():
    # a square A(0,0) B(100,0) C(100,100) D(0,100); A->B is one-way eastwards
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(100, 0), (100, 100)],
                            [(100, 100), (0, 100)], [(0, 100), (0, 0)]])
    net = build_graph(xy, offs, rows, oneway_per_row=[1, 0, 0, 0])
    a, b = [[0.0, 0.0]], [[100.0, 0.0]]
    assert dense(network_costs(net, a, b, 1000))[0, 0] == 100     # with the flow
    assert dense(network_costs(net, b, a, 1000))[0, 0] == 300     # around the block
    # walking ignores one-way
    assert dense(network_costs(net, b, a, 1000, respect_oneway=False))[0, 0] == 100
    # against the digitising direction (-1): B -> A allowed, A -> B not
    net2 = build_graph(xy, offs, rows, oneway_per_row=[-1, 0, 0, 0])
    assert dense(network_costs(net2, a, b, 1000))[0, 0] == 300
    assert dense(network_costs(net2, b, a, 1000))[0, 0] == 100


def test_one_way_same_result_from_either_side():
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(100, 0), (100, 100)],
                            [(100, 100), (0, 100)], [(0, 100), (0, 0)]])
    net = build_graph(xy, offs, rows, oneway_per_row=[1, 1, 1, 1])
    corners = np.array([[0, 0], [100, 0], [100, 100], [0, 100]], float)
    one = corners[[1]]
    # 4 demand x 1 supply (Dijkstra from supply, reversed) vs 1 demand x 4 supply
    c1 = dense(network_costs(net, corners, one, 1000))[:, 0]
    c2 = dense(network_costs(net, one, corners, 1000))[0]
    np.testing.assert_allclose(c1, [100, 0, 300, 200])
    np.testing.assert_allclose(c2, [300, 0, 100, 200])


def test_disconnected_and_unsnapped_points():
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(1000, 0), (1100, 0)]])
    net = build_graph(xy, offs, rows)
    dem = np.array([[0.0, 0.0], [1100.0, 0.0], [0.0, 5000.0]])
    sup = np.array([[100.0, 0.0], [100.0, 0.0]])
    c = network_costs(net, dem, sup, 1e6, max_snap_distance=200.0)
    m = dense(c)
    np.testing.assert_allclose(m[0], [100, 100])
    assert np.isnan(m[1]).all() and np.isnan(m[2]).all()
    assert c.report["unsnapped_demand"].tolist() == [2]
    assert c.report["n_components"] == 2
    assert c.report["demand_off_main"] + c.report["supply_off_main"] >= 1


def test_matches_dense_dijkstra_both_sides():
    rng = np.random.default_rng(3)
    xy, offs, rows = grid(n=8, step=50.0)
    speeds = rng.uniform(5, 50, len(rows))
    oneway = rng.choice([0, 0, 1, -1], len(rows))
    net = build_graph(xy, offs, rows, speed_kmh_per_row=speeds, oneway_per_row=oneway)
    g = net.graph("minutes", respect_oneway=True)
    full = dijkstra(g, directed=True)
    dem_nodes = rng.integers(0, net.n_nodes, 30)
    sup_nodes = rng.integers(0, net.n_nodes, 5)
    dem, sup = net.node_xy[dem_nodes], net.node_xy[sup_nodes]
    want = full[np.ix_(dem_nodes, sup_nodes)]
    want = np.where(want <= 3.0, want, np.nan)
    for d, s, w in ((dem, sup, want), (sup, dem, None)):
        c = network_costs(net, d, s, 3.0, unit="minutes", block_bytes=8 * net.n_nodes * 2)
        if w is None:
            w = full[np.ix_(sup_nodes, dem_nodes)]
            w = np.where(w <= 3.0, w, np.nan)
        np.testing.assert_allclose(dense(c), w, rtol=1e-12)
    assert isinstance(c, Costs)


def test_cancel():
    net = build_graph(*grid())
    with pytest.raises(InterruptedError):
        network_costs(net, [[0.0, 0.0]], [[100.0, 0.0]], 100, feedback=lambda f: True)


def test_bad_network():
    with pytest.raises(ValueError, match="no lines"):
        build_graph(np.empty((0, 2)), [0], np.empty(0, dtype=int))
    with pytest.raises(ValueError, match="no segments"):
        build_graph(np.array([[0.0, 0.0], [0.0, 0.0]]), [0, 2], [0])
    with pytest.raises(ValueError, match="no segments"):  # only when asked to merge
        build_graph(np.array([[0.0, 0.0], [0.1, 0.0]]), [0, 2], [0], tolerance=0.5)
    assert build_graph(np.array([[0.0, 0.0], [0.1, 0.0]]), [0, 2], [0]).n_edges == 1
    with pytest.raises(ValueError):
        network_costs(build_graph(*grid()), [[0.0, 0.0]], [[1.0, 1.0]], 10, unit="hours")


def test_service_area_segments_partial_edges():
    xy, offs, rows = lines([[(0, 0), (100, 0), (200, 0), (300, 0)]])
    net = build_graph(xy, offs, rows)
    (f, li, x0, y0, x1, y1), ok = service_area_segments(net, [[0.0, 0.0]], [50.0, 150.0])
    assert ok.all()
    seg = sorted(zip(li.tolist(), x0.tolist(), x1.tolist()))
    # limit 50: half the first edge; limit 150: first edge whole + half of the second
    assert seg == [(0, 0.0, 50.0), (1, 0.0, 100.0), (1, 100.0, 150.0)]


def test_speed_classes():
    from caremap.kernels.network import parse_speed_table, speeds_from_classes

    table = parse_speed_table("primary:50, Residential:30,footway:5")
    assert table == {"primary": 50.0, "residential": 30.0, "footway": 5.0}
    s = speeds_from_classes(["primary", "RESIDENTIAL", None, "track"], table)
    assert s[:2].tolist() == [50.0, 30.0] and np.isnan(s[2:]).all()
    with pytest.raises(ValueError, match="class:km/h"):
        parse_speed_table("primary=50")
    # a 100 m primary road at 50 km/h takes 0.12 minutes; unknown classes use the default
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(100, 0), (200, 0)]])
    net = build_graph(xy, offs, rows, speed_kmh_per_row=speeds_from_classes(["primary", "x"], table),
                      default_speed_kmh=6.0)
    np.testing.assert_allclose(net.edge_minutes, [0.12, 1.0])


def test_service_area_segments_match_brute_force_on_grid():
    """Every edge piece reached, compared with a per-edge computation from full distances
    (facilities beyond the grid's corners, so that they join at a corner node)."""
    rng = np.random.default_rng(5)
    xy, offs, rows = grid(n=7, step=100.0)
    net = build_graph(xy, offs, rows, oneway_per_row=rng.choice([0, 1, -1], len(rows)), speed_kmh_per_row=np.full(len(rows), 20.0))
    fxy = np.array([[-6.0, -8.0], [600.0, 600.0], [605.0, -5.0]])
    limits = [0.5, 1.2]
    (f, li, x0, y0, x1, y1), ok = service_area_segments(net, fxy, limits, unit="minutes", block_bytes=8 * net.n_nodes)
    got_len = np.zeros((3, 2))
    np.add.at(got_len, (f, li), np.hypot(x1 - x0, y1 - y0))
    g = net.graph("minutes", True, reverse=True)
    d, node = cKDTree_query(net.node_xy, fxy)
    full = dijkstra(g, directed=True, indices=node)
    c = net.edge_minutes
    want = np.zeros((3, 2))
    for k in range(3):
        for m, lim in enumerate(limits):
            b = lim - d[k] * 60 / 5040.0
            ru = np.where(np.isfinite(full[k, net.edge_u]), b - full[k, net.edge_u], -1)
            rv = np.where(np.isfinite(full[k, net.edge_v]), b - full[k, net.edge_v], -1)
            frac = np.minimum(1.0, np.maximum(ru, 0) / c + np.maximum(rv, 0) / c)
            want[k, m] = np.sum(frac * net.edge_length)
    np.testing.assert_allclose(got_len, want, rtol=1e-9)


def cKDTree_query(nodes, pts):
    from scipy.spatial import cKDTree

    return cKDTree(nodes).query(pts)


# ---- the cost to the nearest facility, beyond the catchment threshold ------------------
def test_network_nearest_17_minutes_beyond_a_15_minute_threshold():
    from caremap.kernels.network import network_nearest

    # one street 0..3000 m walked at 6 km/h = 100 m/min; the facility 20 m off the street at
    # x = 1700, the unit 30 m off it at x = 0: 0.3 + 17 + 0.2 minutes at the connector speed 6
    xy, offs, rows = lines([[(0, 0), (1000, 0), (1700, 0), (3000, 0)]])
    net = build_graph(xy, offs, rows, default_speed_kmh=6.0)
    dem = np.array([[0.0, -30.0], [3000.0, 0.0]])
    sup = np.array([[1700.0, 20.0]])
    args = dict(unit="minutes", connector_speed_kmh=6.0)
    within = network_costs(net, dem, sup, 15.0, **args)
    assert within.demand_idx.tolist() == [1]  # unit 0 is beyond the 15-minute threshold
    c, i = network_nearest(net, dem, sup, 60.0, **args)
    np.testing.assert_allclose(c, [0.3 + 17.0 + 0.2, 13.0 + 0.2])
    assert i.tolist() == [0, 0]
    c, i = network_nearest(net, dem, sup, 17.0, **args)  # beyond the search limit: NULL
    assert np.isnan(c[0]) and i[0] == -1 and c[1] == pytest.approx(13.2)
    c, _ = network_nearest(net, dem, sup, 17.5, **args)  # inclusive
    assert c[0] == pytest.approx(17.5)


def test_network_nearest_one_way_from_demand_to_facility():
    from caremap.kernels.network import network_nearest

    # square A(0,0) B(100,0) C(100,100) D(0,100), A->B one-way eastwards
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(100, 0), (100, 100)],
                            [(100, 100), (0, 100)], [(0, 100), (0, 0)]])
    net = build_graph(xy, offs, rows, oneway_per_row=[1, 0, 0, 0])
    a, b = np.array([[0.0, 0.0]]), np.array([[100.0, 0.0]])
    assert network_nearest(net, a, b)[0][0] == pytest.approx(100)   # with the flow
    assert network_nearest(net, b, a)[0][0] == pytest.approx(300)   # around the block
    assert network_nearest(net, b, a, respect_oneway=False)[0][0] == pytest.approx(100)


def test_network_nearest_equals_min_of_the_pair_table():
    from caremap.kernels.fca_methods import nearest
    from caremap.kernels.network import network_nearest

    rng = np.random.default_rng(8)
    xy, offs, rows = grid(n=8, step=50.0)
    net = build_graph(xy, offs, rows, speed_kmh_per_row=rng.uniform(5, 50, len(rows)),
                      oneway_per_row=rng.choice([0, 0, 1, -1], len(rows)))
    dem = rng.uniform(-20, 370, (60, 2))
    sup = rng.uniform(0, 350, (6, 2))
    for limit in (None, 2.0):
        want, _ = nearest(network_costs(net, dem, sup, limit, unit="minutes", max_snap_distance=30.0))
        got, idx = network_nearest(net, dem, sup, limit, unit="minutes", max_snap_distance=30.0)
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-9)
        full = dense(network_costs(net, dem, sup, None, unit="minutes", max_snap_distance=30.0))
        ok = idx >= 0
        np.testing.assert_allclose(full[np.flatnonzero(ok), idx[ok]], got[ok], rtol=1e-9, atol=1e-9)


# ---- snapping onto segments (issue 12): the nearest point of a street, partial edges --------
def square_one_way():
    """A(0,0) B(100,0) C(100,100) D(0,100); A->B one-way eastwards (row 0)."""
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(100, 0), (100, 100)],
                            [(100, 100), (0, 100)], [(0, 100), (0, 0)]])
    return build_graph(xy, offs, rows, oneway_per_row=[1, 0, 0, 0])


def test_point_joins_mid_segment_both_directions_and_one_way():
    from caremap.kernels.network import network_nearest

    net = square_one_way()
    p = [[30.0, -10.0]]  # joins A->B at (30, 0), a 10 m walk
    # with the flow: 10 + 70 to B; against it (P -> A) around the block: 10 + 70 + 300
    assert dense(network_costs(net, p, [[100.0, 0.0]], 1000))[0, 0] == pytest.approx(80)
    assert dense(network_costs(net, p, [[0.0, 0.0]], 1000))[0, 0] == pytest.approx(380)
    # walking (one-way ignored): 10 + 30 to A
    assert dense(network_costs(net, p, [[0.0, 0.0]], 1000, respect_oneway=False))[0, 0] == pytest.approx(40)
    # facility mid-segment, from B: B -> C -> D -> A -> (30, 0), + 10
    assert dense(network_costs(net, [[100.0, 0.0]], p, 1000))[0, 0] == pytest.approx(340)
    assert network_nearest(net, [[100.0, 0.0]], p)[0][0] == pytest.approx(340)
    assert network_nearest(net, p, [[100.0, 0.0]])[0][0] == pytest.approx(80)
    # two points on the same edge: along it with the flow, around the block against it
    a, b = [[20.0, 5.0]], [[60.0, -5.0]]
    assert dense(network_costs(net, a, b, 1000))[0, 0] == pytest.approx(5 + 40 + 5)
    assert dense(network_costs(net, b, a, 1000))[0, 0] == pytest.approx(5 + 40 + 300 + 20 + 5)
    assert network_nearest(net, a, b)[0][0] == pytest.approx(50)
    # in minutes: streets at 30 km/h (500 m/min), the walk at 6 km/h (100 m/min): 0.1 + 0.14
    xy, offs, rows = lines([[(0, 0), (100, 0)], [(100, 0), (100, 100)]])
    fast = build_graph(xy, offs, rows, speed_kmh_per_row=[30.0, 30.0])
    c = network_costs(fast, p, [[100.0, 0.0]], 10.0, unit="minutes", connector_speed_kmh=6.0)
    assert dense(c)[0, 0] == pytest.approx(0.1 + 0.14)
    assert c.report["demand_snap_m"].tolist() == [pytest.approx(10.0)]


def test_mid_segment_costs_match_a_formula_on_the_unsplit_graph():
    """A point at fraction t of edge (u, v), d metres off it, to a facility on node j:
    d + min(t L + D[u, j], (1 - t) L + D[v, j]), D from a dense Dijkstra without any split."""
    rng = np.random.default_rng(21)
    xy, offs, rows = grid(n=6, step=100.0)
    net = build_graph(xy, offs, rows)
    D = dijkstra(net.graph("meters"), directed=False)
    e = rng.integers(0, net.n_edges, 40)
    t = rng.uniform(0.3, 0.7, 40)  # at least 30 m from a cross street, nearer to its own edge
    A, B = net.vertex_xy[net.edge_a[e]], net.vertex_xy[net.edge_b[e]]
    normal = (B - A)[:, ::-1] * [1, -1] / 100.0
    d = rng.uniform(0, 25, 40)
    pts = A + t[:, None] * (B - A) + d[:, None] * normal
    fac_nodes = np.array([0, 14, 35])
    c = dense(network_costs(net, pts, net.node_xy[fac_nodes], None, max_snap_distance=60.0))
    L = net.edge_length[e][:, None]
    want = d[:, None] + np.minimum(t[:, None] * L + D[np.ix_(net.edge_u[e], fac_nodes)],
                                   (1 - t[:, None]) * L + D[np.ix_(net.edge_v[e], fac_nodes)])
    np.testing.assert_allclose(c, want, rtol=1e-9)
    # never below the straight line
    straight = np.hypot(*(pts[:, None, :] - net.node_xy[fac_nodes][None]).transpose(2, 0, 1))
    assert np.all(c >= straight - 1e-9)


def test_a_fragment_nearer_than_the_main_network_is_not_joined():
    from caremap.kernels.network_snap import snap_points

    # main street 1000 m along y = 0; a 10 m footway fragment at y = 30, joined to nothing
    xy, offs, rows = lines([[(0, 0), (500, 0), (1000, 0)], [(0, 30), (10, 30)]])
    net = build_graph(xy, offs, rows)
    assert net.n_components == 2
    unit, fac = [[5.0, 40.0]], [[500.0, 0.0]]  # 10 m from the fragment, 40 m from the street
    c = network_costs(net, unit, fac, None, max_snap_distance=100.0)
    assert dense(c)[0, 0] == pytest.approx(40 + 495)
    assert c.report["demand_snap_m"].tolist() == [pytest.approx(40.0)] and c.report["demand_off_main"] == 0
    # within 20 m only of the fragment: off the network, flagged as near a fragment
    c = network_costs(net, unit, fac, None, max_snap_distance=20.0)
    assert c.n_pairs == 0 and c.report["unsnapped_demand"].tolist() == [0]
    assert c.report["demand_near_fragment"].tolist() == [0] and np.isnan(c.report["demand_snap_m"][0])
    s = snap_points(net, [[5.0, 40.0], [5.0, 400.0]], 20.0)
    assert s.ok.tolist() == [False, False] and s.near_fragment.tolist() == [True, False]


def test_components_of_real_size_are_joined():
    from caremap.kernels.network_snap import MIN_COMPONENT_SHARE, used_components

    # an island of 100 m next to a 1000 m network: 10 % >= 5 %, it keeps its streets
    xy, offs, rows = lines([[(0, 0), (1000, 0)], [(0, 300), (100, 300)], [(0, 600), (40, 600)]])
    net = build_graph(xy, offs, rows)
    assert MIN_COMPONENT_SHARE == 0.05
    assert used_components(net)[net.component[net.edge_u]].tolist() == [True, True, False]
    c = network_costs(net, [[0.0, 310.0]], [[100.0, 300.0]], None)
    assert dense(c)[0, 0] == pytest.approx(110.0) and c.report["demand_off_main"] == 1


def test_a_bridge_without_a_shared_vertex_is_no_junction():
    # a street along y = 0 and a bridge along x = 100 crossing it without a vertex there
    xy, offs, rows = lines([[(0, 0), (200, 0)], [(100, -100), (100, 100)]])
    net = build_graph(xy, offs, rows)
    assert net.n_components == 2 and net.n_nodes == 4
    c = network_costs(net, [[0.0, 0.0]], [[100.0, 100.0]], None)
    assert c.n_pairs == 0
    # with a shared vertex at the crossing it is a junction: 100 + 100
    xy, offs, rows = lines([[(0, 0), (100, 0), (200, 0)], [(100, -100), (100, 0), (100, 100)]])
    net = build_graph(xy, offs, rows)
    assert net.n_components == 1
    assert dense(network_costs(net, [[0.0, 0.0]], [[100.0, 100.0]], None))[0, 0] == pytest.approx(200.0)
    # a vertex 0.3 m from the street joins it only with an explicit tolerance
    xy, offs, rows = lines([[(0, 0), (100, 0), (200, 0)], [(100, -100), (100, 0.3), (100, 100)]])
    assert build_graph(xy, offs, rows).n_components == 2
    assert build_graph(xy, offs, rows, tolerance=0.5).n_components == 1


def test_service_area_from_a_facility_mid_street():
    # a two-way street 0..200; the facility 10 m off it at x = 50: budget 40 - 10 = 30 m each way
    xy, offs, rows = lines([[(0, 0), (100, 0), (200, 0)]])
    net = build_graph(xy, offs, rows)
    (f, li, x0, y0, x1, y1), ok = service_area_segments(net, [[50.0, -10.0]], [40.0])
    assert ok.tolist() == [True]
    assert np.sum(np.hypot(x1 - x0, y1 - y0)) == pytest.approx(60.0)
    xs = np.concatenate([x0, x1])
    assert xs.min() == pytest.approx(20.0) and xs.max() == pytest.approx(80.0)
