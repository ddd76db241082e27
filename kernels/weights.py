"""Sparse spatial weights for local statistics (hot spots, local Moran's I).

Every builder returns a ``scipy.sparse.csr_matrix`` ``W`` of shape (n, n) with a zero
diagonal and binary weights (w_ij = 1 if j is a neighbour of i, else 0). Use
:func:`row_standardize` for row-standardised weights (w_ij / sum_j w_ij) and
:func:`add_self_weight` for the Gi* self-inclusion. No builder loops over pairs in
Python: neighbour pairs come from ``cKDTree`` queries or from sorting/grouping vertex and
edge keys with NumPy.

References: Anselin, L. (1988) *Spatial Econometrics*, ch. 3 (contiguity, distance and
k-nearest weights); Getis, A. & Aldstadt, J. (2004) *Constructing the spatial weights
matrix using a local statistic*. The contiguity definitions (queen = at least one shared
vertex, rook = at least one shared edge) follow libpysal's ``Queen`` / ``Rook``.
"""
import numpy as np

from ._lazy import lazy_module, lazy_name

sparse = lazy_module("scipy.sparse")
csgraph = lazy_module("scipy.sparse.csgraph")
cKDTree = lazy_name("scipy.spatial", "cKDTree")

__all__ = [
    "knn_weights",
    "distance_band_weights",
    "contiguity_weights",
    "row_standardize",
    "add_self_weight",
    "weights_report",
]


def _check_xy(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("x and y must be 1-D arrays of the same length")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("coordinates must be finite (no NaN or inf)")
    return np.column_stack([x, y])


def _pairs_to_csr(rows, cols, n):
    """Binary symmetric-or-not csr matrix from pair arrays, duplicates merged, no diagonal."""
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    keep = rows != cols
    rows, cols = rows[keep], cols[keep]
    w = sparse.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n))
    w.sum_duplicates()
    w.data[:] = 1.0
    w.sort_indices()
    return w


def knn_weights(x, y, k):
    """k-nearest-neighbour weights: w_ij = 1 for the k units j != i closest to i
    (Euclidean distance in the layer's metric CRS, metres), else 0.

    Not symmetric in general. Ties at the k-th distance are broken by the KD-tree order.
    Coincident points are neighbours of each other (distance 0); a unit is never its own
    neighbour.

    Raises ``ValueError`` if ``k < 1`` or ``k > n - 1`` (fewer other units than k).
    """
    xy = _check_xy(x, y)
    n = xy.shape[0]
    k = int(k)
    if k < 1:
        raise ValueError(f"k must be at least 1 (got {k})")
    if k > n - 1:
        raise ValueError(
            f"k = {k} nearest neighbours requested but there are only {n} units "
            f"({n - 1} possible neighbours per unit)"
        )
    tree = cKDTree(xy)
    _, idx = tree.query(xy, k=k + 1)
    idx = np.asarray(idx, dtype=np.int64).reshape(n, k + 1)
    is_self = idx == np.arange(n)[:, None]
    # rows where self did not come back (more than k coincident points): drop the last
    no_self = ~is_self.any(axis=1)
    is_self[no_self, k] = True
    cols = idx[~is_self].reshape(n, k)
    rows = np.repeat(np.arange(n), k)
    return _pairs_to_csr(rows, cols.ravel(), n)


def distance_band_weights(x, y, distance):
    """Distance-band weights: w_ij = 1 if 0 < ||p_i - p_j|| <= distance (inclusive,
    metres) or the points coincide (j != i), else 0. Symmetric. Units with no neighbour
    within the band are islands (empty rows); see :func:`weights_report`."""
    xy = _check_xy(x, y)
    n = xy.shape[0]
    distance = float(distance)
    if not np.isfinite(distance) or distance <= 0:
        raise ValueError(f"distance band must be a positive number of metres (got {distance})")
    tree = cKDTree(xy)
    pairs = tree.query_pairs(distance, output_type="ndarray")
    if pairs.size == 0:
        return sparse.csr_matrix((n, n))
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
    return _pairs_to_csr(rows, cols, n)


def _group_pairs(group_id, member):
    """All ordered pairs (a, b), a != b, of members sharing a group id. Vectorised:
    members are sorted by group, each member is repeated group-size times and paired with
    every member of its group."""
    order = np.lexsort((member, group_id))
    g = group_id[order]
    m = member[order]
    # drop duplicated (group, member) entries
    first = np.ones(g.size, dtype=bool)
    first[1:] = (g[1:] != g[:-1]) | (m[1:] != m[:-1])
    g, m = g[first], m[first]
    if g.size == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    sizes = np.diff(np.r_[starts, g.size])
    # keep only groups with at least two members
    multi = sizes > 1
    if not multi.any():
        return np.empty(0, np.int64), np.empty(0, np.int64)
    starts, sizes = starts[multi], sizes[multi]
    elem_group = np.repeat(np.arange(starts.size), sizes)
    elem_idx = starts[elem_group] + _ramp(sizes)
    reps = sizes[elem_group]
    left = np.repeat(m[elem_idx], reps)
    # partner index: for each repeated element, walk over its whole group
    partner_pos = np.repeat(starts[elem_group], reps) + _ramp(reps)
    right = m[partner_pos]
    keep = left != right
    return left[keep], right[keep]


def _ramp(sizes):
    """concatenate([arange(s) for s in sizes]) without a Python loop."""
    sizes = np.asarray(sizes, dtype=np.int64)
    total = int(sizes.sum())
    if total == 0:
        return np.empty(0, np.int64)
    offsets = np.cumsum(sizes) - sizes
    return np.arange(total, dtype=np.int64) - np.repeat(offsets, sizes)


