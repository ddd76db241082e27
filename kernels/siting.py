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
import time
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

SOLVERS = ("greedy", "exact")


@dataclass
class SitingResult:
    """Outcome of a siting run. Site indices refer to the ``supply`` axis of the costs.

    chosen: new sites in rank order (by marginal gain, largest first).
    gain: marginal gain of each chosen site in that order (weighted demand newly
        covered/served for MCLP and capacitated; reduction of weighted cost for p-median).
    newly_covered: weighted demand newly within ``threshold`` of an open site, per
        chosen site in rank order (NaN for p-median without a threshold).
    objective: covered/served weighted demand (MCLP, capacitated) or total weighted
        cost including penalties (p-median).
    status: ``greedy``, ``optimal``, ``time_limit`` (exact stopped at the time limit:
        its incumbent is returned) or ``time_limit_heuristic`` (exact stopped without an
        incumbent better than the heuristic: greedy, for MCLP greedy + interchange).
    mip_gap, bound: relative MIP gap and best bound (NaN for greedy / unknown).
    before, after: summaries (see :func:`coverage_summary`).
    Per demand unit: cost_before/cost_after (nearest open site, NaN if none in reach),
    site_after (nearest open site after, -1 if none), covered_before/covered_after,
    served_before/served_after (share of the unit's demand served, capacitated only).
    """

    chosen: np.ndarray
    gain: np.ndarray
    newly_covered: np.ndarray
    objective: float
    status: str
    mip_gap: float = math.nan
    bound: float = math.nan
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)
    cost_before: np.ndarray = None
    cost_after: np.ndarray = None
    site_after: np.ndarray = None
    covered_before: np.ndarray = None
    covered_after: np.ndarray = None
    served_before: np.ndarray = None
    served_after: np.ndarray = None


# ---------------------------------------------------------------------------- helpers
def _prepare(costs, weights, p, existing, solver):
    d = np.asarray(costs.demand_idx, dtype=np.int64)
    s = np.asarray(costs.supply_idx, dtype=np.int64)
    c = np.asarray(costs.cost, dtype=np.float64)
    nd, ns = int(costs.n_demand), int(costs.n_supply)
    if not (d.shape == s.shape == c.shape):
        raise ValueError("costs: demand_idx, supply_idx and cost must have the same length")
    if d.size and (d.min() < 0 or d.max() >= nd or s.min() < 0 or s.max() >= ns):
        raise ValueError("costs: an index is outside 0..n_demand-1 or 0..n_supply-1")
    if d.size and (not np.all(np.isfinite(c)) or c.min() < 0):
        raise ValueError("costs: costs must be finite and >= 0")
    w = np.asarray(weights, dtype=np.float64)
    if w.shape != (nd,):
        raise ValueError(f"weights: expected {nd} values, got {w.shape}")
    if not np.all(np.isfinite(w)) or (w.size and w.min() < 0):
        raise ValueError("weights: demand must be finite and >= 0")
    ex = np.zeros(ns, bool) if existing is None else np.asarray(existing, dtype=bool)
    if ex.shape != (ns,):
        raise ValueError(f"existing: expected {ns} flags, got {ex.shape}")
    n_cand = int((~ex).sum())
    if int(p) != p or p < 1:
        raise ValueError(f"p must be a positive integer, got {p}")
    if p > n_cand:
        raise ValueError(f"p = {int(p)} is larger than the number of candidate sites ({n_cand})")
    if solver not in SOLVERS:
        raise ValueError(f"solver must be one of {SOLVERS}, got {solver!r}")
    return d, s, c, nd, ns, w, ex


def nearest_open(d, s, c, n_demand, open_mask):
    """Nearest open site per demand unit: (cost, site), cost NaN and site -1 if none."""
    m = open_mask[s]
    dd, ss, cc = d[m], s[m], c[m]
    best_c = np.full(n_demand, np.nan)
    best_s = np.full(n_demand, -1, dtype=np.int64)
    if dd.size:
        order = np.lexsort((ss, cc, dd))
        uniq, first = np.unique(dd[order], return_index=True)
        best_c[uniq] = cc[order][first]
        best_s[uniq] = ss[order][first]
    return best_c, best_s


