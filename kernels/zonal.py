"""Zonal sums of rasters into polygons, vectorised: cut the zones into runs of pixels
(scanline, even-odd rule, pixel-centre rule) and sum the runs with ``numpy.add.reduceat``
and ``numpy.bincount`` (:func:`iter_zone_spans`, :func:`span_sums`); or rasterise a zone
index and ``bincount`` it (:func:`rasterize_zone_codes`, :func:`zonal_sums`). Both work
strip by strip so a raster of any size is read a block of rows at a time. Plus hexagon
grids.

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

from .demand import share


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


def zone_spans(edges, geotransform, n_cols, row_start, row_stop):
    """Runs of pixels inside each zone in rows [row_start, row_stop) of a north-up grid.

    ``geotransform`` is GDAL's (x_left, dx, 0, y_top, 0, dy) with dx > 0, dy < 0; pixel
    (r, c) has centre (x_left + (c + .5) dx, y_top + (r + .5) dy). Scanline with the
    even-odd rule per zone (holes and multi-part zones work) and the pixel-centre rule:
    for each pixel-centre row, the crossings of every zone's edges are sorted and paired
    into intervals [x_a, x_b); pixel c is in when x_a <= x_centre(c) < x_b.
    Returns ``(row, col_start, col_stop, zone)`` int64 arrays, one entry per run (row
    relative to ``row_start``, columns half-open, runs never empty), sorted by zone then row.
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
        empty = np.empty(0, np.int64)
        return empty, empty, empty, empty
    span = r_hi[sel] - r_lo[sel] + 1
    e = np.repeat(sel, span)
    first = np.repeat(np.cumsum(span) - span, span)
    row = r_lo[e] + (np.arange(len(e)) - first) - row_start
    yc = y_top + (row + row_start + 0.5) * dy
    xc = x0[e] + (yc - y0[e]) * (x1[e] - x0[e]) / (y1[e] - y0[e])
    z = zone[e]
    order = np.lexsort((xc, z * n_rows + row))  # by zone, row, then x
    xc, row, z = xc[order], row[order], z[order]
    c_a = np.clip(np.ceil((xc[0::2] - x_left) / dx - 0.5), 0, n_cols).astype(np.int64)
    c_b = np.clip(np.ceil((xc[1::2] - x_left) / dx - 0.5), 0, n_cols).astype(np.int64)
    filled = c_b > c_a
    return row[0::2][filled], c_a[filled], c_b[filled], z[0::2][filled]


def iter_zone_spans(edges, geotransform, n_cols, n_rows, block_rows):
    """Generator over strips of ``block_rows`` rows of an (n_rows, n_cols) grid, yielding
    ``(row_start, row_stop, spans)`` with ``spans`` as :func:`zone_spans` gives them.

    Edges are bucketed once by the strips their rows touch, so each strip only looks at
    its own edges (a strip of a country-size raster does not scan every zone edge).
    """
    x_left, dx, rot1, y_top, rot2, dy = (float(v) for v in geotransform)
    if rot1 != 0 or rot2 != 0 or dx <= 0 or dy >= 0:
        raise ValueError("only north-up rasters without rotation are supported (dx > 0, dy < 0)")
    block_rows = max(1, int(block_rows))
    x0, y0, x1, y1, zone = edges
    r_lo = np.floor((np.maximum(y0, y1) - y_top) / dy - 0.5).astype(np.int64) + 1
    r_hi = np.floor((np.minimum(y0, y1) - y_top) / dy - 0.5).astype(np.int64)
    r_lo, r_hi = np.maximum(r_lo, 0), np.minimum(r_hi, n_rows - 1)
    keep = np.flatnonzero(r_hi >= r_lo)
    b_lo, b_hi = r_lo[keep] // block_rows, r_hi[keep] // block_rows
    count = b_hi - b_lo + 1
    edge = np.repeat(keep, count)
    block = np.repeat(b_lo, count) + (np.arange(len(edge)) - np.repeat(np.cumsum(count) - count, count))
    order = np.argsort(block, kind="stable")
    edge, block = edge[order], block[order]
    n_blocks = (n_rows + block_rows - 1) // block_rows
    bounds = np.searchsorted(block, np.arange(n_blocks + 1))
    for b in range(n_blocks):
        row_start, row_stop = b * block_rows, min((b + 1) * block_rows, n_rows)
        sub = edge[bounds[b]:bounds[b + 1]]
        spans = zone_spans((x0[sub], y0[sub], x1[sub], y1[sub], zone[sub]), geotransform, n_cols,
                           row_start, row_stop)
        yield row_start, row_stop, spans


