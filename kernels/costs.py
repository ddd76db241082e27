"""Sparse demand x supply cost tables: straight line (KD-tree), origin-destination tables,
and unit conversion. The network costs live in :mod:`network` and return the same
:class:`Costs`.

A :class:`Costs` holds only the pairs within the cost limit (inclusive: a pair at exactly
the limit is kept), as three parallel COO arrays. Zero costs are real entries (a facility at
the demand point), never "missing".
"""
from dataclasses import dataclass, field

import numpy as np

from ._lazy import lazy_name

cKDTree = lazy_name("scipy.spatial", "cKDTree")

#: default walking speed, 1.4 m/s
WALK_SPEED_KMH = 5.04

#: the one default catchment threshold, in minutes, of every algorithm, the dock and the
#: pipeline: a 10-minute walk, a common standard for early-childhood services (Bogota's
#: care blocks aim at 15-20 minutes on foot for all services; the tutorial uses 10 for
#: children and 15 for older people). A user's own threshold always overrides it.
DEFAULT_THRESHOLD_MINUTES = 10.0

#: at or below this speed (km/h), with no per-road speed, the network is walked: one-way
#: streets are used both ways (:func:`is_walking`)
WALK_MAX_KMH = 6.0

#: automatic search limit of the cost to the nearest facility (:func:`search_limit`):
#: the larger of SEARCH_LIMIT_FACTOR x the catchment threshold and this floor per unit
SEARCH_LIMIT_FACTOR = 4.0
SEARCH_LIMIT_FLOOR = {"minutes": 60.0, "meters": 5000.0}


@dataclass
class Costs:
    """Sparse demand x supply costs (COO). ``cost`` in metres or minutes.

    ``report`` carries diagnostics from the builder (e.g. unsnapped points and network
    components for network costs, unmatched rows for OD tables) and, from
    :func:`straight_line_costs`, ``report["nearest"] = (cost_nearest, nearest_idx)`` found
    by the KD-tree, which :func:`caremap.kernels.fca_methods.nearest` reuses."""

    demand_idx: np.ndarray
    supply_idx: np.ndarray
    cost: np.ndarray
    n_demand: int
    n_supply: int
    report: dict = field(default_factory=dict)

    def __post_init__(self):
        self.demand_idx = np.asarray(self.demand_idx, dtype=np.int64)
        self.supply_idx = np.asarray(self.supply_idx, dtype=np.int64)
        self.cost = np.asarray(self.cost, dtype=np.float64)
        if not (len(self.demand_idx) == len(self.supply_idx) == len(self.cost)):
            raise ValueError("Costs: demand_idx, supply_idx and cost must have the same length")

    @property
    def n_pairs(self):
        return len(self.cost)

    def subset(self, keep):
        """A new Costs with the pairs where the boolean ``keep`` (one per pair) is True;
        the precomputed nearest (``report["nearest"]``) is dropped since it may be gone."""
        report = {k: v for k, v in self.report.items() if k != "nearest"}
        return Costs(self.demand_idx[keep], self.supply_idx[keep], self.cost[keep],
                     self.n_demand, self.n_supply, report)

    def within(self, max_cost):
        """A new Costs with the pairs of cost <= max_cost (inclusive); ``None`` or inf keeps all
        (and so does a limit at or above every cost: then ``self`` is returned)."""
        if max_cost is None or not np.isfinite(max_cost) or self.n_pairs == 0 or self.cost.max() <= max_cost:
            return self
        keep = self.cost <= max_cost
        report = dict(self.report)
        if "nearest" in report:
            nc, ni = report["nearest"]
            far = ~(nc <= max_cost)
            report["nearest"] = (np.where(far, np.nan, nc), np.where(far, -1, ni))
        return Costs(self.demand_idx[keep], self.supply_idx[keep], self.cost[keep],
                     self.n_demand, self.n_supply, report)


