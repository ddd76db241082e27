"""Facility siting: maximal covering (MCLP), p-median and capacitated covering.

All functions take sparse demand x site costs shaped like ``kernels.costs.Costs``
(any object with ``demand_idx``, ``supply_idx``, ``cost``, ``n_demand``, ``n_supply``;
only pairs within the cost limit are listed, a missing pair means "out of reach").
Sites are candidates and existing facilities together; ``existing`` (bool, one per
site) marks the facilities that are already open and stay open. ``p`` new sites are
chosen among the others.

Solvers:
- ``greedy``: for MCLP a lazy greedy (Minoux 1978) with a max-heap of stale gains;
  coverage is monotone submodular so greedy reaches at least (1 - 1/e) ~ 63.2 % of the
  optimum (Nemhauser, Wolsey & Fisher 1978), in practice usually > 97 %. For p-median
  the classic greedy-add heuristic (Kuehn & Hamburger 1963), for the capacitated
  variant greedy on min(capacity, residual demand in reach).
- ``exact``: a MILP solved by HiGHS through ``scipy.optimize.milp`` with a time limit;
  constraint matrices are built as scipy.sparse matrices. When the time limit stops
  HiGHS, the incumbent is returned with status ``time_limit`` and the MIP gap; if the
  incumbent is worse than the heuristic (greedy; for MCLP greedy followed by a
  Teitz-Bart interchange) or there is none, the heuristic solution is returned with
  status ``time_limit_heuristic`` and its gap to the best bound. For MCLP, demand
  units with the same set of covering candidates share one variable. The gap is HiGHS's ``mip_gap`` when available, otherwise
  |primal - dual bound| / |primal| from ``mip_dual_bound``, otherwise NaN (unknown).

Costs are in the caller's unit (metres or minutes); ``threshold`` is inclusive.
``should_stop`` (optional callable) is polled in every loop; when it returns True the
run raises InterruptedError (the HiGHS solve itself is bounded by ``time_limit``).
References: Church & ReVelle 1974 (MCLP); Hakimi 1964, ReVelle & Swain 1970 (p-median);
Pirkul & Schilling 1991 (capacitated covering).
"""
import heapq
import math

import numpy as np

from ._lazy import lazy_module, lazy_name
from .pmedian import p_median

# the public siting API (p_median lives in kernels/pmedian.py, the shared result type and
# summaries in kernels/siting_common.py)
__all__ = ["SOLVERS", "SitingResult", "candidate_grid", "capacitated_covering", "coverage_summary",
           "desert_shares", "maximal_covering", "p_median", "served_assignment"]
from .siting_common import (
    SOLVERS,
    SitingResult,
    _check,
    _exact_status,
    _finish,
    _gap,
    _prepare,
    _rank_chosen,
    _site_matrix,
    _solve_milp,
    coverage_summary,
    desert_shares,
    drop_zero_gain,
    zero_gain,
)

sparse = lazy_module("scipy.sparse")
linprog = lazy_name("scipy.optimize", "linprog")


def _covered(A, r, chosen):
    """Residual demand covered by the sites ``chosen`` (rows of the 0/1 matrix A)."""
    if len(chosen) == 0:
        return 0.0
    hit = np.asarray(A[np.asarray(chosen)].sum(axis=0)).ravel() > 0
    return float(r[hit].sum())


def _aggregate_columns(A, r):
    """Group the demand columns of A (sites x demand) that have the same cover set.

    Returns (group of each coverable column, one representative column per group,
    summed residual demand per group). Cover sets are compared by two random 64-bit
    hashes and the set size (vectorised; collisions have probability ~ 2^-128)."""
    B = A.T.tocsr()
    B.sort_indices()
    lens = np.diff(B.indptr)
    cols = np.flatnonzero(lens > 0)
    rng = np.random.default_rng(12345)
    h = []
    for _ in range(2):
        z = rng.integers(0, np.iinfo(np.int64).max, A.shape[0], dtype=np.int64).view(np.uint64)
        vals = z[B.indices]
        acc = np.zeros(B.shape[0], np.uint64)
        nzr = lens > 0
        acc[nzr] = np.add.reduceat(vals, B.indptr[:-1][nzr]) if vals.size else 0
        h.append(acc[cols])
    keys = np.stack([h[0], h[1], lens[cols].astype(np.uint64)], axis=1)
    _, first, group = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    group = np.asarray(group).ravel()
    agg = np.bincount(group, weights=r[cols], minlength=first.size)
    return group, cols[first], agg


