"""kernels.batch: municipalities from labels, facilities in or near a region (hand-computed)."""
import numpy as np
import pytest
from caremap.kernels.batch import municipality_members, points_near_regions


def test_members_sorted_by_name_units_in_input_order():
    m = municipality_members(["b", "a", None, "b", 1, float("nan"), "1"])
    assert m.names.tolist() == ["1", "a", "b"]
    assert [x.tolist() for x in m.members] == [[4, 6], [1], [0, 3]]
    assert m.n_without == 2


def square(x, y, s):
    return [(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)]


def rings(polys):
    """[(region, [vertices])] -> xy, offsets, part_row."""
    xy = np.array([v for _, ring in polys for v in ring], float)
    lengths = [len(ring) for _, ring in polys]
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    return xy, offsets, np.array([r for r, _ in polys])


def test_inside_and_buffer_by_hand():
    # region 0: two unit squares side by side (0..200 x 0..100); region 1: square 300..400
    xy, off, row = rings([(0, square(0, 0, 100)), (0, square(100, 0, 100)), (1, square(300, 0, 100))])
    px = np.array([50, 150, 250, 230, 350, 200, 100, 205])
    py = np.array([50, 50, 50, 50, 150, 50, 120, 100])
    m0 = points_near_regions(px, py, xy, off, row, 2, 0.0)
    # inside only; 200,50 lies on the border of region 0 with nothing east: outer boundary -> region 0
    assert m0[0].tolist() == [True, True, False, False, False, True, False, False]
    assert m0[1].tolist() == [False] * 8
    m = points_near_regions(px, py, xy, off, row, 2, 30.0)
    # 250,50: 50 m from both -> neither; 230,50: 30 m from region 0 (boundary inclusive);
    # 350,150: 50 m above region 1; 100,120: 20 m above region 0; 205,100: corner at 5 m
    assert m[0].tolist() == [True, True, False, True, False, True, True, True]
    assert m[1].tolist() == [False] * 8
    m = points_near_regions(px, py, xy, off, row, 2, 50.0)
    assert m[1].tolist() == [False, False, True, False, True, False, False, False]


def test_point_regions():
    xy = np.array([[0.0, 0.0], [1000.0, 0.0]])
    m = points_near_regions([0, 0, 600], [0, 300, 0], xy, [0, 1, 2], [0, 1], 2, 400.0, polygons=False)
    assert m.tolist() == [[True, True, False], [False, False, True]]
    assert points_near_regions([0], [0], xy, [0, 1, 2], [0, 1], 2, 0.0, polygons=False).tolist() == [[True], [False]]


def test_bad_input():
    xy, off, row = rings([(0, square(0, 0, 100))])
    with pytest.raises(ValueError, match="buffer"):
        points_near_regions([0], [0], xy, off, row, 1, -1)
    with pytest.raises(ValueError, match="finite"):
        points_near_regions([np.nan], [0], xy, off, row, 1, 1)
    with pytest.raises(ValueError, match="indices"):
        points_near_regions([0], [0], xy, off, row + 3, 1, 1)
