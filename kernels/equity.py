"""Equity of access: population-weighted Gini, Palma ratio, concentration index
(standard and Erreygers), Theil T with its between/within decomposition, Lorenz curve.

Notation: x_i >= 0 the access (or any attainment) of unit i, w_i >= 0 its population,
W = sum w, p_i = w_i / W, mu = sum p_i x_i. Units are sorted by x ascending for the
Lorenz curve: P_k = sum_{i<=k} p_i and L_k = sum_{i<=k} p_i x_i / mu (L_0 = P_0 = 0).
Each unit is a block of w_i identical people, so every measure equals the unweighted
measure on the expanded individual data.

References: Gini as 1 - sum_k p_k (L_{k-1} + L_k) (Brown 1994 trapezoid formula; equal to
sum_ij w_i w_j |x_i - x_j| / (2 W^2 mu)); Palma ratio (Cobham & Sumner 2013);
concentration index and Erreygers' correction (O'Donnell, van Doorslaer, Wagstaff &
Lindelow 2008, *Analyzing Health Equity Using Household Survey Data*, ch. 8; Erreygers
2009, J. Health Econ. 28:504); Theil T and its decomposition (Theil 1967; Shorrocks 1980).
"""
import numpy as np

__all__ = ["gini", "lorenz_curve", "palma_ratio", "concentration_index", "theil_t",
           "equity_measures"]


def _prep(x, w=None):
    x = np.asarray(x, dtype=float).ravel()
    if x.size == 0:
        raise ValueError("no units")
    if not np.all(np.isfinite(x)):
        raise ValueError("values contain NULL/NaN or infinite values")
    if (x < 0).any():
        raise ValueError(f"values must be >= 0 for inequality measures (found {x.min()})")
    w = np.ones_like(x) if w is None else np.asarray(w, dtype=float).ravel()
    if w.size != x.size:
        raise ValueError("values and weights must have the same length")
    if not np.all(np.isfinite(w)) or (w < 0).any():
        raise ValueError("population weights must be finite and >= 0")
    if w.sum() <= 0:
        raise ValueError("total population is 0")
    return x, w


def _lorenz_points(x, w):
    order = np.argsort(x, kind="mergesort")
    xs, ws = x[order], w[order]
    p = ws / ws.sum()
    mu = np.sum(p * xs)
    P = np.r_[0.0, np.cumsum(p)]
    L = np.r_[0.0, np.cumsum(p * xs) / mu] if mu > 0 else np.full(P.size, np.nan)
    P[-1] = 1.0
    if mu > 0:
        L[-1] = 1.0
    return P, L, mu


def gini(x, w=None):
    """Population-weighted Gini: G = 1 - sum_k p_k (L_{k-1} + L_k). Equal values give 0;
    one holder among n equal-weight units gives 1 - 1/n. NaN when mu = 0. For values
    >= 0 the Gini lies in [0, 1]; the rounding of the sum (about 1e-16) is clipped so
    that equal values never print as -0.00."""
    x, w = _prep(x, w)
    P, L, mu = _lorenz_points(x, w)
    if not mu > 0:
        return np.nan
    dp = np.diff(P)
    return float(min(1.0, max(0.0, 1.0 - np.sum(dp * (L[:-1] + L[1:])))))


def lorenz_curve(x, w=None, points=101):
    """Lorenz curve. With ``points=None`` one row per unit breakpoint (n + 1 rows, from
    (0, 0)); otherwise L interpolated linearly at ``points`` equally spaced population
    shares 0..1. Returns (population_share, access_share)."""
    x, w = _prep(x, w)
    P, L, _ = _lorenz_points(x, w)
    if points is None:
        return P, L
    grid = np.linspace(0.0, 1.0, int(points))
    return grid, np.interp(grid, P, L)


def palma_ratio(x, w=None):
    """Palma = share of total held by the top 10% of the population / share held by the
    bottom 40% = (1 - L(0.9)) / L(0.4), L interpolated linearly on the Lorenz curve
    (units are split at the cut). inf when L(0.4) = 0 and the top share > 0; NaN if mu=0."""
    x, w = _prep(x, w)
    P, L, mu = _lorenz_points(x, w)
    if not mu > 0:
        return np.nan
    bottom = float(np.interp(0.4, P, L))
    top = 1.0 - float(np.interp(0.9, P, L))
    if bottom <= 0:
        return np.inf if top > 0 else np.nan
    return top / bottom


def _fractional_rank(r, w):
    """Population-weighted fractional rank R_i = (W_{<i} + w_i / 2) / W, units sorted by
    r; tied ranks share the average fractional rank of their block."""
    order = np.argsort(r, kind="mergesort")
    rs, ws = r[order], w[order]
    W = ws.sum()
    cum = np.cumsum(ws)
    starts = np.flatnonzero(np.r_[True, rs[1:] != rs[:-1]])
    block = np.cumsum(np.r_[True, rs[1:] != rs[:-1]]) - 1
    # ties: the block of tied units spans (cum_before_block, cum_end_block)
    end = np.r_[starts[1:], rs.size] - 1
    before = np.r_[0.0, cum][starts]
    mid = (before + cum[end]) / 2.0 / W
    R_sorted = mid[block]
    R = np.empty_like(R_sorted)
    R[order] = R_sorted
    return R


