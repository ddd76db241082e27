"""Spatial weights: knn, distance band, queen/rook contiguity, row standardisation."""
import numpy as np
import pytest
from caremap.kernels.weights import (
    add_self_weight,
    contiguity_weights,
    distance_band_weights,
    knn_weights,
    row_standardize,
    weights_report,
)


def _grid_rings(nx, ny, closed=True):
    xy, offsets, rows = [], [0], []
    r = 0
    for j in range(ny):
        for i in range(nx):
            ring = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
            if closed:
                ring.append((i, j))
            xy.extend(ring)
            offsets.append(offsets[-1] + len(ring))
            rows.append(r)
            r += 1
    return np.array(xy, float), np.array(offsets), np.array(rows)


def test_knn_hand_computed():
    x = np.array([0.0, 1, 3, 10])
    y = np.zeros(4)
    w = knn_weights(x, y, 1).toarray()
    np.testing.assert_array_equal(w, [[0, 1, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]])
    w2 = knn_weights(x, y, 2)
    assert (np.diff(w2.indptr) == 2).all()
    assert w2.diagonal().sum() == 0


def test_knn_coincident_points_and_too_few_units():
    x = np.zeros(4)
    y = np.zeros(4)
    w = knn_weights(x, y, 3).toarray()
    np.testing.assert_array_equal(w, 1 - np.eye(4))
    with pytest.raises(ValueError, match="only 4 units"):
        knn_weights(x, y, 4)
    with pytest.raises(ValueError, match="at least 1"):
        knn_weights(x, y, 0)


def test_distance_band_inclusive_and_islands():
    x = np.array([0.0, 100, 300, 1000])
    w = distance_band_weights(x, np.zeros(4), 200).toarray()
    np.testing.assert_array_equal(w, [[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]])
    rep = weights_report(w)
    assert rep["islands"].tolist() == [3]
    assert rep["n_components"] == 2 and rep["symmetric"]
    assert rep["min"] == 0 and rep["max"] == 2


@pytest.mark.parametrize("closed", [True, False])
def test_queen_and_rook_on_3x3_grid(closed):
    xy, off, rows = _grid_rings(3, 3, closed)
    q = contiguity_weights(xy, off, rows, 9, "queen")
    r = contiguity_weights(xy, off, rows, 9, "rook")
    qc = np.diff(q.indptr)
    rc = np.diff(r.indptr)
    assert qc.tolist() == [3, 5, 3, 5, 8, 5, 3, 5, 3]
    assert rc.tolist() == [2, 3, 2, 3, 4, 3, 2, 3, 2]
    assert (q != q.T).nnz == 0 and (r != r.T).nnz == 0
    assert q[0, 4] == 1 and r[0, 4] == 0 and r[0, 1] == 1
    # rook is a subset of queen
    assert (r.multiply(q) != r).nnz == 0


def test_contiguity_tolerance_snaps_and_extra_unit_is_island():
    xy, off, rows = _grid_rings(2, 1)
    xy = xy + np.random.default_rng(0).normal(0, 1e-9, xy.shape)
    w = contiguity_weights(xy, off, rows, 3, "rook", tolerance=1e-6)
    assert w[0, 1] == 1 and w[1, 0] == 1
    assert weights_report(w)["islands"].tolist() == [2]
    with pytest.raises(ValueError, match="queen"):
        contiguity_weights(xy, off, rows, 3, "bishop")


def test_multipart_unit_counts_once():
    # unit 0 has two rings touching unit 1 on two sides
    xy, off, _ = _grid_rings(3, 1)
    rows = np.array([0, 1, 0])
    w = contiguity_weights(xy, off, rows, 2, "rook")
    assert w.toarray().tolist() == [[0, 1], [1, 0]]


def test_row_standardize_and_self_weight():
    w = distance_band_weights(np.array([0.0, 1, 2, 50]), np.zeros(4), 1.5)
    rs = row_standardize(w)
    np.testing.assert_allclose(np.asarray(rs.sum(axis=1)).ravel(), [1, 1, 1, 0])
    np.testing.assert_allclose(rs.toarray()[1], [0.5, 0, 0.5, 0])
    s = add_self_weight(w)
    np.testing.assert_array_equal(s.diagonal(), 1)
    assert weights_report(s)["n_links"] == w.nnz


def test_contiguity_equals_brute_force_on_random_grids():
    """Queen/rook against a brute-force set comparison on jittered grids with holes."""
    rng = np.random.default_rng(7)
    for _ in range(5):
        nx, ny = rng.integers(2, 7, 2)
        gx = np.arange(nx + 1)[None, :] + rng.uniform(-0.2, 0.2, (ny + 1, nx + 1))
        gy = np.arange(ny + 1)[:, None] + rng.uniform(-0.2, 0.2, (ny + 1, nx + 1))
        keep = [(j, i) for j in range(ny) for i in range(nx) if rng.random() > 0.2]
        xy, offsets, rows, verts = [], [0], [], []
        for r, (j, i) in enumerate(keep):
            ring = [(j, i), (j, i + 1), (j + 1, i + 1), (j + 1, i), (j, i)]
            xy.extend([(gx[a, b], gy[a, b]) for a, b in ring])
            offsets.append(offsets[-1] + 5)
            rows.append(r)
            verts.append(ring)
        m = len(keep)
        if m == 0:
            continue
        q = contiguity_weights(np.array(xy), np.array(offsets), np.array(rows), m, "queen").toarray()
        rk = contiguity_weights(np.array(xy), np.array(offsets), np.array(rows), m, "rook").toarray()
        for a in range(m):
            for b in range(m):
                if a == b:
                    continue
                va, vb = set(verts[a]), set(verts[b])
                ea = {frozenset(e) for e in zip(verts[a][:-1], verts[a][1:])}
                eb = {frozenset(e) for e in zip(verts[b][:-1], verts[b][1:])}
                assert q[a, b] == (1 if va & vb else 0)
                assert rk[a, b] == (1 if ea & eb else 0)
