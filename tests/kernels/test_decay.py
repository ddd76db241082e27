"""Hand-computed decay weights."""
import math

import numpy as np
import pytest
from caremap.kernels.decay import (
    DEFAULT_STEPS,
    decay_weights,
    default_param,
    exponential_weights,
    gaussian_weights,
    linear_weights,
    power_weights,
    step_weights,
    zone_step_weights,
)

D = np.array([0.0, 1.0, 2.0, 10.0])


def test_step():
    assert step_weights(D).tolist() == [1, 1, 1, 1]


def test_gaussian():
    w = gaussian_weights(D, 2.0)
    assert w[0] == 1.0
    assert w[1] == pytest.approx(math.exp(-1 / 8))
    assert w[2] == pytest.approx(math.exp(-0.5))
    with pytest.raises(ValueError):
        gaussian_weights(D, 0)


def test_exponential():
    w = exponential_weights(D, 0.5)
    assert w.tolist() == pytest.approx([1, math.exp(-0.5), math.exp(-1), math.exp(-5)])
    with pytest.raises(ValueError):
        exponential_weights(D, -1)


def test_linear():
    assert linear_weights(D, 4.0).tolist() == pytest.approx([1, 0.75, 0.5, 0.0])
    with pytest.raises(ValueError):
        linear_weights(D, 0)


def test_power_floored():
    w = power_weights(np.array([0.0, 0.5, 2.0, 4.0]), 2.0)
    assert w.tolist() == pytest.approx([1, 1, 0.25, 0.0625])
    assert power_weights(np.array([10.0]), 1.0, min_cost=20.0)[0] == pytest.approx(1 / 20)


def test_zone_steps_inclusive_upper_bounds():
    d = np.array([0, 10, 10.0001, 20, 25, 30, 30.0001])
    w = zone_step_weights(d, DEFAULT_STEPS)
    assert w.tolist() == [1, 1, 0.68, 0.68, 0.22, 0.22, 0]


def test_zone_steps_unsorted_input_and_errors():
    w = zone_step_weights(np.array([1.0, 3.0]), [(4, 0.5), (2, 1.0)])
    assert w.tolist() == [1.0, 0.5]
    with pytest.raises(ValueError):
        zone_step_weights(D, [])


def test_dispatch_and_defaults():
    assert default_param("gaussian", 10) == 5
    assert default_param("linear", 10) == 10
    assert default_param("exponential", 30) == pytest.approx(0.1)
    assert default_param("power", None) == 1.0
    with pytest.raises(ValueError):
        default_param("gaussian", None)
    assert decay_weights(D, "linear", None, threshold=4).tolist() == pytest.approx([1, .75, .5, 0])
    assert decay_weights(D, "gaussian", 2.0).tolist() == pytest.approx(gaussian_weights(D, 2).tolist())
    assert decay_weights(D, "zones").tolist() == [1, 1, 1, 1]
    with pytest.raises(ValueError, match="Unknown decay"):
        decay_weights(D, "cubic")


def test_default_zone_steps_follow_the_constant():
    from caremap.kernels.decay import default_zone_steps, parse_zone_steps

    assert DEFAULT_STEPS == ((10.0, 1.0), (20.0, 0.68), (30.0, 0.22))
    assert default_zone_steps("minutes", 15.0) == DEFAULT_STEPS
    # metres: the same weights on thirds of the threshold
    got = default_zone_steps("meters", 900.0)
    assert [b for b, _ in got] == pytest.approx([300.0, 600.0, 900.0])
    assert [w for _, w in got] == [1.0, 0.68, 0.22]
    with pytest.raises(ValueError, match="threshold"):
        default_zone_steps("meters", None)
    assert parse_zone_steps(" 5:1, 12:0.5 ") == ((5.0, 1.0), (12.0, 0.5))
    assert parse_zone_steps("") is None
    for bad in ("5", "a:b", "5:1:2", ","):
        with pytest.raises(ValueError, match="10:1"):
            parse_zone_steps(bad)
