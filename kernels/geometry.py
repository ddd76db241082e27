"""Plane geometry rules of CareMap on plain arrays (metres in a projected CRS):
which district polygon holds a point, and the edge band of a study area.

Two rules live here (docs/methods.md, "Districts by location" and "Edges of the study
area"):

* :func:`points_in_polygons` assigns each point (a unit's point on surface) to the
  polygon (district) that contains it, with the crossing-number (even-odd) test over
  every ring of the polygon, so holes and multi-part polygons count as they should.
* :func:`edge_band` says on which sides of the units' extent the facilities stop short
  of one catchment reach, and which units lie within that reach of such a side: units
  that may look worse served than they are because facilities just outside the study
  area are missing from the supply layer.

Polygons come as the ring arrays of ``processing/layer_io.read_polygon_rings``:
``xy[part_offsets[k]:part_offsets[k + 1]]`` are the vertices of ring ``k`` (exterior
or hole) of polygon ``part_row[k]``.
"""
from dataclasses import dataclass

import numpy as np

from .costs import minutes_per_meter

# A point this close (in metres) to a polygon's boundary and in no polygon by the
# crossing test is on that boundary (the outer edge of the district layer): it goes to
# that polygon. Far below any survey precision, far above float64 rounding of metric
# coordinates (about 1e-10 m at 1e6 m).
BOUNDARY_TOLERANCE_M = 1e-6

# pairs (edge, point) handled at once by the vectorised crossing test (memory bound)
_PAIR_CHUNK = 2_000_000

SIDES = ("west", "east", "south", "north")


@dataclass
class PointsInPolygons:
    """``polygon``: for each point, the index of its polygon, -1 in none.
    ``n_outside``: points in no polygon; ``n_multiple``: points inside more than one
    polygon (overlapping polygons; the first in order was taken); ``n_on_boundary``:
    points assigned by the boundary tolerance (on an outer edge of the polygons)."""

    polygon: np.ndarray
    n_outside: int
    n_multiple: int
    n_on_boundary: int


def _check_points(px, py):
    px = np.asarray(px, dtype=float).ravel()
    py = np.asarray(py, dtype=float).ravel()
    if px.shape != py.shape:
        raise ValueError("point x and y must have the same length")
    if not (np.isfinite(px).all() and np.isfinite(py).all()):
        raise ValueError("point coordinates must be finite numbers")
    return px, py


