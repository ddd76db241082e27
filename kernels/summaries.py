"""Chart summaries for the dock panel and the report: histogram of access, coverage
curve, Lorenz curve with Gini and Palma, district totals, key figures and the demand
threshold of the desert quadrant.

Notation: for n units, D_i >= 0 the demand (people), a_i >= 0 the access (places per
person, the ``access`` field of caremap:accessibility), c_i the cost to the nearest
facility in minutes (NaN = no facility reachable).

- Histogram: counts (or demand-weighted counts) of a_i in equal-width bins; the last bin
  is closed on the right (``numpy.histogram``). NaN values are left out.
- Coverage curve: share_t = sum_i D_i [c_i <= t] / sum_i D_i, for each threshold t
  (minutes, inclusive boundary as in DESIGN.md; NaN costs never count as reached).
- Lorenz curve, Gini and Palma of access weighted by demand: ``kernels.equity``
  (Brown 1994; Cobham & Sumner 2013).
- District totals: sum D and sum of accessible places S_i = a_i D_i per district, and
  the unmet demand, through ``kernels.gaps`` (one place per person).
- Desert quadrant: z_i = (D_i - mean D) / std D (ddof 0); the high-demand cut-off is the
  median (or mean, or mean + std) of the positive z, as in the Care Georeferencing rule
  (``kernels.deserts``), expressed back in people: D* = mean D + z* std D.

Reference: UNDP LAC Care Georeferencing method (coverage, deserts), and the equity
references in ``kernels.equity``.
"""
import numpy as np

from . import deserts
from .equity import gini, lorenz_curve, palma_ratio
from .gaps import care_gaps, district_gaps

__all__ = ["COVERAGE_MINUTES", "identify_demand_field", "display_max", "histogram", "bin_index", "coverage_curve", "lorenz_summary",
           "district_totals", "key_figures", "demand_cutoff"]

COVERAGE_MINUTES = np.arange(5.0, 61.0, 5.0)


def _array(name, values, n=None):
    a = np.asarray(values, dtype=float).ravel()
    if n is not None and a.size != n:
        raise ValueError(f"{name} must have {n} values (got {a.size})")
    return a


def histogram(values, weights=None, bins=20, value_range=None, clip=False):
    """Histogram of ``values`` (NaN left out) in ``bins`` equal-width bins over
    ``value_range`` (default min..max of the finite values). With ``weights`` (e.g. the
    demand) each value counts its weight. With ``clip`` values outside the range count
    in the first or last bin (so a long tail does not squash the chart and the counts
    still sum to the total). Returns (edges (bins+1,), counts (bins,))."""
    x = _array("values", values)
    ok = np.isfinite(x)
    w = None
    if weights is not None:
        w = _array("weights", weights, x.size)
        ok &= np.isfinite(w)
        w = w[ok]
    x = x[ok]
    if x.size == 0:
        return np.linspace(0.0, 1.0, int(bins) + 1), np.zeros(int(bins))
    if value_range is None:
        lo, hi = float(x.min()), float(x.max())
        if hi <= lo:
            hi = lo + 1.0
        value_range = (lo, hi)
    if clip:
        x = np.clip(x, value_range[0], value_range[1])
    counts, edges = np.histogram(x, bins=int(bins), range=value_range, weights=w)
    return edges, counts.astype(float)


def bin_index(values, edges):
    """Bin of each value for ``edges`` from :func:`histogram` (0..bins-1, the last bin
    closed on the right); -1 for NaN and values outside the edges."""
    x = _array("values", values)
    edges = np.asarray(edges, dtype=float)
    nb = edges.size - 1
    idx = np.searchsorted(edges, x, side="right") - 1
    idx[x == edges[-1]] = nb - 1
    idx[~np.isfinite(x) | (x < edges[0]) | (x > edges[-1])] = -1
    return idx.astype(np.int64)


def coverage_curve(cost, demand, minutes=COVERAGE_MINUTES):
    """Share of demand reached within each threshold: share_t = sum D [c <= t] / sum D
    (cost in minutes, NaN = unreachable, boundary inclusive). Returns (minutes, share);
    share is NaN everywhere when the total demand is 0."""
    c = _array("cost", cost)
    D = _array("demand", demand, c.size)
    if (D[np.isfinite(D)] < 0).any():
        raise ValueError("demand must be >= 0")
    D = np.where(np.isfinite(D), D, 0.0)
    t = np.asarray(minutes, dtype=float).ravel()
    total = D.sum()
    if total <= 0:
        return t, np.full(t.size, np.nan)
    c = np.where(np.isfinite(c), c, np.inf)
    order = np.argsort(c, kind="mergesort")
    cum = np.r_[0.0, np.cumsum(D[order])]
    reached = cum[np.searchsorted(c[order], t, side="right")]
    return t, reached / total


