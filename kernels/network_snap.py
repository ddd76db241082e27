"""Points onto a street network (:class:`kernels.network.Network`): where a demand unit or
a facility joins the streets, and the network split there.

Rule (``snap_points``):

1. **Which parts of the network a point may join.** A connected component (undirected) is
   used when its total street length is at least :data:`MIN_COMPONENT_SHARE` (5 %) of the
   length of the largest component; the largest is always used. Smaller pieces (a
   footway or a flight of steps left alone in an extract, a car park's aisles) are never
   joined: a point next to one joins the main network instead, or, when no part that is
   used lies within ``max_distance``, it is off the network. Islands of real size (5 %
   of the main network or more) keep their own streets.
2. **Where.** A point joins at the nearest point of the nearest segment of those
   components (its orthogonal projection, or a segment's end), not only at vertices,
   when that point is at most ``max_distance`` metres away (inclusive); ``dist`` is that
   straight distance, the walk to the street, that the cost functions add.
3. **The split.** :func:`split_at` cuts each edge at the points that joined it (a virtual
   split, on a copy): from the point the cost is the part of the edge to each of its ends
   (``t`` and ``1 - t`` of its length and minutes), each direction only where the edge's
   one-way code allows it; two points on the same edge are joined along it. A point within
   :data:`SAME_POINT_M` of an edge's end joins that end's node.

Points that are off the network are reported, never given a cost. ``near_fragment`` marks
those of them that are within ``max_distance`` of a piece too small to be used, so the
messages can say why. The search is exact: a KD-tree over the midpoints of pieces at most
:data:`PIECE_M` long, then every piece whose midpoint is within reach is projected on.
"""
import dataclasses
import itertools

import numpy as np

from ._lazy import lazy_name

cKDTree = lazy_name("scipy.spatial", "cKDTree")

#: a component is joined when its length is at least this share of the largest component's
MIN_COMPONENT_SHARE = 0.05
#: positions closer than this (metres) are the same point
SAME_POINT_M = 1e-9
#: longest piece (metres) of a segment in the search index (a speed setting, not a rule)
PIECE_M = 25.0
#: points per block of the search (memory bound)
BLOCK = 4096


@dataclasses.dataclass
class Snap:
    """Where each point joins the network: ``edge`` (index into the network's edges, -1 when
    off it), ``t`` (fraction of the edge from its start vertex ``edge_a``), ``xy`` (the
    point on the street), ``dist`` (metres to it; NaN when off the network), ``ok`` (joined)
    and ``near_fragment`` (off the network but within the distance of a piece too small to
    be joined)."""

    edge: np.ndarray
    t: np.ndarray
    xy: np.ndarray
    dist: np.ndarray
    ok: np.ndarray
    near_fragment: np.ndarray

    @property
    def n(self):
        return len(self.edge)


def component_lengths(network):
    """Total street length (metres) of each connected component."""
    return np.bincount(network.component[network.edge_u], weights=network.edge_length,
                       minlength=network.n_components)


def used_components(network, min_share=MIN_COMPONENT_SHARE):
    """Boolean per component: may points join it (rule 1 of the module)."""
    if not 0.0 <= float(min_share) <= 1.0:
        raise ValueError(f"min_share must be within 0..1, got {min_share}")
    length = component_lengths(network)
    return length >= float(min_share) * length.max()


def component_summary(network, min_share=MIN_COMPONENT_SHARE):
    """For the log: ``n_components``, ``largest_share`` (share of the total length in the
    largest component, 0..1), ``n_used`` (components points may join) and ``min_share``."""
    length = component_lengths(network)
    return {"n_components": int(network.n_components), "largest_share": float(length.max() / length.sum()),
            "n_used": int(used_components(network, min_share).sum()), "min_share": float(min_share)}