def ring_edges(xy, part_offsets, part_row):
    """The edges of every ring: ``(x0, y0, x1, y1, polygon)`` arrays, one entry per
    edge between consecutive vertices of a ring, plus the closing edge of a ring whose
    last vertex is not its first. Rings of fewer than 2 vertices have no edge."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    offsets = np.asarray(part_offsets, dtype=np.int64).ravel()
    part_row = np.asarray(part_row, dtype=np.int64).ravel()
    if offsets.size != part_row.size + 1 or (offsets.size and (offsets[0] != 0 or offsets[-1] != len(xy))):
        raise ValueError("ring offsets must start at 0, end at the number of vertices and have one more entry "
                         "than the rings")
    lengths = np.diff(offsets)
    if (lengths < 0).any():
        raise ValueError("ring offsets must not decrease")
    if not np.isfinite(xy).all():
        raise ValueError("polygon vertices must be finite numbers")
    ring_of_vertex = np.repeat(np.arange(lengths.size), lengths)
    a = np.flatnonzero(ring_of_vertex[:-1] == ring_of_vertex[1:]) if len(xy) > 1 else np.zeros(0, np.int64)
    b = a + 1
    has = lengths >= 2
    first, last = offsets[:-1][has], offsets[1:][has] - 1
    open_ring = (xy[first] != xy[last]).any(axis=1)
    a = np.concatenate([a, last[open_ring]])
    b = np.concatenate([b, first[open_ring]])
    poly = part_row[ring_of_vertex[a]] if a.size else np.zeros(0, np.int64)
    return xy[a, 0], xy[a, 1], xy[b, 0], xy[b, 1], poly


def _band_pairs(ys, order, lo, hi):
    """(edge, point) pairs, in chunks: for edge ``e`` the points ``order[lo[e]:hi[e]]``
    (points sorted by y, ``ys``)."""
    counts = hi - lo
    cum = np.cumsum(counts)
    start = 0
    n_edges = counts.size
    while start < n_edges:
        base = cum[start - 1] if start else 0
        stop = int(np.searchsorted(cum, base + _PAIR_CHUNK, side="right"))
        stop = max(stop, start + 1)
        e = np.arange(start, stop)
        c = counts[start:stop]
        total = int(c.sum())
        if total:
            ee = np.repeat(e, c)
            first = np.cumsum(c) - c
            k = np.arange(total) - np.repeat(first, c)
            yield ee, order[lo[ee] + k]
        start = stop


def points_in_polygons(px, py, xy, part_offsets, part_row, n_polygons):
    """The polygon that contains each point (x ``px``, y ``py``), -1 where none.

    Rule (the crossing-number or even-odd test, Shimrat 1962; Haines 1994): a point is
    inside a polygon when a ray from it towards +x crosses the polygon's rings (all of
    them: exterior rings of every part and their holes) an odd number of times. An edge
    counts when ``y0 <= y < y1`` (its lower end included, its upper end not; horizontal
    edges never) and its crossing lies strictly east of the point. Each edge is
    evaluated from its lower end, so an edge shared by two polygons gives the same
    crossing in both.

    Edge cases, all deterministic:

    * a point on a border shared by two polygons (a tiling of districts) is in exactly
      one: the one east of the border, or north of it for an east-west border;
    * a point on an outer boundary (no neighbour beyond) that the crossing test leaves
      out is given to the polygon whose boundary is within ``BOUNDARY_TOLERANCE_M``
      (the first in order), counted in ``n_on_boundary``;
    * a point inside several polygons (overlapping polygons) goes to the first in
      order, counted in ``n_multiple``;
    * a point in no polygon gets -1, counted in ``n_outside``.

    Vectorised: points sorted by y, each edge pairs with the points of its y band only,
    so the work is about (points x crossings per horizontal line), not points x edges.
    Returns :class:`PointsInPolygons`.
    """
    px, py = _check_points(px, py)
    n_polygons = int(n_polygons)
    if n_polygons < 0:
        raise ValueError("the number of polygons must be 0 or more")
    x0, y0, x1, y1, poly = ring_edges(xy, part_offsets, part_row)
    if poly.size and (poly.min() < 0 or poly.max() >= n_polygons):
        raise ValueError("ring polygon indices must be in 0 .. number of polygons - 1")
    n = px.size
    result = np.full(n, -1, dtype=np.int64)
    if n == 0 or poly.size == 0:
        return PointsInPolygons(result, n, 0, 0)
    # each edge from its lower end: the same arithmetic for a shared edge in both polygons
    swap = y1 < y0
    ex0, ey0 = np.where(swap, x1, x0), np.where(swap, y1, y0)
    ex1, ey1 = np.where(swap, x0, x1), np.where(swap, y0, y1)
    order = np.argsort(py, kind="stable")
    ys = py[order]

    sloped = ey1 > ey0
    lo = np.searchsorted(ys, ey0, side="left")
    hi = np.searchsorted(ys, ey1, side="left")  # y0 <= y < y1
    hi = np.where(sloped, hi, lo)
    keys = []
    for e, p in _band_pairs(ys, order, lo, hi):
        t = (py[p] - ey0[e]) / (ey1[e] - ey0[e])
        xint = ex0[e] + t * (ex1[e] - ex0[e])
        hit = px[p] < xint
        keys.append(p[hit] * n_polygons + poly[e[hit]])
    keys = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    uniq, cnt = np.unique(keys, return_counts=True)
    inside = uniq[cnt % 2 == 1]
    pts, polys = inside // n_polygons, inside % n_polygons  # sorted by point, then polygon
    n_in = np.bincount(pts, minlength=n)
    first_pts, first_idx = np.unique(pts, return_index=True)
    result[first_pts] = polys[first_idx]

    # points left out: on an outer boundary within the tolerance?
    on_boundary = 0
    out = np.flatnonzero(result < 0)
    if out.size:
        tol = BOUNDARY_TOLERANCE_M
        o_order = out[np.argsort(py[out], kind="stable")]
        oys = py[o_order]
        lo = np.searchsorted(oys, ey0 - tol, side="left")
        hi = np.searchsorted(oys, ey1 + tol, side="right")
        best = np.full(n, n_polygons, dtype=np.int64)
        for e, p in _band_pairs(oys, o_order, lo, hi):
            dx, dy = ex1[e] - ex0[e], ey1[e] - ey0[e]
            len2 = dx * dx + dy * dy
            with np.errstate(invalid="ignore", divide="ignore"):
                t = np.where(len2 > 0, ((px[p] - ex0[e]) * dx + (py[p] - ey0[e]) * dy) / len2, 0.0)
            t = np.clip(t, 0.0, 1.0)
            d2 = (px[p] - ex0[e] - t * dx) ** 2 + (py[p] - ey0[e] - t * dy) ** 2
            near = d2 <= tol * tol
            np.minimum.at(best, p[near], poly[e[near]])
        found = best < n_polygons
        result[found] = best[found]
        on_boundary = int(found.sum())
    return PointsInPolygons(result, int((result < 0).sum()), int((n_in > 1).sum()), on_boundary)


def straight_reach_m(threshold, unit, speed_kmh=None, detour=1.0):
    """The straight-line distance in metres a catchment ``threshold`` can reach.

    Rule: ``unit="meters"``: threshold / detour; ``unit="minutes"``: threshold x speed
    (km/h, as metres per minute: speed x 1000 / 60) / detour. ``detour`` (>= 1) is the
    straight-line costs' detour factor; 1 for network and table costs, whose paths are
    never shorter than the straight line, so the reach is an upper bound there.
    """
    threshold = float(threshold)
    detour = float(detour)
    if not (np.isfinite(threshold) and threshold > 0):
        raise ValueError("the catchment threshold must be a number above 0")
    if not (np.isfinite(detour) and detour >= 1):
        raise ValueError("the detour factor must be 1 or more")
    if unit == "meters":
        return threshold / detour
    if unit == "minutes":
        if speed_kmh is None or not (np.isfinite(float(speed_kmh)) and float(speed_kmh) > 0):
            raise ValueError("a threshold in minutes needs a speed above 0 km/h to give a distance")
        return threshold / minutes_per_meter(float(speed_kmh)) / detour
    raise ValueError(f"cost unit must be 'meters' or 'minutes' (got {unit!r})")


@dataclass
class EdgeBand:
    """``short_sides``: the sides (of :data:`SIDES`) where the facilities stop less
    than the reach beyond the units; ``margin_m``: side -> metres by which the
    facilities' extent goes beyond the units' extent (negative = stops inside);
    ``in_band``: per unit, True when it lies closer than the reach to a short side."""

    short_sides: tuple
    margin_m: dict
    in_band: np.ndarray


def edge_band(unit_x, unit_y, facility_x, facility_y, reach_m):
    """Units that may look worse served than they are because the facility layer stops
    at the edge of the study area.

    Rule: take the extents (bounding boxes) of the units' points and of the
    facilities. On each side (west, east, south, north) the margin is how far the
    facilities' extent goes beyond the units' extent (e.g. west: units' min x -
    facilities' min x). A side is short when its margin is below ``reach_m`` (the
    straight-line reach of the catchment, :func:`straight_reach_m`): facilities that
    units near that side could reach just outside the area would be there if the
    supply layer covered them. The edge band is the units whose distance to a short
    side of the units' extent is below ``reach_m``. No short side = empty band.

    Edge cases: the extent of one unit is a point (its sides are that point); no
    facility is a ``ValueError`` (the caller has nothing to check). Sides follow the
    projected CRS axes (x east, y north).
    """
    ux, uy = _check_points(unit_x, unit_y)
    fx, fy = _check_points(facility_x, facility_y)
    reach = float(reach_m)
    if not (np.isfinite(reach) and reach > 0):
        raise ValueError("the reach must be a distance above 0 m")
    if fx.size == 0:
        raise ValueError("there is no facility to compare the units' extent with")
    if ux.size == 0:
        return EdgeBand((), {s: np.nan for s in SIDES}, np.zeros(0, dtype=bool))
    margin = {
        "west": float(ux.min() - fx.min()),
        "east": float(fx.max() - ux.max()),
        "south": float(uy.min() - fy.min()),
        "north": float(fy.max() - uy.max()),
    }
    distance = {
        "west": ux - ux.min(),
        "east": ux.max() - ux,
        "south": uy - uy.min(),
        "north": uy.max() - uy,
    }
    short = tuple(s for s in SIDES if margin[s] < reach)
    band = np.zeros(ux.size, dtype=bool)
    for s in short:
        band |= distance[s] < reach
    return EdgeBand(short, margin, band)