def coverage_summary(weights, covered, cost, served=None):
    """Weighted summary: total demand, covered demand and share, demand-weighted mean
    cost over units that reach an open site (NaN if none), unreachable demand, and
    served demand (capacitated) when ``served`` (share per unit) is given."""
    w = weights
    total = float(w.sum())
    reach = np.isfinite(cost)
    wr = float(w[reach].sum())
    out = {
        "demand_total": total,
        "demand_covered": float(w[covered].sum()),
        "share_covered": float(w[covered].sum() / total) if total > 0 else math.nan,
        "mean_cost": float((w[reach] * cost[reach]).sum() / wr) if wr > 0 else math.nan,
        "demand_unreachable": float(w[~reach].sum()),
    }
    if served is not None:
        out["demand_served"] = float((w * served).sum())
        out["share_served"] = out["demand_served"] / total if total > 0 else math.nan
    return out


def _site_matrix(d, s, ns, nd, data=None):
    """CSR matrix sites x demand holding ``data`` (default ones) at the pairs."""
    data = np.ones(d.size) if data is None else data
    return sparse.csr_matrix((data, (s, d)), shape=(ns, nd))


def _gap(res, objective, sense, offset=0.0):
    """(relative gap, best bound) of ``objective`` against the MILP's dual bound.

    ``sense`` = -1 when the MILP minimised the negated objective; ``offset`` is a
    constant left out of the MILP. Gap = |objective - bound| / |objective|; when HiGHS
    gives no dual bound, its own ``mip_gap`` is used if present, else NaN (unknown)."""
    dual = getattr(res, "mip_dual_bound", None)
    if dual is not None and np.isfinite(dual):
        bound = offset + sense * float(dual)
        if objective:
            return abs(objective - bound) / abs(objective), bound
        return (0.0 if abs(bound) < 1e-9 else math.inf), bound
    gap = getattr(res, "mip_gap", None)
    return (float(gap) if gap is not None else math.nan), math.nan


def _solve_milp(cost_vec, integrality, lb, ub, A, lo, hi, time_limit, mip_rel_gap):
    options = {"mip_rel_gap": float(mip_rel_gap), "presolve": True}
    if time_limit is not None and time_limit > 0:
        options["time_limit"] = float(time_limit)
    A = sparse.csr_matrix(A)
    A.sum_duplicates()
    A.eliminate_zeros()
    res = milp(cost_vec, integrality=integrality, bounds=Bounds(lb, ub),
               constraints=LinearConstraint(A, lo, hi), options=options)
    if res.status == 2:
        # Our models are feasible by construction (p <= candidates); the HiGHS presolve
        # shipped with SciPy 1.10 wrongly reports some of them infeasible: solve again
        # without presolve.
        options["presolve"] = False
        res = milp(cost_vec, integrality=integrality, bounds=Bounds(lb, ub),
                   constraints=LinearConstraint(A, lo, hi), options=options)
    return res


def _exact_status(res):
    if res.status == 0:
        return "optimal"
    if res.status == 1:
        return "time_limit"
    raise ValueError(f"exact solver failed: {res.message}")


def _rank_chosen(gain_fn, chosen):
    """Order ``chosen`` greedily by marginal gain: gain_fn(open_list, j) -> gain of j."""
    left, order, gains = list(chosen), [], []
    while left:
        g = [gain_fn(order, j) for j in left]
        k = int(np.argmax(g))
        order.append(left.pop(k))
        gains.append(g[k])
    return np.asarray(order, dtype=np.int64), np.asarray(gains, dtype=np.float64)


def _finish(result, d, s, c, nd, w, ex, threshold, served_before=None, served_after=None):
    open_after = ex.copy()
    open_after[result.chosen] = True
    cb, _ = nearest_open(d, s, c, nd, ex)
    ca, sa = nearest_open(d, s, c, nd, open_after)
    result.cost_before, result.cost_after, result.site_after = cb, ca, sa
    if threshold is None:
        result.covered_before = np.zeros(nd, bool)
        result.covered_after = np.zeros(nd, bool)
    else:
        result.covered_before = np.nan_to_num(cb, nan=np.inf) <= threshold
        result.covered_after = np.nan_to_num(ca, nan=np.inf) <= threshold
    result.served_before, result.served_after = served_before, served_after
    result.before = coverage_summary(w, result.covered_before, cb, served_before)
    result.after = coverage_summary(w, result.covered_after, ca, served_after)
    # demand newly within the threshold, per chosen site in rank order
    if threshold is None:
        result.newly_covered = np.full(len(result.chosen), np.nan)
    else:
        cov = (c <= threshold)
        newly = np.zeros(len(result.chosen))
        done = result.covered_before.copy()
        for k, j in enumerate(result.chosen):
            dem = np.unique(d[cov & (s == j)])
            dem = dem[~done[dem]]
            newly[k] = w[dem].sum()
            done[dem] = True
        result.newly_covered = newly
    return result


