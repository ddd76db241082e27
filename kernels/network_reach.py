"""Service areas on a street network: the street pieces each facility reaches within
thresholds (caremap:catchments), on the network of :mod:`kernels.network` with facilities
joined as :mod:`kernels.network_snap` says (at the nearest point of a street of a part
large enough to matter, the walk to it counted)."""
import numpy as np

from ._lazy import lazy_name
from .costs import WALK_SPEED_KMH, minutes_per_meter
from .network import _expand
from .network_snap import MIN_COMPONENT_SHARE, attach

dijkstra = lazy_name("scipy.sparse.csgraph", "dijkstra")


def service_area_segments(network, facility_xy, limits, unit="meters",
                          connector_speed_kmh=WALK_SPEED_KMH, max_snap_distance=500.0,
                          respect_oneway=True, feedback=None, block_bytes=100_000_000,
                          min_share=MIN_COMPONENT_SHARE):
    """Network pieces reachable within each of ``limits`` from each facility (travelling
    towards the facility, as :func:`network_costs`), for catchment polygons.

    An edge (u, v) of cost c with budgets ``r_u = L - conn - d(u)`` and ``r_v`` is kept whole
    when ``max(r_u, 0) + max(r_v, 0) >= c``, otherwise as the partial pieces of fraction
    ``r / c`` from each reached end. Work is proportional to the reached nodes and their
    incident edges, not to facilities x edges. Returns ``(facility, limit_index, x0, y0, x1,
    y1)`` arrays (limit_index into the ascending sorted limits) and the facility snap mask
    (False = off the network, as in :func:`network_costs`). Facilities join the network
    at the nearest point of a street (:mod:`kernels.network_snap`), so the pieces start
    there."""
    fxy = np.asarray(facility_xy, dtype=np.float64).reshape(-1, 2)
    limits = np.sort(np.asarray(limits, dtype=np.float64))
    if len(limits) == 0 or np.any(limits <= 0):
        raise ValueError("catchment limits must be > 0")
    conn_f = 1.0 if unit == "meters" else minutes_per_meter(connector_speed_kmh)
    network, (node,), (snap,) = attach(network, [fxy], max_snap_distance, min_share)
    dist0, ok = snap.dist, snap.ok
    graph = network.graph(unit, respect_oneway, reverse=True)
    c_edge = np.maximum(network.edge_cost(unit), 1e-12)
    E = network.n_edges
    # node -> incident edges (CSR)
    ends = np.concatenate([network.edge_u, network.edge_v])
    inc_order = np.argsort(ends, kind="stable")
    inc_edge = np.concatenate([np.arange(E), np.arange(E)])[inc_order]
    inc_count = np.bincount(ends, minlength=network.n_nodes)
    inc_start = np.concatenate([[0], np.cumsum(inc_count)[:-1]])
    A = network.vertex_xy[network.edge_a]
    B = network.vertex_xy[network.edge_b]
    cols = [[] for _ in range(6)]
    fac = np.flatnonzero(ok)
    step = max(1, int(block_bytes // (8 * max(network.n_nodes, 1))))
    lmax = float(limits.max())
    for k0 in range(0, len(fac), step):
        if feedback is not None and feedback(k0 / max(len(fac), 1)):
            raise InterruptedError("canceled")
        blk = fac[k0:k0 + step]
        dist = dijkstra(graph, directed=True, indices=node[blk], limit=lmax)
        fi, ni = np.nonzero(dist <= lmax)
        rep, e = _expand(ni, inc_edge, inc_start, inc_count)
        f_loc = fi[rep]
        from_node = ni[rep]
        u, v = network.edge_u[e], network.edge_v[e]
        du, dv = dist[f_loc, u], dist[f_loc, v]
        for li, lim in enumerate(limits):
            budget = lim - dist0[blk] * conn_f
            ru = budget[f_loc] - du
            rv = budget[f_loc] - dv
            ru = np.where(np.isfinite(ru), ru, -1.0)
            rv = np.where(np.isfinite(rv), rv, -1.0)
            # emit each (facility, edge) once: from its u end if reached, else from its v end
            emit = ((from_node == u) & (ru >= 0)) | ((from_node == v) & (rv >= 0) & ~(ru >= 0))
            f2, e2, ru2, rv2 = f_loc[emit], e[emit], ru[emit], rv[emit]
            whole = np.maximum(ru2, 0) + np.maximum(rv2, 0) >= c_edge[e2]
            _append(cols, blk[f2[whole]], li, A[e2[whole]], B[e2[whole]])
            for r, P0, P1 in ((ru2, A, B), (rv2, B, A)):
                part = ~whole & (r > 0)
                ee = e2[part]
                frac = (r[part] / c_edge[ee])[:, None]
                _append(cols, blk[f2[part]], li, P0[ee], P0[ee] + frac * (P1[ee] - P0[ee]))
    out = [np.concatenate(c) if c else np.empty(0) for c in cols]
    return (out[0].astype(np.int64), out[1].astype(np.int64), out[2], out[3], out[4], out[5]), ok


def _append(cols, f, li, p0, p1):
    cols[0].append(f)
    cols[1].append(np.full(len(f), li))
    cols[2].append(p0[:, 0])
    cols[3].append(p0[:, 1])
    cols[4].append(p1[:, 0])
    cols[5].append(p1[:, 1])
