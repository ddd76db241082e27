"""Zonal sums of rasters into polygons, vectorised: rasterise the zones once (scanline,
even-odd rule, pixel-centre rule) and sum with ``numpy.bincount``, block by block so a
raster of any size is read a strip of rows at a time. Plus hexagon grids.

Pure NumPy (no qgis, no GDAL): the adapter reads the raster blocks and the polygon
rings; everything else is here.

Pixel-centre rule: a pixel belongs to a zone when its centre lies inside the polygon
(boundaries half-open: a centre exactly on a left/bottom edge is in, on a right/top
edge is out, so neighbouring zones never share a pixel). A zone that covers no pixel
centre gets sum 0 and ``n_pixels`` 0; a zone partly outside the raster sums the pixels
inside. This is GDAL's default rasterisation rule (without ALL_TOUCHED).
"""
from __future__ import annotations

import math

import numpy as np


def row_blocks(n_rows, block_rows):
    """Generator of ``(row_start, row_stop)`` strips covering ``n_rows`` rows."""
    block_rows = max(1, int(block_rows))
    for start in range(0, int(n_rows), block_rows):
        yield start, min(start + block_rows, int(n_rows))


def polygon_edges(xy, ring_offsets, ring_zone):
    """Edges of closed rings: ``xy`` (n_vertices, 2), ring k spans
    ``xy[ring_offsets[k]:ring_offsets[k+1]]`` (closed or not), ``ring_zone[k]`` its zone.
    Returns (x0, y0, x1, y1, zone) arrays, horizontal edges dropped."""
    xy = np.asarray(xy, float)
    off = np.asarray(ring_offsets, np.int64)
    ring_zone = np.asarray(ring_zone, np.int64)
    n_v = len(xy)
    if n_v == 0:
        e = np.empty(0)
        return e, e, e, e, np.empty(0, np.int64)
    ring_of = np.repeat(np.arange(len(off) - 1), np.diff(off))
    nxt = np.arange(1, n_v + 1)
    last = off[1:] - 1
    nxt[last[last >= off[:-1]]] = off[:-1][last >= off[:-1]]  # wrap to the ring start
    x0, y0 = xy[:, 0], xy[:, 1]
    x1, y1 = xy[nxt, 0], xy[nxt, 1]
    keep = y0 != y1
    return x0[keep], y0[keep], x1[keep], y1[keep], ring_zone[ring_of[keep]]


