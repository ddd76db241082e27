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
of labels over the minutes of a range query. One round, for each origin:

1. board: ``L(board event)`` = the prefix maximum, over its stop's board events in time
   order, of the access walks (the latest minute ``m`` with ``t + m + walk <= dep``) and
   of the labels pushed there by transfers;
2. ride: ``L(alight event)`` = the maximum ``L`` of the earlier board events of its run
   (a segmented prefix maximum); then the prefix maximum over each stop's alighting
   events in time order;
3. transfer: as RAPTOR marks the stops improved in a round, only the alighting events
   whose label rose and that now set their stop's prefix maximum push their label, through
   each transfer from their stop, to the first board event early enough at its end (a
   static index computed once per call), and only where it beats the board label there;
until no label rises. Then for each stop and minute the earliest arrival is the first
alighting event (in time order) whose ``L`` reaches that minute, the egress walks give the
destinations, and the direct walk bounds the result. Labels are whole numbers held with
a per-segment offset so that one ``np.maximum.accumulate`` does every segment at once.

Speed (bench/bench_transit.py, a 10,000-stop, 1,000,000-stop-time generated city, a
60-minute window): the preparation is about a second once per call, then some 50-70 ms
of CPU an origin. Large calls (``workers=None`` and at least :data:`PARALLEL_MIN_WORK`
origins x events) run blocks of origins in :data:`WORKERS` threads (NumPy releases the
GIL in its loops; threads, not processes, since QGIS must not be forked); ``feedback``
is called between blocks and cancels the blocks not started.

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
import threading
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
#: threads for the blocks of origins of a large call (``workers=None``)
WORKERS = 2
#: origins x stop events from which a call uses :data:`WORKERS` threads
PARALLEL_MIN_WORK = 20_000_000
_SENTINEL = 1e300


@dataclass
class TransitResult:
    """``cost``: (n_origins, n_destinations) percentile of the travel times over the
    window, minutes (inf: not reachable); ``minutes``: the travel time of each departure
    minute, (n_origins, n_destinations, window + 1), only with ``keep_minutes=True``."""

    cost: np.ndarray
    minutes: np.ndarray = None
    report: dict = field(default_factory=dict)
    #: with ``as_pairs=True``: the finite pair costs within the pair limit, as a sparse
    #: :class:`caremap.kernels.costs.Costs` (``cost`` is then None: never held dense)
    pairs: object = None

    def to_costs(self, max_cost=None):
        """The finite pair costs (``<= max_cost`` when given, inclusive) as a sparse
        :class:`caremap.kernels.costs.Costs`."""
        from .costs import Costs

        if self.pairs is not None:
            return self.pairs.within(max_cost)
        c = self.cost
        keep = np.isfinite(c) if max_cost is None else (c <= max_cost)
        o, d = np.nonzero(keep)
        return Costs(o, d, c[o, d], c.shape[0], c.shape[1], {"transit": dict(self.report)})


class TooManyPairs(Exception):
    """Raised by :func:`travel_times` with ``max_pairs`` when the pairs found exceed it:
    ``pairs`` found among the first ``origins_done`` of ``n_origins`` origins (a caller can
    extrapolate the whole table from them)."""

    def __init__(self, pairs, origins_done, n_origins):
        super().__init__(f"{pairs} pairs among the first {origins_done} of {n_origins} origins")
        self.pairs, self.origins_done, self.n_origins = int(pairs), int(origins_done), int(n_origins)

    def estimate(self, held_nbytes=0.0):
        """The memory of the whole run: a :class:`caremap.kernels.chunks.PairEstimate` of the
        pairs of every origin, extrapolated from the origins done (``pairs x n_origins /
        origins_done``), whose bytes add ``held_nbytes``, what the caller holds at the same
        time (its walks and one block), so that it exceeds the budget ``max_pairs`` was
        derived from."""
        from .chunks import PairEstimate, table_estimate

        whole = table_estimate(self.pairs * self.n_origins / max(self.origins_done, 1))
        return PairEstimate(whole.pairs, whole.nbytes + float(held_nbytes), whole.seconds)


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


def _seg_base(seg, span, dtype):
    """``seg * span + 1`` in ``dtype``: added to labels in -1..span-2, a plain prefix
    maximum of the sum restarts at each segment of the non-decreasing ``seg``."""
    return (np.asarray(seg, dtype=np.int64) * span + 1).astype(dtype)


