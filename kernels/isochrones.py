"""Public-transport catchments (caremap:catchments with COST_MODE ``transit``): the grid of
cells whose centres are the origins of the router, the rule that keeps only the cells that
can be within reach, and the cells of each catchment as squares.

The rule (docs/methods.md, "Public transport catchments"). The catchment of facility f
for a threshold T (minutes) is the set of cells whose centre reaches f within T by public
transport, with the semantics of ``kernels.transit`` (walk to a stop, ride, transfer walks,
walk to f; or walk the whole way), departing at the departure minute, the percentile over
the window; the direction is from the place to the facility, exactly as the pair cost of
accessibility (a cell's centre is an origin, the facility a destination). A cell is in
the catchment when that pair cost is <= T (inclusive).

Which cells are routed: the cells of a square grid of side ``cell_size_m`` aligned on the
multiples of the cell size of the projected CRS (so the grids of two runs, and the
catchments of two facilities, share their edges), whose centre is

- within walking reach of a facility: straight distance x ``detour`` <= T_max x speed
  (T_max the largest threshold, speed the walking speed in metres a minute), or
- within the longest walk of a stop: straight distance x ``detour`` <= ``max_walk_m``.

Any other cell walks to no stop and is too far to walk the whole way, so its cost is above
T_max: dropping it is exact. (A walk on the road network is never shorter than the straight
line between its ends, so with walks on the road network ``detour`` = 1 keeps the rule
exact.) The kept set is a superset by at most a relative 1e-9 of the radii, never a
subset: the router's cost decides.

The polygon of a catchment is the union of the squares of its cells: the edge is exact to
half a cell. :func:`cell_runs` merges the cells of a row into rectangles and
:func:`rectangles_wkb` writes them as one WKB MultiPolygon, for the adapter to dissolve.

Bad input raises ``ValueError``.
"""
import numpy as np

from .costs import minutes_to_meters

#: side of a grid cell in metres: the edge of a catchment is exact to half a cell, 75 m
#: (under a minute of walking at 5.04 km/h, an eleventh of the 840 m of a 10-minute walk).
#: The work grows as 1 / cell size squared: on the demo city (297 facilities, 116 stops,
#: thresholds 10, 15, 20 minutes) 150 m gives 7,676 cells and about 5-9 s for one
#: departure minute, 13 s for a 60-minute window; 100 m gives 17,274 cells, 11-16 s and
#: about 40 s (2 shared cores).
DEFAULT_CELL_SIZE_M = 150.0
#: relative slack of the radii (the kept cells are a superset, never a subset)
_SLACK = 1e-9
#: cells enumerated at once (points x candidate cells of their square)
_BLOCK = 2_000_000
#: at most this many candidate cells are enumerated (:func:`candidate_cell_bound`: about
#: 320 MB of cell indices before the duplicates go); a smaller cell size beyond it is refused
MAX_CANDIDATE_CELLS = 20_000_000


def _check(cell_size_m, detour):
    if not (np.isfinite(cell_size_m) and cell_size_m > 0):
        raise ValueError(f"the cell size must be a number of metres above 0, got {cell_size_m}")
    if not (np.isfinite(detour) and detour >= 1):
        raise ValueError(f"the detour factor must be 1 or more, got {detour}")


def _points(xy):
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    return xy[np.isfinite(xy).all(1)]


