"""Pair tables under a memory budget: the pairs within a cost limit streamed in chunks, so
that at most about ``budget`` bytes of pair arrays live at once, whatever the number of
pairs (docs/architecture.md, Memory).

- :func:`estimate_pairs`: a cheap estimate of the pairs (from the neighbour counts of a
  sample of origins), the bytes their table would take and the time, logged before the work.
- :class:`StraightPairs`: straight-line pairs within a limit, found on a grid of cells
  (each cell of demand units against the facilities of the cells around it, in dense
  blocks), never stored: every pass of :func:`caremap.kernels.fca.accessibility`
  computes them again, chunk by chunk.
- :class:`CostsChunks`: a :class:`~caremap.kernels.costs.Costs` table given in chunks
  (the same sums; used by the tests to force many chunks on any table).

A stream's :meth:`PairStream.chunks` yields :class:`~caremap.kernels.costs.Costs` pieces
with global indices whose union is the whole table (every pair exactly once). Sums over
pairs (per facility, per demand unit) are added chunk by chunk, so the results equal the
ones over the whole table up to the order of the floating-point additions (about 1e-15).
"""
from dataclasses import dataclass, field

import numpy as np

from ._lazy import lazy_name
from .costs import Costs, _as_xy, straight_line_nearest

cKDTree = lazy_name("scipy.spatial", "cKDTree")

#: the default memory budget of the pair tables, in MB (2 GB), when the user sets none
#: (QGIS setting ``caremap/memory_budget_mb``)
DEFAULT_MEMORY_BUDGET_MB = 2048.0
#: bytes per pair of a table in memory and of the sums over it: demand index, facility
#: index and cost (8 bytes each), and the weights and temporaries of the accessibility sums
BYTES_PER_PAIR = 64
#: seconds per pair and per pass over the pairs, measured by bench/bench_scale.py
#: (straight lines, 2 cores); only for the time logged before the work
SECONDS_PER_PAIR = 6e-8
#: at most this many pairs in one chunk (about 0.1 s of work), so a cancel is seen within a
#: second; arrays of this size (16 MB) are reused by the allocator rather than mapped afresh
MAX_CHUNK_PAIRS = 2_000_000
#: at most this many distances in one dense block (16 MB of float64), for the same reasons
MAX_BLOCK_ELEMENTS = 2_000_000
#: the work model choosing the grid cells of :class:`StraightPairs` (seconds, measured on
#: these machines with bench/io_floor.py and bench/bench_scale.py): per cell of demand units,
#: per row of cells searched around it, per distance computed
CELL_SECONDS = 40e-6
ROW_SECONDS = 6e-6
DISTANCE_SECONDS = 6e-9
#: how many origins are sampled by :func:`estimate_pairs`
ESTIMATE_SAMPLE = 2000


def budget_bytes(budget_mb=None):
    """The memory budget in bytes: ``budget_mb`` MB, or :data:`DEFAULT_MEMORY_BUDGET_MB`
    when it is None, 0 or not a number."""
    try:
        mb = float(budget_mb)
    except (TypeError, ValueError):
        mb = 0.0
    if not (np.isfinite(mb) and mb > 0):
        mb = DEFAULT_MEMORY_BUDGET_MB
    return int(mb * 2**20)


@dataclass
class PairEstimate:
    """``pairs`` (estimated number of pairs within the limit), ``nbytes`` (their table and
    sums in memory, :data:`BYTES_PER_PAIR` each) and ``seconds`` (per pass over them)."""

    pairs: float
    nbytes: float
    seconds: float

    def fits(self, budget):
        return self.nbytes <= budget


def estimate_pairs(demand_xy, supply_xy, max_cost, detour=1.0, sample=ESTIMATE_SAMPLE, seed=0):
    """Estimate the straight-line pairs with ``detour * distance <= max_cost`` from the
    neighbour counts of at most ``sample`` demand points drawn at random (fixed ``seed``):
    mean count x number of demand points. Exact when there are no more demand points than
    ``sample``. Costs milliseconds; ``max_cost`` None or inf means every pair."""
    dxy = _as_xy(demand_xy, "demand_xy")
    sxy = _as_xy(supply_xy, "supply_xy")
    nd, ns = len(dxy), len(sxy)
    if nd == 0 or ns == 0:
        pairs = 0.0
    elif max_cost is None or not np.isfinite(max_cost):
        pairs = float(nd) * ns
    else:
        pick = dxy if nd <= sample else dxy[np.random.default_rng(seed).choice(nd, sample, replace=False)]
        r = max(float(max_cost), 0.0) / float(detour)
        counts = cKDTree(sxy).query_ball_point(pick, r * (1 + 1e-9) + 1e-9, return_length=True)
        pairs = float(np.mean(counts)) * nd
    return PairEstimate(pairs, pairs * BYTES_PER_PAIR, pairs * SECONDS_PER_PAIR)


