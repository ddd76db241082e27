"""Care blocks (Bogota's *Manzanas del Cuidado*): choose blocks that care for the people
who need care and for their caregivers at the same place.

A care block is an anchor building (a school, library, community centre or market the
city already owns) with the other buildings around it and an area of influence within a
short walk (800 m in Bogota's District Care System). The model (docs/methods.md, "Care
blocks"):

- Units i (census blocks) hold D_i dependants (children, older people, people with
  disabilities) and G_i caregivers (e.g. women who only do unpaid care work), and an
  optional priority weight p_i >= 0 (a care priority index; 1 when not given).
- Anchor j *reaches* unit i when the walking cost c_ij <= R (inclusive), R the radius
  (metres, or its minutes at the walking speed). A unit is *covered* when an open block
  (an existing one, kept, or a chosen one) reaches it: then its dependants and its
  caregivers are both within reach of that same block ("simultaneity": the caregiver
  uses the block's services for herself while her dependant is cared for there). Its
  block is the nearest open anchor that reaches it.
- Objective: choose k new blocks among the candidate anchors to maximise the
  priority-weighted people covered, sum_i p_i (D_i + G_i) y_i, with y_i = 1 when unit i
  is covered. This is the maximal covering location problem (Church & ReVelle 1974) with
  weights w_i = p_i (D_i + G_i); it is solved by ``kernels.siting.maximal_covering``
  (greedy, or exact with HiGHS through scipy.optimize.milp), so the solvers, the time
  limit, the gap and the rule that a block adding nothing is never placed are siting's.
- Coverage of each group is reported separately, before (existing blocks only) and
  after: covered dependants sum_i D_i y_i and covered caregivers sum_i G_i y_i.
- Alternates: every other building within R metres (straight line, inclusive) of an
  open anchor belongs to the block of its nearest such anchor (one block per building).
- Block polygon: the convex hull of the anchor and its alternates; with fewer than three
  buildings not on one line, their point or segment widened by ``DEGENERATE_BUFFER_M``.
- Hours freed: with places and opening hours per block, the hours of unpaid care the new
  blocks take over from households, by caremap:unpaidcare's rule
  (``kernels.unpaid.hours_freed``: places x hours open x substitution, shared among the
  units in reach in proportion to their dependants).

Costs are a sparse table like ``kernels.costs.Costs`` (units x sites, sites = candidate
anchors then existing blocks).
"""
import math
from dataclasses import dataclass, field

import numpy as np

from . import costs as kcosts
from . import siting as ksiting
from . import unpaid as kunpaid
from ._lazy import lazy_name
from .siting_common import nearest_open

cKDTree = lazy_name("scipy.spatial", "cKDTree")
ConvexHull = lazy_name("scipy.spatial", "ConvexHull")

#: Bogota's walking radius of a care block (metres): 800 m, 15 to 20 minutes on foot
DEFAULT_RADIUS_M = 800.0
#: the number of blocks a plan asks for by default
DEFAULT_BLOCKS = 5
#: a block polygon of one building or of buildings on one line is widened by this (metres)
DEGENERATE_BUFFER_M = 25.0
#: hours freed: places per block, hours open per week, household care hours replaced per
#: place-hour (the defaults of caremap:unpaidcare's services)
DEFAULT_PLACES = 50.0
DEFAULT_HOURS_OPEN = 40.0
DEFAULT_SUBSTITUTION = 0.5
#: an area of influence on the road network is drawn as caremap:catchments' default outline:
#: the streets reached, outline closeness 0.3, widened by 50 m
INFLUENCE_HULL_RATIO = 0.3
INFLUENCE_BUFFER_M = 50.0
SOLVERS = ksiting.SOLVERS


def radius_in_cost_unit(radius_m, unit, speed_kmh):
    """The walking radius ``radius_m`` (metres) in the cost unit: metres as they are, or
    minutes at ``speed_kmh``."""
    radius_m = float(radius_m)
    if not (np.isfinite(radius_m) and radius_m > 0):
        raise ValueError(f"the radius must be more than 0 metres, got {radius_m:g}")
    if unit == "meters":
        return radius_m
    return radius_m * float(kcosts.minutes_per_meter(speed_kmh))


def influence_radius_m(radius_m, detour=1.0):
    """The straight-line radius of an anchor's area of influence: a unit is reached when
    detour x distance <= radius, so within radius / detour metres (detour >= 1)."""
    detour = float(detour) if detour else 1.0
    if not detour >= 1.0:
        raise ValueError(f"the detour factor must be at least 1, got {detour}")
    return float(radius_m) / detour


