"""Accessibility measures on sparse cost tables: nearest facility, cumulative
opportunities, Hansen gravity, and the floating-catchment family (2SFCA, E2SFCA, G2SFCA,
3SFCA, M2SFCA).

Notation (DESIGN.md): demand units i with demand P_i >= 0, facilities j with supply
(capacity) S_j >= 0, costs d_ij (metres or minutes) for the pairs in a
:class:`~caremap.kernels.costs.Costs`, i.e. within the catchment ``d_ij <= d0``
(inclusive), and per-pair weights w_ij = w(d_ij).

Everything is vectorised over the COO pairs with ``np.bincount``: time and memory are
linear in the number of pairs. A facility whose catchment holds no (weighted) demand gets
ratio NaN (NULL) and contributes nothing; a demand unit that reaches no facility gets
access 0, ``cost_nearest`` NaN and ``covered`` 0.

References: Hansen (1959) "How accessibility shapes land use"; Luo & Wang (2003) 2SFCA;
Luo & Qi (2009) E2SFCA; Dai (2010) G2SFCA; Wan, Zou & Sternberg (2012) 3SFCA;
Delamater (2013) M2SFCA.
"""
from dataclasses import dataclass

import numpy as np

from .costs import Costs
from .decay import DEFAULT_STEPS, decay_weights, gaussian_weights, zone_step_weights

METHODS = ("nearest", "cumulative", "2sfca", "e2sfca", "g2sfca", "3sfca", "m2sfca", "gravity")


# ---- helpers ------------------------------------------------------------------------
def _values(x, n, name):
    x = np.asarray(x, dtype=np.float64)
    if x.shape != (n,):
        raise ValueError(f"{name}: expected {n} values, got shape {x.shape}")
    if not np.all(np.isfinite(x)):
        raise ValueError(f"{name} holds NaN or infinite values")
    if np.any(x < 0):
        raise ValueError(f"{name} holds negative values (min {x.min()})")
    return x


def _weights(costs, weight, ones=True):
    """Per-pair weights as an array; ``None`` (all ones) stays None when ``ones=False`` so
    the unweighted sums skip a multiplication and an allocation."""
    if weight is None:
        return np.ones(costs.n_pairs) if ones else None
    w = np.asarray(weight, dtype=np.float64)
    if w.shape != (costs.n_pairs,):
        raise ValueError(f"weight: expected one value per pair ({costs.n_pairs}), got {w.shape}")
    return w


def catchment_demand(costs, demand, weight=None):
    """Weighted demand in each facility's catchment: ``D_j = sum_i w_ij P_i``."""
    w = _weights(costs, weight, ones=False)
    pd = demand[costs.demand_idx]
    if w is not None:
        pd *= w
    return np.bincount(costs.supply_idx, weights=pd, minlength=costs.n_supply)


def supply_ratio(supply, catch_demand):
    """``R_j = S_j / D_j``; NaN where ``D_j == 0`` (never divides by zero)."""
    ratio = np.full(len(supply), np.nan)
    pos = catch_demand > 0
    ratio[pos] = supply[pos] / catch_demand[pos]
    return ratio


def _spread(costs, ratio, weight):
    """``A_i = sum_j w_ij R_j`` (facilities with NaN ratio contribute 0)."""
    r = np.where(np.isnan(ratio), 0.0, ratio)
    rs = r[costs.supply_idx]
    if weight is not None:
        rs *= weight
    return np.bincount(costs.demand_idx, weights=rs, minlength=costs.n_demand)


# ---- the measures -------------------------------------------------------------------
def two_step_fca(costs, demand, supply, weight=None):
    """Two-step floating catchment (Luo & Wang 2003), generalised with pair weights:
    ``R_j = S_j / sum_i w_ij P_i``, ``A_i = sum_j w_ij R_j``; ``w = 1`` is the classic
    2SFCA. Returns ``(access A_i, ratio R_j, catch_demand D_j)``. Conserves supply:
    ``sum_i P_i A_i = sum_{j: D_j > 0} S_j``."""
    demand = _values(demand, costs.n_demand, "demand")
    supply = _values(supply, costs.n_supply, "supply")
    w = _weights(costs, weight, ones=False)
    catch = catchment_demand(costs, demand, w)
    ratio = supply_ratio(supply, catch)
    return _spread(costs, ratio, w), ratio, catch