def _first_at_least(sorted_val, seg_start, seg_end, seg, x, span, lo):
    """For each query, the index of the first element of segment ``seg`` of ``sorted_val``
    (sorted within each segment) that is ``>= x`` (exactly), ``seg_end[seg]`` if none.
    A binary search on the float key ``segment * span + (value - lo)`` (monotone in the
    value), then an exact fix-up."""
    g = np.repeat(np.arange(len(seg_start)), seg_end - seg_start) * span + (sorted_val - lo)
    k = np.searchsorted(g, seg * span + np.clip(x - lo, -0.5, span - 0.5), side="left")
    start, end = seg_start[seg], seg_end[seg]
    k = np.clip(k, start, end)
    last = max(len(sorted_val) - 1, 0)
    for _ in range(10_000):
        fwd = (k < end) & (sorted_val[np.minimum(k, last)] < x)
        back = (k > start) & (sorted_val[np.maximum(k - 1, 0)] >= x) & ~fwd
        if not (fwd.any() or back.any()):
            break
        k = k + fwd - back
    return k


@dataclass
class _Plan:
    """What one call computes once for all its origins (read-only while blocks run)."""

    t0: float
    W: int
    bp: float
    n_destinations: int
    max_minutes: object
    max_rounds: float
    dtype: object
    span_l: int
    nB: int
    nA: int
    nE: int
    b_ev: np.ndarray  # board events (kept), in (stop, dep) order: their event index
    b_dep: np.ndarray
    b_base: np.ndarray  # segments: the stops
    bs_start: np.ndarray
    bs_end: np.ndarray
    run_base_m1: np.ndarray  # per event: keyed -1 (an empty label)
    b_rebase: np.ndarray  # board key -> event key
    a_prev: np.ndarray  # alight events (kept) in (stop, arr) order: the event before them
    a_rebase: np.ndarray  # event key -> alight key
    a_base: np.ndarray
    a_first: np.ndarray  # first alight event of its stop
    a_arr: np.ndarray
    a_col: np.ndarray  # the egress stop number of each alight event's stop (-1: none)
    push_ptr: np.ndarray  # transfers from each alight event: board targets
    push_tgt: np.ndarray
    push_base: np.ndarray  # the key base of each push's target
    ac_ptr: np.ndarray
    ac_o: np.ndarray
    ac_s: np.ndarray
    ac_w: np.ndarray
    n_cols: int
    eg_col: np.ndarray
    eg_d: np.ndarray
    eg_w: np.ndarray
    e_dests: np.ndarray
    e_start: np.ndarray
    e_identity: bool
    minutes_rev: np.ndarray
    percentile: float
    keep_minutes: bool
    direct_dense: object
    di: tuple