def block_weights(dependants, caregivers, priority=None):
    """w_i = p_i (D_i + G_i): the priority-weighted people of each unit (p = 1 when not
    given). ValueError on a negative or non-finite value."""
    D = np.asarray(dependants, np.float64)
    G = np.asarray(caregivers, np.float64)
    if D.shape != G.shape or D.ndim != 1:
        raise ValueError("dependants and caregivers must hold one value per unit")
    for name, v in (("dependants", D), ("caregivers", G)):
        if not np.all(np.isfinite(v)) or (v.size and v.min() < 0):
            raise ValueError(f"{name} must be finite and >= 0 in every unit")
    p = np.ones_like(D) if priority is None else np.asarray(priority, np.float64)
    if p.shape != D.shape:
        raise ValueError("priority must hold one value per unit")
    if not np.all(np.isfinite(p)) or (p.size and p.min() < 0):
        raise ValueError("priority weights must be finite and >= 0 in every unit")
    return p * (D + G)


@dataclass
class CareBlocksResult:
    """A plan of care blocks. Site indices refer to the sites of the costs.

    chosen: the new anchors in rank order (largest gain first); gain: the weighted people
    each newly covers in that order; objective: the weighted people covered after (new and
    existing blocks); status, mip_gap, bound, requested: as ``kernels.siting``.
    Per unit: block_before / block_after (the nearest open anchor reaching it, -1 when
    none), covered_before / covered_after, covered_dependants / covered_caregivers (after:
    D_i or G_i when covered, else 0). summary: the totals and covered people of each group
    before and after, with shares (None when a group's total is 0).
    """

    chosen: np.ndarray
    gain: np.ndarray
    objective: float
    status: str
    requested: int
    mip_gap: float = math.nan
    bound: float = math.nan
    block_before: np.ndarray = None
    block_after: np.ndarray = None
    covered_before: np.ndarray = None
    covered_after: np.ndarray = None
    covered_dependants: np.ndarray = None
    covered_caregivers: np.ndarray = None
    summary: dict = field(default_factory=dict)


def _nearest_reaching(d, s, c, nd, open_mask, radius):
    """The nearest open site within ``radius`` of each unit (-1 when none); ties by site
    (``kernels.siting_common.nearest_open`` over the pairs within the radius)."""
    m = c <= radius
    return nearest_open(d[m], s[m], c[m], nd, open_mask)[1]


def coverage(dependants, caregivers, covered_before, covered_after):
    """Dependants and caregivers covered before and after, their totals and shares."""
    out = {}
    for name, v in (("dependants", dependants), ("caregivers", caregivers)):
        total = float(np.sum(v))
        out[f"{name}_total"] = total
        for when, cov in (("before", covered_before), ("after", covered_after)):
            got = float(np.sum(v[cov]))
            out[f"{name}_covered_{when}"] = got
            out[f"{name}_share_{when}"] = got / total if total > 0 else None
    return out


def choose_blocks(costs, dependants, caregivers, k, radius, priority=None, existing=None,
                  solver="greedy", time_limit=60.0, should_stop=None):
    """Choose ``k`` new care blocks among the candidate sites (``existing`` False) of
    ``costs`` (units x sites, in the cost unit; ``radius`` in that unit, inclusive) to
    maximise the priority-weighted dependants and caregivers covered (see the module doc).
    Existing blocks (``existing`` True) stay open. Returns a :class:`CareBlocksResult`."""
    D = np.asarray(dependants, np.float64)
    G = np.asarray(caregivers, np.float64)
    w = block_weights(D, G, priority)
    if not (np.isfinite(radius) and radius > 0):
        raise ValueError(f"the radius must be more than 0, got {radius}")
    res = ksiting.maximal_covering(costs, w, k, radius, existing, solver, time_limit, should_stop=should_stop)
    d = np.asarray(costs.demand_idx, np.int64)
    s = np.asarray(costs.supply_idx, np.int64)
    c = np.asarray(costs.cost, np.float64)
    nd, ns = int(costs.n_demand), int(costs.n_supply)
    ex = np.zeros(ns, bool) if existing is None else np.asarray(existing, bool)
    after = ex.copy()
    after[res.chosen] = True
    b0 = _nearest_reaching(d, s, c, nd, ex, radius)
    b1 = _nearest_reaching(d, s, c, nd, after, radius)
    cov0, cov1 = b0 >= 0, b1 >= 0
    out = CareBlocksResult(np.asarray(res.chosen, np.int64), np.asarray(res.gain, np.float64),
                           float(np.sum(w[cov1])), res.status, res.requested, res.mip_gap, res.bound,
                           b0, b1, cov0, cov1, np.where(cov1, D, 0.0), np.where(cov1, G, 0.0))
    out.summary = coverage(D, G, cov0, cov1)
    out.summary["weighted_before"] = float(np.sum(w[cov0]))
    out.summary["weighted_after"] = out.objective
    return out


