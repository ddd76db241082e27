"""p-median siting (Hakimi 1964; ReVelle & Swain 1970): greedy-add with interchange, a
Lagrangian bound, and an exact MILP on each unit's nearest candidates. Part of the siting
kernels; see kernels/siting.py for conventions (costs, existing sites, solvers)."""
import math
import time

import numpy as np

from ._lazy import lazy_module
from .siting_common import (
    SitingResult,
    _check,
    _exact_status,
    _finish,
    _prepare,
    _rank_chosen,
    _solve_milp,
    drop_zero_gain,
    nearest_open,
    zero_gain,
)

sparse = lazy_module("scipy.sparse")


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
    scale = float((w * f).sum())
    chosen, gains = [], []
    is_cand = ~ex
    for _ in range(p):
        _check(should_stop)
        g = np.bincount(sm, weights=w[dm] * np.maximum(0.0, cur[dm] - cm), minlength=ns)
        g[~is_cand] = -1.0
        j = int(np.argmax(g))
        if zero_gain(g[j], scale):          # no unit would get closer: fewer sites suffice
            break
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
    drop_zero_gain(result, p, scale)
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