def rasterize_zone_codes(edges, geotransform, n_cols, row_start, row_stop):
    """Zone code of every pixel in rows [row_start, row_stop) of a north-up grid:
    0 outside every zone, z + 1 inside zone z (so ``numpy.bincount`` can dump "no zone"
    in bin 0 without a masking pass).

    ``geotransform`` is GDAL's (x_left, dx, 0, y_top, 0, dy) with dx > 0, dy < 0; pixel
    (r, c) has centre (x_left + (c + .5) dx, y_top + (r + .5) dy). Scanline fill with
    the even-odd rule per zone (holes and multi-part zones work), pixel-centre rule:
    for each pixel-centre row, the crossings of every zone's edges are sorted and
    paired into spans [x_a, x_b); a pixel is in a span when x_a <= x_centre < x_b.
    Pixels in more than one zone get 0 and are counted. Returns ``(codes, n_overlap)``.
    """
    x_left, dx, rot1, y_top, rot2, dy = (float(v) for v in geotransform)
    if rot1 != 0 or rot2 != 0 or dx <= 0 or dy >= 0:
        raise ValueError("only north-up rasters without rotation are supported (dx > 0, dy < 0)")
    n_rows = row_stop - row_start
    x0, y0, x1, y1, zone = edges
    ymin, ymax = np.minimum(y0, y1), np.maximum(y0, y1)
    # rows whose centre y_c satisfies ymin <= y_c < ymax
    r_lo = np.floor((ymax - y_top) / dy - 0.5).astype(np.int64) + 1
    r_hi = np.floor((ymin - y_top) / dy - 0.5).astype(np.int64)
    r_lo = np.maximum(r_lo, row_start)
    r_hi = np.minimum(r_hi, row_stop - 1)
    sel = np.flatnonzero(r_hi >= r_lo)
    if len(sel) == 0:
        return np.zeros((n_rows, n_cols), np.int64), 0
    span = r_hi[sel] - r_lo[sel] + 1
    e = np.repeat(sel, span)
    first = np.repeat(np.cumsum(span) - span, span)
    row = r_lo[e] + (np.arange(len(e)) - first)
    yc = y_top + (row + 0.5) * dy
    xc = x0[e] + (yc - y0[e]) * (x1[e] - x0[e]) / (y1[e] - y0[e])
    z = zone[e]
    order = np.lexsort((xc, z * n_rows + (row - row_start)))  # by zone, row, then x
    xc, row, z = xc[order], row[order], z[order]
    xa, xb = xc[0::2], xc[1::2]
    rr, zz = row[0::2] - row_start, z[0::2]
    c_a = np.clip(np.ceil((xa - x_left) / dx - 0.5), 0, n_cols).astype(np.int64)
    c_b = np.clip(np.ceil((xb - x_left) / dx - 0.5), 0, n_cols).astype(np.int64)
    filled = c_b > c_a
    rr, zz, c_a, c_b = rr[filled], zz[filled], c_a[filled], c_b[filled]
    # flat positions in the (n_rows, n_cols) block; c_b == n_cols ends a span at the row's end
    pos_a, pos_b = rr * n_cols + c_a, rr * n_cols + c_b
    by_start = np.argsort(pos_a, kind="stable")
    pos_a, pos_b, zz = pos_a[by_start], pos_b[by_start], zz[by_start]
    # spans of different zones overlap iff, sorted by start, one starts before the previous ends
    if len(pos_a) < 2 or not (pos_a[1:] < pos_b[:-1]).any():
        # the block is a sequence of gaps (code 0) and spans (code z + 1): one np.repeat writes it
        bounds = np.empty(2 * len(pos_a) + 2, np.int64)
        bounds[0], bounds[-1] = 0, n_rows * n_cols
        bounds[1:-1:2], bounds[2:-1:2] = pos_a, pos_b
        values = np.zeros(2 * len(pos_a) + 1, np.int64)
        values[1::2] = zz + 1
        codes = np.repeat(values, np.diff(bounds))
        return codes.reshape(n_rows, n_cols), 0
    width = n_cols + 1  # slow path for overlapping zones: difference arrays with a counter
    pos_a, pos_b = rr[by_start] * width + c_a[by_start], rr[by_start] * width + c_b[by_start]
    diff = np.zeros(n_rows * width, np.int64)
    cnt = np.zeros(n_rows * width, np.int64)
    np.add.at(diff, pos_a, zz + 1)
    np.add.at(diff, pos_b, -(zz + 1))
    np.add.at(cnt, pos_a, 1)
    np.add.at(cnt, pos_b, -1)
    codes = np.cumsum(diff.reshape(n_rows, width), axis=1)[:, :n_cols]
    cnt = np.cumsum(cnt.reshape(n_rows, width), axis=1)[:, :n_cols]
    codes[cnt > 1] = 0
    return codes, int((cnt > 1).sum())


def rasterize_zones(edges, geotransform, n_cols, row_start, row_stop):
    """As :func:`rasterize_zone_codes` but returns zone indices: -1 outside every zone
    (and where zones overlap), z inside zone z. Returns ``(index, n_overlap)``."""
    codes, n_overlap = rasterize_zone_codes(edges, geotransform, n_cols, row_start, row_stop)
    return codes - 1, n_overlap