def _check(should_stop):
    """Raise InterruptedError when the caller's ``should_stop()`` says so (cancel)."""
    if should_stop is not None and should_stop():
        raise InterruptedError("canceled")


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

    def greedy():
        unc = r.copy()
        gains = A @ unc
        heap = [(-gains[j], j) for j in cand]
        heapq.heapify(heap)
        chosen, g = [], []
        while len(chosen) < p:
            _check(should_stop)
            neg, j = heapq.heappop(heap)
            row = A.indices[A.indptr[j]:A.indptr[j + 1]]
            fresh = float(unc[row].sum())
            if heap and fresh < -heap[0][0] - 1e-12 * max(1.0, fresh):
                heapq.heappush(heap, (-fresh, j))      # stale: push back, re-examine
                continue
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
    return _finish(result, d, s, c, nd, w, ex, threshold)


# ---------------------------------------------------------------------------- p-median
def p_median(costs, weights, p, existing=None, solver="greedy", time_limit=60.0,
             penalty=None, threshold=None, mip_rel_gap=1e-4, should_stop=None):
    """p-median (Hakimi 1964; ReVelle & Swain 1970): open p new sites minimising the
    total demand-weighted cost sum_i w_i min(penalty, min_{j open} c_ij), existing
    facilities open. Each unit goes to its nearest open site.

    Unreachable handling: a unit with no open site among the listed pairs (costs are
    cut at the limit used to build them) is charged ``penalty`` (default: the largest
    listed cost, i.e. about that limit) and reported with cost NaN / site -1.
    MILP: min sum w_i c_ij z_ij + sum w_i f_i u_i, sum_j z_ij + u_i = 1, z_ij <= x_j,
    sum x_j = p, where f_i is the cost to the nearest existing site (or the penalty)
    and only pairs cheaper than f_i enter. The exact solver first improves greedy by
    interchange (Teitz & Bart 1968) and bounds it by Lagrangian relaxation; if that
    does not close the gap, the MILP runs on each unit's K cheapest pairs (the next
    cost as fallback, a relaxation) with K doubling until its solution is exact or the
    time limit is reached. "optimal" means within ``mip_rel_gap`` of the best bound
    (1e-4, HiGHS's default). ``threshold`` (optional) is only used for the covered
    before/after summaries. Objective: total weighted cost after.
    """
    d, s, c, nd, ns, w, ex = _prepare(costs, weights, p, existing, solver)
    p = int(p)
    if penalty is None:
        penalty = float(c.max()) if c.size else 1.0
    cb, _ = nearest_open(d, s, c, nd, ex)
    f = np.fmin(np.nan_to_num(cb, nan=np.inf), penalty)       # fallback cost per unit
    m = ~ex[s] & (c < f[d]) & (w[d] > 0)                       # useful candidate pairs
    dm, sm, cm = d[m], s[m], c[m]
    cand = np.flatnonzero(~ex)

    def total(open_new):
        cur = f.copy()
        sel = np.isin(sm, open_new)
        np.minimum.at(cur, dm[sel], cm[sel])
        return float((w * cur).sum())

    # greedy add
    cur = f.copy()
    chosen, gains = [], []
    is_cand = ~ex
    for _ in range(p):
        _check(should_stop)
        g = np.bincount(sm, weights=w[dm] * np.maximum(0.0, cur[dm] - cm), minlength=ns)
        g[~is_cand] = -1.0
        j = int(np.argmax(g))
        chosen.append(j)
        gains.append(max(0.0, float(g[j])))
        is_cand[j] = False
        sel = sm == j
        np.minimum.at(cur, dm[sel], cm[sel])
    result = SitingResult(np.asarray(chosen, np.int64), np.asarray(gains), None,
                          float((w * cur).sum()), "greedy")
    if solver == "exact":
        result = _p_median_exact(result, dm, sm, cm, f, w, cand, ns, nd, p, total,
                                 time_limit, mip_rel_gap, should_stop)
        result.chosen, result.gain = _rank_chosen(
            lambda order, j: total(order) - total(order + [j]), result.chosen)
    return _finish(result, d, s, c, nd, w, ex, threshold)