def covered_weight(costs, weights, open_mask, radius):
    """The weighted people covered when the sites ``open_mask`` are open (for checks and
    brute force): sum of w_i over units with an open site within ``radius``."""
    d = np.asarray(costs.demand_idx, np.int64)
    s = np.asarray(costs.supply_idx, np.int64)
    c = np.asarray(costs.cost, np.float64)
    b = _nearest_reaching(d, s, c, int(costs.n_demand), np.asarray(open_mask, bool), radius)
    return float(np.sum(np.asarray(weights, np.float64)[b >= 0]))


def assign_alternates(anchor_xy, alt_xy, radius_m):
    """Each alternate building's block: the nearest anchor within ``radius_m`` metres
    (straight line, inclusive; ties go to the first anchor). Returns (anchor index per
    alternate, -1 when none is within the radius; distance in metres, NaN when none)."""
    A = np.asarray(anchor_xy, np.float64).reshape(-1, 2)
    B = np.asarray(alt_xy, np.float64).reshape(-1, 2)
    idx = np.full(len(B), -1, np.int64)
    dist = np.full(len(B), np.nan)
    if len(A) == 0 or len(B) == 0:
        return idx, dist
    dd, ii = cKDTree(A).query(B, k=1, distance_upper_bound=float(radius_m) * (1 + 1e-9))
    # exact distances, and the inclusive rule on them
    ok = np.isfinite(dd)
    ii = np.where(ok, ii, 0)
    exact = np.hypot(B[:, 0] - A[ii, 0], B[:, 1] - A[ii, 1])
    ok &= exact <= float(radius_m)
    idx[ok] = ii[ok]
    dist[ok] = exact[ok]
    return idx, dist


def block_outline(x, y):
    """The block polygon of the buildings at (x, y): (vertices, buffer_m). With three or
    more buildings not on one line, the convex hull's vertices (counter-clockwise, not
    closed) and buffer 0; otherwise the one point or the two ends of the line they lie on,
    to be widened by ``DEGENERATE_BUFFER_M``."""
    P = np.unique(np.c_[np.asarray(x, np.float64), np.asarray(y, np.float64)], axis=0)
    if len(P) == 0:
        raise ValueError("a block needs at least its anchor")
    if len(P) >= 3:
        span = np.ptp(P, axis=0).max()
        q = P - P[0]
        cross = q[1:, 0][:, None] * q[1:, 1][None, :] - q[1:, 1][:, None] * q[1:, 0][None, :]
        if np.abs(cross).max() > 1e-9 * max(1.0, span) ** 2:
            return P[ConvexHull(P).vertices], 0.0
    if len(P) == 1:
        return P, DEGENERATE_BUFFER_M
    # on one line: its two ends (the pair of points farthest apart along the line)
    direction = P[-1] - P[0]
    t = (P - P[0]) @ direction
    return P[[int(np.argmin(t)), int(np.argmax(t))]], DEGENERATE_BUFFER_M


def hours_freed(costs, dependants, new_blocks, radius, places=DEFAULT_PLACES, hours_open=DEFAULT_HOURS_OPEN,
                substitution=DEFAULT_SUBSTITUTION):
    """Hours of unpaid care a week the new blocks take over from households, by
    caremap:unpaidcare's rule (``kernels.unpaid.hours_freed``): each new block's places x
    hours open x substitution, shared among the units within ``radius`` in proportion to
    their dependants. Existing blocks already run: they free nothing new. Returns the
    hours per unit (0 outside every new block's reach)."""
    ns = int(costs.n_supply)
    per_site = np.zeros(ns)
    per_site[np.asarray(new_blocks, np.int64)] = float(places)
    return kunpaid.hours_freed(costs, np.asarray(dependants, np.float64), per_site, hours_open, substitution,
                               threshold=radius).freed_hours


def block_hours_freed(costs, dependants, new_blocks, radius, places=DEFAULT_PLACES, hours_open=DEFAULT_HOURS_OPEN,
                      substitution=DEFAULT_SUBSTITUTION):
    """The hours of unpaid care a week each site frees, by the rule of :func:`hours_freed`:
    places x hours open x substitution for a new block with dependants within ``radius``,
    0 for every other site (existing blocks, sites not chosen, a new block reaching no
    dependant). Its sum is the sum of :func:`hours_freed` (the hours a block frees, on the
    block; not the hours of the units whose nearest block it is)."""
    ns = int(costs.n_supply)
    D = np.nan_to_num(np.asarray(dependants, np.float64))
    m = np.asarray(costs.cost, np.float64) <= radius
    s = np.asarray(costs.supply_idx, np.int64)[m]
    reach = np.bincount(s, weights=D[np.asarray(costs.demand_idx, np.int64)[m]], minlength=ns)
    new = np.zeros(ns, bool)
    new[np.asarray(new_blocks, np.int64)] = True
    return np.where(new & (reach > 0), float(places) * float(hours_open) * float(substitution), 0.0)