def concentration_index(x, rank_by, w=None, bounds=None):
    """Concentration index of x by a socio-economic rank variable (low = poorest).

    Standard: C = 2 cov_w(x, R) / mu with R the population-weighted fractional rank
    (O'Donnell et al. 2008, eq. 8.7 with weights). C > 0: x concentrated among the
    better-off. Erreygers (2009): E = 8 cov_w(x, R) / (b - a) for x bounded in [a, b];
    ``bounds`` default (0, max(x)) (or (min, max) if x has negatives). Returns
    (C, E); C is NaN when mu = 0, E NaN when b = a.
    """
    x = np.asarray(x, dtype=float).ravel()
    r = np.asarray(rank_by, dtype=float).ravel()
    if r.size != x.size or not np.all(np.isfinite(r)):
        raise ValueError("the rank variable must be finite, one value per unit")
    if not np.all(np.isfinite(x)):
        raise ValueError("values contain NULL/NaN or infinite values")
    w = np.ones_like(x) if w is None else np.asarray(w, dtype=float).ravel()
    if w.size != x.size or not np.all(np.isfinite(w)) or (w < 0).any() or w.sum() <= 0:
        raise ValueError("population weights must be finite, >= 0, with a positive total")
    R = _fractional_rank(r, w)
    p = w / w.sum()
    mu = np.sum(p * x)
    cov = np.sum(p * (x - mu) * (R - np.sum(p * R)))
    C = 2.0 * cov / mu if mu != 0 else np.nan
    if bounds is None:
        a, b = (min(0.0, x.min()), x.max())
    else:
        a, b = float(bounds[0]), float(bounds[1])
    E = 8.0 * cov / (b - a) if b > a else np.nan
    return float(C), float(E)


def theil_t(x, w=None, groups=None):
    """Theil T = sum_i p_i (x_i / mu) ln(x_i / mu) (0 ln 0 = 0). With group codes g_i
    (0..G-1): T = within + between, within = sum_g s_g T_g, between = sum_g s_g
    ln(mu_g / mu), s_g = W_g mu_g / (W mu) the group's share of the total (Shorrocks
    1980). Returns (T, between, within); between/within are NaN without groups.
    NaN everything when mu = 0."""
    x, w = _prep(x, w)
    p = w / w.sum()
    mu = np.sum(p * x)
    if not mu > 0:
        return np.nan, np.nan, np.nan

    def _terms(v, m):
        r = v / m
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(r > 0, r * np.log(np.where(r > 0, r, 1.0)), 0.0)

    T = float(np.sum(p * _terms(x, mu)))
    if groups is None:
        return T, np.nan, np.nan
    g = np.asarray(groups, dtype=np.int64).ravel()
    if g.size != x.size or (g < 0).any():
        raise ValueError("group codes must be >= 0, one per unit")
    G = int(g.max()) + 1
    Wg = np.bincount(g, weights=w, minlength=G)
    tot_g = np.bincount(g, weights=w * x, minlength=G)
    with np.errstate(divide="ignore", invalid="ignore"):
        mu_g = np.where(Wg > 0, tot_g / np.where(Wg > 0, Wg, 1.0), 0.0)
    s_g = tot_g / np.sum(w * x)
    # within-group Theil: sum over units of (w_i/W_g)(x_i/mu_g) ln(x_i/mu_g)
    mu_i = mu_g[g]
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(mu_i > 0, x / np.where(mu_i > 0, mu_i, 1.0), 0.0)
        t_i = np.where(r > 0, r * np.log(np.where(r > 0, r, 1.0)), 0.0)
        T_g = np.where(Wg > 0, np.bincount(g, weights=w * t_i, minlength=G)
                       / np.where(Wg > 0, Wg, 1.0), 0.0)
        between_terms = np.where(s_g > 0, s_g * np.log(np.where(mu_g > 0, mu_g, 1.0) / mu), 0.0)
    within = float(np.sum(s_g * T_g))
    between = float(np.sum(between_terms))
    return T, between, within


def equity_measures(x, w=None, rank_by=None, groups=None, bounds=None):
    """All measures in one dict: ``mean``, ``gini``, ``palma``, ``theil``,
    ``theil_between``, ``theil_within``, ``concentration`` and ``erreygers`` (NaN
    without ``rank_by``)."""
    x, w = _prep(x, w)
    T, tb, tw = theil_t(x, w, groups)
    C = E = np.nan
    if rank_by is not None:
        C, E = concentration_index(x, rank_by, w, bounds)
    return {"mean": float(np.sum(w * x) / w.sum()), "gini": gini(x, w),
            "palma": palma_ratio(x, w), "theil": T, "theil_between": tb,
            "theil_within": tw, "concentration": C, "erreygers": E}