def _open_costs(dm, sm, cm, f, nd, open_mask):
    """Nearest and second-nearest open cost per unit (fallback f when none), and the
    nearest open site (-1 for the fallback)."""
    m = open_mask[sm]
    dd, ss, cc = dm[m], sm[m], cm[m]
    order = np.lexsort((cc, dd))
    dd, ss, cc = dd[order], ss[order], cc[order]
    first = np.ones(dd.size, bool)
    first[1:] = dd[1:] != dd[:-1]
    second = np.zeros(dd.size, bool)
    second[1:] = ~first[1:] & first[:-1]
    d1, d2 = f.copy(), f.copy()
    who = np.full(nd, -1, np.int64)
    d1[dd[first]] = np.minimum(f[dd[first]], cc[first])
    who[dd[first]] = np.where(cc[first] < f[dd[first]], ss[first], -1)
    d2[dd[second]] = np.minimum(f[dd[second]], cc[second])
    d2 = np.where(who < 0, f, d2)
    d1 = np.minimum(d1, d2)
    return d1, d2, who


def _p_median_swap(dm, sm, cm, f, w, ns, nd, chosen, is_cand, max_iter=100, should_stop=None):
    """Best-improvement interchange (Teitz & Bart 1968) for p-median, vectorised:
    saving of (k in, j out) = gain_k - loss_j + M_kj with gain_k = sum w (d1 - c_ik)+,
    loss_j = sum_{i served by j} w (d2 - d1), M_kj = sum_{i served by j}
    w [(d2 - c_ik)+ - (d1 - c_ik)+] (d1, d2: nearest and second-nearest open cost)."""
    chosen = np.array(chosen, np.int64)
    pos = np.full(ns, -1, np.int64)
    for _ in range(max_iter):
        _check(should_stop)
        open_mask = np.zeros(ns, bool)
        open_mask[chosen] = True
        d1, d2, who = _open_costs(dm, sm, cm, f, nd, open_mask)
        gain = np.bincount(sm, weights=w[dm] * np.maximum(0.0, d1[dm] - cm), minlength=ns)
        served = who >= 0
        pos[:] = -1
        pos[chosen] = np.arange(chosen.size)
        loss = np.bincount(pos[who[served]], weights=(w * (d2 - d1))[served], minlength=chosen.size)
        owner = who[dm]
        sel = owner >= 0
        v = w[dm[sel]] * (np.maximum(0.0, d2[dm[sel]] - cm[sel]) - np.maximum(0.0, d1[dm[sel]] - cm[sel]))
        M = sparse.coo_matrix((v, (sm[sel], pos[owner[sel]])), shape=(ns, chosen.size)).toarray()
        delta = gain[:, None] - loss[None, :] + M
        ok = is_cand.copy()
        ok[chosen] = False
        delta[~ok] = -np.inf
        k, jpos = np.unravel_index(int(np.argmax(delta)), delta.shape)
        if not delta[k, jpos] > 1e-9 * max(1.0, float((w * d1).sum())):
            break
        chosen[jpos] = k
    return chosen


