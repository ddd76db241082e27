"""kernels/isochrones.py: which cells of the grid a public-transport catchment routes (hand
cases, and the rule checked cell by cell against a brute force over a large grid), the
membership rule, the runs of a row and the WKB of the squares."""
import struct

import numpy as np
import pytest
from caremap.kernels import isochrones as iso


def cells(i, j):
    return set(zip(np.asarray(i).tolist(), np.asarray(j).tolist()))


def test_walking_reach_of_one_facility_by_hand():
    # 6 km/h = 100 m a minute; 1 minute = 100 m. Facility at the centre of cell (0, 0) of a
    # 100 m grid: the centres at 100 m (4 neighbours) are in, inclusive; the diagonals at
    # 141 m are out; no stop
    i, j = iso.candidate_cells([[50.0, 50.0]], np.empty((0, 2)), 1.0, 6.0, 1000.0, 100.0)
    assert cells(i, j) == {(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)}
    # sorted by row, then column
    assert list(zip(i.tolist(), j.tolist())) == [(0, -1), (-1, 0), (0, 0), (1, 0), (0, 1)]
    # 1.5 minutes (150 m) takes the diagonals (141 m), not the cells at 200 m
    i, j = iso.candidate_cells([[50.0, 50.0]], None, 1.5, 6.0, None, 100.0)
    assert len(i) == 9 and (2, 0) not in cells(i, j)
    # a detour of 1.5 makes the 100 m walks 150 m: beyond 1.4 minutes, only the facility's cell
    i, j = iso.candidate_cells([[50.0, 50.0]], None, 1.4, 6.0, None, 100.0, detour=1.5)
    assert cells(i, j) == {(0, 0)}


def test_longest_walk_of_a_stop_by_hand():
    # facility far away, threshold 0: only the stop's walk counts. Stop at (1000, 1000), a
    # corner of four cells: their centres are 70.7 m away
    i, j = iso.candidate_cells([[-5000.0, 0.0]], [[1000.0, 1000.0]], 0.0, 5.0, 70.0, 100.0)
    assert cells(i, j) == set()
    i, j = iso.candidate_cells([[-5000.0, 0.0]], [[1000.0, 1000.0]], 0.0, 5.0, 71.0, 100.0)
    assert cells(i, j) == {(9, 9), (10, 9), (9, 10), (10, 10)}
    # the walk of exactly 50 * sqrt(2) m is inclusive
    i, j = iso.candidate_cells([[-5000.0, 0.0]], [[1000.0, 1000.0]], 0.0, 5.0, 50 * np.sqrt(2) * 1.0, 100.0)
    assert len(i) == 4
    # no longest walk (None): the stops do not count
    i, j = iso.candidate_cells([[-5000.0, 0.0]], [[1000.0, 1000.0]], 0.0, 5.0, None, 100.0)
    assert len(i) == 0
    # NaN points (no geometry, a stop without coordinates) reach nothing
    i, j = iso.candidate_cells([[np.nan, 0.0]], [[np.nan, np.nan], [1000.0, 1000.0]], 10.0, 5.0, 71.0, 100.0)
    assert cells(i, j) == {(9, 9), (10, 9), (9, 10), (10, 10)}


def test_negative_coordinates_and_cell_centres():
    i, j = iso.candidate_cells([[-150.0, -250.0]], None, 0.0, 5.0, None, 100.0)
    assert cells(i, j) == {(-2, -3)}
    assert iso.cell_centres(i, j, 100.0).tolist() == [[-150.0, -250.0]]


def test_rule_against_brute_force():
    """Every cell of a large grid whose centre is within the walking reach of a facility or
    the longest walk of a stop (straight line x detour) is kept, and no other."""
    rng = np.random.default_rng(4)
    fac = rng.uniform(0, 3000, (7, 2))
    stops = rng.uniform(-500, 3500, (30, 2))
    cell, speed, t_max, walk, detour = 130.0, 5.04, 7.5, 400.0, 1.3
    i, j = iso.candidate_cells(fac, stops, t_max, speed, walk, cell, detour=detour)
    gi, gj = np.meshgrid(np.arange(-40, 60), np.arange(-40, 60), indexing="ij")
    gi, gj = gi.ravel(), gj.ravel()
    c = iso.cell_centres(gi, gj, cell)
    d_fac = np.sqrt(((c[:, None, :] - fac[None]) ** 2).sum(-1)).min(1) * detour
    d_stop = np.sqrt(((c[:, None, :] - stops[None]) ** 2).sum(-1)).min(1) * detour
    want = (d_fac <= t_max * speed * 1000 / 60) | (d_stop <= walk)
    assert cells(i, j) == cells(gi[want], gj[want])
    assert len(set(zip(i.tolist(), j.tolist()))) == len(i)  # no repeats


