"""A routable network from OpenStreetMap ways (caremap:osmnetwork): the topology (ways
meet at shared OSM nodes only), clipping, components and lengths. Which ways each mode
may use, their speed and one-way rule are ``kernels/osm_tags.py``. Pure NumPy/SciPy; the
adapter reads the OSM ``lines`` layer and writes the result.

Topology: ways are split at every vertex whose exact coordinates another way (or the
same way elsewhere) also has, i.e. at the shared OSM nodes; ways that only cross (a
bridge over a street, a tunnel under it) have no common vertex and stay apart. The
pieces meet only at their ends. Components are computed from the piece ends by exact
coordinate equality, before any reprojection.
"""
from __future__ import annotations

import numpy as np

from ._lazy import lazy_module, lazy_name

sp = lazy_module("scipy.sparse")
connected_components = lazy_name("scipy.sparse.csgraph", "connected_components")


# --------------------------------------------------------------------------- geometry
def _checked(xy, part_offsets, part_row):
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    offs = np.asarray(part_offsets, dtype=np.int64)
    prow = np.asarray(part_row, dtype=np.int64)
    if len(offs) != len(prow) + 1 or (len(offs) and (offs[0] != 0 or offs[-1] != len(xy))):
        raise ValueError("part_offsets must start at 0, end at the number of vertices and have one more entry than part_row")
    if np.any(np.diff(offs) < 0):
        raise ValueError("part_offsets must not decrease")
    if not np.all(np.isfinite(xy)):
        raise ValueError("The ways hold non-finite coordinates")
    return xy, offs, prow


def _runs(keep_vertex, offs):
    """Drop vertices; returns new offsets of the parts (empty parts kept as empty)."""
    counts = np.add.reduceat(keep_vertex.astype(np.int64), offs[:-1]) if len(offs) > 1 and len(keep_vertex) else \
        np.zeros(max(len(offs) - 1, 0), dtype=np.int64)
    counts = np.where(np.diff(offs) > 0, counts, 0)
    out = np.zeros(len(offs), dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out


def drop_repeated_vertices(xy, part_offsets, part_row):
    """Consecutive identical vertices of a part collapse to one; parts left with fewer
    than two vertices are dropped. Returns ``(xy, part_offsets, part_row)``."""
    xy, offs, prow = _checked(xy, part_offsets, part_row)
    nv = len(xy)
    first = np.zeros(nv, dtype=bool)
    first[offs[:-1][np.diff(offs) > 0]] = True
    same = np.zeros(nv, dtype=bool)
    same[1:] = np.all(xy[1:] == xy[:-1], axis=1)
    keep = first | ~same
    new_offs = _runs(keep, offs)
    xy = xy[keep]
    good = np.diff(new_offs) >= 2
    return select_parts(xy, new_offs, prow, good)


def select_parts(xy, offs, prow, mask):
    """The parts where ``mask`` is True: ``(xy, part_offsets, part_row)``."""
    xy, offs, prow = _checked(xy, offs, prow)
    mask = np.asarray(mask, dtype=bool)
    lengths = np.diff(offs)[mask]
    starts = offs[:-1][mask]
    idx = _ranges(starts, lengths)
    out = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=out[1:])
    return xy[idx], out, prow[mask]


def _ranges(starts, lengths):
    """Concatenated ``arange(s, s + l)`` for each (s, l)."""
    lengths = np.asarray(lengths, dtype=np.int64)
    tot = int(lengths.sum())
    if tot == 0:
        return np.zeros(0, dtype=np.int64)
    rep = np.repeat(np.asarray(starts, dtype=np.int64), lengths)
    return rep + np.arange(tot) - np.repeat(np.cumsum(lengths) - lengths, lengths)