def _nearest_segment(network, pts, max_distance, edges):
    """Nearest point on ``edges`` (indices) for each of ``pts``: (edge, t, dist) with
    edge -1 / dist inf where none is within ``max_distance``."""
    n = len(pts)
    best_e = np.full(n, -1, dtype=np.int64)
    best_t = np.zeros(n)
    best_d = np.full(n, np.inf)
    if len(edges) == 0 or n == 0:
        return best_e, best_t, best_d
    A = network.vertex_xy[network.edge_a[edges]]
    D = network.vertex_xy[network.edge_b[edges]] - A
    L = np.hypot(D[:, 0], D[:, 1])
    k = np.maximum(1, np.ceil(L / PIECE_M)).astype(np.int64)
    piece = np.repeat(np.arange(len(edges)), k)
    j = np.arange(int(k.sum())) - np.repeat(np.cumsum(k) - k, k)
    mid = A[piece] + ((j + 0.5) / k[piece])[:, None] * D[piece]
    half = float(np.max(0.5 * L / k))
    tree = cKDTree(mid)
    dm, _ = tree.query(pts, k=1)
    # every point of a piece is within `half` of its midpoint: a point whose nearest midpoint
    # is farther than max_distance + half has nothing within max_distance
    cand = np.flatnonzero(dm - half <= max_distance)
    for b0 in range(0, len(cand), BLOCK):
        ci = cand[b0:b0 + BLOCK]
        # the piece holding the nearest point has its midpoint within min(dm, max) + half
        lists = tree.query_ball_point(pts[ci], np.minimum(dm[ci], max_distance) + half * (1 + 1e-9) + 1e-9)
        cnt = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
        flat = np.fromiter(itertools.chain.from_iterable(lists), dtype=np.int64, count=int(cnt.sum()))
        pi = np.repeat(ci, cnt)
        key = np.unique(pi * len(edges) + piece[flat])
        pi, e = key // len(edges), key % len(edges)
        d = D[e]
        dd = np.einsum("ij,ij->i", d, d)
        t = np.clip(np.einsum("ij,ij->i", pts[pi] - A[e], d) / dd, 0.0, 1.0)
        q = A[e] + t[:, None] * d
        dist = np.hypot(pts[pi, 0] - q[:, 0], pts[pi, 1] - q[:, 1])
        order = np.lexsort((e, dist, pi))  # nearest first per point; ties: lowest edge
        pi, e, t, dist = pi[order], e[order], t[order], dist[order]
        first = np.ones(len(pi), dtype=bool)
        first[1:] = pi[1:] != pi[:-1]
        pi, e, t, dist = pi[first], e[first], t[first], dist[first]
        within = dist <= max_distance
        best_e[pi[within]] = edges[e[within]]
        best_t[pi[within]] = t[within]
        best_d[pi[within]] = dist[within]
    return best_e, best_t, best_d


def snap_points(network, xy, max_distance, min_share=MIN_COMPONENT_SHARE):
    """Where each point of ``xy`` ((n, 2) metres) joins ``network``: a :class:`Snap` (rules
    in the module docstring)."""
    pts = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    max_distance = float(max_distance)
    if not max_distance >= 0:
        raise ValueError(f"The largest distance to the network must be >= 0, got {max_distance}")
    if not np.all(np.isfinite(pts)):
        raise ValueError("Points with non-finite coordinates cannot join the network")
    used = used_components(network, min_share)
    edge_used = used[network.component[network.edge_u]]
    e, t, d = _nearest_segment(network, pts, max_distance, np.flatnonzero(edge_used))
    ok = e >= 0
    near = np.zeros(len(pts), dtype=bool)
    if not edge_used.all() and not ok.all():
        off = np.flatnonzero(~ok)
        e2, _, _ = _nearest_segment(network, pts[off], max_distance, np.flatnonzero(~edge_used))
        near[off[e2 >= 0]] = True
    A = network.vertex_xy[network.edge_a[np.maximum(e, 0)]]
    B = network.vertex_xy[network.edge_b[np.maximum(e, 0)]]
    q = np.where(ok[:, None], A + t[:, None] * (B - A), np.nan)
    return Snap(e, np.where(ok, t, np.nan), q, np.where(ok, d, np.nan), ok, near)