def test_bad_input():
    with pytest.raises(ValueError, match="cell size"):
        iso.candidate_cells([[0.0, 0.0]], None, 10.0, 5.0, 100.0, 0.0)
    with pytest.raises(ValueError, match="detour"):
        iso.candidate_cells([[0.0, 0.0]], None, 10.0, 5.0, 100.0, 100.0, detour=0.5)
    with pytest.raises(ValueError, match="threshold"):
        iso.candidate_cells([[0.0, 0.0]], None, -1.0, 5.0, 100.0, 100.0)
    with pytest.raises(ValueError, match="longest walk"):
        iso.candidate_cells([[0.0, 0.0]], [[0.0, 0.0]], 1.0, 5.0, -1.0, 100.0)
    with pytest.raises(ValueError, match="NaN"):
        iso.catchment_cells(np.array([[np.nan, 1.0]]), 5.0, 0)


def test_catchment_cells_inclusive_and_dissolved():
    cost = np.array([[3.0, np.inf], [10.0, 12.0], [np.inf, 10.0000001], [np.inf, np.inf]])
    assert iso.catchment_cells(cost, 10.0, 0).tolist() == [True, True, False, False]
    assert iso.catchment_cells(cost, 10.0, 1).tolist() == [False, False, False, False]
    assert iso.catchment_cells(cost, 10.0).tolist() == [True, True, False, False]
    assert iso.catchment_cells(cost, 15.0).tolist() == [True, True, True, False]
    # a larger threshold never loses a cell
    for t in (1.0, 5.0, 10.0, 20.0):
        assert not (iso.catchment_cells(cost, t, 1) & ~iso.catchment_cells(cost, t + 1, 1)).any()


def test_runs_of_a_row():
    i0, i1, j = iso.cell_runs([5, 0, 1, 2, 0, 3, -1], [0, 0, 0, 0, 1, 1, 1])
    assert list(zip(i0.tolist(), i1.tolist(), j.tolist())) == [(0, 2, 0), (5, 5, 0), (-1, 0, 1), (3, 3, 1)]
    assert [len(a) for a in iso.cell_runs([], [])] == [0, 0, 0]
    x0, y0, x1, y1 = iso.run_rectangles(i0, i1, j, 100.0)
    assert (x0[0], y0[0], x1[0], y1[0]) == (0.0, 0.0, 300.0, 100.0)
    assert (x0[2], y0[2], x1[2], y1[2]) == (-100.0, 100.0, 100.0, 200.0)
    # the rectangles cover exactly the cells: total area = cells x cell area
    assert ((x1 - x0) * (y1 - y0)).sum() == 7 * 100.0 ** 2


def test_rectangles_wkb_by_hand():
    wkb = iso.rectangles_wkb([0.0, 10.0], [0.0, 0.0], [10.0, 30.0], [5.0, 5.0])
    assert len(wkb) == 9 + 2 * 93
    assert struct.unpack_from("<BII", wkb, 0) == (1, 6, 2)
    order, kind, rings, points = struct.unpack_from("<BIII", wkb, 9 + 93)
    assert (order, kind, rings, points) == (1, 3, 1, 5)
    assert struct.unpack_from("<10d", wkb, 9 + 93 + 13) == (10, 0, 30, 0, 30, 5, 10, 5, 10, 0)


def test_cell_bound_and_refusal_before_building():
    """One facility, 10 minutes at 6 km/h (1000 m), cells of 100 m: the square of side
    2000 m spans floor(20) + 2 = 22 cells a side, 484 enumerated; with 1 m cells and 30
    facilities the bound passes the limit and the cells are never built."""
    fac = np.array([[0.0, 0.0]])
    assert iso.candidate_cell_bound(fac, None, 10.0, 6.0, None, 100.0) == 22 * 22
    stops = np.array([[5000.0, 0.0], [np.nan, 0.0]])  # a stop with 500 m: 10 + 2 = 12 a side
    assert iso.candidate_cell_bound(fac, stops, 10.0, 6.0, 500.0, 100.0) == 22 * 22 + 12 * 12
    many = np.column_stack([np.arange(30) * 10000.0, np.zeros(30)])
    assert iso.candidate_cell_bound(many, None, 10.0, 6.0, None, 1.0) > iso.MAX_CANDIDATE_CELLS
    with pytest.raises(ValueError, match="larger cells"):
        iso.candidate_cells(many, None, 10.0, 6.0, None, 1.0)
    # the bound holds what is built
    i, _j = iso.candidate_cells(fac, stops, 10.0, 6.0, 500.0, 100.0)
    assert 0 < len(i) <= 22 * 22 + 12 * 12