def zonal_sums(blocks, n_zones, nodata=None, codes=False):
    """Zonal sums by ``numpy.bincount`` over an iterable of ``(zone_index, values)``
    blocks (same shape; zone -1 = no zone; with ``codes=True`` the blocks carry zone
    codes from :func:`rasterize_zone_codes` instead, 0 = no zone, which saves a pass).

    S_z = sum of values v_p over pixels p with zone(p) = z and v_p valid (finite and
    != ``nodata``). Returns a dict: float64 arrays of length ``n_zones`` ``sum``,
    ``n_pixels`` (valid pixels counted), ``n_nodata`` (pixels of the zone that were
    nodata), and ``n_negative`` (int: valid pixels below 0 in the blocks, in or out of
    the zones, for checks).
    """
    sums = np.zeros(n_zones + 1)
    n_valid = np.zeros(n_zones + 1)
    n_nodata = np.zeros(n_zones + 1)
    n_negative = 0
    use_nodata = nodata is not None and not (isinstance(nodata, float) and math.isnan(nodata))
    for index, values in blocks:
        code = np.asarray(index).ravel()
        if not codes:
            code = code + 1
        # float64 weights: numpy's bincount converts anything else pixel by pixel, 2-3x slower
        values = np.asarray(values).ravel().astype(np.float64, copy=False)
        invalid = None
        if not np.isfinite(values.sum()):  # one fast pass tells whether any NaN/inf is there
            invalid = ~np.isfinite(values)
        if use_nodata:
            nd = values == nodata
            if nd.any():
                invalid = nd if invalid is None else (invalid | nd)
        if values.size and not values.min() >= 0:  # NaN also takes this branch
            n_negative += int(np.count_nonzero(values < 0))
            if use_nodata and nodata < 0:
                n_negative -= int(np.count_nonzero(nd))
        if invalid is not None:
            n_nodata += np.bincount(code[invalid], minlength=n_zones + 1)
            code = code.copy()
            code[invalid] = 0  # invalid values (NaN, nodata) land in bin 0, which is dropped
        sums += np.bincount(code, weights=values, minlength=n_zones + 1)
        n_valid += np.bincount(code, minlength=n_zones + 1)
    return {"sum": sums[1:], "n_pixels": n_valid[1:], "n_nodata": n_nodata[1:], "n_negative": n_negative}


def hexagon_grid(xmin, ymin, xmax, ymax, size, orientation="pointy"):
    """Regular hexagons of side ``size`` (metres; = circumradius, area 3*sqrt(3)/2*size^2)
    whose centres tile the extent with one extra ring so every point of the extent is
    covered. ``orientation``: ``pointy`` (a vertex at the top; rows offset by half a
    width) or ``flat`` (a flat top; columns offset).

    Returns ``(cx, cy, vertices)`` with vertices of shape (n, 7, 2) (closed rings,
    counter-clockwise).
    """
    if not size > 0:
        raise ValueError(f"hexagon size must be > 0, got {size}")
    if orientation not in ("pointy", "flat"):
        raise ValueError(f"hexagon orientation must be 'pointy' or 'flat', got {orientation!r}")
    w, h = math.sqrt(3) * size, 1.5 * size  # pointy: column step, row step
    if orientation == "flat":
        w, h = h, w
    n_c = int(math.ceil((xmax - xmin) / w)) + 2
    n_r = int(math.ceil((ymax - ymin) / h)) + 2
    if n_c * n_r > 50_000_000:
        raise ValueError(f"{n_c * n_r} hexagons: the size {size} is too small for this extent")
    r, c = np.divmod(np.arange(n_r * n_c), n_c)
    if orientation == "pointy":
        cx = xmin + (c + 0.5 * (r % 2)) * w
        cy = ymin + r * h
        angles = np.deg2rad(30 + 60 * np.arange(7))
    else:
        cx = xmin + c * w
        cy = ymin + (r + 0.5 * (c % 2)) * h
        angles = np.deg2rad(60 * np.arange(7))
    cx = cx - w / 2
    cy = cy - h / 2
    verts = np.stack([cx[:, None] + size * np.cos(angles), cy[:, None] + size * np.sin(angles)], axis=-1)
    return cx, cy, verts
