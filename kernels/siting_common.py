"""Shared pieces of the siting kernels (kernels/siting.py, kernels/pmedian.py): the
result record, input checks, the HiGHS MILP call and its gap, ranking and the
before/after summary. See kernels/siting.py for the models and references."""
import math
from dataclasses import dataclass, field

import numpy as np

from ._lazy import lazy_module, lazy_name
from .deserts import care_deserts, desert_share

sparse = lazy_module("scipy.sparse")
Bounds = lazy_name("scipy.optimize", "Bounds")
LinearConstraint = lazy_name("scipy.optimize", "LinearConstraint")
milp = lazy_name("scipy.optimize", "milp")

SOLVERS = ("greedy", "exact")
#: without a cost limit of its own, costs (p-median, cost before/after) are searched up
#: to this many times the coverage threshold
MAX_COST_FACTOR = 3.0
#: without a layer of candidate sites, a square grid of candidates every this many metres
DEFAULT_GRID_SPACING_M = 250.0


def default_max_cost(threshold, given=None):
    """The cost limit of siting: ``given`` when > 0, else ``MAX_COST_FACTOR`` (3) x the
    coverage ``threshold`` (both in the cost unit)."""
    if given is not None and np.isfinite(given) and given > 0:
        return float(given)
    threshold = float(threshold)
    if not np.isfinite(threshold) or not threshold > 0:
        raise ValueError(f"the coverage threshold must be > 0, got {threshold}")
    return MAX_COST_FACTOR * threshold


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
    requested: the number of new sites asked for (p). ``len(chosen)`` can be smaller:
        a site whose marginal gain is zero (nothing left that it would cover, serve or
        bring closer) is never added, so fewer sites suffice (see :func:`drop_zero_gain`).
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
    requested: int = 0
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
    cost over units that reach an open site, unreachable demand, and served demand
    (capacitated) when ``served`` (share per unit) is given. A share or mean without
    meaning (no demand; no demand reaching a site) is ``None``, never NaN."""
    w = weights
    total = float(w.sum())
    reach = np.isfinite(cost)
    wr = float(w[reach].sum())
    out = {
        "demand_total": total,
        "demand_covered": float(w[covered].sum()),
        "share_covered": float(w[covered].sum() / total) if total > 0 else None,
        "mean_cost": float((w[reach] * cost[reach]).sum() / wr) if wr > 0 else None,
        "demand_unreachable": float(w[~reach].sum()),
    }
    if served is not None:
        out["demand_served"] = float((w * served).sum())
        out["share_served"] = out["demand_served"] / total if total > 0 else None
    return out


def desert_shares(weights, cost_before, cost_after, threshold):
    """Share of the demand living in care deserts before and after siting: the Care
    Georeferencing desert rule (``kernels.deserts.care_deserts``, overall median rule)
    with the siting costs (NaN = no open site in reach, which is low access) and the
    siting ``threshold`` in the same unit as the costs. Returns ``{"before": s,
    "after": s}``, each ``None`` when the total demand is 0."""
    out = {}
    for key, cost in (("before", cost_before), ("after", cost_after)):
        flags = care_deserts(weights, cost, threshold=threshold)["desert"]
        out[key] = desert_share(weights, flags)[0]
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


def zero_gain(gain, scale):
    """True where a marginal gain is zero, up to rounding: gain <= 1e-9 max(1, scale)
    (``scale`` the total weighted demand, or total weighted cost for p-median)."""
    return np.asarray(gain, dtype=float) <= 1e-9 * max(1.0, abs(float(scale)))


def drop_zero_gain(result, p, scale):
    """Item 10 of the trust issue: never report a site that adds nothing. With the sites
    in rank order (largest marginal gain first), the trailing run of sites whose gain is
    zero is dropped (the objective is unchanged: each adds nothing to those before it)
    and ``result.requested`` is set to ``p``. Greedy loops stop before such a site
    already; this also trims an exact solution, which must open exactly p sites."""
    result.requested = int(p)
    if result.gain is None or len(result.chosen) == 0:
        return result
    zero = zero_gain(result.gain, scale)
    keep = len(zero)
    while keep > 0 and zero[keep - 1]:
        keep -= 1
    result.chosen = np.asarray(result.chosen, np.int64)[:keep]
    result.gain = np.asarray(result.gain, np.float64)[:keep]
    return result


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
