"""Road-network costs: a graph from line geometry, shortest paths with
``scipy.sparse.csgraph.dijkstra`` and demand x facility cost tables.

Graph (:func:`build_graph`): topology from shared vertices only. Vertices with the same
coordinates (after the layer's reprojection; within
:data:`kernels.network_snap.SAME_POINT_M`) are one node, so lines join at their shared
vertices (ends or interior) and nowhere else: a bridge that crosses a street without a
shared vertex is not a junction. ``tolerance`` (metres, default 0) is an explicit option
that also merges vertices closer than it (transitively), for layers digitised without
snapping. Every segment between consecutive vertices is an edge with its length in metres
and its travel time in minutes ``t = length * costs.minutes_per_meter(speed_kmh)``.
One-way codes per row: 0 both ways, 1 along the digitising direction, -1 against it.

Points join the network as :mod:`kernels.network_snap` says: at the nearest point of the
nearest segment of a component large enough to matter, within ``max_snap_distance``; the
straight walk to it is added to the cost (at ``connector_speed_kmh`` when costs are
minutes) and, from there, the part of the edge to each of its ends. Points off the network
are reported, not given silent costs. Dijkstra runs from the smaller side (supply or
demand points) with ``limit`` = the cost threshold, on the reversed graph when it starts
from facilities and one-way streets are respected, so the cost is always that of
travelling from the demand unit to the facility.
"""
from dataclasses import dataclass, field

import numpy as np

from ._lazy import lazy_module, lazy_name
from .costs import WALK_SPEED_KMH, Costs, minutes_per_meter
from .network_snap import MIN_COMPONENT_SHARE, SAME_POINT_M, attach, snap_report

sp = lazy_module("scipy.sparse")
connected_components = lazy_name("scipy.sparse.csgraph", "connected_components")
dijkstra = lazy_name("scipy.sparse.csgraph", "dijkstra")
cKDTree = lazy_name("scipy.spatial", "cKDTree")

UNITS = ("meters", "minutes")

#: one-way codes of a road's one-way field (OSM and common GIS conventions), lower case
ONEWAY_FORWARD = {"1", "yes", "y", "true", "t", "ft", "forward", "oneway"}
ONEWAY_BACKWARD = {"-1", "reverse", "backward", "tf", "back"}


@dataclass
class Network:
    """A street graph. Edges are segments between consecutive vertices of a line part."""

    node_xy: np.ndarray          # (n_nodes, 2)
    vertex_xy: np.ndarray        # (n_vertices, 2), the input vertices
    vertex_node: np.ndarray      # node of each vertex
    edge_a: np.ndarray           # start vertex of each edge (digitising order)
    edge_b: np.ndarray           # end vertex
    edge_u: np.ndarray           # start node
    edge_v: np.ndarray           # end node
    edge_length: np.ndarray      # metres
    edge_minutes: np.ndarray     # minutes at the edge's speed
    edge_oneway: np.ndarray      # int8: 0 both, 1 forward, -1 backward
    edge_row: np.ndarray         # input row (feature) of each edge
    component: np.ndarray        # connected component label of each node (undirected)
    n_components: int
    report: dict = field(default_factory=dict)

    @property
    def n_nodes(self):
        return len(self.node_xy)

    @property
    def n_edges(self):
        return len(self.edge_u)

    def edge_cost(self, unit):
        if unit not in UNITS:
            raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
        return self.edge_length if unit == "meters" else self.edge_minutes

    def graph(self, unit="meters", respect_oneway=True, reverse=False):
        """CSR adjacency ``n_nodes x n_nodes`` with the cheapest edge per node pair;
        ``reverse`` transposes it (paths *to* a node)."""
        w = np.maximum(self.edge_cost(unit), 1e-12)  # csgraph: no zero-weight edges
        ow = self.edge_oneway if respect_oneway else np.zeros(self.n_edges, np.int8)
        fwd = ow >= 0
        bwd = ow <= 0
        r = np.concatenate([self.edge_u[fwd], self.edge_v[bwd]])
        c = np.concatenate([self.edge_v[fwd], self.edge_u[bwd]])
        ww = np.concatenate([w[fwd], w[bwd]])
        if reverse:
            r, c = c, r
        keep = r != c
        r, c, ww = r[keep], c[keep], ww[keep]
        order = np.lexsort((ww, c, r))
        r, c, ww = r[order], c[order], ww[order]
        first = np.ones(len(r), dtype=bool)
        first[1:] = (r[1:] != r[:-1]) | (c[1:] != c[:-1])
        return sp.csr_matrix((ww[first], (r[first], c[first])), shape=(self.n_nodes, self.n_nodes))