def _mclp_swap(A, r, chosen, is_cand, max_iter=200, should_stop=None):
    """Best-improvement interchange (Teitz & Bart 1968) for MCLP: repeatedly replace one
    chosen site by the non-chosen candidate that adds most coverage, while that helps.
    The swap value of (k in, j out) is gain_k + shared_kj - loss_j, with gain_k the
    uncovered demand k reaches, loss_j the demand only j covers and shared_kj the part
    of it k also reaches; all of them from sparse products."""
    chosen = np.array(chosen, np.int64)
    if chosen.size == 0:
        return chosen
    Acsc = A.tocsr()
    for _ in range(max_iter):
        _check(should_stop)
        cnt = np.asarray(Acsc[chosen].sum(axis=0)).ravel()
        only = r * (cnt == 1)
        gain = Acsc @ (r * (cnt == 0))
        loss = Acsc[chosen] @ only
        shared = (Acsc.multiply(only[None, :]).tocsr() @ Acsc[chosen].T).toarray()
        delta = gain[:, None] + shared - loss[None, :]
        ok = is_cand.copy()
        ok[chosen] = False
        delta[~ok] = -np.inf
        k, jpos = np.unravel_index(int(np.argmax(delta)), delta.shape)
        if not delta[k, jpos] > 1e-9 * max(1.0, float(r.sum())):
            break
        chosen[jpos] = k
    return chosen


# ---------------------------------------------------------------------------- MCLP
def maximal_covering(costs, weights, p, threshold, existing=None, solver="greedy",
                     time_limit=60.0, mip_rel_gap=1e-6, should_stop=None):
    """Maximal covering location problem (Church & ReVelle 1974).

    maximise sum_i w_i y_i  s.t.  y_i <= sum_{j new, c_ij <= T} x_j,  sum_j x_j = p,
    x binary, 0 <= y_i <= 1, where demand already within T (inclusive) of an existing
    facility counts as covered and is left out. ``w`` is weighted demand (people),
    ``threshold`` T in the cost unit. Returns a :class:`SitingResult` whose objective
    is the total covered demand after (existing + new).
    """
    d, s, c, nd, ns, w, ex = _prepare(costs, weights, p, existing, solver)
    p = int(p)
    cov = c <= threshold
    covered0 = np.zeros(nd, bool)
    covered0[d[cov & ex[s]]] = True
    r = np.where(covered0, 0.0, w)                      # demand still to cover
    m = cov & ~ex[s] & (r[d] > 0)
    A = _site_matrix(d[m], s[m], ns, nd)                # candidate x demand, 0/1
    base = float(w[covered0].sum())
    cand = np.flatnonzero(~ex)
    scale = float(w.sum())

    def greedy():
        unc = r.copy()
        gains = A @ unc
        heap = [(-gains[j], j) for j in cand]
        heapq.heapify(heap)
        chosen, g = [], []
        while len(chosen) < p and heap:
            _check(should_stop)
            neg, j = heapq.heappop(heap)
            row = A.indices[A.indptr[j]:A.indptr[j + 1]]
            fresh = float(unc[row].sum())
            if heap and fresh < -heap[0][0] - 1e-12 * max(1.0, fresh):
                heapq.heappush(heap, (-fresh, j))      # stale: push back, re-examine
                continue
            if zero_gain(fresh, scale):                # the best site adds nothing: stop
                break
            chosen.append(j)
            g.append(fresh)
            unc[row] = 0.0
        return np.asarray(chosen, np.int64), np.asarray(g)

    g_chosen, g_gain = greedy()
    g_obj = base + float(g_gain.sum())
    result = SitingResult(g_chosen, g_gain, None, g_obj, "greedy")
    if solver == "exact":
        h_chosen = _mclp_swap(A, r, g_chosen, ~ex, should_stop=should_stop)
        h_obj = base + _covered(A, r, h_chosen)
        keys, rep, agg = _aggregate_columns(A, r)          # demand with the same cover set
        ny = rep.size
        nc = cand.size
        col = np.full(ns, -1, np.int64)
        col[cand] = np.arange(nc)
        At = A.T.tocsr()[rep]                               # representative rows x sites
        C = sparse.csr_matrix((-np.ones(At.nnz), col[At.indices], At.indptr), shape=(ny, nc))
        # rows 0..ny-1: y_g - sum x_j <= 0 ; last row: sum x_j = p
        A_ub = sparse.vstack([sparse.hstack([C, sparse.identity(ny)]),
                              sparse.hstack([np.ones((1, nc)), sparse.csr_matrix((1, ny))])])
        lo = np.r_[np.full(ny, -np.inf), p]
        hi = np.r_[np.zeros(ny), p]
        obj = np.r_[np.zeros(nc), -agg]
        integ = np.r_[np.ones(nc), np.zeros(ny)]
        res = _solve_milp(obj, integ, 0, 1, A_ub, lo, hi, time_limit, mip_rel_gap)
        status = _exact_status(res)
        e_obj, e_chosen = -math.inf, None
        if res.x is not None:
            e_chosen = cand[res.x[:nc] > 0.5]
            e_obj = base + _covered(A, r, e_chosen)
            if status != "optimal":                  # polish a time-limited incumbent
                e_chosen = _mclp_swap(A, r, e_chosen, ~ex, should_stop=should_stop)
                e_obj = base + _covered(A, r, e_chosen)
        if e_obj >= h_obj - 1e-9 * max(1.0, abs(h_obj)):
            result = SitingResult(e_chosen, None, None, e_obj, status)
        else:
            result = SitingResult(h_chosen, None, None, h_obj, "time_limit_heuristic")
        result.mip_gap, result.bound = _gap(res, result.objective, -1, base)

        def gain_fn(order, j):
            done = r.copy()
            for k in order:
                done[A.indices[A.indptr[k]:A.indptr[k + 1]]] = 0.0
            return float(done[A.indices[A.indptr[j]:A.indptr[j + 1]]].sum())

        result.chosen, result.gain = _rank_chosen(gain_fn, result.chosen)
    drop_zero_gain(result, p, scale)
    return _finish(result, d, s, c, nd, w, ex, threshold)


