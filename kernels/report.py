"""Key figures of a care map, as plain numbers a report can put into sentences.

Pure NumPy. Every function takes per-unit arrays (one value per demand unit) and
returns plain Python numbers, so the report text and the tests read the same values.
The charts' summaries (histogram, coverage curve, Lorenz, district totals) are those of
``kernels.summaries``, shared with the dock panel.
"""
import numpy as np

from .summaries import coverage_curve


def _as_float(a, name):
    a = np.asarray(a, dtype=float)
    if a.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional")
    return a


def share_beyond(cost, demand, threshold):
    """Share of demand whose cost is above ``threshold`` or who reach nothing:
    share = 1 - coverage_t with coverage_t = sum_i P_i [c_i <= T] / sum_i P_i
    (:func:`kernels.summaries.coverage_curve`; a unit at exactly T is inside, NULL
    demand counts as 0). Returns NaN when the total demand is 0."""
    _, covered = coverage_curve(_as_float(cost, "cost"), _as_float(demand, "demand"), [float(threshold)])
    return float(1.0 - covered[0])


def concentration_in_groups(values, groups, share=0.7):
    """Fewest groups (e.g. districts) that together hold at least ``share`` of the total.

    Groups are ranked by their total of ``values`` (descending); returns
    ``(k, held_share, names)`` with the k largest groups and the share they hold.
    ``groups`` is an array of labels (None = left out). Returns (0, nan, []) when the
    total is 0.
    """
    values = _as_float(values, "values")
    labels, codes = district_codes(groups)
    keep = (codes >= 0) & ~np.isnan(values)
    totals = np.bincount(codes[keep], weights=values[keep], minlength=len(labels))
    grand = totals.sum()
    if grand <= 0:
        return 0, float("nan"), []
    order = np.argsort(-totals, kind="stable")
    cum = np.cumsum(totals[order]) / grand
    k = int(np.searchsorted(cum, share - 1e-12) + 1)
    k = min(k, len(labels))
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


def district_codes(groups):
    """Sorted distinct labels of ``groups`` and each unit's code into them (-1 for None),
    for :func:`kernels.summaries.district_totals`."""
    groups = np.asarray(groups, dtype=object)
    keep = np.array([g is not None for g in groups], dtype=bool)
    labels, inverse = np.unique(groups[keep].astype(str), return_inverse=True)
    codes = np.full(groups.shape[0], -1, dtype=np.int64)
    codes[keep] = inverse
    return labels.tolist(), codes
