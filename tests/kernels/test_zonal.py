"""Zonal sums: rasterised zone index and bincount sums against a brute-force
per-pixel point-in-polygon sum (pixel-centre rule), with nodata, holes, a zone partly
outside the raster and block-wise reading; hexagon grids."""
import math

import numpy as np
import pytest
from caremap.kernels.zonal import (
    hexagon_grid,
    iter_zone_spans,
    polygon_edges,
    rasterize_zones,
    row_blocks,
    span_sums,
    zonal_sums,
    zone_spans,
)
from hypothesis import given, settings
from hypothesis import strategies as st


def point_in_ring(px, py, ring):
    """Plain even-odd ray casting (brute-force reference)."""
    inside = False
    n = len(ring)
    for k in range(n):
        x0, y0 = ring[k]
        x1, y1 = ring[(k + 1) % n]
        if (y0 <= py < y1) or (y1 <= py < y0):
            xc = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
            if px < xc:
                inside = not inside
    return inside


def brute_force(zones, gt, values, nodata):
    """zones: list of list of rings. Per-pixel loop over pixel centres."""
    n_rows, n_cols = values.shape
    sums = np.zeros(len(zones))
    counts = np.zeros(len(zones))
    for r in range(n_rows):
        for c in range(n_cols):
            px = gt[0] + (c + 0.5) * gt[1]
            py = gt[3] + (r + 0.5) * gt[5]
            v = values[r, c]
            for z, rings in enumerate(zones):
                inside = sum(point_in_ring(px, py, ring) for ring in rings) % 2 == 1
                if inside and v != nodata and np.isfinite(v):
                    sums[z] += v
                    counts[z] += 1
    return sums, counts


def flatten(zones):
    xy, offsets, ring_zone = [], [0], []
    for z, rings in enumerate(zones):
        for ring in rings:
            xy.extend(ring)
            offsets.append(offsets[-1] + len(ring))
            ring_zone.append(z)
    return np.array(xy, float), np.array(offsets), np.array(ring_zone)


def run_blocks(zones, gt, values, nodata, block_rows, method="codes"):
    edges = polygon_edges(*flatten(zones))
    n_rows, n_cols = values.shape
    if method == "spans":
        return span_sums(((zone_spans(edges, gt, n_cols, r0, r1), values[r0:r1])
                          for r0, r1 in row_blocks(n_rows, block_rows)), len(zones), nodata=nodata)

    def gen():
        for r0, r1 in row_blocks(n_rows, block_rows):
            index, _ = rasterize_zones(edges, gt, n_cols, r0, r1)
            yield index, values[r0:r1]

    return zonal_sums(gen(), len(zones), nodata=nodata)


GT = (100.0, 10.0, 0.0, 500.0, 0.0, -10.0)  # 20 x 30 raster: x 100..400, y 300..500


def crafted():
    rng = np.random.default_rng(3)
    values = rng.integers(0, 50, size=(20, 30)).astype(float)
    values[3, 4] = -9999.0
    values[10, 10:15] = -9999.0
    values[15, 2] = np.nan
    zones = [
        [[(103, 497), (203, 497), (203, 403), (103, 403)]],                       # square
        [[(213, 487), (313, 437), (253, 396)]],                                   # triangle
        [[(150, 390), (290, 390), (290, 310), (150, 310)],                        # with a hole
         [(180, 370), (220, 370), (220, 330), (180, 330)]],
        [[(350, 480), (450, 480), (450, 250), (350, 250)]],                       # partly outside
        [[(900, 900), (950, 900), (950, 950)]],                                   # fully outside
        [[(121, 351), (124, 351), (124, 353)]],                                   # covers no centre
        [[(320, 300), (340, 300), (340, 320), (320, 320)],                        # multi-part
         [(300, 480), (310, 480), (310, 460), (300, 460)]],
    ]
    return zones, values


@pytest.mark.parametrize("method", ["codes", "spans"])
@pytest.mark.parametrize("block_rows", [1, 3, 7, 20, 64])
def test_zonal_sums_equal_brute_force(block_rows, method):
    zones, values = crafted()
    got = run_blocks(zones, GT, values, -9999.0, block_rows, method)
    sums, counts = brute_force(zones, GT, values, -9999.0)
    assert np.allclose(got["sum"], sums)
    assert np.array_equal(got["n_pixels"], counts)
    assert got["sum"][4] == 0 and got["n_pixels"][4] == 0
    assert got["n_pixels"][5] == 0
    assert got["n_pixels"][3] > 0  # partly outside: the inside part counted
    assert got["n_nodata"].sum() > 0