def split_at(network, snaps):
    """The network cut at every joined point of ``snaps`` (a list of :class:`Snap`), and
    the node of each point in it: ``(network, [node per point of each Snap])`` (-1 where a
    point is off the network). The input network is not modified."""
    E, n0, nv0 = network.n_edges, network.n_nodes, len(network.vertex_xy)
    e = np.concatenate([s.edge[s.ok] for s in snaps]) if snaps else np.empty(0, np.int64)
    t = np.concatenate([s.t[s.ok] for s in snaps]) if snaps else np.empty(0)
    L = network.edge_length[e]
    at_u = t * L <= SAME_POINT_M
    at_v = ~at_u & ((1.0 - t) * L <= SAME_POINT_M)
    inner = ~at_u & ~at_v
    node = np.where(at_u, network.edge_u[e], network.edge_v[e])
    # one new node per distinct (edge, t) inside an edge
    order = np.lexsort((t[inner], e[inner]))
    ie, it = e[inner][order], t[inner][order]
    new = np.ones(len(ie), dtype=bool)
    new[1:] = (ie[1:] != ie[:-1]) | (it[1:] != it[:-1])
    uid = np.cumsum(new) - 1
    inv = np.empty(len(order), dtype=np.int64)
    inv[order] = uid
    node[inner] = n0 + inv
    ue, ut = ie[new], it[new]
    m = len(ue)
    nodes_out, pos = [], 0
    for s in snaps:
        out = np.full(s.n, -1, dtype=np.int64)
        k = int(s.ok.sum())
        out[s.ok] = node[pos:pos + k]
        pos += k
        nodes_out.append(out)
    if m == 0:
        return network, nodes_out
    A = network.vertex_xy[network.edge_a[ue]]
    B = network.vertex_xy[network.edge_b[ue]]
    new_xy = A + ut[:, None] * (B - A)
    # chains per cut edge: its start (t = 0), the cuts, its end (t = 1)
    cut = np.unique(ue)
    ce = np.concatenate([cut, cut, ue])
    ct = np.concatenate([np.zeros(len(cut)), np.ones(len(cut)), ut])
    cn = np.concatenate([network.edge_u[cut], network.edge_v[cut], n0 + np.arange(m)])
    cvx = np.concatenate([network.edge_a[cut], network.edge_b[cut], nv0 + np.arange(m)])
    o = np.lexsort((ct, ce))
    ce, ct, cn, cvx = ce[o], ct[o], cn[o], cvx[o]
    k = np.flatnonzero(ce[:-1] == ce[1:])  # consecutive entries on one edge: a piece
    pe, frac = ce[k], ct[k + 1] - ct[k]
    keep = np.ones(E, dtype=bool)
    keep[cut] = False

    def cat(old, piece):
        return np.concatenate([old[keep], piece])

    return dataclasses.replace(
        network,
        node_xy=np.concatenate([network.node_xy, new_xy]),
        vertex_xy=np.concatenate([network.vertex_xy, new_xy]),
        vertex_node=np.concatenate([network.vertex_node, n0 + np.arange(m)]),
        edge_a=cat(network.edge_a, cvx[k]), edge_b=cat(network.edge_b, cvx[k + 1]),
        edge_u=cat(network.edge_u, cn[k]), edge_v=cat(network.edge_v, cn[k + 1]),
        edge_length=cat(network.edge_length, frac * network.edge_length[pe]),
        edge_minutes=cat(network.edge_minutes, frac * network.edge_minutes[pe]),
        edge_oneway=cat(network.edge_oneway, network.edge_oneway[pe]),
        edge_row=cat(network.edge_row, network.edge_row[pe]),
        component=np.concatenate([network.component, network.component[network.edge_u[ue]]]),
        report=dict(network.report)), nodes_out


def attach(network, point_sets, max_snap_distance, min_share=MIN_COMPONENT_SHARE):
    """Join each set of points (a list of (n, 2) arrays) to ``network``
    (:func:`kernels.network_snap.snap_points`) and cut it there: ``(network cut at the
    points, [node per point], [Snap per set])``, node -1 where a point is off the network."""
    snaps = [snap_points(network, np.asarray(p, dtype=np.float64).reshape(-1, 2), max_snap_distance, min_share)
             for p in point_sets]
    net, nodes = split_at(network, snaps)
    return net, nodes, snaps


def snap_report(network, d, s, dn, sn, max_snap_distance):
    """The snapping part of a cost report (see ``kernels.network.network_costs``), for the
    sets ``d`` and ``s`` (:class:`Snap`) whose nodes in ``network`` are ``dn`` and ``sn``."""
    main = int(np.argmax(component_lengths(network)))
    rep = {"n_components": network.n_components, "max_snap_distance": float(max_snap_distance)}
    for side, sn_, node in (("demand", d, dn), ("supply", s, sn)):
        rep[f"unsnapped_{side}"] = np.flatnonzero(~sn_.ok)
        rep[f"{side}_near_fragment"] = np.flatnonzero(sn_.near_fragment)
        rep[f"{side}_snap_m"] = sn_.dist
        off_main = sn_.ok & (network.component[np.maximum(node, 0)] != main)
        rep[f"{side}_off_main_idx"] = np.flatnonzero(off_main)
        rep[f"{side}_off_main"] = int(off_main.sum())
    return rep