def e2sfca(costs, demand, supply, steps=DEFAULT_STEPS):
    """Enhanced 2SFCA (Luo & Qi 2009): 2SFCA with zone-step weights ``steps``
    (``(upper_bound, weight)``, inclusive bounds; default 10/20/30 minutes -> 1, 0.68, 0.22)."""
    return two_step_fca(costs, demand, supply, zone_step_weights(costs.cost, steps))


def g2sfca(costs, demand, supply, sigma):
    """Gaussian 2SFCA (Dai 2010): 2SFCA with ``w_ij = exp(-d_ij^2 / (2 sigma^2))``."""
    return two_step_fca(costs, demand, supply, gaussian_weights(costs.cost, sigma))


def selection_weights(costs, weight=None):
    """Huff-style selection probability (Wan, Zou & Sternberg 2012):
    ``G_ij = w_ij / sum_{k in reach of i} w_ik`` (0 where the sum is 0)."""
    w = _weights(costs, weight)
    tot = np.bincount(costs.demand_idx, weights=w, minlength=costs.n_demand)
    den = tot[costs.demand_idx]
    return np.divide(w, den, out=np.zeros_like(w), where=den > 0)


def three_step_fca(costs, demand, supply, weight=None):
    """Three-step floating catchment (Wan, Zou & Sternberg 2012):
    ``R_j = S_j / sum_i G_ij w_ij P_i``, ``A_i = sum_j G_ij w_ij R_j`` with
    :func:`selection_weights` G. Returns ``(access, ratio, catch_demand)``; conserves supply."""
    w = _weights(costs, weight)
    return two_step_fca(costs, demand, supply, selection_weights(costs, w) * w)


def m2sfca(costs, demand, supply, weight=None):
    """Modified 2SFCA (Delamater 2013): ``R_j = S_j / sum_i w_ij P_i``,
    ``A_i = sum_j w_ij^2 R_j`` (the decay applied a second time, so supply that is far
    from everybody is not fully allocated). Returns ``(access, ratio, catch_demand)``."""
    demand = _values(demand, costs.n_demand, "demand")
    supply = _values(supply, costs.n_supply, "supply")
    w = _weights(costs, weight, ones=False)
    catch = catchment_demand(costs, demand, w)
    ratio = supply_ratio(supply, catch)
    return _spread(costs, ratio, None if w is None else w * w), ratio, catch


def gravity(costs, supply, weight=None):
    """Hansen (1959) potential accessibility ``A_i = sum_j w(d_ij) S_j``."""
    supply = _values(supply, costs.n_supply, "supply")
    w = _weights(costs, weight, ones=False)
    ss = supply[costs.supply_idx]
    if w is not None:
        ss *= w
    return np.bincount(costs.demand_idx, weights=ss, minlength=costs.n_demand)


def cumulative(costs, supply):
    """Cumulative opportunities: ``A_i = sum_{j: d_ij <= d0} S_j`` (capacity within reach)."""
    return gravity(costs, supply, None)


def _demand_order(costs):
    """Permutation grouping the pairs by demand unit (stable) and the row pointer, in
    O(n_pairs): SciPy's COO->CSR counting sort when available, else a stable argsort."""
    nd, n = costs.n_demand, costs.n_pairs
    di = costs.demand_idx
    if n and np.all(di[1:] >= di[:-1]):
        order = None
    else:
        order = None if n == 0 else _counting_sort(di, nd, costs.n_supply, costs.supply_idx)
    indptr = np.zeros(nd + 1, dtype=np.int64)
    np.cumsum(np.bincount(di, minlength=nd), out=indptr[1:])
    return order, indptr