#: bytes per cell of a dense origin x destination table (float64), e.g. the public
#: transport router's table of every demand unit x facility
DENSE_CELL_BYTES = 8


def combine_estimates(estimates, dense_cells=0):
    """One :class:`PairEstimate` for work that holds several pair tables at once (e.g. the
    walks of public transport: to, from and between stops, and the whole way) and a dense
    table of ``dense_cells`` cells (:data:`DENSE_CELL_BYTES` each): the pairs, bytes and
    seconds added."""
    pairs = float(sum(e.pairs for e in estimates))
    return PairEstimate(pairs, pairs * BYTES_PER_PAIR + float(dense_cells) * DENSE_CELL_BYTES,
                        pairs * SECONDS_PER_PAIR)


def table_estimate(rows):
    """The :class:`PairEstimate` of a table of ``rows`` pairs given whole (e.g. the rows of
    an origin-destination table), :data:`BYTES_PER_PAIR` each."""
    rows = float(max(rows, 0))
    return PairEstimate(rows, rows * BYTES_PER_PAIR, rows * SECONDS_PER_PAIR)


def stream_pairs(estimate, budget):
    """The rule for a caller that can take pairs in chunks: stream them when their table
    would not fit ``budget`` bytes, or would hold more than one chunk
    (:data:`MAX_CHUNK_PAIRS`): streamed, every block and chunk is followed by a cancel
    check (a whole table's sums have none), and the two passes over the recomputed pairs
    cost less than building the table."""
    return not estimate.fits(budget) or estimate.pairs > MAX_CHUNK_PAIRS