def _cells_near(points, radius, cell, out):
    """Append to ``out`` the (i, j) of the cells whose centre ((i + 0.5) * cell, (j + 0.5) *
    cell) is within ``radius`` (plus the slack) of one of ``points``."""
    if not len(points) or not radius >= 0:
        return
    r = radius * (1 + _SLACK) + 1e-9
    k = int(np.floor(2 * r / cell)) + 2  # cells spanned by the square of side 2r, with margin
    di, dj = np.meshgrid(np.arange(k), np.arange(k), indexing="ij")
    di, dj = di.ravel(), dj.ravel()
    step = max(1, _BLOCK // len(di))
    for a in range(0, len(points), step):
        p = points[a:a + step]
        i0 = np.floor((p[:, 0] - r) / cell - 0.5).astype(np.int64)
        j0 = np.floor((p[:, 1] - r) / cell - 0.5).astype(np.int64)
        i = i0[:, None] + di[None, :]
        j = j0[:, None] + dj[None, :]
        dx = (i + 0.5) * cell - p[:, 0:1]
        dy = (j + 0.5) * cell - p[:, 1:2]
        ok = dx * dx + dy * dy <= r * r
        out.append(np.unique(np.column_stack([i[ok], j[ok]]), axis=0))


def candidate_cell_bound(facility_xy, stop_xy, max_minutes, speed_kmh, max_walk_m,
                         cell_size_m=DEFAULT_CELL_SIZE_M, detour=1.0):
    """How many cells :func:`candidate_cells` enumerates at most with these arguments (the
    square of side 2 x reach around each point, in cells, plus a margin): what it holds
    before the cells found twice are merged. Cheap: no cell is built."""
    _check(cell_size_m, detour)
    cell = float(cell_size_m)
    total = 0.0
    groups = [(_points(facility_xy), minutes_to_meters(max_minutes, speed_kmh) / detour)]
    if max_walk_m is not None:
        groups.append((_points(stop_xy), max_walk_m / detour))
    for pts, radius in groups:
        if len(pts) and radius >= 0:
            total += len(pts) * (np.floor(2 * radius * (1 + _SLACK) / cell) + 2) ** 2
    return total


def candidate_cells(facility_xy, stop_xy, max_minutes, speed_kmh, max_walk_m, cell_size_m=DEFAULT_CELL_SIZE_M,
                    detour=1.0):
    """The cells that can be within ``max_minutes`` of a facility (the rule of the module
    docstring): ``(i, j)`` int64 arrays, sorted by row ``j`` then column ``i``, of the
    cells whose centre is within ``max_minutes`` of walking at ``speed_kmh`` (straight line
    x ``detour``) of a point of ``facility_xy``, or within ``max_walk_m`` (straight line x
    ``detour``) of a point of ``stop_xy``. Coordinates in metres; points with a NaN are
    left out. With ``max_walk_m`` None or no stops, only the walking reach counts."""
    _check(cell_size_m, detour)
    if not (np.isfinite(max_minutes) and max_minutes >= 0):
        raise ValueError(f"the largest threshold must be 0 minutes or more, got {max_minutes}")
    bound = candidate_cell_bound(facility_xy, stop_xy, max_minutes, speed_kmh, max_walk_m, cell_size_m, detour)
    if bound > MAX_CANDIDATE_CELLS:
        raise ValueError(f"cells of {cell_size_m:g} m mean up to {bound:,.0f} candidate cells (more than "
                         f"{MAX_CANDIDATE_CELLS:,}): use larger cells")
    reach = minutes_to_meters(max_minutes, speed_kmh) / detour
    found = []
    _cells_near(_points(facility_xy), reach, float(cell_size_m), found)
    if max_walk_m is not None:
        if not max_walk_m >= 0:
            raise ValueError(f"the longest walk must be 0 m or more, got {max_walk_m}")
        _cells_near(_points(stop_xy), max_walk_m / detour, float(cell_size_m), found)
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    ij = np.unique(np.concatenate(found), axis=0)
    order = np.lexsort((ij[:, 0], ij[:, 1]))
    return ij[order, 0].copy(), ij[order, 1].copy()


def cell_centres(i, j, cell_size_m=DEFAULT_CELL_SIZE_M):
    """The (n, 2) centres of the cells ``(i, j)``."""
    _check(cell_size_m, 1.0)
    return np.column_stack([(np.asarray(i) + 0.5) * cell_size_m, (np.asarray(j) + 0.5) * cell_size_m])


def catchment_cells(cost, threshold, facility=None):
    """Boolean mask over the cells (rows of ``cost``, the (cells x facilities) minutes from
    each cell's centre to each facility, inf = not reached) of the catchment of
    ``facility`` (a column) within ``threshold`` minutes, inclusive; with ``facility`` None
    the cells within ``threshold`` of any facility (the dissolved catchment)."""
    cost = np.asarray(cost, dtype=np.float64)
    if cost.ndim != 2:
        raise ValueError("the costs must be a table of cells x facilities")
    col = (cost.min(axis=1) if cost.shape[1] else np.full(len(cost), np.inf)) if facility is None \
        else cost[:, int(facility)]
    if np.isnan(col).any():
        raise ValueError("the costs must not hold NaN (inf = not reached)")
    return col <= threshold


def cell_runs(i, j):
    """The cells ``(i, j)`` (any order, no repeats) as runs of consecutive cells of a row:
    ``(i0, i1, j)`` int64 arrays, the run covering the columns ``i0..i1`` of row ``j``."""
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    if len(i) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    order = np.lexsort((i, j))
    i, j = i[order], j[order]
    new = np.ones(len(i), dtype=bool)
    new[1:] = (j[1:] != j[:-1]) | (i[1:] != i[:-1] + 1)
    starts = np.flatnonzero(new)
    ends = np.r_[starts[1:], len(i)] - 1
    return i[starts], i[ends], j[starts]


_WKB_POLYGON = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"),
                         ("xy", "<f8", (10,))])


def rectangles_wkb(x0, y0, x1, y1):
    """One WKB MultiPolygon (little-endian, 2D) of the rectangles ``[x0, x1] x [y0, y1]``
    (each a closed ring of 5 corners, anticlockwise), built in one NumPy pass. The parts
    may touch: dissolve them (a GEOS unary union) for a valid polygon."""
    x0, y0, x1, y1 = (np.asarray(a, dtype=np.float64).ravel() for a in (x0, y0, x1, y1))
    n = len(x0)
    body = np.zeros(n, dtype=_WKB_POLYGON)
    body["order"], body["type"], body["rings"], body["points"] = 1, 3, 1, 5
    body["xy"] = np.column_stack([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0])
    head = np.array([1], "u1").tobytes() + np.array([6, n], "<u4").tobytes()
    return head + body.tobytes()


def run_rectangles(i0, i1, j, cell_size_m=DEFAULT_CELL_SIZE_M):
    """The rectangles ``(x0, y0, x1, y1)`` of the runs of :func:`cell_runs`."""
    _check(cell_size_m, 1.0)
    c = float(cell_size_m)
    i0, i1, j = (np.asarray(a, dtype=np.float64) for a in (i0, i1, j))
    return i0 * c, j * c, (i1 + 1) * c, (j + 1) * c