def _counting_sort(di, nd, ns, sj):
    try:
        from scipy.sparse import _sparsetools

        n = len(di)
        bp = np.empty(nd + 1, dtype=np.int64)
        bj = np.empty(n, dtype=np.int64)
        bx = np.empty(n, dtype=np.int64)
        _sparsetools.coo_tocsr(nd, ns, n, di, sj, np.arange(n, dtype=np.int64), bp, bj, bx)
        return bx
    except Exception:  # pragma: no cover - private SciPy API changed: same result, slower
        return np.argsort(di, kind="stable")


def nearest(costs):
    """Cost to, and index of, the nearest facility of each demand unit:
    ``(cost_nearest, nearest_idx)``, NaN and -1 where none is within reach. Ties go to
    the lowest facility index. O(n_pairs): pairs are grouped by demand with a counting
    sort, then ``np.minimum.reduceat`` (or taken from ``costs.report["nearest"]`` when the
    cost builder found them, as the straight-line KD-tree does; ties are then arbitrary)."""
    nd = costs.n_demand
    if "nearest" in costs.report:  # precomputed by the cost builder (KD-tree query)
        c, i = costs.report["nearest"]
        return c.copy(), i.copy()
    cost_nearest = np.full(nd, np.nan)
    idx = np.full(nd, -1, dtype=np.int64)
    if costs.n_pairs == 0:
        return cost_nearest, idx
    order, indptr = _demand_order(costs)
    c = costs.cost if order is None else costs.cost[order]
    counts = np.diff(indptr)
    rows = np.flatnonzero(counts)
    cost_nearest[rows] = np.minimum.reduceat(c, indptr[rows])
    hit = np.flatnonzero(c == np.repeat(cost_nearest, counts))
    # lowest facility index among the tied minima of each row
    hr = np.searchsorted(indptr, hit, side="right") - 1
    hs = costs.supply_idx[hit if order is None else order[hit]]
    best = np.full(nd, np.iinfo(np.int64).max, dtype=np.int64)
    o = np.lexsort((hs, hr))
    hr, hs = hr[o], hs[o]
    first = np.ones(len(hr), dtype=bool)
    first[1:] = hr[1:] != hr[:-1]
    best[hr[first]] = hs[first]
    idx[rows] = best[rows]
    return cost_nearest, idx


# ---- one entry point with every output field ---------------------------------------
@dataclass
class AccessResult:
    """Every field of DESIGN.md "Accessibility outputs", plus a summary.

    Demand side (length n_demand): ``access``, ``access_norm`` (access / demand-weighted
    mean access; NaN if that mean is 0), ``cost_nearest`` (NaN where none reachable),
    ``n_reachable`` (int64), ``covered`` (int64 0/1). Supply side (length n_supply):
    ``catch_demand``, ``ratio`` (NaN where catch_demand is 0)."""

    access: np.ndarray
    access_norm: np.ndarray
    cost_nearest: np.ndarray
    n_reachable: np.ndarray
    covered: np.ndarray
    catch_demand: np.ndarray
    ratio: np.ndarray
    nearest_idx: np.ndarray
    total_demand: float
    total_supply: float
    share_covered: float      # demand-weighted share of demand with covered = 1
    mean_access: float        # demand-weighted mean access

    def summary(self):
        return {
            "total_demand": self.total_demand,
            "total_supply": self.total_supply,
            "share_covered": self.share_covered,
            "mean_access": self.mean_access,
        }