def rasterize_zone_codes(edges, geotransform, n_cols, row_start, row_stop):
    """Zone code of every pixel in rows [row_start, row_stop) (see :func:`zone_spans`):
    0 outside every zone, z + 1 inside zone z, so ``numpy.bincount`` can drop "no zone"
    as bin 0. Pixels in more than one zone get 0 and are counted.
    Returns ``(codes, n_overlap)``.
    """
    n_rows = row_stop - row_start
    rr, c_a, c_b, zz = zone_spans(edges, geotransform, n_cols, row_start, row_stop)
    # flat positions in the (n_rows, n_cols) block; c_b == n_cols ends a run at the row's end
    pos_a, pos_b = rr * n_cols + c_a, rr * n_cols + c_b
    by_start = np.argsort(pos_a, kind="stable")
    pos_a, pos_b, zz = pos_a[by_start], pos_b[by_start], zz[by_start]
    # runs of different zones overlap iff, sorted by start, one starts before the previous ends
    if len(pos_a) < 2 or not (pos_a[1:] < pos_b[:-1]).any():
        # the block is a sequence of gaps (code 0) and runs (code z + 1): one np.repeat writes it
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


def span_sums(blocks, n_zones, nodata=None):
    """Zonal sums from pixel runs and prefix sums, without a per-pixel zone array.

    ``blocks``: iterable of ``(spans, values)`` with ``spans`` from :func:`zone_spans`
    for the block's rows and ``values`` the (rows, cols) block (not modified). Each run's
    sum of valid values comes from one ``numpy.add.reduceat`` over the run boundaries
    (or, where zones overlap, from prefix sums P[end] - P[start]), and S_z adds the runs
    of zone z with ``numpy.bincount``. A pixel inside two overlapping
    zones counts for both (each zone gets every pixel whose centre it contains). Work
    buffers are reused from block to block (fresh large arrays cost page faults).
    Same result dict as :func:`zonal_sums`.
    """
    sums = np.zeros(n_zones)
    n_valid = np.zeros(n_zones)
    n_nodata = np.zeros(n_zones)
    n_nonfinite = np.zeros(n_zones)
    n_negative = 0
    use_nodata = nodata is not None and not (isinstance(nodata, float) and math.isnan(nodata))
    nan_is_nodata = nodata is not None and not use_nodata
    work = prefix = mask = None
    for (rr, c_a, c_b, zz), values in blocks:
        n_cols = values.shape[1]
        size = values.size
        if work is None or work.size < size:
            work, prefix, mask = np.empty(size), np.empty(size + 1), np.empty(size, bool)
        flat = work[:size]
        np.copyto(flat, np.asarray(values).reshape(-1), casting="unsafe")
        m = mask[:size]
        invalid = None
        odd = None  # NaN/inf pixels that are not nodata (skipped, counted)
        if not np.isfinite(flat.sum()):  # one fast pass tells whether any NaN/inf is there
            invalid = ~np.isfinite(flat)
            odd = np.flatnonzero(np.isinf(flat) if nan_is_nodata else invalid)
        if use_nodata:
            np.equal(flat, nodata, out=m)
            if m.any():
                invalid = m if invalid is None else (invalid | m)
        if size and not flat.min() >= 0:  # NaN also takes this branch
            n_negative += int(np.count_nonzero(np.less(flat, 0, out=np.empty(size, bool))))
            if use_nodata and nodata < 0:
                n_negative -= int(np.count_nonzero(flat == nodata))
        bad = None
        if invalid is not None:
            bad = np.flatnonzero(invalid)  # invalid pixels are few
            flat[bad] = 0.0
        if len(zz) == 0:
            continue
        pos_a, pos_b = rr * n_cols + c_a, rr * n_cols + c_b
        order = np.argsort(pos_a, kind="stable")
        pos_a, pos_b, zz = pos_a[order], pos_b[order], zz[order]
        if len(pos_a) < 2 or not (pos_a[1:] < pos_b[:-1]).any():
            # disjoint runs: one add.reduceat over the run/gap boundaries sums every run
            bounds = np.empty(2 * len(pos_a), np.int64)
            bounds[0::2], bounds[1::2] = pos_a, pos_b
            if bounds[-1] >= size:  # a run ending at the block's end needs no closing bound
                bounds = bounds[:-1]
            run_sum = np.add.reduceat(flat, bounds)[0::2]
        else:  # overlapping zones: prefix sums
            pre = prefix[:size + 1]
            pre[0] = 0.0
            np.cumsum(flat, out=pre[1:])
            run_sum = pre[pos_b] - pre[pos_a]
        sums += np.bincount(zz, weights=run_sum, minlength=n_zones)
        length = (pos_b - pos_a).astype(np.float64)
        if bad is not None:
            missing = (np.searchsorted(bad, pos_b) - np.searchsorted(bad, pos_a)).astype(np.float64)
            n_nodata += np.bincount(zz, weights=missing, minlength=n_zones)
            length -= missing
        if odd is not None and len(odd):
            n_odd = (np.searchsorted(odd, pos_b) - np.searchsorted(odd, pos_a)).astype(np.float64)
            n_nonfinite += np.bincount(zz, weights=n_odd, minlength=n_zones)
        n_valid += np.bincount(zz, weights=length, minlength=n_zones)
    return {"sum": sums, "n_pixels": n_valid, "n_nodata": n_nodata, "n_nonfinite": n_nonfinite,
            "n_negative": n_negative}


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
    nodata, NaN or infinite, all skipped), ``n_nonfinite`` (those of them that are NaN or
    +/-inf without being the nodata value: a damaged or unusual raster, to report; NaN
    is nodata when ``nodata`` is NaN), and ``n_negative`` (int: valid pixels below 0 in
    the blocks, in or out of the zones, for checks; -inf counts).
    """
    sums = np.zeros(n_zones + 1)
    n_valid = np.zeros(n_zones + 1)
    n_nodata = np.zeros(n_zones + 1)
    n_nonfinite = np.zeros(n_zones + 1)
    n_negative = 0
    use_nodata = nodata is not None and not (isinstance(nodata, float) and math.isnan(nodata))
    nan_is_nodata = nodata is not None and not use_nodata
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
            odd = np.isinf(values) if nan_is_nodata else ~np.isfinite(values)
            n_nonfinite += np.bincount(code[odd], minlength=n_zones + 1)
            n_nodata += np.bincount(code[invalid], minlength=n_zones + 1)
            code = code.copy()
            code[invalid] = 0  # invalid values (NaN, nodata) land in bin 0, which is dropped
        sums += np.bincount(code, weights=values, minlength=n_zones + 1)
        n_valid += np.bincount(code, minlength=n_zones + 1)
    return {"sum": sums[1:], "n_pixels": n_valid[1:], "n_nodata": n_nodata[1:], "n_nonfinite": n_nonfinite[1:],
            "n_negative": n_negative}


def hexagon_area_km2(size):
    """Area in km2 of a regular hexagon of side ``size`` metres (= its circumradius):
    ``3 * sqrt(3) / 2 * size**2 / 1e6``; a size of 1,000 m gives 2.598 km2."""
    size = float(size)
    if not np.isfinite(size) or not size > 0:
        raise ValueError(f"hexagon size must be a positive number of metres, got {size}")
    return 3.0 * math.sqrt(3.0) / 2.0 * size ** 2 / 1e6


def population_density(population, area_km2):
    """People per km2: ``population / area_km2``, NULL (NaN) where the population is NULL
    or the area is 0 or missing (never a division by zero): the one safe ratio of
    :func:`caremap.kernels.demand.share`, as the demand indicators' densities."""
    return share(population, area_km2)


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
