"""Accessibility of each demand unit, one entry point (:func:`accessibility`) for every
method of :data:`METHODS`: nearest facility, cumulative opportunities, Hansen gravity and
the floating-catchment family whose formulas are in :mod:`caremap.kernels.fca_methods`.

Every method's pair weights come from :func:`pair_weights`, and every output field from
:func:`_result`, for the pair-table path and for the streamed all-pairs path alike.

Rules of the outputs: a demand unit is *covered* when it reaches, within the catchment
threshold (inclusive), at least one facility with capacity > 0 (a facility with capacity
0 offers no place and covers nobody); ``n_reachable`` counts those facilities. A unit that
reaches none gets access 0, covered 0. With no demand at all the share covered and the
mean access have no meaning: they are ``None``. No output holds NaN except where a field
is NULL by rule (ratio of a facility with no demand in reach, access_norm when the mean
access is 0 or undefined).

References: Hansen (1959) "How accessibility shapes land use"; Luo & Wang (2003) 2SFCA;
Luo & Qi (2009) E2SFCA; Dai (2010) G2SFCA; Wan, Zou & Sternberg (2012) 3SFCA;
Delamater (2013) M2SFCA.
"""
from dataclasses import dataclass

import numpy as np

from .chunks import PairStream
from .costs import AllPairs, Costs
from .decay import DEFAULT_STEPS, decay_weights, zone_step_weights
from .fca_methods import (
    _spread,
    catchment_demand,
    check_values,
    gravity,
    m2sfca,
    nearest,
    supply_ratio,
    three_step_fca,
    two_step_fca,
)

METHODS = ("nearest", "cumulative", "2sfca", "e2sfca", "g2sfca", "3sfca", "m2sfca", "gravity")


def pair_weights(cost, method, decay="step", decay_param=None, threshold=None, steps=None):
    """Per-pair weights ``w(d_ij)`` of ``method`` on the costs ``cost``; ``None`` means
    every weight is 1 (cumulative, and step decay):

    - ``e2sfca``: zone steps ``steps`` (default :data:`~caremap.kernels.decay.DEFAULT_STEPS`).
    - ``g2sfca``: Gaussian, sigma = ``decay_param`` (default threshold / 2).
    - ``nearest``, ``2sfca``, ``3sfca``, ``m2sfca``, ``gravity``: the chosen ``decay``.

    ``threshold`` scales the decay defaults (:func:`~caremap.kernels.decay.default_param`)."""
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'; expected one of {', '.join(METHODS)}")
    if method == "cumulative":
        return None
    if method == "e2sfca":
        return zone_step_weights(cost, steps or DEFAULT_STEPS)
    if method == "g2sfca":
        return decay_weights(cost, "gaussian", decay_param or None, threshold)
    if decay == "step":
        return None
    return decay_weights(cost, decay, decay_param, threshold)


@dataclass
class AccessResult:
    """Every output field of caremap:accessibility.

    Demand side (length n_demand): ``access``, ``access_norm`` (access / demand-weighted
    mean access; NaN if that mean is 0 or undefined), ``cost_nearest`` (within the
    threshold; NaN where none reachable), ``n_reachable`` (int64), ``covered`` (int64 0/1).
    Supply side (length n_supply): ``catch_demand``, ``ratio`` (NaN where catch_demand
    is 0). ``share_covered`` and ``mean_access`` are ``None`` when the total demand is 0."""

    access: np.ndarray
    access_norm: np.ndarray
    cost_nearest: np.ndarray
    n_reachable: np.ndarray
    covered: np.ndarray
    catch_demand: np.ndarray
    ratio: np.ndarray
    nearest_idx: np.ndarray
    total_demand: float
    total_supply: float
    share_covered: float | None   # demand-weighted share of demand with covered = 1
    mean_access: float | None     # demand-weighted mean access


def _result(demand, supply, access, ratio, catch, cost_nearest, nearest_idx, n_reach):
    """The result block shared by both paths: covered, totals, headline figures, norm."""
    covered = (n_reach > 0).astype(np.int64)
    total_demand = float(demand.sum())
    if total_demand > 0:
        mean_access = float(np.dot(demand, access) / total_demand)
        share = float(np.dot(demand, covered) / total_demand)
    else:
        mean_access, share = None, None
    access_norm = access / mean_access if mean_access else np.full(len(access), np.nan)
    return AccessResult(
        access=access, access_norm=access_norm, cost_nearest=cost_nearest, n_reachable=n_reach,
        covered=covered, catch_demand=catch, ratio=ratio, nearest_idx=nearest_idx,
        total_demand=total_demand, total_supply=float(supply.sum()), share_covered=share,
        mean_access=mean_access)