def _as_xy(xy, name):
    xy = np.asarray(xy, dtype=np.float64)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ValueError(f"{name} must be an (n, 2) array of x, y coordinates")
    if not np.all(np.isfinite(xy)):
        raise ValueError(f"{name} holds non-finite coordinates")
    return xy


def straight_line_costs(demand_xy, supply_xy, max_cost, detour=1.0, chunk=100_000, feedback=None):
    """Euclidean costs (metres) ``c_ij = detour * ||x_i - y_j||`` for the pairs with
    ``c_ij <= max_cost`` (inclusive), found on a grid of cells in dense blocks
    (:class:`caremap.kernels.chunks.StraightPairs`), so memory is proportional to the
    number of pairs, never to ``n_demand x n_supply``; the nearest facility by a KD-tree.
    ``max_cost=None`` or ``inf`` gives every pair (dense, computed in chunks).
    ``detour >= 1`` is a circuity factor (network distance / straight distance).
    Pair order is unspecified. ``feedback`` is an optional callable
    ``progress(fraction) -> bool`` called per block (well under a second); True cancels
    (``InterruptedError``)."""
    dxy = _as_xy(demand_xy, "demand_xy")
    sxy = _as_xy(supply_xy, "supply_xy")
    detour = float(detour)
    if not detour > 0:
        raise ValueError(f"detour factor must be > 0, got {detour}")
    nd, ns = len(dxy), len(sxy)
    if nd == 0 or ns == 0:
        e = np.empty(0)
        return Costs(e.astype(np.int64), e.astype(np.int64), e, nd, ns)
    dense = max_cost is None or not np.isfinite(max_cost)
    if not dense and max_cost < 0:
        raise ValueError(f"max_cost must be >= 0, got {max_cost}")
    parts_i, parts_j, parts_c = [], [], []
    if dense:
        step = max(1, int(4_000_000 // ns))
        for a in range(0, nd, step):
            if feedback is not None and feedback(a / nd):
                raise InterruptedError("canceled")
            blk = dxy[a:a + step]
            c = detour * np.hypot(blk[:, :1] - sxy[:, 0], blk[:, 1:] - sxy[:, 1])
            parts_i.append(np.repeat(np.arange(a, a + len(blk), dtype=np.int64), ns))
            parts_j.append(np.tile(np.arange(ns, dtype=np.int64), len(blk)))
            parts_c.append(c.ravel())
    else:
        # the pairs of a grid of cells in dense blocks (kernels.chunks.StraightPairs: about 20x
        # faster than the KD-tree's sparse_distance_matrix, a cancel check per block)
        from .chunks import StraightPairs

        pairs = StraightPairs(dxy, sxy, max_cost, detour, max_rows=chunk)
        r_search = pairs.r_search
        for part in pairs.chunks(feedback):
            parts_i.append(part.demand_idx)
            parts_j.append(part.supply_idx)
            parts_c.append(part.cost)
        if not parts_i:
            parts_i, parts_j, parts_c = [np.empty(0, np.int64)], [np.empty(0, np.int64)], [np.empty(0)]
        stree = cKDTree(sxy)
    if len(parts_i) == 1:
        di, sj, cc = parts_i[0], parts_j[0], parts_c[0]
    else:
        di, sj, cc = np.concatenate(parts_i), np.concatenate(parts_j), np.concatenate(parts_c)
    report = {}
    if not dense:
        # nearest facility straight from the tree (saves grouping the pairs by demand later)
        dn, jn = stree.query(dxy, k=1, distance_upper_bound=r_search)
        dn = dn * detour
        hit = dn <= max_cost
        report["nearest"] = (np.where(hit, dn, np.nan), np.where(hit, jn, -1).astype(np.int64))
    return Costs(di, sj, cc, nd, ns, report)


class DuplicateIdError(ValueError):
    """Ids that must be unique are not: ``which`` is 'demand' or 'supply', ``example`` one
    repeated id, ``count`` how many ids repeat an earlier one. The adapter names the
    user's layer and id field from ``which``."""

    def __init__(self, which, example, count):
        super().__init__(f"{which} ids are not unique (e.g. {example!r})")
        self.which, self.example, self.count = which, example, count


def _id_index(ids, name):
    """Sorted lookup of unique ids (numbers or strings); repeated ids raise
    :class:`DuplicateIdError`."""
    ids = _normalise_ids(ids)
    order = np.argsort(ids, kind="stable")
    srt = ids[order]
    if len(srt) > 1 and np.any(srt[1:] == srt[:-1]):
        same = srt[1:] == srt[:-1]
        example = srt[1:][same][0]
        raise DuplicateIdError(name, example.item() if hasattr(example, "item") else example, int(same.sum()))
    return srt, order


def _normalise_ids(ids):
    """Ids as a comparable array: numeric ids as float64 (so 7, 7.0 and '7' from a CSV match),
    otherwise as stripped strings."""
    arr = np.asarray(ids, dtype=object)
    try:
        num = arr.astype(np.float64)
        if np.all(np.isfinite(num)):
            return num
    except (TypeError, ValueError):
        pass
    return np.array(["" if v is None else str(v).strip() for v in arr], dtype=object)


def _lookup(srt, order, keys):
    if len(srt) == 0:
        return np.full(len(keys), -1, dtype=np.int64)
    pos = np.searchsorted(srt, keys)
    pos_c = np.minimum(pos, len(srt) - 1)
    found = srt[pos_c] == keys
    return np.where(found, order[pos_c], -1).astype(np.int64)


def od_table_costs(origin_ids, dest_ids, cost, demand_ids, supply_ids, max_cost=None):
    """Costs from an origin-destination table (e.g. exported from ORS Tools, QNEAT3, r5py,
    OSRM): row k says demand ``origin_ids[k]`` reaches facility ``dest_ids[k]`` at
    ``cost[k]``. Ids are matched to ``demand_ids``/``supply_ids`` (numbers compared as
    numbers, otherwise as trimmed strings). Rows with unknown ids or a NULL/NaN cost are
    dropped and counted in ``report``; a pair listed twice keeps its smallest cost; pairs
    above ``max_cost`` are dropped (inclusive limit). Negative costs raise ValueError."""
    cost = np.asarray(cost, dtype=np.float64)
    if not (len(origin_ids) == len(dest_ids) == len(cost)):
        raise ValueError("OD table: origin, destination and cost columns differ in length")
    d_srt, d_ord = _id_index(demand_ids, "demand")
    s_srt, s_ord = _id_index(supply_ids, "supply")
    o_keys = _normalise_ids(origin_ids)
    t_keys = _normalise_ids(dest_ids)
    # keys must be of the same kind as the lookup arrays
    o_keys = _same_kind(o_keys, d_srt)
    t_keys = _same_kind(t_keys, s_srt)
    di = _lookup(d_srt, d_ord, o_keys)
    sj = _lookup(s_srt, s_ord, t_keys)
    nan_cost = ~np.isfinite(cost)
    if np.any(cost[~nan_cost] < 0):
        raise ValueError(f"OD table holds negative costs (min {cost[~nan_cost].min()})")
    ok = (di >= 0) & (sj >= 0) & ~nan_cost
    report = {
        "rows": int(len(cost)),
        "unknown_origin": int(np.sum(di < 0)),
        "unknown_dest": int(np.sum(sj < 0)),
        "null_cost": int(np.sum(nan_cost)),
    }
    di, sj, cc = di[ok], sj[ok], cost[ok]
    if max_cost is not None and np.isfinite(max_cost):
        keep = cc <= max_cost
        di, sj, cc = di[keep], sj[keep], cc[keep]
    order = np.lexsort((cc, sj, di))
    di, sj, cc = di[order], sj[order], cc[order]
    if len(di) > 1:
        first = np.ones(len(di), dtype=bool)
        first[1:] = (di[1:] != di[:-1]) | (sj[1:] != sj[:-1])
        report["duplicates"] = int(np.sum(~first))
        di, sj, cc = di[first], sj[first], cc[first]
    return Costs(di, sj, cc, len(d_srt), len(s_srt), report)


def _same_kind(keys, ref):
    if ref.dtype == keys.dtype:
        return keys
    if ref.dtype == object:  # reference ids are strings: compare as strings
        if keys.dtype != object:
            keys = np.array([_num_str(v) for v in keys], dtype=object)
        return keys
    # reference numeric, keys strings that failed numeric parsing -> no match possible
    return np.full(len(keys), np.nan)


def _num_str(v):
    v = float(v)
    return str(int(v)) if v.is_integer() else str(v)


def minutes_per_meter(speed_kmh=WALK_SPEED_KMH):
    """The one unit factor of CareMap: minutes per metre at ``speed_kmh`` (a number or an
    array), ``60 / (speed_kmh * 1000)``: 6 km/h = 100 m per minute -> 0.01. Speeds must
    be finite and > 0."""
    s = np.asarray(speed_kmh, dtype=np.float64)
    if not np.all(np.isfinite(s) & (s > 0)):
        raise ValueError(f"speed must be > 0 km/h, got {speed_kmh}")
    f = 60.0 / (s * 1000.0)
    return float(f) if f.ndim == 0 else f


def to_minutes(costs_m, speed_kmh=WALK_SPEED_KMH):
    """Metres -> minutes at ``speed_kmh``: ``t = d * minutes_per_meter(speed_kmh)``. Accepts an
    array or a :class:`Costs` (returns a new Costs)."""
    f = minutes_per_meter(speed_kmh)
    if isinstance(costs_m, Costs):
        report = dict(costs_m.report)
        if "nearest" in report:
            report["nearest"] = (report["nearest"][0] * f, report["nearest"][1])
        return Costs(costs_m.demand_idx, costs_m.supply_idx, costs_m.cost * f,
                     costs_m.n_demand, costs_m.n_supply, report)
    return np.asarray(costs_m, dtype=np.float64) * f


def minutes_to_meters(minutes, speed_kmh=WALK_SPEED_KMH):
    """Minutes -> metres at ``speed_kmh`` (inverse of :func:`to_minutes`)."""
    return float(minutes) / minutes_per_meter(speed_kmh)


def is_walking(speed_kmh, speed_per_road=False):
    """The walking rule: a trip at ``speed_kmh <= WALK_MAX_KMH`` (6 km/h) with no per-road
    speed (no speed field, no speed table) is on foot, so one-way streets are used both
    ways and the report calls it a walk."""
    return (not speed_per_road) and float(speed_kmh) <= WALK_MAX_KMH


def walk_to_street_kmh(speed_kmh):
    """The speed of the straight walk from a point to the street where it joins a road
    network (network costs in minutes): the trip's own ``speed_kmh`` when that is a walking
    speed (``<= WALK_MAX_KMH``, 6 km/h), so a slow walk (3 km/h) is slow all the way;
    otherwise :data:`WALK_SPEED_KMH` (5.04 km/h): by bicycle or car the stretch off the
    streets (at most the largest distance to the network) is walked. ``speed_kmh`` must be
    finite and > 0."""
    speed_kmh = float(speed_kmh)
    if not (np.isfinite(speed_kmh) and speed_kmh > 0):
        raise ValueError(f"speed must be > 0 km/h, got {speed_kmh}")
    return speed_kmh if speed_kmh <= WALK_MAX_KMH else WALK_SPEED_KMH


def search_limit(threshold, unit, given=None):
    """How far (in ``unit``) the cost to the nearest facility is searched, independently of
    the catchment threshold: ``given`` when > 0 (but never below the threshold), otherwise
    automatic: ``max(SEARCH_LIMIT_FACTOR * threshold, SEARCH_LIMIT_FLOOR[unit])``, i.e. the
    larger of 4 x THRESHOLD and 60 minutes / 5,000 m. ``threshold`` None (no catchment
    limit) gives ``None`` (no search limit) unless ``given`` is set. Beyond the limit the
    cost is NULL ("nothing reachable within the search limit")."""
    if unit not in SEARCH_LIMIT_FLOOR:
        raise ValueError(f"unknown cost unit {unit!r}; expected one of {', '.join(SEARCH_LIMIT_FLOOR)}")
    thr = None if threshold is None or not np.isfinite(threshold) else float(threshold)
    if thr is not None and thr < 0:
        raise ValueError(f"threshold must be >= 0, got {threshold}")
    if given is not None and np.isfinite(given) and given > 0:
        return max(float(given), thr or 0.0)
    if thr is None:
        return None
    return max(SEARCH_LIMIT_FACTOR * thr, SEARCH_LIMIT_FLOOR[unit])


def straight_line_nearest(demand_xy, supply_xy, max_cost=None, detour=1.0):
    """Nearest facility on straight lines: ``(cost, index)`` with
    ``cost_i = detour * min_j ||x_i - y_j||`` (metres) found by a KD-tree query (no pair
    table), NaN and -1 where the nearest is beyond ``max_cost`` (inclusive; ``None`` = no
    limit) or there is no facility."""
    dxy = _as_xy(demand_xy, "demand_xy")
    sxy = _as_xy(supply_xy, "supply_xy")
    detour = float(detour)
    if not detour > 0:
        raise ValueError(f"detour factor must be > 0, got {detour}")
    cost = np.full(len(dxy), np.nan)
    idx = np.full(len(dxy), -1, dtype=np.int64)
    if len(dxy) == 0 or len(sxy) == 0:
        return cost, idx
    bound = np.inf if max_cost is None or not np.isfinite(max_cost) else (max_cost / detour) * (1 + 1e-9) + 1e-9
    dn, jn = cKDTree(sxy).query(dxy, k=1, distance_upper_bound=bound)
    dn = dn * detour
    hit = np.isfinite(dn) if not np.isfinite(bound) else dn <= max_cost
    cost[hit] = dn[hit]
    idx[hit] = jn[hit]
    return cost, idx


@dataclass
class AllPairs:
    """Every straight-line pair, not stored: costs ``cost_scale * detour * ||x_i - y_j||``
    are computed on the fly by the streamed measures (``fca.accessibility_all_pairs``).
    What :func:`caremap.processing.costs_io.compute_costs` gives for straight lines
    without a cost limit."""

    demand_xy: np.ndarray
    supply_xy: np.ndarray
    detour: float = 1.0
    cost_scale: float = 1.0
    #: optional ``progress(fraction) -> bool`` the streamed measures call per block
    feedback: object = None

    @property
    def n_demand(self):
        return len(self.demand_xy)

    @property
    def n_supply(self):
        return len(self.supply_xy)


#: the units a cost may be written in (the ``cost_unit`` companion field of an output)
COST_UNITS = ("minutes", "meters")


def cost_in_minutes(values, unit, speed_kmh=None):
    """A cost column in minutes, whatever ``unit`` it was written in.

    ``unit`` is ``"minutes"`` (returned unchanged) or ``"meters"`` (times
    :func:`minutes_per_meter` of the speed; ``speed_kmh`` a number or one per value).
    Metres without a valid speed raise ``ValueError``: the caller must ask the user for
    one, never guess it."""
    unit = (unit or "").strip().lower()
    if unit not in COST_UNITS:
        raise ValueError(f"unknown cost unit {unit!r}; expected one of {', '.join(COST_UNITS)}")
    arr = np.asarray(values, dtype=np.float64)
    if unit == "minutes":
        return arr
    sp = np.asarray(np.nan if speed_kmh is None else speed_kmh, dtype=np.float64)
    if not np.all(np.isfinite(sp) & (sp > 0)):
        raise ValueError("a cost in metres needs the speed (km/h) to be read as minutes")
    return arr * minutes_per_meter(sp)