def _prepare(timetable_arrays, t0, W, mt, bp, max_minutes, ac, eg, tr, n_stops, n_origins,
             n_destinations, percentile, keep_minutes, dense_direct, di, max_rounds):
    run_ptr, ev_stop_all, arr_all, dep_all = timetable_arrays
    ac_o, ac_s, ac_w = ac
    eg_s, eg_d, eg_w = eg
    tr_a, tr_b, tr_w = tr
    S = n_stops
    # ---- the events that matter: boarding at or after t, alighting by the horizon
    t_end = np.inf if max_minutes is None else t0 + W + float(max_minutes)
    is_board = (dep_all >= t0) & (dep_all <= t_end)
    is_alight = (arr_all >= t0) & (arr_all <= t_end)
    ev = np.flatnonzero(is_board | is_alight)
    ev_run = np.repeat(np.arange(len(run_ptr) - 1), np.diff(run_ptr))[ev]
    nE = len(ev)
    if nE:
        seg_run = np.cumsum(np.r_[True, ev_run[1:] != ev_run[:-1]]) - 1
        same_prev = np.r_[False, seg_run[1:] == seg_run[:-1]]
        same_next = np.r_[seg_run[1:] == seg_run[:-1], False]
    else:
        seg_run = np.zeros(0, np.int64)
        same_prev = same_next = np.zeros(0, bool)
    ev_stop, ev_arr, ev_dep = ev_stop_all[ev], arr_all[ev], dep_all[ev]
    # a board event with no later event of its run, an alight event with no earlier one,
    # can carry nothing: left out
    Bv = np.flatnonzero(is_board[ev] & same_next)
    Bv = Bv[np.lexsort((ev_dep[Bv], ev_stop[Bv]))]
    b_stop, b_dep = ev_stop[Bv], ev_dep[Bv]
    A = np.flatnonzero(is_alight[ev] & same_prev)
    A = A[np.lexsort((ev_arr[A], ev_stop[A]))]
    a_stop, a_arr = ev_stop[A], ev_arr[A]
    nB, nA = len(Bv), len(A)
    stops = np.arange(S)
    bs_start = np.searchsorted(b_stop, stops, side="left")
    bs_end = np.searchsorted(b_stop, stops, side="right")
    lo = min(ev_arr.min(), ev_dep.min()) if nE else 0.0
    span = (max(ev_arr.max(), ev_dep.max()) - lo + 1.0) if nE else 1.0
    span_l = W + 2
    dtype = np.int64  # (int32 labels: slower prefix maxima in NumPy)

    # ---- transfers (with staying at the same stop, 0 minutes) from each alight event: the
    # first board event at the transfer's end stop early enough (static)
    tr_a = np.r_[tr_a, stops]
    tr_b = np.r_[tr_b, stops]
    tr_w = np.r_[tr_w, np.zeros(S)]
    o = np.lexsort((tr_w, tr_b, tr_a))
    tr_a, tr_b, tr_w = tr_a[o], tr_b[o], tr_w[o]
    first = np.r_[True, (tr_a[1:] != tr_a[:-1]) | (tr_b[1:] != tr_b[:-1])]
    tr_a, tr_b, tr_w = tr_a[first], tr_b[first], tr_w[first]
    has_board = bs_end > bs_start
    ok = has_board[tr_b]
    tr_a, tr_b, tr_w = tr_a[ok], tr_b[ok], tr_w[ok]
    tr_ptr = np.searchsorted(tr_a, np.arange(S + 1), side="left")
    deg = tr_ptr[a_stop + 1] - tr_ptr[a_stop]
    n_pairs = int(deg.sum())
    p_src = np.repeat(np.arange(nA), deg)
    p_tr = np.repeat(tr_ptr[a_stop] - np.r_[0, np.cumsum(deg)[:-1]], deg) + np.arange(n_pairs)
    p_b = tr_b[p_tr]
    x = ((a_arr[p_src] + tr_w[p_tr]) + mt) + bp
    del p_tr
    k = _first_at_least(b_dep, bs_start, bs_end, p_b, x, span, lo) if n_pairs else np.zeros(0, np.int64)
    valid = k < bs_end[p_b]
    del x, p_b
    p_src, k = p_src[valid], k[valid]
    push_ptr = np.searchsorted(p_src, np.arange(nA + 1), side="left")
    push_tgt = k.astype(np.int64)
    del p_src, k, valid

    # ---- egress: the stops with an egress walk get a column; pairs grouped by destination
    cols = np.unique(eg_s)
    col_of = np.full(S, -1, np.int64)
    col_of[cols] = np.arange(len(cols))
    oe = np.lexsort((eg_s, eg_d))
    eg_s, eg_d, eg_w = eg_s[oe], eg_d[oe], eg_w[oe]
    e_dests, e_start = np.unique(eg_d, return_index=True)
    e_identity = len(e_dests) == len(eg_d)  # one egress walk a destination: no reduction

    run_base = _seg_base(seg_run, span_l, dtype)
    b_base = _seg_base(b_stop, span_l, dtype)
    a_base = _seg_base(a_stop, span_l, dtype)
    ac_ptr = np.searchsorted(ac_o, np.arange(n_origins + 1), side="left")
    return _Plan(
        t0=t0, W=W, bp=bp, n_destinations=n_destinations, max_minutes=max_minutes,
        max_rounds=max_rounds, dtype=dtype, span_l=span_l, nB=nB, nA=nA, nE=nE,
        b_ev=Bv, b_dep=b_dep, b_base=b_base, bs_start=bs_start, bs_end=bs_end,
        run_base_m1=run_base - 1, b_rebase=run_base[Bv] - b_base, a_prev=A - 1,
        a_rebase=a_base - run_base[A - 1], a_base=a_base,
        a_first=np.r_[True, a_stop[1:] != a_stop[:-1]] if nA else np.zeros(0, bool),
        a_arr=a_arr, a_col=col_of[a_stop], push_ptr=push_ptr, push_tgt=push_tgt, push_base=b_base[push_tgt],
        ac_ptr=ac_ptr, ac_o=ac_o, ac_s=ac_s, ac_w=ac_w, n_cols=len(cols), eg_col=col_of[eg_s], eg_d=eg_d, eg_w=eg_w,
        e_dests=e_dests, e_start=e_start, e_identity=e_identity,
        minutes_rev=t0 + (W - np.arange(W + 1, dtype=np.float64)), percentile=float(percentile),
        keep_minutes=keep_minutes, direct_dense=dense_direct, di=di)


