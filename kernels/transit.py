"""Public-transport travel times: origins x destinations over a window of departure minutes.

Semantics, for one departure minute ``t`` (the tests' brute-force reference holds to this):

- walk from the origin to any stop of its access list (the caller keeps only walks within
  MAX_WALK); board any run that leaves that stop at or after the arrival there; ride to any
  later stop of the run; between two rides, one walk from the stop left to a stop of its
  transfer list (staying at the same stop is always a transfer of 0 minutes); walks do not
  chain; from any stop, one walk of its egress list to the destination; walking the whole
  way directly (``direct``) is always allowed, with no cap. Any number of transfers.
- Boarding at a stop reached at time ``r`` needs ``r + boarding_minutes <= dep``, where
  ``r = (t + access walk)`` for the first ride and ``r = (arr + transfer walk) +
  min_transfer_minutes`` after a ride (both optional, default 0).
- Travel time = arrival - t, in fractional minutes, never rounded; +inf if the destination
  cannot be reached (no route and no direct walk). With ``max_minutes``, only runs within
  ``[t, t + window + max_minutes]`` are read and every travel time above ``max_minutes``
  is +inf (as r5's maximum trip duration); without it every run of the day counts.
- Window: the departure minutes ``t, t+1, ..., t+window`` (window + 1 of them); the cost of
  a pair is the ``percentile`` of its travel times over them, with NumPy's default linear
  interpolation (``np.percentile``); an infinite time sorts last.

Algorithm. Rounds as in RAPTOR (Delling, Pajor, Werneck 2012: round k finds the journeys
with k rides), over the stop events of the runs (not route by route), vectorised with NumPy,
with *profile* labels as in the profile connection scan (Dibbelt, Pannek, Strasser, Wagner
2013): since leaving earlier never hurts, the departure minutes from which an event can be
reached are a prefix ``0..L`` of the window, so each event holds one integer ``L`` (the
latest departure minute reaching it, -1 none) for all minutes at once, as rRAPTOR's reuse
of labels over the minutes of a range query. One round, for every origin of a block:

1. board: ``L(board event)`` = the best of the access walks (the latest minute ``m`` with
   ``t + m + walk <= dep``) and, for every transfer into its stop, the prefix maximum of
   ``L`` over the events alighting at the transfer's source stop early enough (a static
   index computed once per call);
2. ride: ``L(alight event)`` = the maximum ``L`` of the earlier board events of its run (a
   segmented prefix maximum);
until no label changes. Then for each stop and minute the earliest arrival is the first
alighting event (in time order) whose ``L`` reaches that minute, the egress walks give the
destinations, and the direct walk bounds the result.

Kernel API for the cost modes (the adapter computes the walks: within MAX_WALK, in minutes,
straight line x DETOUR at SPEED or on the network; :func:`straight_walks` does the former):

    tt = gtfs.timetable(gtfs.read_feed(path), date)            # kernels/gtfs.py
    res = travel_times(tt, departure_minutes, window,
                       access=(origin_idx, stop_idx, minutes),   # origins -> stops
                       egress=(stop_idx, dest_idx, minutes),     # stops -> destinations
                       transfers=(from_stop, to_stop, minutes),  # stop -> stop
                       direct=(origin_idx, dest_idx, minutes) or a dense (n_o, n_d) array,
                       n_origins=..., n_destinations=..., percentile=50, feedback=progress)
    res.cost                  # (n_origins, n_destinations) percentile minutes, inf = none
    costs = res.to_costs(max_cost)   # kernels.costs.Costs of the pairs within max_cost

Bad input raises ``ValueError``; ``feedback(fraction) -> True`` raises ``InterruptedError``.
"""
import time
from dataclasses import dataclass, field

import numpy as np

from ._lazy import lazy_name

cKDTree = lazy_name("scipy.spatial", "cKDTree")