# ---------------------------------------------------------------- reading a plan back
#: the fields caremap:careblocks adds to its units output (the dock and the report read them)
UNIT_FLAG_FIELDS = ("covered_before", "covered_after")
UNIT_PEOPLE_FIELDS = ("covered_dependants", "covered_caregivers")
UNIT_FIELDS = ("block", "block_before") + UNIT_FLAG_FIELDS + UNIT_PEOPLE_FIELDS + ("weight", "hours_freed_week")
#: the default fields of dependants and caregivers (caremap:careblocks' own defaults)
DEFAULT_DEPENDANTS_FIELD = "care_demand"
DEFAULT_CAREGIVERS_FIELD = "women_15_64"


def is_units_output(field_names):
    """True when ``field_names`` hold the fields a careblocks units output adds."""
    return set(UNIT_FLAG_FIELDS + UNIT_PEOPLE_FIELDS) <= set(field_names)


def identify_group_field(columns, covered_people, covered_after, prefer=None, exclude=(), rtol=1e-9):
    """The field of ``columns`` ({name: values}, NaN = NULL) a careblocks run read one
    group from: on every covered unit (``covered_after`` 1) its value (NULL as 0, as the
    run counts it) equals ``covered_people`` (covered_dependants or covered_caregivers).
    ``prefer`` first when it matches, then the fields in order; names in ``exclude`` and
    the careblocks fields are skipped. None when no field matches, or when no covered
    unit has people (nothing tells the fields apart)."""
    cov = np.nan_to_num(np.asarray(covered_after, np.float64)) > 0
    people = np.nan_to_num(np.asarray(covered_people, np.float64))
    if not (cov.any() and people[cov].sum() > 0):
        return None
    names = [n for n in columns if n not in exclude and n not in UNIT_FIELDS]
    if prefer in names:
        names.remove(prefer)
        names.insert(0, prefer)
    for name in names:
        v = np.nan_to_num(np.asarray(columns[name], np.float64))
        if v.shape == people.shape and np.allclose(v[cov], people[cov], rtol=rtol, atol=1e-9):
            return name
    return None


def plan_figures(block, covered_before, covered_after, covered_dependants, covered_caregivers, dependants=None,
                 caregivers=None, block_before=None):
    """The figures of a careblocks units output: per block (``blocks``, the block numbers
    that reach a unit, in order, with ``block_dependants`` and ``block_caregivers``, the
    people of each group it reaches), the number of new blocks (``new_blocks``: blocks
    reaching a unit that no unit had before, from ``block_before``; all of them without it)
    and, for each group, the people covered before and after and, when the group's own
    values are given (``dependants``, ``caregivers``; NULL as 0), its total and shares
    (None when unknown or 0), as :func:`coverage` words them."""
    b = np.asarray(block, np.float64)
    D1 = np.nan_to_num(np.asarray(covered_dependants, np.float64))
    G1 = np.nan_to_num(np.asarray(covered_caregivers, np.float64))
    cov0 = np.nan_to_num(np.asarray(covered_before, np.float64)) > 0
    cov1 = np.nan_to_num(np.asarray(covered_after, np.float64)) > 0
    has = np.isfinite(b) & (b > 0)
    blocks = np.unique(b[has]).astype(np.int64)
    pos = np.searchsorted(blocks, b[has].astype(np.int64))
    out = {"blocks": blocks,
           "block_dependants": np.bincount(pos, weights=D1[has], minlength=blocks.size),
           "block_caregivers": np.bincount(pos, weights=G1[has], minlength=blocks.size)}
    if block_before is not None:
        b0 = np.asarray(block_before, np.float64)
        before = set(np.unique(b0[np.isfinite(b0) & (b0 > 0)]).astype(np.int64).tolist())
        out["new_blocks"] = int(sum(1 for x in blocks.tolist() if x not in before))
        out["open_blocks"] = len(before)
    else:
        out["new_blocks"], out["open_blocks"] = int(blocks.size), 0
    # a unit covered before is covered after (blocks already open stay open): its people are
    # covered_dependants / covered_caregivers on those rows too
    for name, covered, values in (("dependants", D1, dependants), ("caregivers", G1, caregivers)):
        total = None if values is None else float(np.sum(np.nan_to_num(np.asarray(values, np.float64))))
        out[f"{name}_total"] = total
        for when, mask in (("before", cov0 & cov1), ("after", cov1)):
            got = float(np.sum(covered[mask]))
            out[f"{name}_covered_{when}"] = got
            out[f"{name}_share_{when}"] = got / total if total else None
    return out
