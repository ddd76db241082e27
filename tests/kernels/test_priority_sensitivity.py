"""Sensitivity of the care priority ranking to +/-20 % weights, and the Bogota preset."""
import numpy as np
import pytest
from caremap.kernels import priority_sensitivity as ks

# five units, two indicators already in 0..1 (min-max leaves them as they are)
A = [1.0, 0.0, 0.5, 0.1, 0.2]
B = [1.0, 1.0, 0.55, 0.0, 0.1]


def test_weightings_one_at_a_time():
    s = ks.weight_scenarios([1.0, 2.0], 0.2)
    assert np.allclose(s, [[1, 2], [0.8, 2], [1.2, 2], [1, 1.6], [1, 2.4]])
    with pytest.raises(ValueError):
        ks.weight_scenarios([0.0, 0.0])
    with pytest.raises(ValueError):
        ks.weight_scenarios([1.0], 1.5)


def test_ranks_move_and_the_top_unit_stays():
    res = ks.sensitivity([A, B])
    # base index 1, 0.5, 0.525, 0.05, 0.15: ranks 1, 3, 2, 5, 4. Unit 1 (0 and 1) rises to 2
    # when the first weight falls by 20% (1 / 1.8 = 0.556 > 0.95 / 1.8) or the second rises
    # (1.2 / 2.2 = 0.545 > 1.16 / 2.2); it stays 3 in the two other weightings
    assert res.ranks[:, 0].tolist() == [1, 3, 2, 5, 4]
    assert res.ranks[1].tolist() == [3, 2, 3, 3, 2]
    assert res.ranks[2].tolist() == [2, 3, 2, 2, 3]
    assert res.rank_best.tolist() == [1, 2, 2, 5, 4]
    assert res.rank_worst.tolist() == [1, 3, 3, 5, 4]
    assert res.max_shift.tolist() == [0, 1, 1, 0, 0]
    # five units: the top quintile is the first unit alone, under every weighting
    assert res.top_always.tolist() == [True, False, False, False, False]
    assert res.weightings.shape == (5, 2)


def test_top_always_is_the_intersection_of_the_top_quintiles():
    rng = np.random.default_rng(3)
    X = rng.uniform(0, 1, (60, 4))
    res = ks.sensitivity(X, [1, 2, 1, 1], step=0.2)
    from caremap.kernels.priority import priority_index

    tops = [priority_index(X, w)["quintile"] == 5 for w in res.weightings]
    assert np.array_equal(res.top_always, np.logical_and.reduce(tops))
    assert res.top_always.sum() <= tops[0].sum()
    assert np.all(res.rank_best <= res.ranks[:, 0]) and np.all(res.ranks[:, 0] <= res.rank_worst)


def test_bogota_preset_has_the_six_criteria_with_equal_weights():
    names = [c for c, _, _ in ks.BOGOTA_PRESET]
    assert len(names) == 6 and "poverty" in names
    assert {w for _, _, w in ks.BOGOTA_PRESET} == {1.0}
    assert len({f for _, f, _ in ks.BOGOTA_PRESET}) == 6
