"""Care priority index: a weighted composite of normalised, oriented indicators.

For indicators X_k (n units each), a normalisation N (per indicator), an orientation
o_k (+1: higher value = more priority, e.g. unmet demand, care intensity, poverty;
-1: lower value = more priority, e.g. access) and user weights u_k >= 0::

    v_k = N(X_k)                      minmax: (x - min) / (max - min)           in [0, 1]
                                      rank:   (rank(x) - 1) / (n - 1)             in [0, 1]
                                              (average ranks for ties)
                                      z:      (x - mean) / std (ddof 0)
    v_k <- 1 - v_k (minmax, rank) or -v_k (z)     where o_k = -1
    w_k = u_k / sum(u)                (weights rescaled to sum 1)
    c_ik = w_k v_ik                   contribution of indicator k to unit i
    index_i = sum_k c_ik
    rank_i = 1 + number of units with a larger index  (1 = highest priority; ties share)
    quintile_i = 1 + floor(5 (r_i - 1) / n), r_i the ascending "min" rank
                  (5 = the 20% highest-priority units, 1 = the lowest; ties share)

A constant indicator normalises to 0 for every unit (it cannot discriminate), in all
three methods. This follows the OECD/JRC *Handbook on Constructing Composite
Indicators* (2008), sections 5 (normalisation) and 6 (weighting and aggregation).
"""
import numpy as np

from ._lazy import lazy_name

rankdata = lazy_name("scipy.stats", "rankdata")

__all__ = ["NORMALIZATIONS", "normalize", "priority_index"]

NORMALIZATIONS = ("minmax", "rank", "z")


def normalize(x, method="minmax", higher_is_priority=True):
    """Normalise and orient one indicator (formulas in the module docstring)."""
    if method not in NORMALIZATIONS:
        raise ValueError(f"normalisation must be one of {NORMALIZATIONS} (got {method!r})")
    x = np.asarray(x, dtype=float).ravel()
    if not np.all(np.isfinite(x)):
        raise ValueError("indicator contains NULL/NaN or infinite values")
    n = x.size
    if method == "minmax":
        lo, hi = (x.min(), x.max()) if n else (0.0, 0.0)
        v = (x - lo) / (hi - lo) if hi > lo else np.zeros(n)
    elif method == "rank":
        if n > 1 and x.max() > x.min():
            v = (rankdata(x, method="average") - 1.0) / (n - 1.0)
        else:
            v = np.zeros(n)
    else:
        sd = x.std() if n else 0.0
        v = (x - x.mean()) / sd if sd > 0 else np.zeros(n)
    if not higher_is_priority:
        if method == "z":
            v = -v
        elif n and (x.max() > x.min()):
            v = 1.0 - v
    return v


def priority_index(indicators, weights=None, methods="minmax", higher_is_priority=True):
    """Composite priority index.

    ``indicators`` (n, K) array or list of K arrays; ``weights`` K non-negative numbers
    (default equal), rescaled to sum 1; ``methods`` one method or K methods;
    ``higher_is_priority`` one bool or K bools.

    Returns a dict: ``index`` (n,), ``rank`` (n,) int, ``quintile`` (n,) int,
    ``contributions`` (n, K) with rows summing to ``index``, ``normalized`` (n, K),
    ``weights`` (K,) rescaled.
    """
    X = np.column_stack([np.asarray(a, dtype=float).ravel() for a in indicators]) \
        if isinstance(indicators, (list, tuple)) else np.asarray(indicators, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("give at least one indicator")
    n, K = X.shape
    if n == 0:
        raise ValueError("no units")
    u = np.ones(K) if weights is None else np.asarray(weights, dtype=float).ravel()
    if u.size != K:
        raise ValueError(f"{K} indicators but {u.size} weights")
    if not np.all(np.isfinite(u)) or (u < 0).any():
        raise ValueError("weights must be finite and >= 0")
    if u.sum() <= 0:
        raise ValueError("at least one weight must be positive")
    w = u / u.sum()
    meths = [methods] * K if isinstance(methods, str) else list(methods)
    ori = [higher_is_priority] * K if isinstance(higher_is_priority, (bool, np.bool_)) \
        else list(higher_is_priority)
    if len(meths) != K or len(ori) != K:
        raise ValueError("one normalisation and one orientation per indicator")
    V = np.column_stack([normalize(X[:, k], meths[k], bool(ori[k])) for k in range(K)])
    C = V * w
    index = C.sum(axis=1)
    asc_min = rankdata(index, method="min")
    desc_rank = rankdata(-index, method="min").astype(np.int64)
    quint = (1 + np.floor(5.0 * (asc_min - 1) / n)).astype(np.int64)
    return {"index": index, "rank": desc_rank, "quintile": quint, "contributions": C,
            "normalized": V, "weights": w}