def contiguity_weights(xy, part_offsets, part_row, n, rule="queen", tolerance=1e-6):
    """Polygon contiguity weights from rings.

    Parameters
    ----------
    xy : (n_vertices, 2) float array of ring vertices (metres or layer units).
    part_offsets : (n_parts + 1,) int array; ring r is ``xy[part_offsets[r]:part_offsets[r+1]]``.
    part_row : (n_parts,) int array; the unit (row, 0..n-1) that ring r belongs to.
    n : number of units (rows); units without rings become islands.
    rule : ``"queen"`` (w_ij = 1 if i and j share at least one vertex) or ``"rook"``
        (share at least one edge, i.e. two consecutive vertices of a ring).
    tolerance : vertices are snapped to a grid of this size before comparison
        (``round(coord / tolerance)``); two vertices closer than the tolerance but on
        either side of a grid line may still differ, so data should be topologically
        clean (as libpysal also assumes).

    Vertex keys are grouped with a lexicographic sort; every pair of units sharing a key
    becomes a neighbour pair. Symmetric, binary, zero diagonal.
    """
    if rule not in ("queen", "rook"):
        raise ValueError(f"contiguity rule must be 'queen' or 'rook' (got {rule!r})")
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    part_offsets = np.asarray(part_offsets, dtype=np.int64)
    part_row = np.asarray(part_row, dtype=np.int64)
    n = int(n)
    if part_offsets.size != part_row.size + 1:
        raise ValueError("part_offsets must have one more entry than part_row")
    if xy.shape[0] == 0:
        return sparse.csr_matrix((n, n))
    if not np.all(np.isfinite(xy)):
        raise ValueError("ring coordinates must be finite")
    if float(tolerance) <= 0:
        raise ValueError("tolerance must be positive")
    lengths = np.diff(part_offsets)
    vert_part = np.repeat(np.arange(part_row.size), lengths)
    vert_row = part_row[vert_part]
    keys = np.round(xy / float(tolerance)).astype(np.int64)
    order = np.lexsort((keys[:, 1], keys[:, 0]))
    ks = keys[order]
    new = np.ones(order.size, dtype=bool)
    new[1:] = np.any(ks[1:] != ks[:-1], axis=1)
    vid = np.empty(order.size, dtype=np.int64)
    vid[order] = np.cumsum(new) - 1
    if rule == "queen":
        left, right = _group_pairs(vid, vert_row)
    else:
        # edges between consecutive vertices of the same ring
        same_part = vert_part[1:] == vert_part[:-1]
        # closing edge last -> first of every ring (zero length, dropped, if already closed)
        nonempty = lengths > 0
        first_v = part_offsets[:-1][nonempty]
        last_v = part_offsets[1:][nonempty] - 1
        a = np.r_[vid[:-1][same_part], vid[last_v]]
        b = np.r_[vid[1:][same_part], vid[first_v]]
        erow = np.r_[vert_row[:-1][same_part], part_row[nonempty]]
        keep = a != b  # zero-length edges (closing vertex duplicates)
        a, b, erow = a[keep], b[keep], erow[keep]
        lo = np.minimum(a, b)
        hi = np.maximum(a, b)
        eorder = np.lexsort((hi, lo))
        lo_s, hi_s = lo[eorder], hi[eorder]
        enew = np.ones(eorder.size, dtype=bool)
        enew[1:] = (lo_s[1:] != lo_s[:-1]) | (hi_s[1:] != hi_s[:-1])
        eid = np.empty(eorder.size, dtype=np.int64)
        eid[eorder] = np.cumsum(enew) - 1
        left, right = _group_pairs(eid, erow)
    return _pairs_to_csr(left, right, n)


def row_standardize(w):
    """Row-standardised copy: w_ij / sum_j w_ij. Rows summing to 0 (islands) stay 0."""
    w = sparse.csr_matrix(w, dtype=float, copy=True)
    rs = np.asarray(w.sum(axis=1)).ravel()
    scale = np.zeros_like(rs)
    nz = rs != 0
    scale[nz] = 1.0 / rs[nz]
    w = sparse.diags(scale) @ w
    return sparse.csr_matrix(w)


def add_self_weight(w, value=1.0):
    """Copy of ``w`` with the diagonal set to ``value`` (Gi* includes the unit itself,
    Ord & Getis 1995)."""
    w = sparse.lil_matrix(w, dtype=float, copy=True)
    w.setdiag(value)
    return sparse.csr_matrix(w)


def weights_report(w):
    """Neighbour-count summary of a weights matrix (diagonal ignored).

    Returns a dict: ``n``, ``n_links`` (non-zero off-diagonal entries), ``min``,
    ``mean``, ``max`` neighbours, ``islands`` (int array of rows with no neighbour),
    ``n_components`` (connected components of the symmetrised graph), ``symmetric``.
    """
    w = sparse.csr_matrix(w)
    n = w.shape[0]
    off = w - sparse.diags(w.diagonal())
    off = sparse.csr_matrix(off)
    off.eliminate_zeros()
    card = np.diff(off.indptr)
    n_comp = csgraph.connected_components(off, directed=True, connection="weak")[0] if n else 0
    sym = (abs(off - off.T) > 1e-12).nnz == 0
    return {
        "n": int(n),
        "n_links": int(off.nnz),
        "min": int(card.min()) if n else 0,
        "mean": float(card.mean()) if n else 0.0,
        "max": int(card.max()) if n else 0,
        "islands": np.flatnonzero(card == 0),
        "n_components": int(n_comp),
        "symmetric": bool(sym),
        "cardinality": card,
    }
