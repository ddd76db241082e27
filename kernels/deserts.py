"""Care deserts: high demand x low access, the Care Georeferencing rule (docs/methods.md,
"Care deserts rule"; UNDP LAC Care Georeferencing Tool).

Rule, for n units with demand P_i (people), travel cost c_i (minutes, NaN = no
facility reachable) and threshold T (minutes)::

    z_i = (P_i - mean(P)) / std(P)                    (population std, ddof 0)
    thr = stat({z_j : z_j > 0, all units j})          without districts
    thr_i = stat({z_j : j in the district of i})      with districts: ALL z values of the
                                                      district, positive or not
                                                      (stat = median | mean | mean + std,
                                                      std with ddof 0)
    high_demand_i = z_i >= thr_i and P_i > 0
    T_i = T                                           (no large-unit adjustment), or for
          T + beta (log1p(area_i) - log1p(A_q))       units with area_i > A_q, A_q the
            + gamma / log1p(density_i)                 q-th area quantile (m2),
                                                       density in people per km2
    low_access_i = c_i > T_i  or  c_i is NaN          (boundary inclusive: c = T is access)
    desert_i = high_demand_i and low_access_i
    desert_type_i = 1 if desert and the second mode is also > T2 or unreachable,
                    2 if desert but the second mode reaches within T2,
                    0 otherwise                        (without a second mode every
                                                       desert is type 1)
    desert share = sum(P_i desert_i) / sum(P)          (None when sum(P) = 0)

The two threshold rules are those of the reference (Care Georeferencing Tool,
``src/care_deserts/care_deserts.py``, ``add_high_demand_flag``: the overall threshold
takes the positive z values, the per-district one ``groupby(...).apply`` over all of
them). Both thresholds are z values; in people the cut-off is
mean(P) + thr std(P) (:func:`demand_cutoff`).

Edge cases (documented choices):
- std(P) = 0 (constant demand, or one unit): every z is 0, the threshold is undefined
  (NaN) and no unit is high demand, hence no desert. (The reference raises an error
  without districts and, with districts, flags every unit with P > 0.)
- Without districts and no positive z: threshold NaN, no unit is high demand.
- Units with P = 0 are never high demand (even if their z passes the threshold).
- Unreachable units (NaN cost) have low access here; the reference counts them as
  accessible, because ``NaN > T`` is false in its ``travel_time > threshold``.
- The gamma term is 0 where the density is 0 (log1p(0) = 0 would divide by zero).
- A_q is the ``numpy.quantile`` (linear interpolation) of the areas of all units.
"""
import numpy as np

__all__ = ["DEMAND_RULES", "care_deserts", "demand_cutoff", "desert_share", "desert_summary", "z_scores"]

DEMAND_RULES = ("median", "mean", "mean_plus_std")


def _check_rule(rule):
    if rule not in DEMAND_RULES:
        raise ValueError(f"demand rule must be one of {DEMAND_RULES} (got {rule!r})")


def z_scores(population):
    """z_i = (P_i - mean P) / std P (ddof 0); all zeros when std P = 0."""
    P = np.asarray(population, dtype=float).ravel()
    sd = P.std() if P.size else 0.0
    if sd > 0 and np.isfinite(sd):
        return (P - P.mean()) / sd
    return np.zeros(P.size)


def positive_threshold(z, rule="median"):
    """The overall threshold: ``rule`` statistic of the positive z values (NaN if none)."""
    _check_rule(rule)
    z = np.asarray(z, dtype=float).ravel()
    pos = z[z > 0]
    if pos.size == 0:
        return np.nan
    if rule == "median":
        return float(np.median(pos))
    if rule == "mean":
        return float(pos.mean())
    return float(pos.mean() + pos.std())


