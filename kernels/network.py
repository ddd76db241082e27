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

At city scale (:class:`NetworkPairs`) the points join the network in one search, each tile
of sources searches only the part of the graph within the search radius (no path within
the limit leaves it: :func:`reach_rate`), and the pairs come in chunks under a memory
budget (a :class:`kernels.chunks.PairStream`); :func:`network_costs` is its whole table.
"""
import dataclasses
import time
from dataclasses import dataclass, field

import numpy as np

from ._lazy import lazy_module, lazy_name
from .chunks import BYTES_PER_PAIR, PairEstimate, PairStream, budget_bytes, chunk_pairs
from .costs import WALK_SPEED_KMH, Costs, minutes_per_meter
from .network_snap import (
    MIN_COMPONENT_SHARE,
    SAME_POINT_M,
    Snap,
    snap_points,
    snap_report,
    split_at,
)

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


def _split_snap(snap, n):
    """The first ``n`` points of a :class:`~kernels.network_snap.Snap` and the rest."""
    cut = [dict((f.name, getattr(snap, f.name)[a:b]) for f in dataclasses.fields(snap)) for a, b in ((0, n), (n, None))]
    return Snap(**cut[0]), Snap(**cut[1])


def prepare(network, demand_xy, supply_xy, max_snap_distance=500.0, min_share=MIN_COMPONENT_SHARE):
    """Join demand and supply points to ``network`` in one search (one index of the
    streets, where :func:`kernels.network_snap.attach` builds one per set; the rule and the
    results are the same point by point) and cut it there: ``(network cut at the points,
    (demand nodes, supply nodes), (demand Snap, supply Snap))``, node -1 off the network."""
    dxy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    sxy = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
    both = snap_points(network, np.vstack([dxy, sxy]), max_snap_distance, min_share)
    d_snap, s_snap = _split_snap(both, len(dxy))
    net, (d_node, s_node) = split_at(network, [d_snap, s_snap])
    return net, (d_node, s_node), (d_snap, s_snap)


def reach_rate(graph, node_xy):
    """The least cost per metre of straight line over the edges of ``graph`` (CSR, between
    the positions ``node_xy`` of its nodes): every path of cost ``c`` ends within
    ``c / rate`` metres (straight line) of where it starts, since each of its edges costs
    at least ``rate`` times the straight distance between its ends. 0 for a graph with no
    edge of positive length (no bound then)."""
    g = graph.tocsr()
    if g.nnz == 0:
        return 0.0
    r = np.repeat(np.arange(g.shape[0]), np.diff(g.indptr))
    d = np.hypot(node_xy[r, 0] - node_xy[g.indices, 0], node_xy[r, 1] - node_xy[g.indices, 1])
    pos = d > 0
    return float(np.min(g.data[pos] / d[pos])) if pos.any() else 0.0


class NetworkPairs(PairStream):
    """Network costs within ``max_cost`` (the pairs and costs of :func:`network_costs`,
    which builds its table from this class) given in chunks under a memory ``budget``
    (bytes; :func:`kernels.chunks.budget_bytes` by default), as a
    :class:`~kernels.chunks.PairStream`.

    Points join the network once (:func:`prepare`). Dijkstra runs from the smaller side's
    nodes as :func:`network_costs` says, with ``limit``, and not over the whole graph: the
    sources are grouped on a grid of cells of the search radius ``R = limit / rate``
    (:func:`reach_rate`; the farthest any path within the limit can go, in straight line),
    and the sources of a cell search the part of the graph within the cells around it
    (every node within ``R`` of any of them, so every path within the limit, hence the same
    costs), in batches of dense rows of at most a quarter of the budget (and 40 MB). A
    network whose extent is within ``R`` is searched whole. Pairs are gathered into chunks
    of :func:`kernels.chunks.chunk_pairs` pairs and, while all of them fit half the budget,
    kept for the next pass (otherwise each pass searches again). ``feedback`` (or the
    ``progress`` of :meth:`chunks`) is called per batch, never with a smaller fraction."""

    by_origin = False
    MAX_CELLS_PER_AXIS = 1024
    MAX_BLOCK_BYTES = 40_000_000

    def __init__(self, network, demand_xy, supply_xy, max_cost, unit="meters", connector_speed_kmh=WALK_SPEED_KMH,
                 max_snap_distance=500.0, respect_oneway=True, budget=None, feedback=None,
                 min_share=MIN_COMPONENT_SHARE, block_bytes=None):
        dxy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
        sxy = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
        self.n_demand, self.n_supply = nd, ns = len(dxy), len(sxy)
        network.edge_cost(unit)  # validates unit
        self.unit, self.respect_oneway = unit, respect_oneway
        self.limit = np.inf if max_cost is None or not np.isfinite(max_cost) else float(max_cost)
        if self.limit < 0:
            raise ValueError(f"max_cost must be >= 0, got {max_cost}")
        self.budget = budget_bytes(None) if budget is None else int(budget)
        self.block_bytes = int(block_bytes) if block_bytes else max(8, min(self.MAX_BLOCK_BYTES, self.budget // 4))
        self.feedback = feedback
        self.conn_f = 1.0 if unit == "meters" else minutes_per_meter(connector_speed_kmh)
        self.max_snap_distance, self.min_share = float(max_snap_distance), min_share
        self.net, (self.d_node, self.s_node), (self.d_snap, self.s_snap) = prepare(
            network, dxy, sxy, max_snap_distance, min_share)
        self.report = snap_report(self.net, self.d_snap, self.s_snap, self.d_node, self.s_node, max_snap_distance)
        self._cache = None
        self.d_idx = np.flatnonzero(self.d_snap.ok) if nd else np.empty(0, np.int64)
        self.s_idx = np.flatnonzero(self.s_snap.ok) if ns else np.empty(0, np.int64)
        self.n_src = 0
        if len(self.d_idx) == 0 or len(self.s_idx) == 0:
            return
        d_conn = self.d_snap.dist[self.d_idx] * self.conn_f
        s_conn = self.s_snap.dist[self.s_idx] * self.conn_f
        d = _groups(self.d_node[self.d_idx]) + (d_conn,)
        s = _groups(self.s_node[self.s_idx]) + (s_conn,)
        self.from_supply = len(s[0]) <= len(d[0])
        # paths demand -> facility == paths facility -> demand on the reversed graph
        self.src, self.tgt = (s, d) if self.from_supply else (d, s)
        path_limit = self.limit - float(s_conn.min()) - float(d_conn.min()) if np.isfinite(self.limit) else np.inf
        if path_limit < 0:
            return
        self.dlimit = path_limit * (1 + 1e-12) + 1e-12 if np.isfinite(path_limit) else np.inf
        self.graph = self.net.graph(unit, respect_oneway, reverse=self.from_supply)
        self.n_src = len(self.src[0])
        self._tiles()

    def _tiles(self):
        """Source groups by cell, and the nodes of each cell (see the class doc)."""
        xy = self.net.node_xy
        n = len(xy)
        rate = reach_rate(self.graph, xy) if np.isfinite(self.dlimit) else 0.0
        radius = self.dlimit / rate * (1 + 1e-9) + 1e-6 if rate > 0 else np.inf
        lo = xy.min(axis=0)
        extent = float(np.max(xy.max(axis=0) - lo))
        self.t_of_node = np.full(n, -1, dtype=np.int64)
        self.t_of_node[self.tgt[0]] = np.arange(len(self.tgt[0]))
        self.radius = radius
        if not radius < extent:
            self.cells = [(np.arange(self.n_src), None)]
            return
        cell = max(radius, extent / self.MAX_CELLS_PER_AXIS)
        q = int(np.ceil(radius / cell))
        c = np.floor((xy - lo) / cell).astype(np.int64)
        ncx, ncy = int(c[:, 0].max()) + 1, int(c[:, 1].max()) + 1
        cid = c[:, 1] * ncx + c[:, 0]
        node_order = np.argsort(cid, kind="stable")
        start = np.searchsorted(cid[node_order], np.arange(ncx * ncy + 1))
        scid = cid[self.src[0]]
        sorder = np.argsort(scid, kind="stable")
        bounds = np.flatnonzero(np.r_[True, scid[sorder][1:] != scid[sorder][:-1], True])
        self.cells = []
        for a, b in zip(bounds[:-1], bounds[1:], strict=True):
            cy, cx = divmod(int(scid[sorder[a]]), ncx)
            x0, x1 = max(cx - q, 0), min(cx + q, ncx - 1)
            parts = [node_order[start[r * ncx + x0]:start[r * ncx + x1 + 1]]
                     for r in range(max(cy - q, 0), min(cy + q, ncy - 1) + 1)]
            self.cells.append((sorder[a:b], np.concatenate(parts)))
        self._local = np.full(n, -1, dtype=np.int64)

    def _subgraph(self, nodes):
        """The graph restricted to ``nodes`` (CSR, local numbering in the order of ``nodes``)."""
        g, k = self.graph, len(nodes)
        self._local[nodes] = np.arange(k)
        st = g.indptr[nodes]
        cnt = g.indptr[nodes + 1] - st
        tot = int(cnt.sum())
        e = np.repeat(st - (np.cumsum(cnt) - cnt), cnt) + np.arange(tot)
        col = self._local[g.indices[e]]
        keep = col >= 0
        row_n = np.bincount(np.repeat(np.arange(k), cnt)[keep], minlength=k)
        indptr = np.concatenate([[0], np.cumsum(row_n)])
        return sp.csr_matrix((g.data[e[keep]], col[keep], indptr), shape=(k, k))

    def _search(self, cells, progress=None, done=0):
        """Yield ``(demand index, supply index, cost)`` arrays per batch of sources of
        ``cells`` (global indices, costs within the limit)."""
        s_nodes, s_order, s_starts, s_counts, s_c = self.src
        t_nodes, t_order, t_starts, t_counts, t_c = self.tgt
        n_src = max(self.n_src, 1)
        for groups, nodes in cells:
            if nodes is None:
                graph, local, tpos = self.graph, s_nodes[groups], t_nodes
                tgid = np.arange(len(t_nodes))
            else:
                graph = self._subgraph(nodes)
                local = self._local[s_nodes[groups]]
                tpos = np.flatnonzero(self.t_of_node[nodes] >= 0)
                tgid = self.t_of_node[nodes[tpos]]
                self._local[nodes] = -1
            step = max(1, int(self.block_bytes // (8 * max(graph.shape[0], 1))))
            for a in range(0, len(groups), step):
                if progress is not None and progress(done / n_src):
                    raise InterruptedError("canceled")
                dist = dijkstra(graph, directed=True, indices=local[a:a + step], limit=self.dlimit)
                sub = dist[:, tpos]
                del dist
                gi, gj = np.nonzero(np.isfinite(sub))
                dd = sub[gi, gj]
                del sub
                gi, gj = groups[a:a + step][gi], tgid[gj]
                # expand node pairs to point pairs
                rep, sp_pt = _expand(gi, s_order, s_starts, s_counts)
                gj, dd = gj[rep], dd[rep]
                rep, tp_pt = _expand(gj, t_order, t_starts, t_counts)
                sp_pt, dd = sp_pt[rep], dd[rep]
                total = dd + s_c[sp_pt] + t_c[tp_pt]
                keep = total <= self.limit
                sp_pt, tp_pt, total = sp_pt[keep], tp_pt[keep], total[keep]
                done += min(step, len(groups) - a)
                if self.from_supply:
                    yield self.d_idx[tp_pt], self.s_idx[sp_pt], total
                else:
                    yield self.d_idx[sp_pt], self.s_idx[tp_pt], total

    def chunks(self, progress=None):
        progress = progress if progress is not None else self.feedback
        if self._cache is not None:
            for k, ch in enumerate(self._cache):
                if progress is not None and progress(k / len(self._cache)):
                    raise InterruptedError("canceled")
                yield ch
            return
        if self.n_src == 0:
            return
        max_pairs, keep_max = chunk_pairs(self.budget), self.budget // (2 * BYTES_PER_PAIR)
        cache, total = [], 0
        parts, held = ([], [], []), 0
        for i, j, c in self._search(self.cells, progress):
            for p, x in zip(parts, (i, j, c), strict=True):
                p.append(x)
            held += len(c)
            if held >= max_pairs:
                ch = self._chunk(parts)
                total += held
                parts, held = ([], [], []), 0
                cache = cache if cache is not None and total <= keep_max else None
                if cache is not None:
                    cache.append(ch)
                yield ch
        if held or total == 0:
            ch = self._chunk(parts)
            total += held
            cache = cache if cache is not None and total <= keep_max else None
            if cache is not None:
                cache.append(ch)
            yield ch
        self._cache = cache

    def _chunk(self, parts):
        i, j, c = (np.concatenate(p) if p else np.empty(0) for p in parts)
        return Costs(i.astype(np.int64), j.astype(np.int64), c.astype(np.float64), self.n_demand, self.n_supply)

    def table(self, progress=None):
        """Every pair in one :class:`Costs` table (with the snapping ``report``)."""
        parts = ([], [], [])
        for i, j, c in self._search(self.cells, progress if progress is not None else self.feedback) \
                if self.n_src else ():
            for p, x in zip(parts, (i, j, c), strict=True):
                p.append(x)
        ch = self._chunk(parts)
        return Costs(ch.demand_idx, ch.supply_idx, ch.cost, self.n_demand, self.n_supply, self.report)

    def estimate(self, sample=200, seed=0):
        """The pairs within the limit, their memory and the time of a pass, from the search
        of at most ``sample`` source nodes drawn at random (all of them when there are no
        more): :class:`kernels.chunks.PairEstimate` (exact then)."""
        if self.n_src == 0:
            return PairEstimate(0.0, 0.0, 0.0)
        pick = np.arange(self.n_src) if self.n_src <= sample else \
            np.sort(np.random.default_rng(seed).choice(self.n_src, sample, replace=False))
        cell_of = np.empty(self.n_src, dtype=np.int64)
        for k, (groups, _) in enumerate(self.cells):
            cell_of[groups] = k
        chosen = []
        for k in np.unique(cell_of[pick]):
            groups, nodes = self.cells[k]
            chosen.append((np.intersect1d(groups, pick), nodes))
        t0 = time.perf_counter()
        n = sum(len(c) for _, _, c in self._search(chosen))
        scale = self.n_src / len(pick)
        pairs = float(n) * scale
        return PairEstimate(pairs, pairs * BYTES_PER_PAIR, (time.perf_counter() - t0) * scale)

    def snap_m(self, side):
        """Metres from each demand (``side="demand"``) or supply point to the network (NaN off it)."""
        return (self.d_snap if side == "demand" else self.s_snap).dist

    def nearest_within(self, max_cost=None, mask=None):
        """:func:`network_nearest` over these points (joined once): the cost to the nearest
        facility among ``mask`` (default all) within ``max_cost`` and its index."""
        ok = self.s_snap.ok if mask is None else self.s_snap.ok & np.asarray(mask, dtype=bool)
        return _nearest(self.net, self.d_node, self.d_snap, self.s_node, self.s_snap.dist, np.flatnonzero(ok),
                        max_cost, self.unit, self.conn_f, self.respect_oneway)


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
    and ``n_components``. The search is :class:`NetworkPairs`'s (``block_bytes``: the
    largest block of dense Dijkstra rows).
    ``feedback`` is an optional callable ``progress(fraction) -> bool`` that returns True to
    cancel (raises ``InterruptedError``)."""
    return NetworkPairs(network, demand_xy, supply_xy, max_cost, unit, connector_speed_kmh, max_snap_distance,
                        respect_oneway, feedback=feedback, min_share=min_share,
                        block_bytes=block_bytes).table()


def _nearest(network, d_node, d_snap, s_node, s_dist, fac, max_cost, unit, conn_f, respect_oneway):
    """:func:`network_nearest` on a network already cut at the points (``fac``: the joined
    facilities that count)."""
    nd = len(d_node)
    limit = np.inf if max_cost is None or not np.isfinite(max_cost) else float(max_cost)
    if limit < 0:
        raise ValueError(f"max_cost must be >= 0, got {max_cost}")
    cost = np.full(nd, np.nan)
    idx = np.full(nd, -1, dtype=np.int64)
    d_dist, d_ok = d_snap.dist, d_snap.ok
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
    if nd == 0 or ns == 0:
        return np.full(nd, np.nan), np.full(nd, -1, dtype=np.int64)
    conn_f = 1.0 if unit == "meters" else minutes_per_meter(connector_speed_kmh)
    net, (d_node, s_node), (d_snap, s_snap) = prepare(network, dxy, sxy, max_snap_distance, min_share)
    return _nearest(net, d_node, d_snap, s_node, s_snap.dist, np.flatnonzero(s_snap.ok), limit, unit, conn_f,
                    respect_oneway)


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
