"""The synthetic feed's times are rounded once: departure - arrival is exactly the dwell in
whole seconds at every intermediate stop, and the running time stays within 1 s of
distance / speed (review 31). Hand cases, then the invariants on random trips."""
import numpy as np
import pytest
from caremap.kernels import synthetic_gtfs as sg


def test_half_second_dwell_by_hand():
    # stops at 0, 300 and 2000 m at 16 km/h: runs 67.5 s and 382.5 s; dwell 10.5 s -> 11 s (half up).
    # Rounding arrival and departure separately gave 68 / round(78.0) = 78: a 10 s dwell.
    arr, dep = sg.offsets([300.0, 1700.0], 16.0, 10.5)
    assert arr.tolist() == [0, 68, 461] and dep.tolist() == [0, 79, 461]
    # reverse: 382.5 -> 382 on the running total (half to even), 450 -> 450
    arr, dep = sg.offsets([1700.0, 300.0], 16.0, 10.5)
    assert arr.tolist() == [0, 382, 461] and dep.tolist() == [0, 393, 461]


def test_fractional_dwell_by_hand():
    # 1000 m at 16 km/h = 225 s, 444 m = 99.9 s; dwell 25.4 s -> 25 s at each of the two middle stops.
    # Rounded separately, the third stop had arrival round(225 + 25.4 + 99.9 = 350.3) = 350 and departure
    # round(375.7) = 376: a 26 s dwell. Rounded once: running total 324.9 -> 325, + 25 -> 350, 375.
    arr, dep = sg.offsets([1000.0, 444.0, 1000.0], 16.0, 25.4)
    assert arr.tolist() == [0, 225, 350, 600] and dep.tolist() == [0, 250, 375, 600]
    assert sg.whole_dwell(25.4) == 25 and sg.whole_dwell(25.5) == 26 and sg.whole_dwell(24.5) == 25
    assert sg.whole_dwell(0.0) == 0


def test_feed_writes_the_whole_dwell():
    line = np.array([[0.0, 0.0], [2000.0, 0.0]])
    stops = np.array([[0.0, 0.0], [300.0, 0.0], [2000.0, 0.0]])
    f = sg.build_feed([line], stops, np.zeros((3, 2)), dwell_s=10.5)
    j_arr, j_dep = sg.COLUMNS["stop_times"].index("arrival_time"), sg.COLUMNS["stop_times"].index("departure_time")
    mid = [(r[j_arr], r[j_dep]) for r in f.tables["stop_times"] if r[sg.COLUMNS["stop_times"].index("stop_sequence")] == "2"]
    assert mid == [("05:01:08", "05:01:19"), ("05:06:22", "05:06:33")]


@pytest.mark.parametrize("seed", range(20))
def test_dwell_exact_and_running_time_within_a_second(seed):
    rng = np.random.default_rng(seed)
    gaps = rng.uniform(0.0, 1500.0, rng.integers(1, 12))
    speed = rng.uniform(5.0, 60.0)
    dwell = rng.choice([0.0, 25.0, rng.uniform(0.0, 90.0), np.floor(rng.uniform(0, 60)) + 0.5])
    arr, dep = sg.offsets(gaps, speed, dwell)
    assert arr.dtype.kind == "i" and dep.dtype.kind == "i"
    stay = dep - arr
    assert stay[0] == 0 and stay[-1] == 0
    assert (stay[1:-1] == sg.whole_dwell(dwell)).all()
    hop = arr[1:] - dep[:-1]          # each run between two stops
    exact = gaps / (speed / 3.6)
    assert (np.abs(hop - exact) < 1.0).all()
    total_run = arr[-1] - stay.sum()  # the trip's running time without the dwells
    assert abs(total_run - exact.sum()) <= 0.5
    assert (np.diff(arr) >= 0).all()
