"""Key figures of a care map, as plain numbers a report can put into sentences.

Pure NumPy. Every function takes per-unit arrays (one value per demand unit) and
returns plain Python numbers, so the report text and the tests read the same values.
"""
import numpy as np


def _as_float(a, name):
    a = np.asarray(a, dtype=float)
    if a.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional")
    return a


def share_beyond(cost, demand, threshold):
    """Share of demand whose cost is above ``threshold`` or who reach nothing.

    share = sum_i P_i [c_i > T or c_i is NaN] / sum_i P_i, with the catchment rule of
    DESIGN.md (a unit at exactly T is inside). Units with NaN demand are left out.
    Returns NaN when the total demand is 0.
    """
    cost = _as_float(cost, "cost")
    demand = _as_float(demand, "demand")
    ok = ~np.isnan(demand)
    total = demand[ok].sum()
    if total <= 0:
        return float("nan")
    beyond = ok & (np.isnan(cost) | (cost > threshold))
    return float(demand[beyond].sum() / total)


def coverage_curve(cost, demand, thresholds):
    """Share of demand that reaches a facility within each threshold (cumulative).

    curve_k = sum_i P_i [c_i <= t_k] / sum_i P_i; unreachable units (NaN cost) never count.
    """
    cost = _as_float(cost, "cost")
    demand = _as_float(demand, "demand")
    thresholds = np.asarray(thresholds, dtype=float)
    ok = ~np.isnan(demand)
    total = demand[ok].sum()
    if total <= 0:
        return np.full(thresholds.shape, np.nan)
    c = np.where(np.isnan(cost[ok]), np.inf, cost[ok])
    order = np.argsort(c, kind="stable")
    cum = np.concatenate([[0.0], np.cumsum(demand[ok][order])])
    k = np.searchsorted(c[order], thresholds, side="right")
    return cum[k] / total


def concentration_in_groups(values, groups, share=0.7):
    """Fewest groups (e.g. districts) that together hold at least ``share`` of the total.

    Groups are ranked by their total of ``values`` (descending); returns
    ``(k, held_share, names)`` with the k largest groups and the share they hold.
    ``groups`` is an array of labels (None = left out). Returns (0, nan, []) when the
    total is 0.
    """
    values = _as_float(values, "values")
    groups = np.asarray(groups, dtype=object)
    keep = np.array([g is not None for g in groups], dtype=bool) & ~np.isnan(values)
    labels, codes = np.unique(groups[keep].astype(str), return_inverse=True)
    totals = np.bincount(codes, weights=values[keep], minlength=labels.shape[0])
    grand = totals.sum()
    if grand <= 0:
        return 0, float("nan"), []
    order = np.argsort(-totals, kind="stable")
    cum = np.cumsum(totals[order]) / grand
    k = int(np.searchsorted(cum, share - 1e-12) + 1)
    k = min(k, labels.shape[0])
    return k, float(cum[k - 1]), [str(labels[i]) for i in order[:k]]


def key_figures(demand, cost=None, threshold=None, unmet=None, desert=None, groups=None,
                covered=None):
    """The headline numbers of a care map (NaN where an input is missing).

    - total_demand: sum P_i
    - share_beyond: share of demand beyond ``threshold`` (see :func:`share_beyond`)
    - demand_beyond: that demand, in people
    - covered: demand in units with covered = 1
    - unmet: sum of unmet demand
    - desert_units / desert_demand / desert_share: units flagged desert, their demand and
      its share of the total
    - unmet_groups_k / unmet_groups_share / unmet_groups: the fewest groups holding 70%
      of the unmet demand
    """
    demand = _as_float(demand, "demand")
    total = float(np.nansum(demand))
    out = {"units": int(demand.shape[0]), "total_demand": total}
    nan = float("nan")
    if cost is not None and threshold is not None:
        s = share_beyond(cost, demand, threshold)
        out["share_beyond"] = s
        out["demand_beyond"] = s * total if total > 0 else nan
    else:
        out["share_beyond"] = out["demand_beyond"] = nan
    if covered is not None:
        cov = _as_float(covered, "covered")
        out["covered"] = float(np.nansum(np.where(cov > 0, demand, 0.0)))
    else:
        out["covered"] = nan
    if unmet is not None:
        um = _as_float(unmet, "unmet")
        out["unmet"] = float(np.nansum(um))
        if groups is not None:
            k, held, names = concentration_in_groups(um, groups, 0.7)
            out.update(unmet_groups_k=k, unmet_groups_share=held, unmet_groups=names)
    else:
        out["unmet"] = nan
    if desert is not None:
        d = _as_float(desert, "desert") > 0
        out["desert_units"] = int(d.sum())
        out["desert_demand"] = float(np.nansum(demand[d]))
        out["desert_share"] = out["desert_demand"] / total if total > 0 else nan
    else:
        out["desert_units"], out["desert_demand"], out["desert_share"] = 0, nan, nan
    return out


def histogram(values, weights=None, bins=20):
    """(counts, edges) of the finite values (weighted), for charts."""
    values = _as_float(values, "values")
    ok = np.isfinite(values)
    w = None if weights is None else _as_float(weights, "weights")[ok]
    if not ok.any():
        return np.zeros(0), np.zeros(1)
    return np.histogram(values[ok], bins=bins, weights=w)


def group_totals(groups, *columns):
    """Labels and per-group sums of each column (None labels left out), label order."""
    groups = np.asarray(groups, dtype=object)
    keep = np.array([g is not None for g in groups], dtype=bool)
    labels, codes = np.unique(groups[keep].astype(str), return_inverse=True)
    sums = [np.bincount(codes, weights=np.nan_to_num(_as_float(c, "column")[keep]),
                        minlength=labels.shape[0]) for c in columns]
    return labels.tolist(), sums