def _scatter_max(flat, idx, val):
    """``flat[idx] = max(flat[idx], val)`` where ``idx`` may repeat: written as a plain
    assignment, then the writes lost to a repeated index are written again (each pass
    raises every value it touches, so this ends; few repeats, few passes)."""
    while len(idx):
        flat[idx] = np.maximum(flat[idx], val)
        lost = flat[idx] < val
        idx, val = idx[lost], val[lost]


def _stop_prev(pm, first):
    """The label of the alighting event before, at the same stop (-1 at a stop's first)."""
    prev = np.empty_like(pm)
    if pm.shape[1]:
        prev[:, 0] = -1
        prev[:, 1:] = pm[:, :-1]
        prev[:, first] = -1
    return prev


def _rounds(p, o0, o1, feedback_round=None):
    """Labels ``pm`` (block, alight events in (stop, arrival) order) of the origins
    o0..o1 and the most rounds: see :func:`_rounds_one`."""
    pm = np.empty((o1 - o0, p.nA), dtype=np.int64)
    most = 0
    for o in range(o0, o1):
        pm[o - o0], r = _rounds_one(p, o, feedback_round)
        most = max(most, r)
    return pm, most


def _rounds_one(p, o, feedback_round=None):
    """The rounds for origin ``o``. Returns the labels ``pm`` (alight events in (stop,
    arrival) order): the latest departure minute from which some alighting at that stop
    by that event's arrival is reached (the prefix maximum over the stop), and the number
    of rounds. Labels are kept *keyed*: label + segment base (see :func:`_seg_base`), so
    that a plain prefix maximum restarts at each segment."""
    W, bp, t0 = p.W, p.bp, p.t0
    # access: latest minute m with (t0 + m) + w + bp <= dep at each board event of the stop
    ia = np.arange(p.ac_ptr[o], p.ac_ptr[o + 1])
    s = p.ac_s[ia]
    cnt = p.bs_end[s] - p.bs_start[s]
    q_b = np.repeat(p.bs_start[s] - np.r_[0, np.cumsum(cnt)[:-1]], cnt) + np.arange(cnt.sum())
    w = np.repeat(p.ac_w[ia], cnt)
    d = p.b_dep[q_b]
    m = np.clip(np.floor(d - w - bp - t0), -1, W).astype(np.int64)
    for _ in range(64):
        down = (m >= 0) & ~(((t0 + m) + w) + bp <= d)
        up = (m + 1 <= W) & (((t0 + (m + 1)) + w) + bp <= d) & ~down
        if not (down.any() or up.any()):
            break
        m = m - down + up
    Pk = p.b_base - 1  # keyed -1
    Pk[q_b] = m + p.b_base[q_b]  # one access walk a stop: each board event once
    pmk_old = p.a_base - 1
    key = np.empty(p.nE, dtype=np.int64)
    mark = np.empty(p.nA, dtype=bool)
    rounds = 0
    while True:
        # board labels: the prefix maximum over each stop's board events in time order
        bk = np.maximum.accumulate(Pk)
        # ride: an alight event gets the largest label of the earlier board events of its run
        key[:] = p.run_base_m1
        key[p.b_ev] = bk + p.b_rebase
        np.maximum.accumulate(key, out=key)
        pmk = key[p.a_prev]
        pmk += p.a_rebase
        # the prefix maximum over each stop's alighting events in time order
        np.maximum.accumulate(pmk, out=pmk)
        rounds += 1
        if feedback_round is not None:
            feedback_round(rounds)
        # the alight events whose label rose and that now set their stop's prefix maximum
        # (keyed, a stop's first event always does): only they push their label through
        # the transfers, as RAPTOR marks the stops improved in a round
        if p.nA:
            mark[0] = True
            np.greater(pmk[1:], pmk[:-1], out=mark[1:])
            mark &= pmk > pmk_old
        mi = np.flatnonzero(mark)
        if rounds >= p.max_rounds or not len(mi):
            return pmk - p.a_base, rounds
        pmk_old = pmk
        c = p.push_ptr[mi + 1] - p.push_ptr[mi]
        cc = np.cumsum(c)
        tot = int(cc[-1])
        if tot == 0:
            return pmk - p.a_base, rounds
        pos = np.repeat(p.push_ptr[mi] - (cc - c), c) + np.arange(tot)
        val = np.repeat(pmk[mi] - p.a_base[mi], c)
        val += p.push_base[pos]
        tgt = p.push_tgt[pos]
        # only a push above the board label there (the stop's prefix maximum) can matter
        keep = val > bk[tgt]
        _scatter_max(Pk, tgt[keep], val[keep])