def district_thresholds(z, codes, rule="median", n_groups=None):
    """Per-district threshold: ``rule`` statistic of ALL z values of each district
    (the reference's ``groupby(...).apply``), vectorised with bincount / sort. Returns
    (g,) values; a district code without units gets NaN."""
    _check_rule(rule)
    z = np.asarray(z, dtype=float).ravel()
    codes = np.asarray(codes, dtype=np.int64).ravel()
    g = int(n_groups) if n_groups is not None else (int(codes.max()) + 1 if codes.size else 0)
    thr = np.full(g, np.nan)
    if z.size == 0:
        return thr
    cnt = np.bincount(codes, minlength=g).astype(float)
    has = cnt > 0
    if rule in ("mean", "mean_plus_std"):
        s = np.bincount(codes, weights=z, minlength=g)
        mean = s[has] / cnt[has]
        if rule == "mean":
            thr[has] = mean
        else:
            s2 = np.bincount(codes, weights=z * z, minlength=g)
            var = np.maximum(s2[has] / cnt[has] - mean ** 2, 0.0)
            thr[has] = mean + np.sqrt(var)
        return thr
    order = np.lexsort((z, codes))
    zs, cs = z[order], codes[order]
    starts = np.flatnonzero(np.r_[True, cs[1:] != cs[:-1]])
    sizes = np.diff(np.r_[starts, cs.size])
    lo = starts + (sizes - 1) // 2
    hi = starts + sizes // 2
    thr[cs[starts]] = 0.5 * (zs[lo] + zs[hi])
    return thr


def demand_cutoff(population, rule="median"):
    """The overall high-demand cut-off in people: mean(P) + thr std(P), thr the
    overall threshold (:func:`positive_threshold`). NaN where undefined (std 0 or no
    positive z). Non-finite demand values are left out."""
    P = np.asarray(population, dtype=float).ravel()
    P = P[np.isfinite(P)]
    _check_rule(rule)
    if P.size == 0 or not P.std() > 0:
        return float("nan")
    thr = positive_threshold(z_scores(P), rule)
    return float(P.mean() + thr * P.std()) if np.isfinite(thr) else float("nan")


def desert_share(population, desert):
    """Share of the demand living in care deserts, sum(P desert) / sum(P); ``None``
    when the total demand is 0 (no demand: the share has no meaning). Also returns
    the number of desert units and the people in them: ``(share, units, people)``."""
    P = np.asarray(population, dtype=float).ravel()
    d = np.asarray(desert).astype(bool).ravel()
    if P.size != d.size:
        raise ValueError("demand and desert flags must have the same length")
    people = float(P[d].sum())
    total = float(P.sum())
    share = people / total if total > 0 else None
    return share, int(d.sum()), people