#: default percentile of the travel times over the window (the median, as r5 reports)
DEFAULT_PERCENTILE = 50.0
#: default longest walk of each access, egress and transfer walk, metres
DEFAULT_MAX_WALK_M = 1000.0
#: cells of the largest per-block array (origins x events or origins x stops x minutes)
BLOCK_CELLS = 4_000_000
_SENTINEL = 1e300


@dataclass
class TransitResult:
    """``cost``: (n_origins, n_destinations) percentile of the travel times over the
    window, minutes (inf: not reachable); ``minutes``: the travel time of each departure
    minute, (n_origins, n_destinations, window + 1), only with ``keep_minutes=True``."""

    cost: np.ndarray
    minutes: np.ndarray = None
    report: dict = field(default_factory=dict)

    def to_costs(self, max_cost=None):
        """The finite pair costs (``<= max_cost`` when given, inclusive) as a sparse
        :class:`caremap.kernels.costs.Costs`."""
        from .costs import Costs

        c = self.cost
        keep = np.isfinite(c) if max_cost is None else (c <= max_cost)
        o, d = np.nonzero(keep)
        return Costs(o, d, c[o, d], c.shape[0], c.shape[1], {"transit": dict(self.report)})


def straight_walks(from_xy, to_xy, max_walk_m, speed_kmh, detour=1.0):
    """Walks within ``max_walk_m`` (inclusive) of straight line x ``detour`` metres:
    ``(from_idx, to_idx, minutes)`` at ``speed_kmh``. Coordinates in metres."""
    from_xy = np.asarray(from_xy, dtype=float).reshape(-1, 2)
    to_xy = np.asarray(to_xy, dtype=float).reshape(-1, 2)
    if not speed_kmh > 0 or not detour >= 1 or not max_walk_m >= 0:
        raise ValueError("walks need a speed > 0, a detour >= 1 and a longest walk >= 0")
    if len(from_xy) == 0 or len(to_xy) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    radius = max_walk_m / detour
    sm = cKDTree(to_xy).sparse_distance_matrix(cKDTree(from_xy), radius * (1 + 1e-12), output_type="coo_matrix")
    j, i, dist = sm.row, sm.col, sm.data
    walked = dist * detour
    ok = walked <= max_walk_m
    i, j, walked = i[ok], j[ok], walked[ok]
    # sparse_distance_matrix leaves out zero distances: add the coincident points
    zi = cKDTree(from_xy).query_ball_tree(cKDTree(to_xy), 0.0)
    zf = np.repeat(np.arange(len(zi)), [len(z) for z in zi])
    zt = np.array([k for z in zi for k in z], dtype=np.int64)
    i = np.r_[i, zf].astype(np.int64)
    j = np.r_[j, zt].astype(np.int64)
    walked = np.r_[walked, np.zeros(len(zf))]
    pair = np.unique(np.c_[i, j], axis=0, return_index=True)[1] if len(i) else np.zeros(0, np.int64)
    i, j, walked = i[pair], j[pair], walked[pair]
    return i, j, walked / (speed_kmh * 1000.0 / 60.0)


def _sparse(triple, n_from, n_to, what):
    """Check a sparse ``(from_idx, to_idx, minutes)`` triple; keep the least minutes of a
    pair given twice. Returns int64, int64, float64 arrays sorted by (from, to)."""
    if triple is None:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    try:
        a, b, w = triple
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be three arrays (from index, to index, minutes)") from None
    a = np.asarray(a).ravel()
    b = np.asarray(b).ravel()
    w = np.asarray(w, dtype=np.float64).ravel()
    if not len(a) == len(b) == len(w):
        raise ValueError(f"{what}: the three arrays must have the same length")
    if len(a) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    if not (np.issubdtype(a.dtype, np.integer) and np.issubdtype(b.dtype, np.integer)):
        raise ValueError(f"{what}: the indices must be whole numbers")
    a = a.astype(np.int64)
    b = b.astype(np.int64)
    if a.min() < 0 or a.max() >= n_from or b.min() < 0 or b.max() >= n_to:
        raise ValueError(f"{what}: an index is out of range (0..{n_from - 1} and 0..{n_to - 1})")
    if not np.all(np.isfinite(w)) or (w < 0).any():
        raise ValueError(f"{what}: the walk minutes must be finite and >= 0")
    order = np.lexsort((w, b, a))
    a, b, w = a[order], b[order], w[order]
    first = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
    return a[first], b[first], w[first]