def _finish(p, pm, o0, o1):
    """Travel times (block, destinations, minutes) from the labels, and their percentile."""
    nb, M, nd = o1 - o0, p.W + 1, p.n_destinations
    if p.direct_dense is not None:
        dd = np.array(p.direct_dense[o0:o1], dtype=np.float64)
    else:
        di_o, di_d, di_w = p.di
        sel = slice(np.searchsorted(di_o, o0), np.searchsorted(di_o, o1))
        dd = np.full((nb, nd), np.inf)
        dd[di_o[sel] - o0, di_d[sel]] = di_w[sel]
    if p.max_minutes is not None:
        dd[dd > p.max_minutes] = np.inf
    cost = dd.copy()  # destinations without an egress walk: the direct walk, every minute
    kept = np.repeat(dd[:, :, None], M, axis=2) if p.keep_minutes else None
    if not (p.n_cols and len(p.e_dests)):
        return cost, kept
    # one origin at a time, the egress stops it reaches only: the earliest arrival at each
    # for each minute, minutes reversed (j = W - m); the records of the prefix maximum are
    # the only alighting events needed
    rec = (pm > _stop_prev(pm, p.a_first)) & (p.a_col >= 0)
    big = np.finfo(np.float64).max if p.max_minutes is None else p.max_minutes
    cmap = np.full(p.n_cols, -1, np.int64)
    for r in range(nb):
        ri = np.flatnonzero(rec[r])
        if not len(ri):
            continue
        col = p.a_col[ri]  # non-decreasing (alight events are in stop order)
        new = np.r_[True, col[1:] != col[:-1]]
        rc = col[new]
        ea = np.full((len(rc), M), np.inf)
        ea[np.cumsum(new) - 1, p.W - pm[r, ri]] = p.a_arr[ri]
        np.minimum.accumulate(ea, axis=1, out=ea)
        cmap[rc] = np.arange(len(rc))
        sel = np.flatnonzero(cmap[p.eg_col] >= 0)
        ecol, ew, edest = cmap[p.eg_col[sel]], p.eg_w[sel], p.eg_d[sel]
        cmap[rc] = -1
        if not len(sel):
            continue
        starts = np.flatnonzero(np.r_[True, edest[1:] != edest[:-1]])
        dests = edest[starts]
        tt = ea[ecol]
        tt += ew[:, None]
        if len(starts) != len(sel):
            tt = np.minimum.reduceat(tt, starts, axis=0)
        tt -= p.minutes_rev
        np.minimum(tt, dd[r, dests][:, None], out=tt)
        # +inf (and anything above max_minutes) as a finite sentinel that sorts last
        np.putmask(tt, tt > big, _SENTINEL)
        if p.keep_minutes:
            kept[r, dests, :] = np.where(tt == _SENTINEL, np.inf, tt)[:, ::-1]
        pc = _percentile_last_axis(tt, p.percentile)
        pc[pc > _SENTINEL * 1e-100] = np.inf
        cost[r, dests] = pc
    return cost, kept