def care_deserts(population, cost, threshold=20.0, rule="median", district_codes=None,
                 area_m2=None, adjust_large_units=False, beta=5.0, gamma=10.0,
                 area_quantile=0.80, second_cost=None, second_threshold=30.0):
    """Apply the Care Georeferencing desert rule (see the module docstring).

    Parameters: ``population`` (n,) demand in people (>= 0, finite); ``cost`` (n,)
    minutes to the nearest facility, NaN where unreachable; ``threshold`` T (minutes);
    ``rule`` one of ``median``, ``mean``, ``mean_plus_std``; ``district_codes`` optional
    (n,) int codes >= 0 (see :func:`kernels.gaps.encode_groups`) for per-district thresholds;
    ``area_m2`` (n,) unit areas, needed when ``adjust_large_units``; ``beta`` minutes per
    unit of log1p(area); ``gamma`` minutes x log1p(density); ``area_quantile`` q in (0, 1);
    ``second_cost`` (n,) cost by a second mode (NaN = unreachable) with ``second_threshold``.

    The beta/gamma defaults (5 and 10 minutes) are tunable planning choices, not values
    from the reference tool.

    Returns a dict of (n,) arrays: ``z_demand``, ``demand_threshold`` (NaN where
    undefined), ``high_demand`` (0/1), ``adj_threshold`` (minutes), ``low_access`` (0/1),
    ``desert`` (0/1), ``desert_type`` (0/1/2; 0/1 without a second mode), and
    ``area_cutoff`` (A_q, NaN without adjustment).
    """
    _check_rule(rule)
    P = np.asarray(population, dtype=float).ravel()
    n = P.size
    if n == 0:
        raise ValueError("no units to classify")
    if not np.all(np.isfinite(P)):
        raise ValueError("demand contains NULL/NaN or infinite values")
    if (P < 0).any():
        raise ValueError(f"demand must be >= 0 (found {P.min()})")
    c = np.asarray(cost, dtype=float).ravel()
    if c.size != n:
        raise ValueError("cost and demand must have the same length")
    if (c[np.isfinite(c)] < 0).any():
        raise ValueError("travel cost must be >= 0")
    T = float(threshold)
    if not np.isfinite(T) or T < 0:
        raise ValueError(f"threshold must be a non-negative number of minutes (got {threshold})")

    z = z_scores(P)
    constant = not P.std() > 0

    if district_codes is None:
        thr = np.full(n, positive_threshold(z, rule))
    else:
        codes = np.asarray(district_codes, dtype=np.int64).ravel()
        if codes.size != n:
            raise ValueError("district codes and demand must have the same length")
        if (codes < 0).any():
            raise ValueError("district codes must be >= 0 (missing districts are not allowed)")
        thr = district_thresholds(z, codes, rule)[codes]
    if constant:
        thr = np.full(n, np.nan)  # no variation: no unit stands out (documented choice)

    with np.errstate(invalid="ignore"):
        high = (z >= thr) & (P > 0)  # NaN threshold -> False

    adj = np.full(n, T)
    area_cutoff = np.nan
    if adjust_large_units:
        if area_m2 is None:
            raise ValueError("the large-unit adjustment needs unit areas (polygon layer)")
        A = np.asarray(area_m2, dtype=float).ravel()
        if A.size != n or not np.all(np.isfinite(A)) or (A < 0).any():
            raise ValueError("unit areas must be finite and >= 0, one per unit")
        q = float(area_quantile)
        if not 0.0 < q < 1.0:
            raise ValueError(f"area quantile must be between 0 and 1 (got {area_quantile})")
        area_cutoff = float(np.quantile(A, q))
        large = A > area_cutoff
        with np.errstate(divide="ignore", invalid="ignore"):
            density = np.where(A > 0, P / (A / 1e6), 0.0)
            ld = np.log1p(density)
            gterm = np.where(ld > 0, float(gamma) / np.where(ld > 0, ld, 1.0), 0.0)
        bump = float(beta) * (np.log1p(A) - np.log1p(area_cutoff)) + gterm
        adj = np.where(large, T + bump, T)

    with np.errstate(invalid="ignore"):
        low = ~(c <= adj)  # NaN cost (unreachable) -> low access
    desert = high & low

    dtype_arr = desert.astype(np.int64)  # without a second mode every desert is type 1
    if second_cost is not None:
        c2 = np.asarray(second_cost, dtype=float).ravel()
        if c2.size != n:
            raise ValueError("second-mode cost and demand must have the same length")
        with np.errstate(invalid="ignore"):
            reach2 = c2 <= float(second_threshold)
        dtype_arr = np.where(desert, np.where(reach2, 2, 1), 0).astype(np.int64)

    return {
        "z_demand": z,
        "demand_threshold": thr,
        "high_demand": high.astype(np.int64),
        "adj_threshold": adj,
        "low_access": low.astype(np.int64),
        "desert": desert.astype(np.int64),
        "desert_type": dtype_arr,
        "area_cutoff": area_cutoff,
    }


def desert_summary(population, desert, district_codes=None, n_districts=None):
    """Per-district summary: ``units``, ``deserts`` (desert units), ``population``,
    ``population_in_deserts`` and ``share`` = population in deserts / population
    (NaN where the district population is 0). Without codes, one row for everything.
    Arrays have one entry per district code 0..g-1."""
    P = np.asarray(population, dtype=float).ravel()
    d = np.asarray(desert).astype(bool).ravel()
    if district_codes is None:
        codes = np.zeros(P.size, dtype=np.int64)
    else:
        codes = np.asarray(district_codes, dtype=np.int64).ravel()
    g = int(n_districts) if n_districts is not None else (int(codes.max()) + 1 if codes.size else 0)
    units = np.bincount(codes, minlength=g)
    deserts = np.bincount(codes, weights=d.astype(float), minlength=g).astype(np.int64)
    pop = np.bincount(codes, weights=P, minlength=g)
    pop_d = np.bincount(codes, weights=P * d, minlength=g)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(pop > 0, pop_d / np.where(pop > 0, pop, 1.0), np.nan)
    return {"units": units.astype(np.int64), "deserts": deserts, "population": pop,
            "population_in_deserts": pop_d, "share": share}