# ---------------------------------------------------------------------------- capacitated
def served_assignment(costs, weights, threshold, capacity, open_mask):
    """Best assignment of demand to open sites within ``threshold`` under capacities
    (an LP, HiGHS): maximise sum w_i f_ij s.t. sum_j f_ij <= 1, sum_i w_i f_ij <= cap_j,
    0 <= f_ij. Returns (served share per unit in [0, 1], load per site in demand units).
    Infinite capacity means unlimited."""
    d = np.asarray(costs.demand_idx, np.int64)
    s = np.asarray(costs.supply_idx, np.int64)
    c = np.asarray(costs.cost, np.float64)
    nd, ns = int(costs.n_demand), int(costs.n_supply)
    w = np.asarray(weights, np.float64)
    cap = np.asarray(capacity, np.float64)
    m = (c <= threshold) & np.asarray(open_mask, bool)[s] & (w[d] > 0)
    served = np.zeros(nd)
    load = np.zeros(ns)
    if not m.any():
        return served, load
    dm, sm = d[m], s[m]
    reach = np.bincount(dm, weights=w[dm], minlength=nd)
    nz = dm.size
    k = np.arange(nz)
    lim = np.isfinite(cap[sm])
    A = sparse.vstack([sparse.coo_matrix((np.ones(nz), (dm, k)), shape=(nd, nz)),
                       sparse.coo_matrix((w[dm][lim], (sm[lim], k[lim])), shape=(ns, nz))])
    b = np.r_[np.ones(nd), np.where(np.isfinite(cap), cap, 0.0)]
    A = sparse.csr_matrix(A)
    res = linprog(-w[dm], A_ub=A, b_ub=b, bounds=(0, 1), method="highs")
    if res.status == 2:       # always feasible (f = 0): SciPy 1.10 HiGHS presolve issue
        res = linprog(-w[dm], A_ub=A, b_ub=b, bounds=(0, 1), method="highs",
                      options={"presolve": False})
    if res.status != 0:
        raise ValueError(f"assignment LP failed: {res.message}")
    fx = np.clip(res.x, 0, 1)
    served = np.minimum(1.0, np.bincount(dm, weights=fx, minlength=nd))
    served[reach == 0] = 0.0
    load = np.bincount(sm, weights=w[dm] * fx, minlength=ns)
    return served, load


