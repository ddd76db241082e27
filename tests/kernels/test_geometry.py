"""Point in polygon (districts by location) and the edge band of a study area."""
import numpy as np
import pytest
from caremap.kernels.geometry import (
    BOUNDARY_TOLERANCE_M,
    edge_band,
    points_in_polygons,
    ring_edges,
    straight_reach_m,
)


def rings(*polys):
    """LineArrays-like rings from polygons given as lists of rings (lists of (x, y))."""
    xy, offsets, part_row = [], [0], []
    for row, poly in enumerate(polys):
        for ring in poly:
            xy.extend(ring)
            offsets.append(len(xy))
            part_row.append(row)
    return np.asarray(xy, float), np.asarray(offsets), np.asarray(part_row), len(polys)


def square(x0, y0, x1, y1, closed=True):
    r = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return r + [r[0]] if closed else r


def locate(px, py, *polys):
    return points_in_polygons(np.asarray(px, float), np.asarray(py, float), *rings(*polys))


def test_square_inside_outside_and_open_rings():
    res = locate([0.5, 1.5, -0.1, 0.5], [0.5, 0.5, 0.5, 1.2], [square(0, 0, 1, 1, closed=False)])
    assert res.polygon.tolist() == [0, -1, -1, -1]
    assert res.n_outside == 3 and res.n_multiple == 0


def test_hole_and_multipolygon():
    # polygon 0: a 10 x 10 square with a 2..8 hole; plus a second part 20..22
    # polygon 1: the island inside the hole
    p0 = [square(0, 0, 10, 10), square(2, 2, 8, 8)[::-1], square(20, 0, 22, 2)]
    p1 = [square(4, 4, 6, 6)]
    res = locate([1, 3, 5, 21, 15, 9], [1, 3, 5, 1, 1, 9], p0, p1)
    # in the ring, in the hole (none), on the island, on the second part, between, ring
    assert res.polygon.tolist() == [0, -1, 1, 0, -1, 0]
    assert res.n_outside == 2


def test_shared_border_goes_east_then_north():
    # a 2 x 2 tiling: 0 = SW, 1 = SE, 2 = NW, 3 = NE; shared edges drawn in opposite directions
    polys = [[square(0, 0, 1, 1)], [square(1, 0, 2, 1)[::-1]], [square(0, 1, 1, 2)], [square(1, 1, 2, 2)[::-1]]]
    # on the N-S border (1, .5) -> east; on the E-W border (.5, 1) -> north; the corner (1, 1) -> NE
    res = locate([1.0, 0.5, 1.0, 1.0], [0.5, 1.0, 1.0, 1.5], *polys)
    assert res.polygon.tolist() == [1, 2, 3, 3]
    assert res.n_multiple == 0 and res.n_on_boundary == 0


def test_shared_sloped_border_one_district_each():
    # two triangles sharing the diagonal (0,0)-(3,1): every point of the diagonal is in exactly one
    a = [[(0, 0), (3, 1), (0, 1), (0, 0)]]
    b = [[(3, 1), (0, 0), (3, 0), (3, 1)]]
    t = np.linspace(0.05, 0.95, 19)
    res = locate(3 * t, t, a, b)
    assert (res.polygon >= 0).all() and res.n_multiple == 0
    # the diagonal points are east of the border's crossing for a, so they go to b (east)
    assert set(res.polygon.tolist()) <= {0, 1}


def test_outer_boundary_within_tolerance():
    res = locate([1.0, 0.5, 1.0 + 10 * BOUNDARY_TOLERANCE_M], [0.5, 1.0, 0.5], [square(0, 0, 1, 1)])
    assert res.polygon.tolist() == [0, 0, -1]
    assert res.n_on_boundary == 2 and res.n_outside == 1


def test_overlap_takes_first_and_counts():
    res = locate([1.5, 0.5], [1.5, 0.5], [square(0, 0, 2, 2)], [square(1, 1, 3, 3)])
    assert res.polygon.tolist() == [0, 0]
    assert res.n_multiple == 1


