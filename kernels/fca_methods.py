"""The floating-catchment family and the other accessibility measures on a sparse cost
table, one function per measure: 2SFCA (Luo & Wang 2003), E2SFCA (Luo & Qi 2009), G2SFCA
(Dai 2010), 3SFCA (Wan, Zou & Sternberg 2012), M2SFCA (Delamater 2013), Hansen (1959)
gravity, cumulative opportunities and the nearest facility over a cost table. :func:`caremap.kernels.fca.accessibility` chooses
one and builds every output field.

Notation: demand units i with demand P_i >= 0, facilities j with supply (capacity)
S_j >= 0, costs d_ij for the pairs in a :class:`~caremap.kernels.costs.Costs` (within the
catchment), per-pair weights w_ij = w(d_ij). Vectorised over the COO pairs with
``np.bincount``: time and memory linear in the number of pairs. A facility whose
catchment holds no (weighted) demand gets ratio NaN (NULL) and contributes nothing.
"""
import numpy as np

from .decay import DEFAULT_STEPS, gaussian_weights, zone_step_weights


# ---- helpers ------------------------------------------------------------------------
def check_values(x, n, name):
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
    demand = check_values(demand, costs.n_demand, "demand")
    supply = check_values(supply, costs.n_supply, "supply")
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
    demand = check_values(demand, costs.n_demand, "demand")
    supply = check_values(supply, costs.n_supply, "supply")
    w = _weights(costs, weight, ones=False)
    catch = catchment_demand(costs, demand, w)
    ratio = supply_ratio(supply, catch)
    return _spread(costs, ratio, None if w is None else w * w), ratio, catch


def gravity(costs, supply, weight=None):
    """Hansen (1959) potential accessibility ``A_i = sum_j w(d_ij) S_j``."""
    supply = check_values(supply, costs.n_supply, "supply")
    w = _weights(costs, weight, ones=False)
    ss = supply[costs.supply_idx]
    if w is not None:
        ss *= w
    return np.bincount(costs.demand_idx, weights=ss, minlength=costs.n_demand)


def cumulative(costs, supply):
    """Cumulative opportunities: ``A_i = sum_{j: d_ij <= d0} S_j`` (capacity within reach)."""
    return gravity(costs, supply, None)


# ---- nearest facility over a cost table ----------------------------------------------
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


def nearest(costs, supply_mask=None):
    """Cost to, and index of, the nearest facility of each demand unit:
    ``(cost_nearest, nearest_idx)``, NaN and -1 where none is within reach. Ties go to
    the lowest facility index. O(n_pairs): pairs are grouped by demand with a counting
    sort, then ``np.minimum.reduceat`` (or taken from ``costs.report["nearest"]`` when the
    cost builder found them, as the straight-line KD-tree does; ties are then arbitrary).
    ``supply_mask`` (bool per facility) restricts the facilities that count."""
    nd = costs.n_demand
    if supply_mask is not None and not np.all(supply_mask):
        costs = costs.subset(np.asarray(supply_mask, dtype=bool)[costs.supply_idx])
    elif "nearest" in costs.report:  # precomputed by the cost builder (KD-tree query)
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