def _seg_cummax(vals, seg, span):
    """Prefix maximum of ``vals`` (ints in -1..span-2, shape (B, n)) restarting at each
    segment of the non-decreasing ``seg`` (n,)."""
    base = seg.astype(np.int64) * span + 1
    key = vals.astype(np.int64) + base
    np.maximum.accumulate(key, axis=1, out=key)
    key -= base
    return key


def _last_before(sorted_arr, seg_start, seg_end, src, limit_ok, approx_limit, span, lo):
    """Index of the last element of segment ``src`` of ``sorted_arr`` (sorted within each
    segment) for which ``limit_ok(value, k)`` holds, ``seg_start[src] - 1`` if none;
    ``approx_limit`` is the value bound for the binary search, refined by the exact test."""
    g = np.repeat(np.arange(len(seg_start)), seg_end - seg_start) * span + (sorted_arr - lo)
    k = np.searchsorted(g, src * span + np.clip(approx_limit - lo, -1.0, span - 1.0), side="right") - 1
    start, end = seg_start[src], seg_end[src]
    k = np.clip(k, start - 1, end - 1)
    for _ in range(64):
        back = (k >= start) & ~limit_ok(sorted_arr[np.maximum(k, 0)], np.arange(len(k)))
        fwd = (k + 1 < end) & limit_ok(sorted_arr[np.minimum(k + 1, len(sorted_arr) - 1)], np.arange(len(k)))
        fwd &= ~back
        if not (back.any() or fwd.any()):
            break
        k = k - back + fwd
    return k