def _virtual_index(n, q):
    """NumPy's virtual index of the linear percentile ``q`` of ``n`` values (its own
    formula, in the same floating-point operations: ``method='linear'``, NumPy >= 1.22)."""
    quantile = np.true_divide(np.float64(q), 100)
    return n * quantile + (1 + quantile * (1 - 1 - 1)) - 1


def _lerp_numpy(a, b, n, q):
    """What ``np.percentile`` (``method='linear'``, NumPy >= 1.22) returns for ``n`` values
    whose order statistics at ``floor((n - 1) q / 100)`` and the next are ``a`` and ``b``
    (its own formulas, in the same floating-point operations)."""
    virtual = _virtual_index(n, q)
    if virtual >= n - 1:
        return np.array(a, copy=True) if np.ndim(a) else a  # the last value: lerp(b, b)
    lo = np.floor(virtual) if virtual >= 0 else np.float64(0.0)
    t = virtual - lo
    diff = np.subtract(b, a)
    out = np.add(a, diff * t)
    if t >= 0.5:
        out = np.subtract(b, diff * (1 - t))
    return out


_LERP_OK = {}


def _lerp_matches(n, q):
    """Whether :func:`_lerp_numpy` gives exactly ``np.percentile`` for (n, q) here (checked
    once on random rows; otherwise the caller uses ``np.percentile`` itself)."""
    key = (int(n), float(q))
    if key not in _LERP_OK:
        rng = np.random.default_rng(12345)
        x = np.sort(np.round(rng.random((257, n)) * rng.choice([1.0, 7.3, 1e3], (257, 1)), rng.integers(0, 4)), axis=-1)
        x[:8] = x[:8, :1]  # equal values too
        ref = np.percentile(x, q, axis=-1)
        lo, hi = _order_positions(n, q)
        _LERP_OK[key] = bool(np.array_equal(_lerp_numpy(x[:, lo], x[:, hi], n, q), ref))
    return _LERP_OK[key]


def _order_positions(n, q):
    """The two order statistics (0-based) that the linear percentile ``q`` of n values reads."""
    virtual = _virtual_index(n, q)
    if virtual >= n - 1:
        return n - 1, n - 1
    lo = int(np.floor(virtual)) if virtual >= 0 else 0
    return lo, min(lo + 1, n - 1)


def _percentile_last_axis(x, q):
    """``np.percentile(x, q, axis=-1)`` for finite ``x``, bit for bit: rows of one value
    are that value; the others are partitioned at the two order statistics read (NumPy's
    own percentile also partitions, with more copies and checks)."""
    n = x.shape[-1]
    if n == 0 or not _lerp_matches(n, q):
        return np.percentile(x, q, axis=-1)
    flat = x.reshape(-1, n)
    mn = flat.min(axis=1)
    out = mn.copy()
    vary = np.flatnonzero(flat.max(axis=1) != mn)
    if len(vary):
        lo, hi = _order_positions(n, q)
        part = np.partition(flat[vary], sorted({lo, hi}), axis=1)
        out[vary] = _lerp_numpy(part[:, lo], part[:, hi], n, q)
    return out.reshape(x.shape[:-1])