def _p_median_lagrangian(dm, sm, cm, f, w, cand_mask, ns, p, upper, iters=1000, should_stop=None,
                         deadline=math.inf):
    """Lagrangian lower bound for p-median (relaxing sum_j z_ij + u_i = 1):
    L(lam) = sum_i min(lam_i, w_i f_i) + sum of the p smallest rho_j over candidates,
    rho_j = sum_i min(0, w_i c_ij - lam_i); subgradient ascent with Polyak steps
    (Held, Wolfe & Crowder 1974). Any L(lam) is a valid lower bound. Every 5th
    iteration the p sites of the relaxation are also evaluated as a solution.
    Returns (bound, best sites seen, their true cost)."""
    dem = np.unique(dm)
    if dem.size == 0:
        return float((w * f).sum()), None, math.inf
    const = float((w * f).sum() - (w[dem] * f[dem]).sum())
    wf = w * f
    lam = np.zeros_like(f)
    # start: each unit's cost to its (p+1)-th... simply its cheapest pair
    first = np.full(f.size, np.inf)
    np.minimum.at(first, dm, w[dm] * cm)
    lam[dem] = np.minimum(first[dem], wf[dem])
    best, theta, stall = -math.inf, 2.0, 0
    best_pick, best_obj = None, math.inf
    for it in range(iters):
        if it % 10 == 0:
            _check(should_stop)
            if time.monotonic() > deadline:
                break
        red = np.minimum(0.0, w[dm] * cm - lam[dm])
        rho = np.bincount(sm, weights=red, minlength=ns)
        rho[~cand_mask] = np.inf
        pick = np.argpartition(rho, p - 1)[:p]
        if it % 5 == 0:
            sel = np.isin(sm, pick)
            cur = f.copy()
            np.minimum.at(cur, dm[sel], cm[sel])
            obj = float((w * cur).sum())
            if obj < best_obj:
                best_pick, best_obj = pick.copy(), obj
                upper = min(upper, obj)
        L = const + float(np.minimum(lam[dem], wf[dem]).sum()) + float(rho[pick].sum())
        if L > best + 1e-12 * abs(L):
            best, stall = L, 0
        else:
            stall += 1
            if stall >= 20:
                theta, stall = theta / 2, 0
                if theta < 1e-4:
                    break
        opened = np.zeros(ns, bool)
        opened[pick] = True
        z = opened[sm] & (red < 0)
        g = 1.0 - (wf < lam).astype(float) - np.bincount(dm[z], minlength=f.size)
        g = g[dem]
        norm = float(g @ g)
        if norm == 0 or upper - best <= 1e-9 * abs(upper):
            break
        lam[dem] += theta * (upper - L) / norm * g
    return best, best_pick, best_obj


def _p_median_model(dm, sm, cm, fb, w, cand, ns, nd, p, time_limit, mip_rel_gap):
    """Strong p-median MILP over the pairs (dm, sm, cm) with fallback cost fb per unit."""
    nc = cand.size
    col = np.full(ns, -1, np.int64)
    col[cand] = np.arange(nc)
    dem = np.unique(dm)
    nu = dem.size
    row = np.full(nd, -1, np.int64)
    row[dem] = np.arange(nu)
    nz = dm.size
    k = np.arange(nz)
    # variables: x (nc) | z (nz) | u (nu)
    assign = sparse.hstack([sparse.csr_matrix((nu, nc)),
                            sparse.coo_matrix((np.ones(nz), (row[dm], k)), shape=(nu, nz)),
                            sparse.identity(nu)])
    link = sparse.hstack([sparse.coo_matrix((-np.ones(nz), (k, col[sm])), shape=(nz, nc)),
                          sparse.identity(nz), sparse.csr_matrix((nz, nu))])
    count = sparse.hstack([np.ones((1, nc)), sparse.csr_matrix((1, nz + nu))])
    A = sparse.vstack([assign, link, count])
    lo = np.r_[np.ones(nu), np.full(nz, -np.inf), p]
    hi = np.r_[np.ones(nu), np.zeros(nz), p]
    obj = np.r_[np.zeros(nc), w[dm] * cm, w[dem] * fb[dem]]
    integ = np.r_[np.ones(nc), np.zeros(nz + nu)]
    const = float((w * fb).sum() - (w[dem] * fb[dem]).sum())   # units with no pair
    res = _solve_milp(obj, integ, 0, 1, A, lo, hi, time_limit, mip_rel_gap)
    return res, const