def lorenz_summary(access, demand=None, points=101):
    """Lorenz curve of access weighted by demand, with Gini and Palma
    (``kernels.equity``). NaN access (or weight) rows are left out. Returns a dict
    ``population_share``, ``access_share`` (arrays), ``gini``, ``palma`` (floats, NaN
    when every access is 0 or no unit is left)."""
    a = _array("access", access)
    w = np.ones_like(a) if demand is None else _array("demand", demand, a.size)
    ok = np.isfinite(a) & np.isfinite(w)
    a, w = a[ok], w[ok]
    if a.size == 0 or w.sum() <= 0 or not (a * w).sum() > 0:
        grid = np.linspace(0.0, 1.0, int(points))
        return {"population_share": grid, "access_share": np.full(grid.size, np.nan),
                "gini": float("nan"), "palma": float("nan")}
    p, L = lorenz_curve(a, w, points=points)
    return {"population_share": p, "access_share": L, "gini": float(gini(a, w)),
            "palma": float(palma_ratio(a, w))}


def district_totals(codes, demand, access, n_districts=None):
    """Per district code 0..g-1: ``demand`` (sum D), ``places`` (sum a D, accessible
    places), ``unmet`` (sum max(0, D - a D)) and ``coverage`` (100 places / demand), via
    ``kernels.gaps``. NULL demand or access count as 0."""
    D = np.nan_to_num(_array("demand", demand), nan=0.0)
    a = np.nan_to_num(_array("access", access, D.size), nan=0.0)
    S = a * D
    gaps = care_gaps(D, S)
    out = district_gaps(D, S, gaps, codes, n_districts)
    return {k: out[k] for k in ("units", "demand", "places", "unmet", "coverage")}


def key_figures(demand, covered=None, desert=None, unmet=None, access=None):
    """Key figures: ``people_covered`` = sum D [covered = 1], ``people_in_deserts`` =
    sum D [desert = 1], ``unmet_places`` = sum unmet (or, without an ``unmet`` column,
    sum max(0, D - a D) from ``access``), ``people`` = sum D. Missing inputs give NaN;
    NULL rows count as 0."""
    D = np.nan_to_num(_array("demand", demand), nan=0.0)
    n = D.size

    def flagged(v):
        if v is None:
            return float("nan")
        f = np.nan_to_num(_array("flag", v, n), nan=0.0) > 0
        return float(D[f].sum())

    if unmet is not None:
        um = float(np.nansum(_array("unmet", unmet, n)))
    elif access is not None:
        a = np.nan_to_num(_array("access", access, n), nan=0.0)
        um = float(care_gaps(D, a * D)["unmet"].sum())
    else:
        um = float("nan")
    return {"people": float(D.sum()), "people_covered": flagged(covered),
            "people_in_deserts": flagged(desert), "unmet_places": um}


def demand_cutoff(demand, rule="median"):
    """High-demand cut-off in people of the Care Georeferencing rule without districts
    (``kernels.deserts.demand_cutoff``: mean D + z* std D, z* the ``rule`` statistic of
    the positive z values). NaN when std D = 0 or no z is positive."""
    return deserts.demand_cutoff(_array("demand", demand), rule)


def identify_demand_field(candidates, access=None, access_norm=None, z_demand=None, rtol=1e-6):
    """Which candidate column is the demand a result was computed from.

    ``candidates``: dict name -> (n,) array. A deserts result holds
    z = (D - mean D) / std D (ddof 0): D matches when its own z equals ``z_demand``. An
    accessibility result holds access_norm = access / m with m = sum D a / sum D, the
    demand-weighted mean access: D matches when access / access_norm (rows with
    access_norm > 0) equals m computed with D. Rows with NaN are left out. Returns the
    first matching name, or None."""
    z_ref = None if z_demand is None else _array("z_demand", z_demand)
    a = None if access is None else _array("access", access)
    an = None if access_norm is None else _array("access_norm", access_norm)
    for name, values in candidates.items():
        D = _array(name, values)
        if z_ref is not None and D.size == z_ref.size:
            ok = np.isfinite(D) & np.isfinite(z_ref)
            d = D[ok]
            if d.size > 1 and d.std() > 0:
                z = (d - d.mean()) / d.std()
                if np.allclose(z, z_ref[ok], rtol=rtol, atol=1e-6):
                    return name
        if a is not None and an is not None and D.size == a.size:
            ok = np.isfinite(D) & np.isfinite(a) & np.isfinite(an) & (D >= 0)
            d, aa, nn = D[ok], a[ok], an[ok]
            if d.sum() > 0 and (nn > 0).any():
                m = float(np.sum(d * aa) / d.sum())
                ratio = aa[nn > 0] / nn[nn > 0]
                if m > 0 and np.allclose(ratio, m, rtol=rtol, atol=0.0):
                    return name
    return None


def display_max(values, quantile=0.98, at_least=0.0):
    """Upper end of a chart axis that a few outliers do not squash: the ``quantile`` of
    the finite values (``numpy.quantile``, linear), at least ``at_least``; 1.0 when there
    is no positive value."""
    x = _array("values", values)
    x = x[np.isfinite(x)]
    top = float(np.quantile(x, quantile)) if x.size else 0.0
    top = max(top, float(at_least))
    return top if top > 0 else 1.0