def build_graph(xy, part_offsets, part_row, speed_kmh_per_row=None, oneway_per_row=None,
                tolerance=0.0, default_speed_kmh=WALK_SPEED_KMH):
    """Build a :class:`Network` from line parts (layer_io ``LineArrays`` layout).

    ``xy`` (n_vertices, 2) metres; part k spans ``xy[part_offsets[k]:part_offsets[k+1]]``
    and belongs to row ``part_row[k]``. ``speed_kmh_per_row`` (NaN or <= 0 -> default,
    counted in the report) and ``oneway_per_row`` (0/1/-1) are per row. Vertices at the same
    position are one node; with ``tolerance`` > 0 (metres) vertices closer than it are also
    merged (transitively)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    offs = np.asarray(part_offsets, dtype=np.int64)
    prow = np.asarray(part_row, dtype=np.int64)
    if len(offs) != len(prow) + 1:
        raise ValueError("part_offsets must have one more entry than part_row")
    nv = len(xy)
    if nv == 0 or len(prow) == 0:
        raise ValueError("The network has no lines")
    if not np.all(np.isfinite(xy)):
        raise ValueError("The network holds non-finite coordinates")
    n_rows = int(prow.max()) + 1
    if not float(tolerance) >= 0:
        raise ValueError(f"The tolerance must be >= 0 m, got {tolerance}")
    # one node per position (or per cluster within the tolerance): components of the "same
    # or close pairs" graph
    pairs = cKDTree(xy).query_pairs(max(float(tolerance), SAME_POINT_M), output_type="ndarray")
    adj = sp.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(nv, nv))
    _, vlabel = connected_components(adj, directed=False)
    uniq, first_vertex, vertex_node = np.unique(vlabel, return_index=True, return_inverse=True)
    node_xy = xy[first_vertex]
    # segments: consecutive vertices within one part
    part_of_vertex = np.repeat(np.arange(len(prow)), np.diff(offs))
    a = np.arange(nv - 1, dtype=np.int64)
    same = part_of_vertex[:-1] == part_of_vertex[1:]
    a = a[same]
    b = a + 1
    row = prow[part_of_vertex[a]]
    length = np.hypot(xy[b, 0] - xy[a, 0], xy[b, 1] - xy[a, 1])
    report = {"n_vertices": int(nv), "n_rows": n_rows}
    speed = np.full(n_rows, float(default_speed_kmh))
    if speed_kmh_per_row is not None:
        s = np.asarray(speed_kmh_per_row, dtype=np.float64)
        if len(s) < n_rows:
            raise ValueError("speed_kmh_per_row is shorter than the number of rows")
        bad = ~(s > 0)
        report["rows_default_speed"] = int(bad.sum())
        speed = np.where(bad, float(default_speed_kmh), s)
    minutes = length * minutes_per_meter(speed[row])
    ow = np.zeros(len(a), dtype=np.int8)
    if oneway_per_row is not None:
        o = np.asarray(oneway_per_row)
        if len(o) < n_rows:
            raise ValueError("oneway_per_row is shorter than the number of rows")
        o = np.nan_to_num(o.astype(np.float64), nan=0.0)
        ow = np.sign(o[row]).astype(np.int8)
    u = vertex_node[a].astype(np.int64)
    v = vertex_node[b].astype(np.int64)
    loop = u == v
    a, b, u, v, length, minutes, ow, row = (x[~loop] for x in (a, b, u, v, length, minutes, ow, row))
    if len(a) == 0:
        raise ValueError("The network has no segments (every line collapses to a point)")
    n_nodes = len(uniq)
    g = sp.coo_matrix((np.ones(len(u)), (u, v)), shape=(n_nodes, n_nodes))
    n_comp, comp = connected_components(g, directed=False)
    report.update(n_nodes=int(n_nodes), n_edges=int(len(a)), n_components=int(n_comp))
    return Network(node_xy, xy, vertex_node.astype(np.int64), a, b, u, v, length, minutes, ow,
                   row, comp.astype(np.int64), int(n_comp), report)


def _groups(nodes):
    """Points grouped by node: (unique nodes, order, starts, counts)."""
    order = np.argsort(nodes, kind="stable")
    un, starts, counts = np.unique(nodes[order], return_index=True, return_counts=True)
    return un, order, starts, counts


def _expand(g, order, starts, counts):
    """For group ids ``g`` (one per pair), all points of each group:
    returns (pair index, point index)."""
    cg = counts[g]
    rep = np.repeat(np.arange(len(g)), cg)
    tot = int(cg.sum())
    off = np.arange(tot) - np.repeat(np.cumsum(cg) - cg, cg)
    return rep, order[starts[g][rep] + off]


def network_costs(network, demand_xy, supply_xy, max_cost, unit="meters",
                  connector_speed_kmh=WALK_SPEED_KMH, max_snap_distance=500.0,
                  respect_oneway=True, feedback=None, block_bytes=200_000_000, min_share=MIN_COMPONENT_SHARE):
    """Network costs from each demand point to each facility within ``max_cost``
    (inclusive; ``None`` = no limit): ``c_ij = conn_i + path(p_i -> p_j) + conn_j``, with
    ``p`` the point where each joins the network (:mod:`kernels.network_snap`; the path
    starts and ends with the parts of the edges they cut) and ``conn`` the straight walk to
    it (metres, or minutes at ``connector_speed_kmh``). Returns :class:`Costs` whose
    ``report`` holds, for ``demand`` and ``supply``: ``unsnapped_*`` (indices of points off
    the network: farther than ``max_snap_distance`` metres from every component that is
    joined), ``*_near_fragment`` (those of them within it of a piece too small to join),
    ``*_snap_m`` (metres to the network per point, NaN when off it), ``*_off_main`` /
    ``*_off_main_idx`` (count / indices of joined points outside the largest component);
    and ``n_components``.
    ``feedback`` is an optional callable ``progress(fraction) -> bool`` that returns True to
    cancel (raises ``InterruptedError``)."""
    dxy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    sxy = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
    nd, ns = len(dxy), len(sxy)
    w_edge = network.edge_cost(unit)  # validates unit
    del w_edge
    limit = np.inf if max_cost is None or not np.isfinite(max_cost) else float(max_cost)
    if limit < 0:
        raise ValueError(f"max_cost must be >= 0, got {max_cost}")
    conn_f = 1.0 if unit == "meters" else minutes_per_meter(connector_speed_kmh)
    network, (d_node, s_node), (d_snap, s_snap) = attach(network, [dxy, sxy], max_snap_distance, min_share)
    d_dist, d_ok, s_dist, s_ok = d_snap.dist, d_snap.ok, s_snap.dist, s_snap.ok
    report = snap_report(network, d_snap, s_snap, d_node, s_node, max_snap_distance)
    d_idx = np.flatnonzero(d_ok) if nd else np.empty(0, np.int64)
    s_idx = np.flatnonzero(s_ok) if ns else np.empty(0, np.int64)
    empty = Costs(np.empty(0), np.empty(0), np.empty(0), nd, ns, report)
    if len(d_idx) == 0 or len(s_idx) == 0:
        return empty
    d_conn = d_dist[d_idx] * conn_f
    s_conn = s_dist[s_idx] * conn_f
    d_un, d_ord, d_st, d_ct = _groups(d_node[d_idx])
    s_un, s_ord, s_st, s_ct = _groups(s_node[s_idx])
    from_supply = len(s_un) <= len(d_un)
    if from_supply:
        src = (s_un, s_ord, s_st, s_ct, s_conn)
        tgt = (d_un, d_ord, d_st, d_ct, d_conn)
        # paths demand -> facility == paths facility -> demand on the reversed graph
        graph = network.graph(unit, respect_oneway, reverse=True)
    else:
        src = (d_un, d_ord, d_st, d_ct, d_conn)
        tgt = (s_un, s_ord, s_st, s_ct, s_conn)
        graph = network.graph(unit, respect_oneway, reverse=False)
    s_nodes, s_order, s_starts, s_counts, s_c = src
    t_nodes, t_order, t_starts, t_counts, t_c = tgt
    path_limit = limit - float(s_c.min()) - float(t_c.min()) if np.isfinite(limit) else np.inf
    if path_limit < 0:
        return empty
    dlimit = path_limit * (1 + 1e-12) + 1e-12 if np.isfinite(path_limit) else np.inf
    step = max(1, int(block_bytes // (8 * max(network.n_nodes, 1))))
    out_src, out_tgt, out_c = [], [], []
    n_src = len(s_nodes)
    for a in range(0, n_src, step):
        if feedback is not None and feedback(a / n_src):
            raise InterruptedError("canceled")
        block = s_nodes[a:a + step]
        dist = dijkstra(graph, directed=True, indices=block, limit=dlimit)
        sub = dist[:, t_nodes]
        gi, gj = np.nonzero(np.isfinite(sub))
        dd = sub[gi, gj]
        gi = gi + a
        # expand node pairs to point pairs
        rep, sp_pt = _expand(gi, s_order, s_starts, s_counts)
        gj, dd = gj[rep], dd[rep]
        rep, tp_pt = _expand(gj, t_order, t_starts, t_counts)
        sp_pt, dd = sp_pt[rep], dd[rep]
        total = dd + s_c[sp_pt] + t_c[tp_pt]
        keep = total <= limit
        out_src.append(sp_pt[keep])
        out_tgt.append(tp_pt[keep])
        out_c.append(total[keep])
    sp_all = np.concatenate(out_src)
    tp_all = np.concatenate(out_tgt)
    cc = np.concatenate(out_c)
    if from_supply:
        di, sj = d_idx[tp_all], s_idx[sp_all]
    else:
        di, sj = d_idx[sp_all], s_idx[tp_all]
    return Costs(di, sj, cc, nd, ns, report)


def network_nearest(network, demand_xy, supply_xy, max_cost=None, unit="meters",
                    connector_speed_kmh=WALK_SPEED_KMH, max_snap_distance=500.0, respect_oneway=True,
                    min_share=MIN_COMPONENT_SHARE):
    """Cost from each demand point to its nearest facility on the network, and that
    facility: ``(cost, index)``, NaN and -1 where none is reachable within ``max_cost``
    (inclusive; ``None`` = no limit) or the point is off the network (as in
    :func:`network_costs`). ``cost_i = min_j conn_i + path(p_i -> p_j) + conn_j`` as in
    :func:`network_costs`, found with one multi-source Dijkstra (``min_only=True``, no pair
    table): every joined facility is a virtual source linked to its node by its own
    connector, on the reversed graph, so paths run from the demand unit to the facility
    and one-way streets are respected in that direction."""
    dxy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    sxy = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
    nd, ns = len(dxy), len(sxy)
    network.edge_cost(unit)  # validates unit
    limit = np.inf if max_cost is None or not np.isfinite(max_cost) else float(max_cost)
    if limit < 0:
        raise ValueError(f"max_cost must be >= 0, got {max_cost}")
    cost = np.full(nd, np.nan)
    idx = np.full(nd, -1, dtype=np.int64)
    if nd == 0 or ns == 0:
        return cost, idx
    conn_f = 1.0 if unit == "meters" else minutes_per_meter(connector_speed_kmh)
    network, (d_node, s_node), (d_snap, s_snap) = attach(network, [dxy, sxy], max_snap_distance, min_share)
    d_dist, d_ok, s_dist, s_ok = d_snap.dist, d_snap.ok, s_snap.dist, s_snap.ok
    fac = np.flatnonzero(s_ok)
    if len(fac) == 0 or not d_ok.any():
        return cost, idx
    n = network.n_nodes
    g = network.graph(unit, respect_oneway, reverse=True).tocoo()
    virt = n + np.arange(len(fac))
    # virtual source k -> node of facility fac[k], weighted by its connector (csgraph: > 0)
    w_conn = np.maximum(s_dist[fac] * conn_f, 1e-12)
    big = sp.csr_matrix((np.concatenate([g.data, w_conn]),
                         (np.concatenate([g.row, virt]), np.concatenate([g.col, s_node[fac]]))),
                        shape=(n + len(fac), n + len(fac)))
    d_conn = np.where(d_ok, d_dist, 0.0) * conn_f
    d_node = np.maximum(d_node, 0)
    path_limit = limit - float(d_conn[d_ok].min()) if np.isfinite(limit) else np.inf
    if path_limit < 0:
        return cost, idx
    dlimit = path_limit * (1 + 1e-12) + 1e-12 if np.isfinite(path_limit) else np.inf
    dist, _, src = dijkstra(big, directed=True, indices=virt, limit=dlimit, min_only=True,
                            return_predecessors=True)
    total = dist[d_node] + d_conn
    hit = d_ok & np.isfinite(total) & (total <= limit)
    cost[hit] = total[hit]
    idx[hit] = fac[src[d_node[hit]] - n]
    return cost, idx


def speeds_from_classes(classes, table, default_speed_kmh=np.nan):
    """Per-row speed (km/h) from a road-class column (e.g. OSM ``highway``) and a
    ``{class: km/h}`` table (case-insensitive); unknown or NULL classes get
    ``default_speed_kmh`` (NaN by default, which :func:`build_graph` replaces with its
    default speed)."""
    lut = {str(k).strip().lower(): float(v) for k, v in dict(table).items()}
    if any(not v > 0 for v in lut.values()):
        raise ValueError("Speeds in the class table must be > 0 km/h")
    return np.array([lut.get("" if c is None else str(c).strip().lower(), default_speed_kmh) for c in classes],
                    dtype=np.float64)


def parse_speed_table(text):
    """``"primary:50, residential:30"`` -> ``{"primary": 50.0, "residential": 30.0}``."""
    out = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, val = part.rpartition(":")
        try:
            if not sep or not key.strip():
                raise ValueError
            out[key.strip().lower()] = float(val)
        except ValueError:
            raise ValueError(f"Speed table entries must look like 'class:km/h', got '{part.strip()}'") from None
    return out


def parse_oneway(values):
    """One-way codes from a text/number column: 1 = along the digitising direction
    (:data:`ONEWAY_FORWARD`), -1 = against it (:data:`ONEWAY_BACKWARD`), 0 = both ways
    (anything else, NULL included)."""
    out = np.zeros(len(values), dtype=np.int8)
    for k, v in enumerate(values):  # per road feature, not per pair
        s = "" if v is None else str(v).strip().lower()
        if s in ONEWAY_FORWARD:
            out[k] = 1
        elif s in ONEWAY_BACKWARD:
            out[k] = -1
    return out