def capacitated_covering(costs, weights, p, threshold, capacity, existing=None,
                         solver="greedy", time_limit=60.0, mip_rel_gap=1e-6, should_stop=None):
    """Capacitated maximal covering (Pirkul & Schilling 1991): open p new sites to
    maximise the demand served within ``threshold`` when site j serves at most
    ``capacity[j]`` demand units (existing sites: their capacity, inf = unlimited).

    MILP: max sum w_i f_ij s.t. sum_j f_ij <= 1, sum_i w_i f_ij <= cap_j x_j,
    f_ij <= x_j (strengthening), sum x_j = p over new sites, x binary, f in [0, 1];
    existing sites have x_j = 1. Greedy picks argmax min(cap_j, residual demand in
    reach) and fills the nearest residual demand first; whatever the solver, the
    reported service comes from the exact assignment LP (:func:`served_assignment`)
    for the chosen sites. Objective: demand served after.
    """
    d, s, c, nd, ns, w, ex = _prepare(costs, weights, p, existing, solver)
    p = int(p)
    cap = np.asarray(capacity, np.float64).copy()
    if cap.shape != (ns,):
        raise ValueError(f"capacity: expected {ns} values, got {cap.shape}")
    cap[ex & np.isnan(cap)] = np.inf
    bad = ~ex & ~(cap > 0)
    if bad.any():
        raise ValueError(f"capacity must be > 0 for every candidate site; "
                         f"{int(bad.sum())} candidate(s) have capacity 0, negative or missing")
    if np.any(cap[ex] < 0):
        raise ValueError("capacity of existing facilities must be >= 0")

    def served_total(open_new):
        mask = ex.copy()
        mask[list(open_new)] = True
        sv, _ = served_assignment(costs, w, threshold, cap, mask)
        return float((w * sv).sum()), sv

    served0_total, served0 = served_total([])
    resid = w * (1.0 - served0)
    m = (c <= threshold) & ~ex[s] & (w[d] > 0)
    dm, sm, cm = d[m], s[m], c[m]
    order = np.lexsort((cm, sm))
    dm, sm, cm = dm[order], sm[order], cm[order]
    bounds_ = np.searchsorted(sm, np.arange(ns + 1))
    is_cand = ~ex
    chosen = []
    for _ in range(p):
        _check(should_stop)
        reach = np.bincount(sm, weights=resid[dm], minlength=ns)
        g = np.where(is_cand, np.minimum(cap, reach), -1.0)
        j = int(np.argmax(g))
        if zero_gain(g[j], w.sum()):                          # nothing left to serve: stop
            break
        chosen.append(j)
        is_cand[j] = False
        rows = dm[bounds_[j]:bounds_[j + 1]]                  # nearest first
        take = resid[rows]
        before = np.cumsum(take) - take
        resid[rows] = take - np.clip(cap[j] - before, 0.0, take)
    g_obj, _ = served_total(chosen)
    result = SitingResult(np.asarray(chosen, np.int64), None, None, g_obj, "greedy")
    if solver == "exact":
        cand = np.flatnonzero(~ex)
        nc = cand.size
        col = np.full(ns, -1, np.int64)
        col[cand] = np.arange(nc)
        mo = (c <= threshold) & (w[d] > 0)
        da, sa = d[mo], s[mo]
        nz = da.size
        k = np.arange(nz)
        new = ~ex[sa]
        lim = np.isfinite(cap[sa])
        capx = np.minimum(cap, np.bincount(sa, weights=w[da], minlength=ns))  # tighter
        # variables: x (nc) | f (nz)
        per_dem = sparse.hstack([sparse.csr_matrix((nd, nc)),
                                 sparse.coo_matrix((np.ones(nz), (da, k)), shape=(nd, nz))])
        capr = sparse.hstack([sparse.coo_matrix((-capx[cand], (cand, np.arange(nc))), shape=(ns, nc)),
                              sparse.coo_matrix((w[da][lim], (sa[lim], k[lim])), shape=(ns, nz))])
        kn = k[new]
        link = sparse.hstack([sparse.coo_matrix((-np.ones(kn.size), (np.arange(kn.size), col[sa[new]])),
                                                shape=(kn.size, nc)),
                              sparse.coo_matrix((np.ones(kn.size), (np.arange(kn.size), kn)),
                                                shape=(kn.size, nz))])
        count = sparse.hstack([np.ones((1, nc)), sparse.csr_matrix((1, nz))])
        A = sparse.vstack([per_dem, capr, link, count])
        cap_hi = np.where(ex, np.where(np.isfinite(cap), cap, np.inf), 0.0)
        lo = np.r_[np.full(nd + ns + kn.size, -np.inf), p]
        hi = np.r_[np.ones(nd), cap_hi, np.zeros(kn.size), p]
        obj = np.r_[np.zeros(nc), -w[da]]
        integ = np.r_[np.ones(nc), np.zeros(nz)]
        res = _solve_milp(obj, integ, 0, 1, A, lo, hi, time_limit, mip_rel_gap)
        status = _exact_status(res)
        e_obj, e_chosen = -math.inf, None
        if res.x is not None:
            e_chosen = cand[res.x[:nc] > 0.5]
            e_obj, _ = served_total(e_chosen)
        if e_obj >= g_obj - 1e-7 * max(1.0, abs(g_obj)):
            result = SitingResult(e_chosen, None, None, e_obj, status)
        else:
            result.status = "time_limit_heuristic"
        result.mip_gap, result.bound = _gap(res, result.objective, -1)
    # rank: greedy keeps its order; exact sites go by their load in the LP assignment
    if solver == "exact":
        mask = ex.copy()
        mask[result.chosen] = True
        _, load = served_assignment(costs, w, threshold, cap, mask)
        result.chosen = result.chosen[np.argsort(-load[result.chosen], kind="stable")]
    prefix = [served0_total] + [served_total(result.chosen[:k + 1])[0]
                                for k in range(len(result.chosen))]
    result.gain = np.diff(prefix)
    drop_zero_gain(result, p, w.sum())
    result.objective, served1 = served_total(result.chosen)
    return _finish(result, d, s, c, nd, w, ex, threshold, served0, served1)