def clip_to_rect(xy, part_offsets, part_row, rect):
    """Clip parts to ``rect = (xmin, ymin, xmax, ymax)`` (Liang-Barsky per segment,
    vectorised). A part leaving and re-entering the rectangle becomes several parts of
    the same row. Vertices inside are kept bit for bit (so shared nodes stay shared);
    new vertices lie on the rectangle's edge. Returns ``(xy, part_offsets, part_row)``."""
    xy, offs, prow = _checked(xy, part_offsets, part_row)
    xmin, ymin, xmax, ymax = (float(v) for v in rect)
    if not (xmin <= xmax and ymin <= ymax):
        raise ValueError("The extent is empty")
    nv = len(xy)
    part = np.repeat(np.arange(len(prow)), np.diff(offs))
    a = np.flatnonzero(part[:-1] == part[1:]) if nv > 1 else np.zeros(0, dtype=np.int64)
    p0, p1 = xy[a], xy[a + 1]
    d = p1 - p0
    t0 = np.zeros(len(a))
    t1 = np.ones(len(a))
    ok = np.ones(len(a), dtype=bool)
    for p, q in ((-d[:, 0], p0[:, 0] - xmin), (d[:, 0], xmax - p0[:, 0]),
                 (-d[:, 1], p0[:, 1] - ymin), (d[:, 1], ymax - p0[:, 1])):
        zero = p == 0
        ok &= ~(zero & (q < 0))
        with np.errstate(divide="ignore", invalid="ignore"):
            r = np.where(zero, 0.0, q / np.where(zero, 1.0, p))
        t0 = np.where(~zero & (p < 0), np.maximum(t0, r), t0)
        t1 = np.where(~zero & (p > 0), np.minimum(t1, r), t1)
    ok &= t0 <= t1
    a, p0, p1, d, t0, t1 = a[ok], p0[ok], p1[ok], d[ok], t0[ok], t1[ok]
    ca = np.where((t0 == 0)[:, None], p0, p0 + t0[:, None] * d)
    cb = np.where((t1 == 1)[:, None], p1, p0 + t1[:, None] * d)
    m = len(a)
    start = np.ones(m, dtype=bool)
    if m > 1:
        start[1:] = (a[1:] != a[:-1] + 1) | (part[a[1:]] != part[a[:-1]]) | (t1[:-1] < 1) | (t0[1:] > 0)
    verts = np.empty((2 * m, 2))
    verts[0::2] = ca
    verts[1::2] = cb
    keep = np.empty(2 * m, dtype=bool)
    keep[0::2] = start
    keep[1::2] = True
    verts = verts[keep]
    emitted = 1 + start.astype(np.int64)
    run_start = (np.cumsum(emitted) - emitted)[start]
    new_offs = np.append(run_start, len(verts)).astype(np.int64)
    new_row = prow[part[a[start]]] if m else np.zeros(0, dtype=np.int64)
    return drop_repeated_vertices(verts, new_offs, new_row)


def split_at_shared_vertices(xy, part_offsets, part_row):
    """Split parts at every vertex whose exact coordinates occur more than once in the
    data (a node shared with another way, or visited twice by the same way), never at
    mere crossings. Returns ``(xy, piece_offsets, piece_row)``: pieces that meet only at
    their ends, in the direction of their way."""
    xy, offs, prow = drop_repeated_vertices(xy, part_offsets, part_row)
    nv = len(xy)
    if nv == 0:
        return xy, np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64)
    _, inv, counts = np.unique(xy, axis=0, return_inverse=True, return_counts=True)
    cut = counts[inv.ravel()] > 1
    cut[offs[:-1]] = True
    cut[offs[1:] - 1] = True
    part = np.repeat(np.arange(len(prow)), np.diff(offs))
    c = np.flatnonzero(cut)
    pair = part[c[:-1]] == part[c[1:]]
    s, e = c[:-1][pair], c[1:][pair]
    lengths = e - s + 1
    idx = _ranges(s, lengths)
    out = np.zeros(len(s) + 1, dtype=np.int64)
    np.cumsum(lengths, out=out[1:])
    return xy[idx], out, prow[part[s]]


def components(xy, piece_offsets):
    """Connected components of pieces joined at exactly equal end coordinates.
    Returns ``(label per piece, number of components)``; labels are numbered by
    decreasing total number of pieces (0 = the largest by count)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    offs = np.asarray(piece_offsets, dtype=np.int64)
    n = len(offs) - 1
    if n <= 0:
        return np.zeros(0, dtype=np.int64), 0
    ends = np.concatenate([xy[offs[:-1]], xy[offs[1:] - 1]])
    _, node = np.unique(ends, axis=0, return_inverse=True)
    node = node.ravel()
    nn = int(node.max()) + 1
    g = sp.coo_matrix((np.ones(n), (node[:n], node[n:])), shape=(nn, nn))
    ncomp, lab = connected_components(g, directed=False)
    piece_lab = lab[node[:n]]
    size = np.bincount(piece_lab, minlength=ncomp)
    rank = np.empty(ncomp, dtype=np.int64)
    rank[np.argsort(-size, kind="stable")] = np.arange(ncomp)
    return rank[piece_lab], int(ncomp)


def lengths(xy, piece_offsets):
    """Planar length of each piece, in the unit of ``xy``."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    offs = np.asarray(piece_offsets, dtype=np.int64)
    if len(offs) <= 1:
        return np.zeros(0)
    seg = np.hypot(*np.diff(xy, axis=0).T) if len(xy) > 1 else np.zeros(0)
    seg = np.append(seg, 0.0)
    # the segment from a piece's last vertex to the next piece's first is not part of either
    seg[offs[1:-1] - 1] = 0.0
    return np.add.reduceat(seg, offs[:-1])


def component_summary(component, length_m):
    """(number of components, share of the total length in the longest one, its label)."""
    component = np.asarray(component, dtype=np.int64)
    length_m = np.asarray(length_m, dtype=np.float64)
    if len(component) == 0:
        return 0, float("nan"), -1
    tot = np.bincount(component, weights=length_m)
    big = int(np.argmax(tot))
    total = float(tot.sum())
    return int(np.count_nonzero(np.bincount(component))), (float(tot[big] / total) if total > 0 else float("nan")), big
