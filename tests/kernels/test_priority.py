"""Care priority index: normalisation, orientation, weights, rank, quintile."""
import numpy as np
import pytest
from caremap.kernels.priority import normalize, priority_index
from hypothesis import given, settings
from hypothesis import strategies as st


def test_normalisations_hand_computed():
    x = np.array([2.0, 4, 6, 10])
    np.testing.assert_allclose(normalize(x, "minmax"), [0, 0.25, 0.5, 1])
    np.testing.assert_allclose(normalize(x, "minmax", False), [1, 0.75, 0.5, 0])
    np.testing.assert_allclose(normalize(x, "rank"), [0, 1 / 3, 2 / 3, 1])
    np.testing.assert_allclose(normalize([1.0, 1, 3], "rank"), [0.25, 0.25, 1])
    z = (x - 5.5) / x.std()
    np.testing.assert_allclose(normalize(x, "z"), z)
    np.testing.assert_allclose(normalize(x, "z", False), -z)
    for m in ("minmax", "rank", "z"):
        np.testing.assert_array_equal(normalize(np.full(3, 4.0), m), 0)
        np.testing.assert_array_equal(normalize(np.full(3, 4.0), m, False), 0)


def test_index_hand_computed():
    unmet = np.array([0.0, 50, 100])
    access = np.array([1.0, 0.5, 0.0])  # low access = priority
    out = priority_index([unmet, access], weights=[3, 1], methods="minmax",
                         higher_is_priority=[True, False])
    np.testing.assert_allclose(out["weights"], [0.75, 0.25])
    np.testing.assert_allclose(out["contributions"], [[0, 0], [0.375, 0.125], [0.75, 0.25]])
    np.testing.assert_allclose(out["index"], [0, 0.5, 1])
    assert out["rank"].tolist() == [3, 2, 1]
    assert out["quintile"].tolist() == [1, 2, 4]


def test_quintiles_of_ten_units():
    out = priority_index([np.arange(10.0)])
    assert out["quintile"].tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert out["rank"].tolist() == list(range(10, 0, -1))


def test_ties_share_rank_and_quintile():
    out = priority_index([np.array([1.0, 1, 1, 1])])
    assert out["rank"].tolist() == [1, 1, 1, 1]
    assert out["quintile"].tolist() == [1, 1, 1, 1]


def test_bad_input():
    with pytest.raises(ValueError, match="weights"):
        priority_index([[1, 2]], weights=[1, 2])
    with pytest.raises(ValueError, match="positive"):
        priority_index([[1, 2]], weights=[0])
    with pytest.raises(ValueError, match=">= 0"):
        priority_index([[1, 2]], weights=[-1])
    with pytest.raises(ValueError, match="NaN"):
        priority_index([[1, np.nan]])
    with pytest.raises(ValueError, match="normalisation"):
        normalize([1, 2], "log")


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.floats(-1e3, 1e3), st.floats(0, 1e3)), min_size=1, max_size=30),
       st.lists(st.floats(0.1, 10), min_size=2, max_size=2),
       st.sampled_from(["minmax", "rank", "z"]))
def test_invariants(rows, weights, method):
    X = np.array(rows)
    out = priority_index(X, weights, method)
    np.testing.assert_allclose(out["contributions"].sum(axis=1), out["index"], atol=1e-12)
    assert out["weights"].sum() == pytest.approx(1)
    assert out["quintile"].min() >= 1 and out["quintile"].max() <= 5
    assert out["rank"].min() == 1
    # higher index never has a worse (larger) rank
    order = np.argsort(-out["index"], kind="mergesort")
    assert np.all(np.diff(out["rank"][order]) >= 0)
    if method != "z":
        assert (out["index"] >= -1e-12).all() and (out["index"] <= 1 + 1e-12).all()