def chunk_pairs(budget):
    """How many pairs one chunk holds under ``budget`` bytes: half the budget (the other
    half for the blocks that find them), at most :data:`MAX_CHUNK_PAIRS`, at least 1."""
    return int(max(1, min(MAX_CHUNK_PAIRS, budget // (2 * BYTES_PER_PAIR))))


class PairStream:
    """Pairs within a limit, given chunk by chunk (see the module doc). ``n_demand``,
    ``n_supply``, ``report`` as in :class:`~caremap.kernels.costs.Costs`; ``by_origin``
    True when every demand unit's pairs are all in one chunk; ``feedback`` the optional
    ``progress(fraction) -> bool`` callable the kernels use when given none."""

    n_demand: int
    n_supply: int
    by_origin: bool = False
    feedback = None

    def nearest(self, mask=None):
        """``(cost, index)`` of the nearest facility among ``mask`` found without the
        chunks, or None when the stream has no quicker way than a pass over them."""
        return None

    def chunks(self, progress=None):
        """Yield Costs chunks; ``progress(fraction of this pass) -> bool`` is called often
        (at least once per chunk and per block); True raises ``InterruptedError``."""
        raise NotImplementedError


@dataclass
class CostsChunks(PairStream):
    """A Costs table given in chunks of at most ``max_pairs`` pairs (in its own order)."""

    costs: Costs
    max_pairs: int
    feedback: object = None
    report: dict = field(default_factory=dict)

    @property
    def n_demand(self):
        return self.costs.n_demand

    @property
    def n_supply(self):
        return self.costs.n_supply

    def chunks(self, progress=None):
        c, n = self.costs, self.costs.n_pairs
        step = max(1, int(self.max_pairs))
        for a in range(0, max(n, 1), step):
            if progress is not None and progress(a / max(n, 1)):
                raise InterruptedError("canceled")
            yield Costs(c.demand_idx[a:a + step], c.supply_idx[a:a + step], c.cost[a:a + step],
                        c.n_demand, c.n_supply)


class StraightPairs(PairStream):
    """Straight-line pairs ``c_ij = cost_scale * (detour * ||x_i - y_j||)`` with
    ``detour * ||x_i - y_j|| <= max_cost`` (metres, inclusive), the same pairs and costs
    as :func:`~caremap.kernels.costs.straight_line_costs` followed by
    :func:`~caremap.kernels.costs.to_minutes` (``cost_scale`` = minutes per metre) or not
    (``cost_scale`` 1), never stored.

    Demand units and facilities are put on a grid of square cells (their side chosen by a
    work model, :meth:`_cell_size`: a fraction or a multiple of the search radius); the units of each cell are compared with the
    facilities of the cells within the radius in dense blocks of at most a quarter of
    ``budget`` bytes (and of at most ``max_rows`` units when given), and the pairs found are gathered into chunks of
    :func:`chunk_pairs` pairs. Every unit's pairs are in one chunk (``by_origin``)."""

    by_origin = True
    MAX_CELLS_PER_AXIS = 1024

    def __init__(self, demand_xy, supply_xy, max_cost, detour=1.0, cost_scale=1.0, budget=None, feedback=None,
                 max_rows=None):
        self.dxy = _as_xy(demand_xy, "demand_xy")
        self.sxy = _as_xy(supply_xy, "supply_xy")
        self.detour, self.cost_scale = float(detour), float(cost_scale)
        if not self.detour > 0:
            raise ValueError(f"detour factor must be > 0, got {detour}")
        if max_cost is None or not np.isfinite(max_cost) or max_cost < 0:
            raise ValueError(f"max_cost must be a number >= 0, got {max_cost}")
        self.max_cost = float(max_cost)
        self.budget = budget_bytes(None) if budget is None else int(budget)
        self.feedback = feedback
        self.max_rows = None if max_rows is None else max(1, int(max_rows))
        self.n_demand, self.n_supply = len(self.dxy), len(self.sxy)
        self.report = {}
        self.r_search = (self.max_cost / self.detour) * (1 + 1e-9) + 1e-9
        if self.n_demand and self.n_supply:
            self._grid()

    def _cell_size(self, lo, hi):
        """The side of the grid's cells: the one, among the search radius divided or
        multiplied by small integers, that minimises a model of the work (a fixed cost per
        cell of demand units and per row of cells searched, plus one per distance
        computed), for points spread evenly over their bounding box. Any side gives the
        same pairs (the cells only select candidates); it only changes the speed: small
        cells compute fewer distances, large ones loop fewer times in Python."""
        r = self.r_search
        width, height = np.maximum(hi - lo, r)
        area = float(width * height)
        floor = max(float(np.max(hi - lo)) / self.MAX_CELLS_PER_AXIS, 1e-9)
        density = self.n_supply / area
        best = None
        for cell in [r / q for q in (4, 3, 2, 1)] + [r * m for m in (2, 4, 8, 16)]:
            cell = max(cell, floor)
            q = int(np.ceil(r / cell))
            cells = min(float(self.n_demand), area / (cell * cell))
            candidates = min(float(self.n_supply), density * (cell * (2 * q + 1)) ** 2)
            work = cells * (CELL_SECONDS + ROW_SECONDS * (2 * q + 1)) + \
                self.n_demand * candidates * DISTANCE_SECONDS
            if best is None or work < best[0]:
                best = (work, cell)
        return best[1]

    def _grid(self):
        both = np.vstack([self.dxy, self.sxy])
        lo = both.min(axis=0)
        cell = self._cell_size(lo, both.max(axis=0))
        self.q = int(np.ceil(self.r_search / cell))
        cd = np.floor((self.dxy - lo) / cell).astype(np.int64)
        cs = np.floor((self.sxy - lo) / cell).astype(np.int64)
        self.ncx = int(max(cd[:, 0].max(), cs[:, 0].max())) + 1
        self.ncy = int(max(cd[:, 1].max(), cs[:, 1].max())) + 1
        sid = cs[:, 1] * self.ncx + cs[:, 0]
        self.s_order = np.argsort(sid, kind="stable")
        self.s_start = np.searchsorted(sid[self.s_order], np.arange(self.ncx * self.ncy + 1))
        self.sx = np.ascontiguousarray(self.sxy[self.s_order, 0])
        self.sy = np.ascontiguousarray(self.sxy[self.s_order, 1])
        did = cd[:, 1] * self.ncx + cd[:, 0]
        self.d_order = np.argsort(did, kind="stable")
        srt = did[self.d_order]
        first = np.flatnonzero(np.r_[True, srt[1:] != srt[:-1]])
        self.d_cells = srt[first]
        self.d_bounds = np.r_[first, len(srt)]
        self.dx = np.ascontiguousarray(self.dxy[self.d_order, 0])
        self.dy = np.ascontiguousarray(self.dxy[self.d_order, 1])

    def _candidates(self, cell_id):
        cy, cx = divmod(int(cell_id), self.ncx)
        x0, x1 = max(cx - self.q, 0), min(cx + self.q, self.ncx - 1)
        parts = []
        for row in range(max(cy - self.q, 0), min(cy + self.q, self.ncy - 1) + 1):
            a, b = self.s_start[row * self.ncx + x0], self.s_start[row * self.ncx + x1 + 1]
            if b > a:
                parts.append(np.arange(a, b))
        return np.concatenate(parts) if parts else np.empty(0, np.int64)

    def chunks(self, progress=None):
        if self.n_demand == 0 or self.n_supply == 0:
            return
        max_pairs = chunk_pairs(self.budget)
        # elements of one dense block: 2 float64 + 1 bool + slack in a quarter of the budget
        block = max(1, min(MAX_BLOCK_ELEMENTS, self.budget // (4 * 24)))
        r2 = self.r_search * self.r_search
        parts_i, parts_j, parts_c, held = [], [], [], 0
        nd = self.n_demand
        for cell_id, a0, b0 in zip(self.d_cells, self.d_bounds[:-1], self.d_bounds[1:], strict=True):
            cand = self._candidates(cell_id)
            if len(cand) == 0:
                continue
            fx, fy = self.sx[cand], self.sy[cand]
            rows = max(1, int(block // len(cand)))
            if self.max_rows is not None:
                rows = min(rows, self.max_rows)
            for a in range(a0, b0, rows):
                if progress is not None and progress(a / nd):
                    raise InterruptedError("canceled")
                b = min(a + rows, b0)
                d2 = self.dx[a:b, None] - fx
                d2 *= d2
                t = self.dy[a:b, None] - fy
                t *= t
                d2 += t
                del t
                flat = np.flatnonzero(d2 <= r2)
                c = np.sqrt(d2.ravel()[flat])
                del d2
                ii = flat // len(cand)
                jj = flat - ii * len(cand)
                del flat
                if self.detour != 1.0:
                    c *= self.detour
                keep = c <= self.max_cost
                if not keep.all():
                    ii, jj, c = ii[keep], jj[keep], c[keep]
                if self.cost_scale != 1.0:
                    c *= self.cost_scale
                parts_i.append(self.d_order[a + ii])
                parts_j.append(self.s_order[cand[jj]])
                parts_c.append(c)
                held += len(c)
                if held >= max_pairs:
                    yield self._chunk(parts_i, parts_j, parts_c)
                    parts_i, parts_j, parts_c, held = [], [], [], 0
        if held or parts_i:
            yield self._chunk(parts_i, parts_j, parts_c)

    def nearest(self, mask=None):
        """Cost to (in the stream's unit) and index of the nearest facility within the limit
        among ``mask`` (bool per facility; default all), by
        :func:`~caremap.kernels.costs.straight_line_nearest`: NaN and -1 where none."""
        pos = np.arange(self.n_supply) if mask is None else np.flatnonzero(mask)
        dn, jn = straight_line_nearest(self.dxy, self.sxy[pos], self.max_cost, self.detour)
        idx = np.full(self.n_demand, -1, dtype=np.int64)
        idx[jn >= 0] = pos[jn[jn >= 0]]
        return dn * self.cost_scale, idx

    def _chunk(self, pi, pj, pc):
        one = len(pi) == 1
        return Costs(pi[0] if one else np.concatenate(pi), pj[0] if one else np.concatenate(pj),
                     pc[0] if one else np.concatenate(pc), self.n_demand, self.n_supply)


def straight_line_stream(demand_xy, supply_xy, max_cost, detour=1.0, cost_scale=1.0, budget=None, feedback=None):
    """:class:`StraightPairs` (a name for the callers)."""
    return StraightPairs(demand_xy, supply_xy, max_cost, detour, cost_scale, budget, feedback)
