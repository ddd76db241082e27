"""Chart summaries for the dock panel and the report: histogram of access, coverage
curve, Lorenz curve with Gini and Palma, district totals, key figures and the demand
threshold of the desert quadrant.

Notation: for n units, D_i >= 0 the demand (people), a_i >= 0 the access (places per
person, the ``access`` field of caremap:accessibility), c_i the cost to the nearest
facility in minutes (NaN = no facility reachable).

- Histogram: counts (or demand-weighted counts) of a_i in equal-width bins; the last bin
  is closed on the right (``numpy.histogram``). NaN values are left out.
- Coverage curve: share_t = sum_i D_i [c_i <= t] / sum_i D_i, for each threshold t
  (minutes, inclusive boundary; NaN costs never count as reached), drawn only over the
  range the costs were computed for (up to the search limit, or the largest finite
  cost), so NULL costs never make it go flat.
- Key figures: the one computation of the headline numbers for the dock and the
  report (people within the threshold, beyond it, reaching nothing; places within
  reach, people without a place, places missing for a target; care deserts).
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
from .costs import DEFAULT_THRESHOLD_MINUTES
from .equity import gini, lorenz_curve, palma_ratio
from .gaps import care_gaps, district_gaps

__all__ = ["COVERAGE_STEPS", "COVERAGE_POINTS", "identify_demand_field", "display_max", "histogram", "bin_index",
           "coverage_minutes", "nice_ticks", "coverage_curve", "lorenz_summary", "district_totals", "key_figures",
           "concentration_in_groups", "demand_cutoff", "threshold_from_coverage"]

#: steps (minutes) of the coverage curve's grid, and the most intervals it draws
COVERAGE_STEPS = (1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 30.0, 60.0, 120.0)
COVERAGE_POINTS = 30


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


def coverage_minutes(cost, limit=None):
    """The thresholds (minutes) at which the coverage curve is drawn: 0, s, 2s, ... up to
    the range actually computed, and that end itself. The end is ``limit`` (the search
    limit up to which the costs were computed) when given, else the largest finite cost:
    the curve never runs past what was computed, so NULL costs (nothing reachable within
    the limit, or a cost that was never computed) cannot make it go flat. The step s is
    the first of COVERAGE_STEPS giving at most COVERAGE_POINTS intervals. Empty when no
    cost is finite and no limit is given."""
    c = _array("cost", cost)
    c = c[np.isfinite(c)]
    if limit is not None:
        top = float(limit)
        if not np.isfinite(top) or top < 0:
            raise ValueError(f"the search limit must be a finite number >= 0 (got {limit})")
    elif c.size:
        top = float(c.max())
    else:
        return np.zeros(0)
    if top <= 0:
        return np.array([0.0])
    step = next((s for s in COVERAGE_STEPS if top / s <= COVERAGE_POINTS), None)
    if step is None:
        step = float(np.ceil(top / COVERAGE_POINTS))
    grid = np.arange(0.0, top, step)
    return np.r_[grid, top]


def nice_ticks(top, most=6):
    """Axis ticks 0, s, 2s, ... <= ``top`` for a minutes axis, s the first of
    COVERAGE_STEPS giving at most ``most`` intervals."""
    top = float(top)
    if not np.isfinite(top) or top <= 0:
        return np.array([0.0])
    step = next((s for s in COVERAGE_STEPS if top / s <= most), float(np.ceil(top / most)))
    return np.arange(0.0, top + 1e-9, step)


def coverage_curve(cost, demand, minutes=None, limit=None):
    """Share of demand reached within each threshold: share_t = sum D [c <= t] / sum D
    (cost in minutes, NaN = nothing reachable within the search limit, boundary
    inclusive; NULL demand counts as 0). ``minutes`` defaults to
    :func:`coverage_minutes` (``limit``: the search limit, if known). Returns
    (minutes, share); share is NaN everywhere when the total demand is 0 (callers say
    "no demand", never print it)."""
    c = _array("cost", cost)
    D = _array("demand", demand, c.size)
    if (D[np.isfinite(D)] < 0).any():
        raise ValueError("demand must be >= 0")
    D = np.where(np.isfinite(D), D, 0.0)
    t = coverage_minutes(c, limit) if minutes is None else np.asarray(minutes, dtype=float).ravel()
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


def district_totals(codes, demand, access, n_districts=None, target=None, required=None):
    """Per district code 0..g-1: ``demand`` (sum D), ``places`` (sum a D, accessible
    places), ``unmet`` (sum max(0, D - a D)) and ``coverage`` (100 places / demand), via
    ``kernels.gaps``; with a ``target`` r also ``shortfall`` (sum max(0, r D - a D)), or
    with ``required`` R_i per unit instead (targets per age band,
    ``kernels.gaps.cohort_required``) ``shortfall`` = sum max(0, R - a D).
    NULL (or non-finite) demand or access count as 0; a unit with NULL demand has
    R = 0 (left out, as in :func:`key_figures`)."""
    D = _array("demand", demand)
    known = np.isfinite(D)
    D = np.where(known, D, 0.0)
    a = _array("access", access, D.size)
    a = np.where(np.isfinite(a), a, 0.0)
    S = a * D
    if required is not None:
        R = _array("required", required, D.size)
        gaps = care_gaps(D, S, required=np.where(known & np.isfinite(R), R, 0.0))
    else:
        gaps = care_gaps(D, S, target)
    out = district_gaps(D, S, gaps, codes, n_districts)
    keys = ("units", "demand", "places", "unmet", "coverage") + (("shortfall",) if "shortfall" in gaps else ())
    return {k: out[k] for k in keys}


def key_figures(demand, cost=None, threshold=None, covered=None, access=None, target=None,
                desert=None, unmet=None, required=None):
    """The headline figures of a care map, the one computation behind the dock's cards
    and the report's sentences. D_i is the demand; NULL (NaN) demand is left out of every
    figure and counted in ``units_null_demand``. Each figure is a plain number, or
    ``None`` when it has no meaning (e.g. a share when there is no demand) or its input
    is missing. Returned keys:

    - ``units``, ``units_null_demand``, ``people`` = sum D, ``no_demand`` (people = 0).
    - Reach, from ``cost`` (minutes to the nearest facility, NaN = nothing reachable
      within the search limit) and ``threshold`` T (``reach_basis="cost"``):
      ``people_within`` = sum D [c <= T] (boundary inclusive), ``people_beyond`` =
      sum D [c > T], ``people_unreachable`` = sum D [c NaN], ``units_unreachable`` =
      #units with c NaN; without a cost, from the ``covered`` flags
      (``reach_basis="covered"``: people_within = sum D [covered = 1], people_beyond =
      the rest). ``share_within`` = people_within / people, ``share_beyond`` = 1 - it.
    - Places, from ``access`` a_i (places per person): ``places`` = sum a D (places
      within reach, NULL access = 0 places), ``no_capacity`` (places = 0 while there is
      demand), ``places_per_person`` = places / people; ``people_without_place`` =
      sum max(0, D - a D) (one place per person, ``kernels.gaps``), or the sum of the
      ``unmet`` column when it is given; with a ``target`` r: ``places_needed`` =
      r sum D and ``places_missing`` = sum max(0, r D - a D) (per unit, so a surplus in
      one unit does not fill another's shortfall); with ``required`` R_i per unit
      instead of r (targets per age band, ``kernels.gaps.cohort_required``; NULL-demand
      units left out): ``places_needed`` = sum R and ``places_missing`` = sum max(0, R - a D).
    - Deserts, from the ``desert`` flags: ``desert_units``, ``people_in_deserts``,
      ``desert_share``.
    """
    D = _array("demand", demand)
    n = D.size
    null_demand = ~np.isfinite(D)
    if (D[~null_demand] < 0).any():
        raise ValueError("demand must be >= 0")
    Dz = np.where(null_demand, 0.0, D)
    people = float(Dz.sum())
    has_demand = people > 0

    def share(x):
        return x / people if x is not None and has_demand else None

    def flag(v, name):
        return np.nan_to_num(_array(name, v, n), nan=0.0) > 0

    out = dict.fromkeys((
        "reach_basis", "people_within", "people_beyond", "people_unreachable", "units_unreachable",
        "share_within", "share_beyond", "places", "no_capacity", "places_per_person", "people_without_place",
        "places_needed", "places_missing", "desert_units", "people_in_deserts", "desert_share"))
    out.update(units=n, units_null_demand=int(null_demand.sum()), people=people, no_demand=not has_demand)
    if cost is not None and threshold is not None:
        c = _array("cost", cost, n)
        T = float(threshold)
        if not np.isfinite(T) or T < 0:
            raise ValueError(f"threshold must be a finite number >= 0 (got {threshold})")
        reached = np.isfinite(c)
        within = reached & (c <= T)
        out.update(reach_basis="cost", people_within=float(Dz[within].sum()),
                   people_beyond=float(Dz[reached & ~within].sum()), people_unreachable=float(Dz[~reached].sum()),
                   units_unreachable=int((~reached).sum()))
    elif covered is not None:
        within = flag(covered, "covered")
        out.update(reach_basis="covered", people_within=float(Dz[within].sum()),
                   people_beyond=float(Dz[~within].sum()))
    if out["people_within"] is not None and has_demand:
        out["share_within"] = out["people_within"] / people
        out["share_beyond"] = 1.0 - out["share_within"]
    if access is not None:
        a = _array("access", access, n)
        a = np.where(np.isfinite(a), a, 0.0)
        if (a < 0).any():
            raise ValueError("access must be >= 0")
        S = a * Dz
        places = float(S.sum())
        out.update(places=places, no_capacity=bool(has_demand and places <= 0),
                   places_per_person=share(places))
        if required is not None:
            R = _array("required", required, n)
            gaps = care_gaps(Dz, S, required=np.where(null_demand | ~np.isfinite(R), 0.0, R))
        elif target is not None and float(target) > 0:
            gaps = care_gaps(Dz, S, float(target))
        else:
            gaps = care_gaps(Dz, S)
        if "required" in gaps:
            out.update(places_needed=float(gaps["required"].sum()), places_missing=float(gaps["shortfall"].sum()))
        out["people_without_place"] = float(gaps["unmet"].sum())
    if unmet is not None:
        um = _array("unmet", unmet, n)
        out["people_without_place"] = float(np.sum(um[np.isfinite(um) & ~null_demand]))
    if desert is not None:
        d = flag(desert, "desert")
        out.update(desert_units=int(d.sum()), people_in_deserts=float(Dz[d].sum()))
        out["desert_share"] = share(out["people_in_deserts"])
    return out


def concentration_in_groups(values, codes, n_groups, share=0.7):
    """Fewest groups (e.g. districts) that together hold at least ``share`` of the total
    of ``values`` (NaN = 0). Code -1 (e.g. a unit in no district) belongs to no group but
    counts in the total: the share held is a share of everything, so values outside every
    group are never left out of it (when they are many, even all the groups may hold less
    than ``share``: then every group with a value, and the share they hold). Groups are
    ranked by their total (descending, ties by code). Returns ``(k, held_share, group
    indices)``, or ``(0, None, [])`` when the groups hold nothing."""
    v = np.nan_to_num(_array("values", values), nan=0.0)
    codes = np.asarray(codes, dtype=np.int64).ravel()
    keep = codes >= 0
    totals = np.bincount(codes[keep], weights=v[keep], minlength=int(n_groups))
    grand = float(v.sum())
    if not totals.sum() > 0 or not grand > 0:
        return 0, None, []
    order = np.argsort(-totals, kind="stable")
    cum = np.cumsum(totals[order]) / grand
    k = min(int(np.searchsorted(cum, share - 1e-12) + 1), int(np.count_nonzero(totals > 0)))
    return k, float(cum[k - 1]), [int(i) for i in order[:k]]


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


#: the round numbers a threshold in metres is read back at (threshold_from_coverage's steps)
METRE_THRESHOLD_STEPS = (1000.0, 500.0, 100.0, 50.0, 10.0, 1.0)


def threshold_from_coverage(cost, covered, prefer=None, default=DEFAULT_THRESHOLD_MINUTES, steps=(10.0, 5.0, 1.0)):
    """The catchment threshold a result was computed with, read back from its own fields:
    ``covered`` = 1 exactly where a facility is within the threshold (``kernels.fca``),
    ``cost`` the cost to the nearest facility (NaN = none). The threshold T then lies in
    [max cost of the covered units, min cost of the uncovered units); returns ``prefer``
    when it lies there, else the default threshold (``kernels.costs``) when it does, else
    the roundest number there (a multiple of 10, of 5, a whole number, then the largest
    covered cost). None when the fields do not fix T: no covered
    unit with a cost, no uncovered unit with a cost (T = 0, no limit, or every unit
    within reach), or fields that contradict the rule (a covered unit farther than an
    uncovered one). ``default`` and ``steps`` are in the unit of ``cost`` (minutes; for
    metres, ``default=None`` and ``METRE_THRESHOLD_STEPS``)."""
    cost = np.asarray(cost, dtype=float)
    covered = np.asarray(covered, dtype=float)
    ok = np.isfinite(cost) & np.isfinite(covered)
    inside, outside = cost[ok & (covered > 0)], cost[ok & (covered == 0)]
    if inside.size == 0 or outside.size == 0:
        return None
    low, high = float(inside.max()), float(outside.min())
    if not low < high:
        return None
    if prefer is not None and low <= prefer < high:
        return float(prefer)
    if default is not None and low <= default < high:
        return float(default)
    for step in steps:
        t = np.ceil(low / step) * step
        if t < high:
            return float(t)
    return low