# ---------------------------------------------------------------------------- candidates
def candidate_grid(x, y, spacing, reach=None, max_points=200_000, stops_xy=None, stop_reach=None):
    """Regular square grid of candidate sites over the bounding box of the demand
    points (x, y in metres), cell centres every ``spacing`` metres. With ``reach``
    (metres), only grid points within ``reach`` of at least one demand point are kept
    (KD-tree query), so no candidate is out of reach of all demand. With public transport
    (``stops_xy``, the stops, and ``stop_reach``, the longest walk from a stop in metres),
    a grid point within ``stop_reach`` of a stop is kept too: demand farther than the walk
    may reach it by riding to that stop (every other point can only be walked to, and is
    out of reach). Returns (gx, gy). ValueError if spacing <= 0 or the grid would exceed
    ``max_points`` points."""
    from scipy.spatial import cKDTree

    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    if not spacing > 0:
        raise ValueError(f"grid spacing must be > 0 metres, got {spacing}")
    if x.size == 0:
        raise ValueError("no demand points to lay a grid over")
    nx = int(np.floor((x.max() - x.min()) / spacing)) + 1
    ny = int(np.floor((y.max() - y.min()) / spacing)) + 1
    if nx * ny > max_points:
        raise ValueError(f"a grid spacing of {spacing:g} m gives {nx * ny:,} candidates "
                         f"(more than {max_points:,}); use a larger spacing")
    cx = x.min() + (x.max() - x.min() - (nx - 1) * spacing) / 2 + spacing * np.arange(nx)
    cy = y.min() + (y.max() - y.min() - (ny - 1) * spacing) / 2 + spacing * np.arange(ny)
    gx, gy = (a.ravel() for a in np.meshgrid(cx, cy))
    if reach is not None and np.isfinite(reach):
        dist, _ = cKDTree(np.c_[x, y]).query(np.c_[gx, gy], k=1, distance_upper_bound=reach * (1 + 1e-12))
        keep = np.isfinite(dist)
        if stops_xy is not None and stop_reach is not None and len(stops_xy):
            stops_xy = np.asarray(stops_xy, np.float64).reshape(-1, 2)
            stops_xy = stops_xy[np.isfinite(stops_xy).all(1)]
            if len(stops_xy):
                d_stop, _ = cKDTree(stops_xy).query(np.c_[gx, gy], k=1,
                                                    distance_upper_bound=float(stop_reach) * (1 + 1e-12))
                keep |= np.isfinite(d_stop)
        gx, gy = gx[keep], gy[keep]
    return gx, gy