def _p_median_exact(result, dm, sm, cm, f, w, cand, ns, nd, p, total, time_limit, mip_rel_gap,
                    should_stop=None):
    """Exact p-median: greedy + interchange gives the incumbent, improved by interchange
    from the Lagrangian relaxation's sites and from up to 10 random starts (within 30 % +
    20 % of the time limit); the Lagrangian bound may prove it optimal; otherwise a MILP
    on the K nearest candidates of each unit, K doubling.

    With only the K cheapest pairs of unit i and the (K+1)-th cost as its fallback, the
    MILP is a relaxation (the fallback is <= the true cost), so its optimum is a lower
    bound; when the optimal solution's true cost equals that optimum it is optimal for
    the full problem. Otherwise K doubles while time remains (all pairs at the end)."""
    deadline = time.monotonic() + (time_limit if time_limit and time_limit > 0 else math.inf)
    is_cand = np.zeros(ns, bool)
    is_cand[cand] = True
    h_chosen = _p_median_swap(dm, sm, cm, f, w, ns, nd, result.chosen, is_cand, should_stop=should_stop)
    h_obj = total(h_chosen)
    budget = time_limit if time_limit and time_limit > 0 else 600.0
    lag, l_pick, l_obj = _p_median_lagrangian(dm, sm, cm, f, w, is_cand, ns, p, h_obj, should_stop=should_stop,
                                              deadline=time.monotonic() + 0.3 * budget)
    starts = [] if l_pick is None else [l_pick]     # the relaxation's sites, then random starts
    rng = np.random.default_rng(0)
    stop_starts = time.monotonic() + 0.2 * budget
    for k in range(11):
        if h_obj - lag <= mip_rel_gap * abs(h_obj) or time.monotonic() > stop_starts:
            break
        start = starts[k] if k < len(starts) else rng.choice(cand, p, replace=False)
        l_chosen = _p_median_swap(dm, sm, cm, f, w, ns, nd, start, is_cand, should_stop=should_stop)
        l_obj = total(l_chosen)
        if l_obj < h_obj:
            h_chosen, h_obj = l_chosen, l_obj
    if h_obj - lag <= mip_rel_gap * abs(h_obj):       # the heuristic is proven optimal
        out = SitingResult(h_chosen, None, None, h_obj, "optimal")
        out.bound, out.mip_gap = lag, max(0.0, (h_obj - lag) / abs(h_obj)) if h_obj else 0.0
        return out
    result = SitingResult(h_chosen, result.gain, None, h_obj, "time_limit_heuristic")
    order = np.lexsort((cm, dm))
    dmo, smo, cmo = dm[order], sm[order], cm[order]
    rank = np.arange(dmo.size) - np.searchsorted(dmo, dmo, side="left")
    k_max = int(rank.max()) + 1 if rank.size else 0
    K = min(k_max, max(8, 2 * math.ceil(cand.size / p)))
    g_obj = result.objective
    best_obj, best_chosen, best_bound, status = g_obj, None, lag, "time_limit"
    while True:
        _check(should_stop)
        keep = rank < K
        nxt = rank == K
        fb = f.copy()
        fb[dmo[nxt]] = cmo[nxt]
        left = max(0.01, deadline - time.monotonic())
        res, const = _p_median_model(dmo[keep], smo[keep], cmo[keep], fb, w, cand, ns, nd, p,
                                     left if np.isfinite(left) else None, mip_rel_gap)
        st = _exact_status(res)
        dual = getattr(res, "mip_dual_bound", None)
        if dual is not None and np.isfinite(dual):
            best_bound = max(best_bound, const + float(dual))
        elif st == "optimal" and res.fun is not None:
            best_bound = max(best_bound, const + float(res.fun))
        if res.x is not None:
            chosen = cand[res.x[:cand.size] > 0.5]
            obj = total(chosen)
            if obj <= best_obj + 1e-9 * max(1.0, abs(best_obj)):    # ties go to the MILP
                best_obj, best_chosen = obj, chosen
            relaxed = const + float(res.fun)
            if st == "optimal" and obj <= relaxed + 1e-9 * max(1.0, abs(relaxed)):
                status = "optimal"
                break
        if st != "optimal" or K >= k_max or time.monotonic() >= deadline:
            break
        K = min(k_max, 2 * K)
    if best_chosen is None:
        result.status = "time_limit_heuristic"
    else:
        result = SitingResult(best_chosen, None, None, best_obj, status)
    if np.isfinite(best_bound) and result.objective:
        result.bound = best_bound
        result.mip_gap = max(0.0, (result.objective - best_bound) / abs(result.objective))
    elif status == "optimal":
        result.bound, result.mip_gap = result.objective, 0.0
    return result


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
    result.objective, served1 = served_total(result.chosen)
    return _finish(result, d, s, c, nd, w, ex, threshold, served0, served1)


# ---------------------------------------------------------------------------- candidates
def candidate_grid(x, y, spacing, reach=None, max_points=200_000):
    """Regular square grid of candidate sites over the bounding box of the demand
    points (x, y in metres), cell centres every ``spacing`` metres. With ``reach``
    (metres), only grid points within ``reach`` of at least one demand point are kept
    (KD-tree query), so no candidate is out of reach of all demand. Returns (gx, gy).
    ValueError if spacing <= 0 or the grid would exceed ``max_points`` points."""
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
        gx, gy = gx[keep], gy[keep]
    return gx, gy