def accessibility(costs, demand, supply, method="2sfca", decay="step", decay_param=None,
                  threshold=None, steps=None):
    """Compute one accessibility ``method`` (one of :data:`METHODS`) and every output field.

    ``threshold`` (cost units, inclusive) restricts the pairs; ``None``/inf keeps every pair
    of ``costs``. Pair weights by method:

    - ``nearest``: access = w(cost_nearest) with the chosen decay (step: 1 if any facility
      is within reach); catch_demand = demand whose nearest facility is j.
    - ``cumulative``: w = 1, access = capacity within reach (catch_demand unweighted).
    - ``2sfca``: w = the chosen decay (step = classic Luo & Wang 2003).
    - ``e2sfca``: zone steps ``steps`` (default 10/20/30 -> 1, 0.68, 0.22; Luo & Qi 2009).
    - ``g2sfca``: Gaussian, sigma = ``decay_param`` (default threshold / 2; Dai 2010).
    - ``3sfca``: chosen decay times Huff selection weights (Wan et al. 2012).
    - ``m2sfca``: chosen decay, applied twice in the second step (Delamater 2013).
    - ``gravity``: Hansen (1959) potential with the chosen decay (power/exponential).

    Raises ValueError for unknown methods, negative or NaN demand/supply, bad parameters.
    """
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'; expected one of {', '.join(METHODS)}")
    if not isinstance(costs, Costs):
        raise ValueError("costs must be a Costs table")
    if threshold is not None and np.isfinite(threshold) and threshold < 0:
        raise ValueError(f"threshold must be >= 0, got {threshold}")
    demand = _values(demand, costs.n_demand, "demand")
    supply = _values(supply, costs.n_supply, "supply")
    if threshold is not None and np.isfinite(threshold):
        costs = costs.within(threshold)
    thr = threshold if (threshold is not None and np.isfinite(threshold)) else None
    thr_for_default = thr  # decay defaults scale with the threshold (decay.default_param)

    cost_nearest, nearest_idx = nearest(costs)
    n_reach = np.bincount(costs.demand_idx, minlength=costs.n_demand).astype(np.int64)

    if method == "nearest":
        reached = nearest_idx >= 0
        access = np.zeros(costs.n_demand)
        access[reached] = decay_weights(cost_nearest[reached], decay, decay_param, thr_for_default)
        catch = np.bincount(nearest_idx[reached], weights=demand[reached], minlength=costs.n_supply)
        ratio = supply_ratio(supply, catch)
    elif method == "cumulative":
        access = cumulative(costs, supply)
        catch = catchment_demand(costs, demand)
        ratio = supply_ratio(supply, catch)
    elif method == "gravity":
        w = decay_weights(costs.cost, decay, decay_param, thr_for_default)
        access = gravity(costs, supply, w)
        catch = catchment_demand(costs, demand, w)
        ratio = supply_ratio(supply, catch)
    elif method == "e2sfca":
        access, ratio, catch = e2sfca(costs, demand, supply, steps or DEFAULT_STEPS)
    elif method == "g2sfca":
        sigma = decay_param if decay_param else None
        w = decay_weights(costs.cost, "gaussian", sigma, thr_for_default)
        access, ratio, catch = two_step_fca(costs, demand, supply, w)
    else:
        w = None if decay == "step" else decay_weights(costs.cost, decay, decay_param, thr_for_default)
        fn = {"2sfca": two_step_fca, "3sfca": three_step_fca, "m2sfca": m2sfca}[method]
        access, ratio, catch = fn(costs, demand, supply, w)

    covered = (n_reach > 0).astype(np.int64)
    total_demand = float(demand.sum())
    if total_demand > 0:
        mean_access = float(np.dot(demand, access) / total_demand)
        share = float(np.dot(demand, covered) / total_demand)
    else:
        mean_access, share = float("nan"), float("nan")
    if mean_access > 0:
        access_norm = access / mean_access
    else:
        access_norm = np.full(costs.n_demand, np.nan)
    return AccessResult(
        access=access, access_norm=access_norm, cost_nearest=cost_nearest,
        n_reachable=n_reach, covered=covered, catch_demand=catch, ratio=ratio,
        nearest_idx=nearest_idx, total_demand=total_demand, total_supply=float(supply.sum()),
        share_covered=share, mean_access=mean_access,
    )


