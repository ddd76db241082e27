"""Rules of a batch over municipalities (caremap:carebatch; docs/methods.md, "Batch over
municipalities"), on plain arrays in metres of a projected CRS.

* :func:`municipality_members` splits the demand units by municipality: the units of
  each municipality (by the units' own field, or by the municipality polygon their point
  on surface lies in, ``kernels.geometry.points_in_polygons``); units without a
  municipality are in none, counted.
* :func:`points_near_regions` decides which facilities a municipality's run is given:
  those inside the municipality, plus those within a buffer of it, so that facilities
  just across the border, which the municipality's people also use, count.
"""
from dataclasses import dataclass

import numpy as np

from .gaps import encode_groups
from .geometry import _check_points, points_in_polygons, ring_edges

# (edge, point) pairs measured at once for the buffer (memory bound)
_PAIR_CHUNK = 2_000_000


@dataclass
class Municipalities:
    """``names``: the municipality names, sorted as text; ``members``: for each name the
    row indices of its units (in input order); ``n_without``: units in no municipality."""

    names: np.ndarray
    members: list
    n_without: int


def municipality_members(labels):
    """The units of each municipality from one label per unit (``None`` or NaN: in no
    municipality). Labels are compared as text (``kernels.gaps.encode_groups``, as the
    districts of every other algorithm), so 1 and "1" are the same municipality.
    Municipalities are returned sorted by name; units keep their input order."""
    codes, names = encode_groups(labels, missing="code")
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.searchsorted(sorted_codes, np.arange(len(names)), side="left")
    stops = np.searchsorted(sorted_codes, np.arange(len(names)), side="right")
    members = [order[a:b] for a, b in zip(starts, stops)]
    return Municipalities(names, members, int((codes < 0).sum()))


def points_near_regions(px, py, xy, part_offsets, part_row, n_regions, buffer_m=0.0, polygons=True):
    """Which points (facilities at ``px``, ``py``) belong to each region: a boolean
    matrix ``(n_regions, n_points)``.

    A region is a set of rings, as ``kernels.geometry``'s polygons (``xy``,
    ``part_offsets``, ``part_row`` = the region of each ring): one municipality polygon,
    or every unit polygon of a municipality. Rule:

    * ``polygons=True``: a point belongs to region r when it lies in r
      (``points_in_polygons``: even-odd over all rings; on a border shared by two
      regions, the region east of it, or north of an east-west border; inside
      overlapping regions, the first), or when its distance to a ring edge of r is at
      most ``buffer_m`` (for a point outside r that is its distance to r);
    * ``polygons=False`` (point units: each "ring" is the unit's point, one vertex): a
      point belongs to r when it is within ``buffer_m`` of a point of r.

    A point may belong to several regions through the buffer. ``buffer_m`` >= 0 metres;
    0 = inside only.
    """
    px, py = _check_points(px, py)
    buffer_m = float(buffer_m)
    if not np.isfinite(buffer_m) or buffer_m < 0:
        raise ValueError("the buffer must be a distance of 0 metres or more")
    n_regions = int(n_regions)
    if n_regions < 0:
        raise ValueError("the number of regions must be 0 or more")
    member = np.zeros((n_regions, px.size), dtype=bool)
    if px.size == 0 or n_regions == 0:
        return member
    if polygons:
        found = points_in_polygons(px, py, xy, part_offsets, part_row, n_regions).polygon
        inside = found >= 0
        member[found[inside], np.flatnonzero(inside)] = True
        if buffer_m == 0:
            return member
        x0, y0, x1, y1, region = ring_edges(xy, part_offsets, part_row)
    else:
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        offsets = np.asarray(part_offsets, dtype=np.int64).ravel()
        region = np.asarray(part_row, dtype=np.int64).ravel()
        if offsets.size != region.size + 1 or (np.diff(offsets) != 1).any() or offsets[-1] != len(xy):
            raise ValueError("point regions need exactly one vertex per part")
        if not np.isfinite(xy).all():
            raise ValueError("region points must be finite numbers")
        x0 = x1 = xy[:, 0]
        y0 = y1 = xy[:, 1]
    if region.size and (region.min() < 0 or region.max() >= n_regions):
        raise ValueError("region indices must be in 0 .. number of regions - 1")
    order = np.argsort(region, kind="stable")
    bounds = np.searchsorted(region[order], np.arange(n_regions + 1), side="left")
    b2 = buffer_m * buffer_m
    for r in range(n_regions):
        e = order[bounds[r]:bounds[r + 1]]
        if e.size == 0:
            continue
        ex0, ey0, ex1, ey1 = x0[e], y0[e], x1[e], y1[e]
        cand = np.flatnonzero((px >= min(ex0.min(), ex1.min()) - buffer_m) & (px <= max(ex0.max(), ex1.max()) + buffer_m)
                              & (py >= min(ey0.min(), ey1.min()) - buffer_m)
                              & (py <= max(ey0.max(), ey1.max()) + buffer_m) & ~member[r])
        step = max(1, _PAIR_CHUNK // e.size)
        dx, dy = ex1 - ex0, ey1 - ey0
        len2 = dx * dx + dy * dy
        for k in range(0, cand.size, step):
            p = cand[k:k + step]
            qx = px[p][:, None] - ex0[None, :]
            qy = py[p][:, None] - ey0[None, :]
            with np.errstate(invalid="ignore", divide="ignore"):
                t = np.where(len2 > 0, (qx * dx + qy * dy) / np.where(len2 > 0, len2, 1.0), 0.0)
            t = np.clip(t, 0.0, 1.0)
            d2 = (qx - t * dx) ** 2 + (qy - t * dy) ** 2
            member[r, p[(d2 <= b2).any(axis=1)]] = True
    return member