def travel_times(timetable, departure, window, access, egress, *, n_origins, n_destinations,
                 transfers=None, direct=None, percentile=DEFAULT_PERCENTILE, max_minutes=None,
                 min_transfer_minutes=0.0, boarding_minutes=0.0, max_transfers=None,
                 keep_minutes=False, feedback=None, block_cells=BLOCK_CELLS):
    """Travel times by public transport and walking (see the module docstring for the rule).

    ``timetable``: a :class:`caremap.kernels.gtfs.Timetable` (or any object with
    ``run_ptr``, ``stop``, ``arr``, ``dep`` and ``n_stops``), times in minutes after the
    service day's midnight; ``departure``: the first departure minute, same clock;
    ``window``: whole minutes >= 0. ``access``/``egress``/``transfers``/``direct``: sparse
    ``(from, to, minutes)`` triples (``direct`` may be a dense (n_origins, n_destinations)
    array, inf where no walk); a pair given twice keeps its least minutes.
    ``max_transfers``: at most this many transfers (None: any number).
    """
    run_ptr = np.asarray(timetable.run_ptr, dtype=np.int64)
    ev_stop_all = np.asarray(timetable.stop, dtype=np.int64)
    arr_all = np.asarray(timetable.arr, dtype=np.float64)
    dep_all = np.asarray(timetable.dep, dtype=np.float64)
    n_stops = int(timetable.n_stops)
    if not (len(ev_stop_all) == len(arr_all) == len(dep_all) == (run_ptr[-1] if len(run_ptr) else 0)):
        raise ValueError("timetable: stop, arr and dep must have one entry per stop time of the runs")
    if len(ev_stop_all) and (ev_stop_all.min() < 0 or ev_stop_all.max() >= n_stops):
        raise ValueError("timetable: a stop index is out of range")
    if not (np.all(np.isfinite(arr_all)) and np.all(np.isfinite(dep_all))):
        raise ValueError("timetable: every stop time needs a finite arrival and departure")
    departure = float(departure)
    if not np.isfinite(departure):
        raise ValueError("the departure minute must be a finite number")
    if window is None or float(window) != int(window) or int(window) < 0:
        raise ValueError(f"the window must be whole minutes >= 0, got {window!r}")
    W = int(window)
    if not 0 <= float(percentile) <= 100:
        raise ValueError(f"the percentile must be within 0..100, got {percentile!r}")
    for name, v in (("min_transfer_minutes", min_transfer_minutes), ("boarding_minutes", boarding_minutes)):
        if not (np.isfinite(v) and v >= 0):
            raise ValueError(f"{name} must be finite and >= 0, got {v!r}")
    if max_minutes is not None and not max_minutes >= 0:
        raise ValueError(f"max_minutes must be >= 0, got {max_minutes!r}")
    if max_transfers is not None and (int(max_transfers) != max_transfers or max_transfers < 0):
        raise ValueError(f"max_transfers must be a whole number >= 0, got {max_transfers!r}")
    n_origins, n_destinations = int(n_origins), int(n_destinations)
    mt, bp = float(min_transfer_minutes), float(boarding_minutes)
    ac_o, ac_s, ac_w = _sparse(access, n_origins, n_stops, "access walks")
    eg_s, eg_d, eg_w = _sparse(egress, n_stops, n_destinations, "egress walks")
    tr_a, tr_b, tr_w = _sparse(transfers, n_stops, n_stops, "transfer walks")
    dense_direct = None
    if direct is not None and not isinstance(direct, tuple):
        dense_direct = np.asarray(direct, dtype=np.float64)
        if dense_direct.shape != (n_origins, n_destinations):
            raise ValueError(f"direct walks: a dense array must be {n_origins} x {n_destinations}")
        if np.isnan(dense_direct).any() or (dense_direct < 0).any():
            raise ValueError("direct walks: minutes must be >= 0 (inf where there is no walk)")
    else:
        di_o, di_d, di_w = _sparse(direct, n_origins, n_destinations, "direct walks")

    clock = time.perf_counter()
    timing = {"prepare": 0.0, "rounds": 0.0, "arrivals": 0.0, "percentile": 0.0}
    # ---- the events that matter: boarding at or after t, alighting by the horizon
    t0 = departure
    t_end = np.inf if max_minutes is None else t0 + W + float(max_minutes)
    is_board = (dep_all >= t0) & (dep_all <= t_end)
    is_alight = (arr_all >= t0) & (arr_all <= t_end)
    keep = is_board | is_alight
    ev_run_all = np.repeat(np.arange(len(run_ptr) - 1), np.diff(run_ptr))
    ev = np.flatnonzero(keep)
    ev_run = ev_run_all[ev]
    seg_run = np.cumsum(np.r_[True, ev_run[1:] != ev_run[:-1]]) - 1 if len(ev) else np.zeros(0, np.int64)
    ev_stop, ev_arr, ev_dep = ev_stop_all[ev], arr_all[ev], dep_all[ev]
    same_run_prev = np.r_[False, seg_run[1:] == seg_run[:-1]] if len(ev) else np.zeros(0, bool)
    Bv = np.flatnonzero(is_board[ev])
    b_stop, b_dep = ev_stop[Bv], ev_dep[Bv]
    A = np.flatnonzero(is_alight[ev])
    oa = np.lexsort((ev_arr[A], ev_stop[A]))
    A = A[oa]
    a_stop, a_arr = ev_stop[A], ev_arr[A]
    a_start = np.searchsorted(a_stop, np.arange(n_stops), side="left")
    a_end = np.searchsorted(a_stop, np.arange(n_stops), side="right")
    lo = min(ev_arr.min(), ev_dep.min()) if len(ev) else 0.0
    span = (max(ev_arr.max(), ev_dep.max()) - lo + 1.0) if len(ev) else 1.0

    # ---- static transfer index: for each board event and each transfer into its stop, the
    # last alighting event at the source stop early enough
    tr_a = np.r_[tr_a, np.arange(n_stops)]
    tr_b = np.r_[tr_b, np.arange(n_stops)]
    tr_w = np.r_[tr_w, np.zeros(n_stops)]
    o = np.lexsort((tr_w, tr_a, tr_b))
    tr_a, tr_b, tr_w = tr_a[o], tr_b[o], tr_w[o]
    first = np.r_[True, (tr_a[1:] != tr_a[:-1]) | (tr_b[1:] != tr_b[:-1])]
    tr_a, tr_b, tr_w = tr_a[first], tr_b[first], tr_w[first]
    tr_ptr = np.searchsorted(tr_b, np.arange(n_stops + 1), side="left")
    deg = tr_ptr[b_stop + 1] - tr_ptr[b_stop]
    pair_b = np.repeat(np.arange(len(Bv)), deg)
    pair_tr = np.repeat(tr_ptr[b_stop] - np.r_[0, np.cumsum(deg)[:-1]], deg) + np.arange(deg.sum())
    p_src, p_w, p_dep = tr_a[pair_tr], tr_w[pair_tr], b_dep[pair_b]

    def transfer_ok(arr, k):
        return ((arr + p_w[k]) + mt) + bp <= p_dep[k]

    if len(pair_b):
        pk = _last_before(a_arr, a_start, a_end, p_src, transfer_ok, p_dep - p_w - mt - bp, span, lo)
        valid = pk >= a_start[p_src]
        pair_b, pk = pair_b[valid], pk[valid]
    else:
        pk = np.zeros(0, np.int64)
    hasp, pstart = np.unique(pair_b, return_index=True)

    # board events of each stop (for the access walks)
    ob = np.argsort(b_stop, kind="stable")
    bs_start = np.searchsorted(b_stop[ob], np.arange(n_stops), side="left")
    bs_end = np.searchsorted(b_stop[ob], np.arange(n_stops), side="right")

    # egress pairs grouped by destination
    oe = np.lexsort((eg_s, eg_d))
    eg_s, eg_d, eg_w = eg_s[oe], eg_d[oe], eg_w[oe]
    e_dests, e_start = np.unique(eg_d, return_index=True)

    nB, nA, nE, S, M = len(Bv), len(A), len(ev), n_stops, W + 1
    minutes_axis = t0 + np.arange(M, dtype=np.float64)
    cost = np.full((n_origins, n_destinations), np.inf)
    kept = np.full((n_origins, n_destinations, M), np.inf) if keep_minutes else None
    widest = max(nE, len(pk), S * M, len(eg_s) * M, n_destinations * M, 1)
    block = int(max(1, min(n_origins, block_cells // widest)))
    span_l = W + 2
    ac_ptr = np.searchsorted(ac_o, np.arange(n_origins + 1), side="left")
    max_rounds = np.inf if max_transfers is None else int(max_transfers) + 1
    rounds_max = 0
    n_blocks = (n_origins + block - 1) // block

    timing["prepare"] += time.perf_counter() - clock
    for bi, o0 in enumerate(range(0, n_origins, block)):
        clock = time.perf_counter()
        o1 = min(n_origins, o0 + block)
        nb = o1 - o0
        # access: latest minute m with (t0 + m) + w + bp <= dep at each board event
        ia = np.arange(ac_ptr[o0], ac_ptr[o1])
        cnt = bs_end[ac_s[ia]] - bs_start[ac_s[ia]]
        q_acc = np.repeat(ia, cnt)
        q_b = ob[np.repeat(bs_start[ac_s[ia]] - np.r_[0, np.cumsum(cnt)[:-1]], cnt) + np.arange(cnt.sum())]
        w, d = ac_w[q_acc], b_dep[q_b]
        m = np.clip(np.floor(d - w - bp - t0), -1, W).astype(np.int64)
        for _ in range(64):
            down = (m >= 0) & ~(((t0 + m) + w) + bp <= d)
            up = (m + 1 <= W) & (((t0 + (m + 1)) + w) + bp <= d) & ~down
            if not (down.any() or up.any()):
                break
            m = m - down + up
        l_acc = np.full((nb, nB), -1, dtype=np.int64)
        np.maximum.at(l_acc, (ac_o[q_acc] - o0, q_b), m) if len(m) else None
        l_board = l_acc
        l_alight = None
        rounds = 0
        while True:
            ev_val = np.full((nb, nE), -1, dtype=np.int64)
            ev_val[:, Bv] = l_board
            incl = _seg_cummax(ev_val, seg_run, span_l)
            excl = np.where(same_run_prev, np.roll(incl, 1, axis=1), -1)
            new_alight = excl[:, A]
            rounds += 1
            if feedback is not None and feedback((bi + min(rounds, 20) / 21.0) / n_blocks):
                raise InterruptedError("canceled")
            if l_alight is not None and np.array_equal(new_alight, l_alight):
                break
            l_alight = new_alight
            if rounds >= max_rounds:
                break
            pm = _seg_cummax(l_alight, a_stop, span_l)
            l_board = l_acc.copy()
            if len(pk):
                feed = np.maximum.reduceat(pm[:, pk], pstart, axis=1)
                l_board[:, hasp] = np.maximum(l_board[:, hasp], feed)
        rounds_max = max(rounds_max, rounds)
        timing["rounds"] += time.perf_counter() - clock
        clock = time.perf_counter()
        # earliest arrival at each stop for each minute: the alighting events that raise the
        # prefix maximum of L within their stop (in time order) are the only ones needed
        pm = _seg_cummax(l_alight, a_stop, span_l) if nA else np.zeros((nb, 0), np.int64)
        prev = np.where(np.r_[False, a_stop[1:] == a_stop[:-1]][None, :], np.roll(pm, 1, axis=1), -1)
        rec_o, rec_a = np.nonzero(pm > prev)
        ea = np.full((nb, S, M), np.inf)
        ea[rec_o, a_stop[rec_a], pm[rec_o, rec_a]] = a_arr[rec_a]
        ea = np.minimum.accumulate(ea[:, :, ::-1], axis=2)[:, :, ::-1]
        arrival = np.full((nb, n_destinations, M), np.inf)
        if len(eg_s):
            arrival[:, e_dests, :] = np.minimum.reduceat(ea[:, eg_s, :] + eg_w[None, :, None], e_start, axis=1)
        tt = arrival - minutes_axis
        if dense_direct is not None:
            np.minimum(tt, dense_direct[o0:o1, :, None], out=tt)
        elif len(di_o):
            sel = slice(np.searchsorted(di_o, o0), np.searchsorted(di_o, o1))
            dd = np.full((nb, n_destinations), np.inf)
            dd[di_o[sel] - o0, di_d[sel]] = di_w[sel]
            np.minimum(tt, dd[:, :, None], out=tt)
        if max_minutes is not None:
            tt[tt > max_minutes] = np.inf
        timing["arrivals"] += time.perf_counter() - clock
        clock = time.perf_counter()
        cost[o0:o1] = percentile_minutes(tt, percentile)
        timing["percentile"] += time.perf_counter() - clock
        if keep_minutes:
            kept[o0:o1] = tt
        if feedback is not None and feedback((bi + 1.0) / n_blocks):
            raise InterruptedError("canceled")
    report = {"events": int(nE), "board_events": int(nB), "alight_events": int(nA),
              "transfer_pairs": int(len(pk)), "rounds": int(rounds_max), "block": block,
              "seconds": {k: round(v, 3) for k, v in timing.items()}}
    return TransitResult(cost=cost, minutes=kept, report=report)


def percentile_minutes(tt, q):
    """``np.percentile(tt, q, axis=-1)`` (linear interpolation) where +inf sorts last: a
    percentile that falls on or next to an infinite time is inf."""
    tt = np.asarray(tt, dtype=np.float64)
    inf = np.isinf(tt)
    if not inf.any():
        return np.percentile(tt, q, axis=-1)
    out = np.percentile(np.where(inf, _SENTINEL, tt), q, axis=-1)
    out[out > _SENTINEL * 1e-100] = np.inf
    return out