def accessibility(costs, demand, supply, method="2sfca", decay="step", decay_param=None,
                  threshold=None, steps=None, feedback=None):
    """Compute one accessibility ``method`` (one of :data:`METHODS`) and every output field.

    ``costs`` is a :class:`~caremap.kernels.costs.Costs` table, a
    :class:`~caremap.kernels.chunks.PairStream` (pairs in chunks under a memory budget, see
    :func:`accessibility_chunked`; ``feedback`` or the stream's own is then called per
    chunk) or, for straight lines without a limit, an
    :class:`~caremap.kernels.costs.AllPairs` (streamed, see
    :func:`accessibility_all_pairs`). ``threshold`` (cost units, inclusive) restricts the
    pairs; ``None``/inf keeps every pair of ``costs``. Methods (weights from
    :func:`pair_weights`):

    - ``nearest``: access = w(cost to the nearest facility) (step: 1 if any is within
      reach); catch_demand = demand whose nearest facility is j.
    - ``cumulative``: access = capacity within reach (catch_demand unweighted).
    - ``gravity``: Hansen (1959) potential ``sum_j w_ij S_j``.
    - ``2sfca``, ``e2sfca``, ``g2sfca``: two-step FCA with the method's weights.
    - ``3sfca``: times Huff selection weights (Wan et al. 2012).
    - ``m2sfca``: decay applied twice in the second step (Delamater 2013).

    Raises ValueError for unknown methods, negative or NaN demand/supply, bad parameters.
    """
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'; expected one of {', '.join(METHODS)}")
    thr = threshold if (threshold is not None and np.isfinite(threshold)) else None
    if thr is not None and thr < 0:
        raise ValueError(f"threshold must be >= 0, got {threshold}")
    if isinstance(costs, AllPairs):
        if thr is not None:
            raise ValueError("all straight-line pairs are streamed only without a threshold")
        return accessibility_all_pairs(costs.demand_xy, costs.supply_xy, demand, supply, method, decay,
                                       decay_param, detour=costs.detour, steps=steps,
                                       cost_scale=costs.cost_scale,
                                       feedback=feedback if feedback is not None else costs.feedback)
    if isinstance(costs, PairStream):
        return accessibility_chunked(costs, demand, supply, method, decay, decay_param, thr, steps,
                                     feedback if feedback is not None else costs.feedback)
    if not isinstance(costs, Costs):
        raise ValueError("costs must be a Costs table")
    demand = check_values(demand, costs.n_demand, "demand")
    supply = check_values(supply, costs.n_supply, "supply")
    if thr is not None:
        costs = costs.within(thr)
    offered = supply > 0
    cost_nearest, nearest_idx = nearest(costs, offered)
    n_reach = np.bincount(costs.demand_idx, weights=offered[costs.supply_idx],
                          minlength=costs.n_demand).astype(np.int64)

    if method == "nearest":
        reached = nearest_idx >= 0
        access = np.zeros(costs.n_demand)
        w = pair_weights(cost_nearest[reached], method, decay, decay_param, thr, steps)
        access[reached] = 1.0 if w is None else w
        catch = np.bincount(nearest_idx[reached], weights=demand[reached], minlength=costs.n_supply)
        ratio = supply_ratio(supply, catch)
    else:
        w = pair_weights(costs.cost, method, decay, decay_param, thr, steps)
        if method in ("cumulative", "gravity"):
            access = gravity(costs, supply, w)
            catch = catchment_demand(costs, demand, w)
            ratio = supply_ratio(supply, catch)
        else:
            fn = {"3sfca": three_step_fca, "m2sfca": m2sfca}.get(method, two_step_fca)
            access, ratio, catch = fn(costs, demand, supply, w)
    return _result(demand, supply, access, ratio, catch, cost_nearest, nearest_idx, n_reach)