def travel_times(timetable, departure, window, access, egress, *, n_origins, n_destinations,
                 transfers=None, direct=None, percentile=DEFAULT_PERCENTILE, max_minutes=None,
                 min_transfer_minutes=0.0, boarding_minutes=0.0, max_transfers=None,
                 keep_minutes=False, feedback=None, block_cells=BLOCK_CELLS, workers=None,
                 as_pairs=False, pair_limit=None, max_pairs=None):
    """Travel times by public transport and walking (see the module docstring for the rule).

    ``timetable``: a :class:`caremap.kernels.gtfs.Timetable` (or any object with
    ``run_ptr``, ``stop``, ``arr``, ``dep`` and ``n_stops``), times in minutes after the
    service day's midnight; ``departure``: the first departure minute, same clock;
    ``window``: whole minutes >= 0. ``access``/``egress``/``transfers``/``direct``: sparse
    ``(from, to, minutes)`` triples (``direct`` may be a dense (n_origins, n_destinations)
    array, inf where no walk); a pair given twice keeps its least minutes.
    ``max_transfers``: at most this many transfers (None: any number).
    ``workers``: threads computing blocks of origins at once (None: :data:`WORKERS` when
    the work is at least :data:`PARALLEL_MIN_WORK`, else 1); the result does not depend on it.
    ``as_pairs``: never hold the (n_origins, n_destinations) table: each block of origins
    keeps only its finite pair costs ``<= pair_limit`` (None: every finite one), returned
    as ``TransitResult.pairs`` (the same pairs and costs as ``to_costs(pair_limit)`` of the
    dense result), so memory follows the pairs within reach and one block; with
    ``max_pairs``, :class:`TooManyPairs` is raised as soon as more pairs than that are found.
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
    ac = _sparse(access, n_origins, n_stops, "access walks")
    eg = _sparse(egress, n_stops, n_destinations, "egress walks")
    tr = _sparse(transfers, n_stops, n_stops, "transfer walks")
    dense_direct, di = None, None
    if direct is not None and not isinstance(direct, tuple):
        dense_direct = np.asarray(direct, dtype=np.float64)
        if dense_direct.shape != (n_origins, n_destinations):
            raise ValueError(f"direct walks: a dense array must be {n_origins} x {n_destinations}")
        if np.isnan(dense_direct).any() or (dense_direct < 0).any():
            raise ValueError("direct walks: minutes must be >= 0 (inf where there is no walk)")
    else:
        di = _sparse(direct, n_origins, n_destinations, "direct walks")

    clock, cpu_clock = time.perf_counter(), time.process_time()
    timing = {"prepare": 0.0, "rounds": 0.0, "arrivals": 0.0}
    max_rounds = np.inf if max_transfers is None else int(max_transfers) + 1
    p = _prepare((run_ptr, ev_stop_all, arr_all, dep_all), departure, W, mt, bp, max_minutes, ac, eg, tr,
                 n_stops, n_origins, n_destinations, percentile, keep_minutes, dense_direct, di, max_rounds)
    M = W + 1
    widest = max(p.nE, p.nB + p.nA, p.n_cols * M, len(p.eg_col) * M, n_destinations * M, 1)
    block = int(max(1, min(n_origins, block_cells // widest)))
    starts = list(range(0, n_origins, block))
    n_blocks = len(starts)
    if workers is None:
        workers = WORKERS if (n_blocks >= 2 and n_origins * max(p.nE, 1) >= PARALLEL_MIN_WORK) else 1
    workers = int(max(1, min(int(workers), n_blocks)))
    if as_pairs and keep_minutes:
        raise ValueError("as_pairs keeps no per-minute times: use keep_minutes with the dense result")
    if pair_limit is not None and not pair_limit >= 0:
        raise ValueError(f"pair_limit must be >= 0, got {pair_limit!r}")
    cost = None if as_pairs else np.full((n_origins, n_destinations), np.inf)
    block_pairs = {}  # block index -> (origin, destination, minutes) within the pair limit
    found = [0, 0]  # pairs kept, origins done
    found_lock = threading.Lock()
    kept = np.full((n_origins, n_destinations, M), np.inf) if keep_minutes else None
    timing["prepare"] += time.perf_counter() - clock
    cpu_prepare = time.process_time() - cpu_clock
    stats = {"rounds": 0}
    canceled = []

    def run_block(bi, on_round=None):
        if canceled:
            raise InterruptedError("canceled")
        o0 = starts[bi]
        o1 = min(n_origins, o0 + block)
        c0 = time.perf_counter()
        pm, rounds = _rounds(p, o0, o1, on_round)
        c1 = time.perf_counter()
        block_cost, k = _finish(p, pm, o0, o1)
        if as_pairs:
            keep = np.isfinite(block_cost) if pair_limit is None else (block_cost <= pair_limit)
            o, d = np.nonzero(keep)
            block_pairs[bi] = (o + o0, d, block_cost[o, d])
            with found_lock:
                found[0] += len(o)
                found[1] += o1 - o0
                over = max_pairs is not None and found[0] > max_pairs
                so_far = tuple(found)
            if over:
                raise TooManyPairs(so_far[0], so_far[1], n_origins)
        else:
            cost[o0:o1] = block_cost
        if keep_minutes:
            kept[o0:o1] = k
        timing["rounds"] += c1 - c0
        timing["arrivals"] += time.perf_counter() - c1
        stats["rounds"] = max(stats["rounds"], rounds)

    if workers == 1:
        for bi in range(n_blocks):
            def on_round(rounds, bi=bi):
                if feedback is not None and feedback((bi + min(rounds, 20) / 21.0) / n_blocks):
                    raise InterruptedError("canceled")
            run_block(bi, on_round)
            if feedback is not None and feedback((bi + 1.0) / n_blocks):
                raise InterruptedError("canceled")
    else:
        # threads: NumPy releases the GIL in its loops; each block writes its own rows
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        def on_round(rounds):
            if canceled:
                raise InterruptedError("canceled")

        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending = {pool.submit(run_block, bi, on_round) for bi in range(n_blocks)}
            done_n = 0
            try:
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in done:
                        f.result()
                        done_n += 1
                    if feedback is not None and feedback(done_n / n_blocks):
                        raise InterruptedError("canceled")
            except BaseException:
                canceled.append(True)
                for f in pending:
                    f.cancel()
                raise
    report = {"events": int(p.nE), "board_events": int(p.nB), "alight_events": int(p.nA),
              "transfer_pushes": int(len(p.push_tgt)), "rounds": int(stats["rounds"]), "block": block,
              "workers": workers, "seconds": {k: round(v, 3) for k, v in timing.items()},
              "cpu_seconds": {"prepare": round(cpu_prepare, 3), "all": round(time.process_time() - cpu_clock, 3)}}
    pairs = None
    if as_pairs:
        from .costs import Costs

        parts = [block_pairs[bi] for bi in range(n_blocks)]
        if parts:
            o, d, c = (np.concatenate([q[i] for q in parts]) for i in range(3))
        else:
            o, d, c = np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
        pairs = Costs(o.astype(np.int64), d.astype(np.int64), c, n_origins, n_destinations,
                      {"transit": dict(report)})
    return TransitResult(cost=cost, minutes=kept, report=report, pairs=pairs)


def exact_max_minutes(limit, percentile, window):
    """``limit`` (minutes) when :func:`travel_times` may be given it as ``max_minutes``
    without changing any percentile at or below it, else None (every time must count):
    only when the percentile of the ``window + 1`` times reads one order statistic alone
    (NumPy's virtual index, computed as NumPy does, is a whole number or the last one), so
    that no time beyond the limit is interpolated with. ``limit`` None gives None."""
    if limit is None:
        return None
    n = int(window) + 1
    virtual = _virtual_index(n, percentile)
    return float(limit) if (virtual >= n - 1 or virtual == np.floor(virtual)) else None


def direct_walk_cap(limit, percentile, window):
    """The longest direct walk (minutes) that can change a pair cost at or below ``limit``
    (the caller drops the pairs beyond it), so that the direct walks longer than it may be
    left out with the same results: each minute's time is min(ride, walk), so leaving out a
    walk only raises times that were above the cap; the percentile of the ``window + 1``
    times reads the order statistic ``lo`` and, with weight ``t`` in (0, 1), the next one,
    and a result <= ``limit`` needs ``x_lo <= limit`` and ``t x_hi <= limit``: the cap is
    ``limit`` when one order statistic is read, else ``limit / t`` (with a margin of 1e-9
    for the floating-point lerp). ``limit`` None gives None (no cap)."""
    if limit is None:
        return None
    n = int(window) + 1
    virtual = _virtual_index(n, percentile)
    t = 0.0 if virtual >= n - 1 else float(virtual - (np.floor(virtual) if virtual >= 0 else 0.0))
    cap = float(limit) if t <= 0 else float(limit) / t
    return cap * (1 + 1e-9) + 1e-9


def percentile_minutes(tt, q):
    """``np.percentile(tt, q, axis=-1)`` (linear interpolation) where +inf sorts last: a
    percentile that falls on or next to an infinite time is inf."""
    tt = np.array(tt, dtype=np.float64)
    np.putmask(tt, np.isinf(tt), _SENTINEL)
    out = np.asarray(_percentile_last_axis(tt, q), dtype=np.float64)
    out[out > _SENTINEL * 1e-100] = np.inf
    return out if out.ndim else out[()]