def accessibility_all_pairs(demand_xy, supply_xy, demand, supply, method="g2sfca", decay="gaussian",
                            decay_param=None, detour=1.0, steps=None, block_cells=200_000, cost_scale=1.0):
    """:func:`accessibility` without a cutoff on straight-line costs (metres,
    ``detour * ||x_i - y_j||``), streamed over dense blocks of demand rows: every pair counts,
    nothing of size n_demand x n_supply is ever held (two passes, the costs are recomputed).
    Same formulas and outputs as :func:`accessibility` with ``threshold=None`` on
    ``straight_line_costs(demand_xy, supply_xy, None, detour)``, much faster since no pair
    table is built. ``cost_scale`` converts metres to the cost unit (e.g. minutes:
    ``60 / (speed_kmh * 1000)``). Decays that need a scale (gaussian, exponential, linear) need
    ``decay_param``."""
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'; expected one of {', '.join(METHODS)}")
    dxy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    sxy = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
    nd, ns = len(dxy), len(sxy)
    demand = _values(demand, nd, "demand")
    supply = _values(supply, ns, "supply")
    detour = float(detour) * float(cost_scale)
    step = max(1, int(block_cells // max(ns, 1)))

    def weights(c):
        if method in ("cumulative",):
            return np.ones_like(c)
        if method == "e2sfca":
            return zone_step_weights(c, steps or DEFAULT_STEPS)
        if method == "g2sfca":
            return decay_weights(c, "gaussian", decay_param, None)
        return decay_weights(c, decay, decay_param, None)

    def blocks():
        for a in range(0, nd, step):
            blk = dxy[a:a + step]
            c = blk[:, :1] - sxy[:, 0]
            c *= c
            dy = blk[:, 1:] - sxy[:, 1]
            dy *= dy
            c += dy
            np.sqrt(c, out=c)
            if detour != 1.0:
                c *= detour
            yield a, a + len(blk), c

    cost_nearest = np.full(nd, np.nan)
    nearest_idx = np.full(nd, -1, dtype=np.int64)
    catch = np.zeros(ns)
    # pass 1: nearest and the weighted catchment demand
    for a, b, c in blocks():
        if ns:
            j = np.argmin(c, axis=1)
            nearest_idx[a:b] = j
            cost_nearest[a:b] = c[np.arange(b - a), j]
        if method == "nearest":
            continue
        w = weights(c)
        if method == "3sfca":
            tot = w.sum(axis=1, keepdims=True)
            w = np.divide(w * w, tot, out=np.zeros_like(w), where=tot > 0)
        catch += demand[a:b] @ w
    if method == "nearest":
        reached = nearest_idx >= 0
        catch = np.bincount(nearest_idx[reached], weights=demand[reached], minlength=ns).astype(np.float64)
        access = np.zeros(nd)
        access[reached] = decay_weights(cost_nearest[reached], decay, decay_param, None)
        ratio = supply_ratio(supply, catch)
    else:
        ratio = supply_ratio(supply, catch)
        r = np.where(np.isnan(ratio), 0.0, ratio)
        vec = supply if method in ("cumulative", "gravity") else r
        access = np.empty(nd)
        # pass 2: spread the ratios (or the supply, for potentials) back to demand
        for a, b, c in blocks():
            w = weights(c)
            if method == "3sfca":
                tot = w.sum(axis=1, keepdims=True)
                w = np.divide(w * w, tot, out=np.zeros_like(w), where=tot > 0)
            elif method == "m2sfca":
                w = w * w
            access[a:b] = w @ vec
    n_reach = np.full(nd, ns, dtype=np.int64)
    covered = (n_reach > 0).astype(np.int64)
    total_demand = float(demand.sum())
    if total_demand > 0:
        mean_access = float(np.dot(demand, access) / total_demand)
        share = float(np.dot(demand, covered) / total_demand)
    else:
        mean_access, share = float("nan"), float("nan")
    access_norm = access / mean_access if mean_access > 0 else np.full(nd, np.nan)
    return AccessResult(
        access=access, access_norm=access_norm, cost_nearest=cost_nearest, n_reachable=n_reach,
        covered=covered, catch_demand=catch, ratio=ratio, nearest_idx=nearest_idx,
        total_demand=total_demand, total_supply=float(supply.sum()), share_covered=share,
        mean_access=mean_access,
    )