def test_against_brute_force_on_random_points():
    rng = np.random.default_rng(3)
    # a star-shaped non-convex polygon, a square with a hole and a far part
    ang = np.linspace(0, 2 * np.pi, 15, endpoint=False)
    rad = np.where(np.arange(15) % 2 == 0, 10.0, 4.0)
    star = list(zip(rad * np.cos(ang), rad * np.sin(ang)))
    polys = [[star], [square(12, -5, 20, 5), square(14, -2, 18, 2)]]
    px, py = rng.uniform(-12, 22, 4000), rng.uniform(-12, 12, 4000)
    res = locate(px, py, *polys)
    # brute force: matplotlib-free even-odd over all edges, point by point
    x0, y0, x1, y1, poly = ring_edges(*rings(*polys)[:3])
    expect = np.full(px.size, -1)
    for i in range(px.size):
        crosses = ((y0 > py[i]) != (y1 > py[i]))
        xint = x0 + (py[i] - y0) * (x1 - x0) / np.where(y1 != y0, y1 - y0, 1)
        odd = np.bincount(poly[crosses & (px[i] < xint)], minlength=2) % 2 == 1
        if odd.any():
            expect[i] = int(np.argmax(odd))
    assert (res.polygon == expect).all()
    assert 0 < (expect == 0).sum() < px.size and (expect == 1).sum() > 0


def test_checks():
    with pytest.raises(ValueError):
        locate([np.nan], [0], [square(0, 0, 1, 1)])
    xy, off, row, n = rings([square(0, 0, 1, 1)])
    with pytest.raises(ValueError):
        points_in_polygons([0.5], [0.5], xy, off, row + 1, 1)
    with pytest.raises(ValueError):
        points_in_polygons([0.5], [0.5], xy, off[:-1], row, 1)
    empty = points_in_polygons([], [], xy, off, row, n)
    assert empty.polygon.size == 0


def test_straight_reach():
    assert straight_reach_m(1000, "meters") == 1000
    assert straight_reach_m(1300, "meters", detour=1.3) == pytest.approx(1000)
    # 15 min at 6 km/h = 1,500 m; with detour 1.5 -> 1,000 m
    assert straight_reach_m(15, "minutes", 6.0) == pytest.approx(1500)
    assert straight_reach_m(15, "minutes", 6.0, detour=1.5) == pytest.approx(1000)
    for bad in [dict(threshold=0, unit="meters"), dict(threshold=10, unit="minutes"),
                dict(threshold=10, unit="meters", detour=0.5), dict(threshold=10, unit="km")]:
        with pytest.raises(ValueError):
            straight_reach_m(**bad)


def test_edge_band_all_inside():
    # units on a 0..4000 m grid every 500 m; facilities inside; reach 1,000 m
    g = np.arange(0, 4001, 500.0)
    ux, uy = [a.ravel() for a in np.meshgrid(g, g)]
    res = edge_band(ux, uy, [1000, 3000], [1000, 3000], 1000)
    assert res.short_sides == ("west", "east", "south", "north")
    assert res.margin_m["west"] == -1000 and res.margin_m["north"] == -1000
    # the band: units closer than 1,000 m to any side: not the 5 x 5 core 1000..3000
    core = (ux >= 1000) & (ux <= 3000) & (uy >= 1000) & (uy <= 3000)
    assert (res.in_band == ~core).all()
    assert res.in_band.sum() == 81 - 25


def test_edge_band_facilities_beyond():
    g = np.arange(0, 4001, 500.0)
    ux, uy = [a.ravel() for a in np.meshgrid(g, g)]
    # 1,000 m beyond on every side: not short (a facility exactly the reach beyond counts)
    res = edge_band(ux, uy, [-1000, 5000], [-1000, 5000], 1000)
    assert res.short_sides == () and not res.in_band.any()
    # only the east side short (facilities stop 200 m beyond): the band is the east strip
    res = edge_band(ux, uy, [-1500, 4200], [-1500, 5200], 1000)
    assert res.short_sides == ("east",)
    assert (res.in_band == (ux > 3000)).all()
    assert res.in_band.sum() == 2 * 9


def test_edge_band_checks():
    with pytest.raises(ValueError):
        edge_band([0], [0], [], [], 100)
    with pytest.raises(ValueError):
        edge_band([0], [0], [1], [1], 0)
    one = edge_band([5], [5], [5], [5], 100)
    assert one.short_sides == ("west", "east", "south", "north") and one.in_band.tolist() == [True]