def test_spans_count_overlapping_pixels_for_both_zones():
    gt = (0.0, 1.0, 0.0, 4.0, 0.0, -1.0)
    zones = [[[(0, 0), (3, 0), (3, 4), (0, 4)]], [[(2, 0), (4, 0), (4, 4), (2, 4)]]]
    values = np.ones((4, 4))
    got = run_blocks(zones, gt, values, None, 2, "spans")
    assert got["n_pixels"].tolist() == [12, 8] and got["sum"].tolist() == [12, 8]


def test_square_by_hand():
    values = np.arange(12, dtype=float).reshape(3, 4)
    gt = (0.0, 1.0, 0.0, 3.0, 0.0, -1.0)
    # a square over pixel centres (1.5, 2.5), (2.5, 2.5), (1.5, 1.5), (2.5, 1.5) -> values 1, 2, 5, 6
    zones = [[[(1.2, 1.2), (2.8, 1.2), (2.8, 2.8), (1.2, 2.8)]]]
    got = run_blocks(zones, gt, values, None, 2)
    assert got["sum"][0] == 14 and got["n_pixels"][0] == 4
    # exactly on pixel-centre lines: left/bottom edges in, right/top out
    zones = [[[(1.5, 1.5), (2.5, 1.5), (2.5, 2.5), (1.5, 2.5)]]]
    got = run_blocks(zones, gt, values, None, 3)
    assert got["sum"][0] == 5 and got["n_pixels"][0] == 1


def test_neighbours_share_no_pixel():
    values = np.ones((10, 10))
    gt = (0.0, 1.0, 0.0, 10.0, 0.0, -1.0)
    zones = [[[(0, 0), (5, 0), (5, 10), (0, 10)]], [[(5, 0), (10, 0), (10, 10), (5, 10)]]]
    got = run_blocks(zones, gt, values, None, 4)
    assert got["n_pixels"].tolist() == [50, 50]


def test_overlap_is_counted_and_excluded():
    gt = (0.0, 1.0, 0.0, 4.0, 0.0, -1.0)
    zones = [[[(0, 0), (3, 0), (3, 4), (0, 4)]], [[(2, 0), (4, 0), (4, 4), (2, 4)]]]
    edges = polygon_edges(*flatten(zones))
    index, n_overlap = rasterize_zones(edges, gt, 4, 0, 4)
    assert n_overlap == 4
    assert (index[:, 2] == -1).all() and (index[:, :2] == 0).all() and (index[:, 3] == 1).all()


def test_rotated_raster_rejected():
    with pytest.raises(ValueError, match="north-up"):
        rasterize_zones(polygon_edges(np.zeros((0, 2)), [0], []), (0, 1, 0.1, 0, 0, -1), 2, 0, 2)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.floats(90, 420), st.floats(280, 520)), min_size=3, max_size=7),
       st.integers(1, 25))
def test_random_polygon_matches_brute_force(points, block_rows):
    # a star-shaped polygon from random points sorted by angle around their mean
    pts = np.array(points)
    ctr = pts.mean(axis=0)
    ang = np.arctan2(pts[:, 1] - ctr[1], pts[:, 0] - ctr[0])
    ring = [tuple(p) for p in pts[np.argsort(ang)]]
    zones = [[ring]]
    values = np.arange(600, dtype=float).reshape(20, 30)
    sums, counts = brute_force(zones, GT, values, None)
    for method in ("codes", "spans"):
        got = run_blocks(zones, GT, values, None, block_rows, method)
        assert np.allclose(got["sum"], sums)
        assert np.array_equal(got["n_pixels"], counts)


@pytest.mark.parametrize("orientation", ["pointy", "flat"])
def test_hexagon_grid_tiles_the_extent(orientation):
    size = 10.0
    cx, cy, verts = hexagon_grid(0, 0, 100, 60, size, orientation)
    assert verts.shape == (len(cx), 7, 2)
    assert np.allclose(verts[:, 0], verts[:, -1])
    # every side has length = size, area = 3 sqrt(3)/2 size^2 (shoelace)
    d = np.diff(verts, axis=1)
    assert np.allclose(np.hypot(d[..., 0], d[..., 1]), size)
    x, y = verts[..., 0], verts[..., 1]
    area = 0.5 * (x[:, :-1] * y[:, 1:] - x[:, 1:] * y[:, :-1]).sum(axis=1)
    assert np.allclose(area, 3 * math.sqrt(3) / 2 * size ** 2)
    # rasterising the grid: every pixel centre of the extent falls in exactly one hexagon
    gt = (0.0, 1.0, 0.0, 60.0, 0.0, -1.0)
    xy = verts.reshape(-1, 2)
    offsets = np.arange(0, len(xy) + 1, 7)
    edges = polygon_edges(xy, offsets, np.arange(len(cx)))
    index, n_overlap = rasterize_zones(edges, gt, 100, 0, 60)
    assert n_overlap == 0 and (index >= 0).all()
    # and it is the nearest centre
    r, c = np.mgrid[0:60, 0:100]
    px, py = c + 0.5, 60 - (r + 0.5)
    d2 = (px[..., None] - cx) ** 2 + (py[..., None] - cy) ** 2
    assert (index == d2.argmin(axis=-1)).mean() > 0.99  # ties on shared edges aside