def accessibility_all_pairs(demand_xy, supply_xy, demand, supply, method="g2sfca", decay="gaussian",
                            decay_param=None, detour=1.0, steps=None, block_cells=200_000, cost_scale=1.0,
                            feedback=None):
    """:func:`accessibility` without a cutoff on straight-line costs (metres,
    ``detour * ||x_i - y_j||``), streamed over dense blocks of demand rows: every pair counts,
    nothing of size n_demand x n_supply is ever held (two passes, the costs are recomputed).
    Same formulas and outputs as :func:`accessibility` with ``threshold=None`` on
    ``straight_line_costs(demand_xy, supply_xy, None, detour)``, much faster since no pair
    table is built. ``cost_scale`` converts metres to the cost unit (e.g. minutes:
    ``costs.minutes_per_meter(speed_kmh)``). Decays that need a scale (gaussian,
    exponential, linear) need ``decay_param``. ``feedback(fraction) -> bool`` is called per
    block with a fraction that never goes back; True raises ``InterruptedError``."""
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'; expected one of {', '.join(METHODS)}")
    dxy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    sxy = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
    nd, ns = len(dxy), len(sxy)
    demand = check_values(demand, nd, "demand")
    supply = check_values(supply, ns, "supply")
    detour = float(detour) * float(cost_scale)
    step = max(1, int(block_cells // max(ns, 1)))
    offered = np.flatnonzero(supply > 0)

    def weights(c, second_pass=False):
        w = pair_weights(c, method, decay, decay_param, None, steps)
        w = np.ones_like(c) if w is None else w
        if method == "3sfca":
            tot = w.sum(axis=1, keepdims=True)
            w = np.divide(w * w, tot, out=np.zeros_like(w), where=tot > 0)
        elif method == "m2sfca" and second_pass:
            w = w * w
        return w

    passes = 1 if method == "nearest" else 2

    def blocks(k=0):
        for a in range(0, nd, step):
            if feedback is not None and feedback((k + a / max(nd, 1)) / passes):
                raise InterruptedError("canceled")
            blk = dxy[a:a + step]
            c = blk[:, :1] - sxy[:, 0]
            c *= c
            dy = blk[:, 1:] - sxy[:, 1]
            dy *= dy
            c += dy
            np.sqrt(c, out=c)
            if detour != 1.0:
                c *= detour
            yield a, a + len(blk), c

    cost_nearest = np.full(nd, np.nan)
    nearest_idx = np.full(nd, -1, dtype=np.int64)
    catch = np.zeros(ns)
    # pass 1: nearest (among facilities with capacity) and the weighted catchment demand
    for a, b, c in blocks():
        if len(offered):
            j = offered[np.argmin(c[:, offered], axis=1)]
            nearest_idx[a:b] = j
            cost_nearest[a:b] = c[np.arange(b - a), j]
        if method != "nearest":
            catch += demand[a:b] @ weights(c)
    if method == "nearest":
        reached = nearest_idx >= 0
        catch = np.bincount(nearest_idx[reached], weights=demand[reached], minlength=ns).astype(np.float64)
        access = np.zeros(nd)
        w = pair_weights(cost_nearest[reached], method, decay, decay_param, None, steps)
        access[reached] = 1.0 if w is None else w
        ratio = supply_ratio(supply, catch)
    else:
        ratio = supply_ratio(supply, catch)
        r = np.where(np.isnan(ratio), 0.0, ratio)
        vec = supply if method in ("cumulative", "gravity") else r
        access = np.empty(nd)
        # pass 2: spread the ratios (or the supply, for potentials) back to demand
        for a, b, c in blocks(1):
            access[a:b] = weights(c, second_pass=True) @ vec
    if feedback is not None and feedback(1.0):
        raise InterruptedError("canceled")
    n_reach = np.full(nd, len(offered), dtype=np.int64)
    return _result(demand, supply, access, ratio, catch, cost_nearest, nearest_idx, n_reach)


def _passes(method, by_origin):
    """Passes over the chunks: one for the nearest and the potentials (every sum is
    per pair), two for the two-step family (facility sums, then unit sums), three for
    3SFCA when a unit's pairs may be split over chunks (its selection weights need the
    unit's sum of weights first)."""
    if method in ("nearest", "cumulative", "gravity"):
        return 1
    return 3 if method == "3sfca" and not by_origin else 2


def _pass_progress(feedback, k, passes):
    """The progress of pass ``k`` of ``passes`` as a fraction of the whole run, never
    going back."""
    if feedback is None:
        return None
    last = [0.0]

    def progress(fraction):
        last[0] = max(last[0], min(max(float(fraction), 0.0), 1.0))
        return feedback((k + last[0]) / passes)
    return progress


def accessibility_chunked(stream, demand, supply, method="2sfca", decay="step", decay_param=None,
                          threshold=None, steps=None, feedback=None):
    """:func:`accessibility` over a :class:`~caremap.kernels.chunks.PairStream`: the same
    formulas and outputs, the sums over pairs added chunk by chunk so that only one chunk
    of pairs lives at a time. Pass 1 gives the nearest facility with capacity (ties to the
    lowest index), the number reached and the facility sums ``D_j = sum_i w_ij P_i`` (and,
    for the potentials, the unit sums too); pass 2 the unit sums ``A_i = sum_j w_ij R_j``
    (``w_ij^2`` for M2SFCA). 3SFCA's selection weights ``G_ij = w_ij / sum_k w_ik`` need
    each unit's sum of weights: taken in the same chunk when the stream keeps a unit's
    pairs together (``by_origin``), else from one more pass first. Results equal the ones
    over the whole table up to the order of the additions (and the nearest facility's ties:
    a stream that finds it by a KD-tree breaks them as the tree does, as the unchunked
    straight-line table does). ``feedback(fraction) -> bool`` is called per chunk and block
    with a fraction that never goes back; True raises ``InterruptedError``."""
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'; expected one of {', '.join(METHODS)}")
    nd, ns = stream.n_demand, stream.n_supply
    demand = check_values(demand, nd, "demand")
    supply = check_values(supply, ns, "supply")
    thr = threshold if (threshold is not None and np.isfinite(threshold)) else None
    offered = supply > 0
    passes = _passes(method, stream.by_origin)
    three = method == "3sfca"

    def run(k):
        for ch in stream.chunks(_pass_progress(feedback, k, passes)):
            yield ch if thr is None else ch.within(thr)

    def weights(ch, tot=None):
        """The pair weights of the sums (ones as None); 3SFCA: ``G_ij w_ij``."""
        w = pair_weights(ch.cost, method, decay, decay_param, thr, steps)
        if not three:
            return w
        w = np.ones(ch.n_pairs) if w is None else w
        den = (np.bincount(ch.demand_idx, weights=w, minlength=nd) if tot is None else tot)[ch.demand_idx]
        return np.divide(w, den, out=np.zeros_like(w), where=den > 0) * w

    best_c = np.full(nd, np.inf)
    best_j = np.full(nd, -1, dtype=np.int64)
    n_reach = np.zeros(nd)
    catch = np.zeros(ns)
    access = np.zeros(nd)
    tot = np.zeros(nd) if three and passes == 3 else None
    pairs = 0
    quick = stream.nearest(offered)  # e.g. a KD-tree query: no need to group the pairs by unit
    all_offered = bool(offered.all())
    for ch in run(0):  # pass 1
        pairs += ch.n_pairs
        if quick is None:
            c, j = nearest(ch, offered)
            better = (c < best_c) | ((c == best_c) & (j < best_j) & (j >= 0))
            best_c[better], best_j[better] = c[better], j[better]
        n_reach += np.bincount(ch.demand_idx, minlength=nd) if all_offered else \
            np.bincount(ch.demand_idx, weights=offered[ch.supply_idx], minlength=nd)
        if method == "nearest":
            continue
        if tot is not None:
            w = pair_weights(ch.cost, method, decay, decay_param, thr, steps)
            tot += np.bincount(ch.demand_idx, weights=w, minlength=nd) if w is not None else \
                np.bincount(ch.demand_idx, minlength=nd)
            continue
        w = weights(ch)
        catch += catchment_demand(ch, demand, w)
        if method in ("cumulative", "gravity"):
            access += gravity(ch, supply, w)
    stream.report["pairs"] = pairs
    if quick is None:
        cost_nearest, nearest_idx = np.where(np.isfinite(best_c), best_c, np.nan), best_j
    else:
        cost_nearest, nearest_idx = quick
        if thr is not None:
            far = ~(cost_nearest <= thr)
            cost_nearest, nearest_idx = np.where(far, np.nan, cost_nearest), np.where(far, -1, nearest_idx)
    n_reach = n_reach.astype(np.int64)
    if tot is not None:  # 3SFCA over split units: the facility sums once the unit sums are known
        for ch in run(1):
            catch += catchment_demand(ch, demand, weights(ch, tot))
    if method == "nearest":
        reached = nearest_idx >= 0
        w = pair_weights(cost_nearest[reached], method, decay, decay_param, thr, steps)
        access[reached] = 1.0 if w is None else w
        catch = np.bincount(nearest_idx[reached], weights=demand[reached], minlength=ns)
    ratio = supply_ratio(supply, catch)
    if passes > 1:
        for ch in run(passes - 1):  # the unit sums
            w = weights(ch, tot)
            if method == "m2sfca" and w is not None:
                w = w * w
            access += _spread(ch, ratio, w)
    if feedback is not None and feedback(1.0):
        raise InterruptedError("canceled")
    return _result(demand, supply, access, ratio, catch, cost_nearest, nearest_idx, n_reach)