def test_hexagon_grid_errors():
    with pytest.raises(ValueError):
        hexagon_grid(0, 0, 1, 1, 0)
    with pytest.raises(ValueError):
        hexagon_grid(0, 0, 1, 1, 1, "round")


def test_codes_and_negative_count():
    values = np.array([[1.0, -2.0, np.nan], [-9999.0, 4.0, -1.0]])
    codes = np.array([[1, 1, 1], [2, 2, 0]])
    got = zonal_sums([(codes, values)], 2, nodata=-9999.0, codes=True)
    assert got["sum"].tolist() == [-1.0, 4.0]
    assert got["n_pixels"].tolist() == [2, 1]
    assert got["n_nodata"].tolist() == [1, 1]
    assert got["n_negative"] == 2  # -2 and -1 (outside every zone); -9999 is nodata
    same = zonal_sums([(codes - 1, values)], 2, nodata=-9999.0)
    assert np.array_equal(same["sum"], got["sum"])


def test_negative_next_to_nan_is_counted():
    values = np.array([np.nan, -1.0, 2.0, -9999.0], dtype=np.float32)
    got = zonal_sums([(np.array([1, 1, 1, 1]), values)], 1, nodata=-9999.0, codes=True)
    assert got["n_negative"] == 1 and got["sum"][0] == 1.0 and got["n_nodata"][0] == 2
    spans = (np.array([0]), np.array([0]), np.array([4]), np.array([0]))
    got = span_sums([(spans, values.reshape(1, 4))], 1, nodata=-9999.0)
    assert got["n_negative"] == 1 and got["sum"][0] == 1.0 and got["n_nodata"][0] == 2
    assert got["n_pixels"][0] == 2


@pytest.mark.parametrize("block_rows", [1, 4, 20, 100])
def test_iter_zone_spans_matches_per_block_spans(block_rows):
    zones, values = crafted()
    edges = polygon_edges(*flatten(zones))
    blocks = [(spans, values[r0:r1]) for r0, r1, spans in iter_zone_spans(edges, GT, 30, 20, block_rows)]
    assert sum(v.shape[0] for _, v in blocks) == 20
    got = span_sums(blocks, len(zones), nodata=-9999.0)
    sums, counts = brute_force(zones, GT, values, -9999.0)
    assert np.allclose(got["sum"], sums) and np.array_equal(got["n_pixels"], counts)


@pytest.mark.parametrize("nodata, expected", [(-9999.0, [2, 1]), (None, [2, 1]), (math.nan, [1, 1])])
def test_non_finite_pixels_that_are_not_nodata_are_counted(nodata, expected):
    """Issue 11: NaN and +inf pixels inside a zone are skipped and counted per zone in
    ``n_nonfinite`` (NaN is not counted when it is the nodata value); the nodata value
    itself and pixels outside every zone are not counted. Both zonal paths agree."""
    values = np.array([[np.nan, np.inf, 2.0, -9999.0], [3.0, np.inf, 4.0, np.nan]])
    codes = np.array([[1, 1, 1, 1], [2, 2, 2, 0]])  # the last NaN is outside every zone
    got = zonal_sums([(codes, values)], 2, nodata=nodata, codes=True)
    assert got["n_nonfinite"].tolist() == expected
    assert got["sum"].tolist() == [2.0 + (0 if nodata is not None and not math.isnan(nodata) else -9999.0), 7.0]
    rr = np.array([0, 1])
    spans = (rr, np.array([0, 0]), np.array([4, 3]), np.array([0, 1]))
    same = span_sums([(spans, values)], 2, nodata=nodata)
    assert same["n_nonfinite"].tolist() == expected
    assert np.allclose(same["sum"], got["sum"])


def test_hexagon_area_and_density():
    from caremap.kernels.zonal import hexagon_area_km2, population_density

    assert hexagon_area_km2(1000.0) == pytest.approx(2.598076, rel=1e-6)  # 3 sqrt(3) / 2 km2
    assert hexagon_area_km2(100.0) == pytest.approx(0.02598076, rel=1e-6)
    np.testing.assert_allclose(population_density([2598.076, np.nan, 5.0], [2.598076, 1.0, 0.0]),
                               [1000.0, np.nan, np.nan], rtol=1e-6)
    with pytest.raises(ValueError):
        hexagon_area_km2(0.0)
