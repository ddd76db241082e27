"""Distance-decay weights for accessibility measures.

Every function maps a cost array ``d`` (metres or minutes, ``d >= 0``) to a weight array of
the same shape, vectorised, with ``w`` in [0, 1] except the power decay which is unbounded
above for costs below one unit (it is floored at ``min_cost``). The catchment cut-off
(``d <= threshold``, inclusive) is applied by the caller, not here.

References: Hansen (1959) for power/exponential gravity decay; Luo & Qi (2009) for the
E2SFCA zone steps; Dai (2010) for the Gaussian weight of G2SFCA, written here as in the
pysal ``access`` package, ``exp(-d^2 / (2 sigma^2))`` (so ``w(0) = 1``).
"""
import numpy as np

#: E2SFCA default zones (Luo & Qi 2009): 0-10, 10-20, 20-30 minutes.
DEFAULT_STEPS = ((10.0, 1.0), (20.0, 0.68), (30.0, 0.22))

DECAYS = ("step", "gaussian", "exponential", "linear", "power")


def step_weights(d):
    """Step (binary) decay: ``w = 1`` for every cost (the cut-off is applied by the caller).
    Luo & Wang (2003) 2SFCA."""
    return np.ones(np.shape(d), dtype=np.float64)


def gaussian_weights(d, sigma):
    """Gaussian decay ``w = exp(-d^2 / (2 sigma^2))``, ``sigma > 0`` in cost units
    (Dai 2010 G2SFCA; same form as pysal ``access.weights.gaussian``)."""
    sigma = float(sigma)
    if not sigma > 0:
        raise ValueError(f"Gaussian decay needs sigma > 0, got {sigma}")
    d = np.asarray(d, dtype=np.float64)
    return np.exp(-(d * d) / (2.0 * sigma * sigma))


def exponential_weights(d, beta):
    """Negative exponential decay ``w = exp(-beta d)``, ``beta >= 0`` per cost unit
    (Hansen 1959 gravity family)."""
    beta = float(beta)
    if beta < 0 or not np.isfinite(beta):
        raise ValueError(f"Exponential decay needs beta >= 0, got {beta}")
    return np.exp(-beta * np.asarray(d, dtype=np.float64))


def linear_weights(d, d_zero):
    """Linear decay ``w = max(0, 1 - d / d_zero)``: 1 at the facility, 0 at ``d_zero``
    (cost units, ``d_zero > 0``)."""
    d_zero = float(d_zero)
    if not d_zero > 0:
        raise ValueError(f"Linear decay needs a zero-weight cost > 0, got {d_zero}")
    return np.clip(1.0 - np.asarray(d, dtype=np.float64) / d_zero, 0.0, 1.0)


def power_weights(d, beta, min_cost=1.0):
    """Power (Hansen 1959 gravity) decay ``w = max(d, min_cost)^(-beta)``; costs below
    ``min_cost`` (default one cost unit) are floored to avoid the infinite weight at 0."""
    beta = float(beta)
    if beta < 0 or not np.isfinite(beta):
        raise ValueError(f"Power decay needs beta >= 0, got {beta}")
    if not min_cost > 0:
        raise ValueError(f"Power decay needs min_cost > 0, got {min_cost}")
    return np.power(np.maximum(np.asarray(d, dtype=np.float64), float(min_cost)), -beta)


def zone_step_weights(d, steps=DEFAULT_STEPS):
    """E2SFCA zone weights (Luo & Qi 2009): ``steps`` is a sequence of
    ``(upper_bound, weight)`` sorted by bound; ``w = weight_k`` for
    ``bound_{k-1} < d <= bound_k`` (inclusive upper bounds, as pysal ``access.weights.step_fn``),
    ``w = 0`` beyond the last bound."""
    steps = sorted((float(b), float(w)) for b, w in steps)
    if not steps:
        raise ValueError("E2SFCA needs at least one zone step")
    bounds = np.array([b for b, _ in steps])
    weights = np.array([w for _, w in steps] + [0.0])
    if np.any(weights < 0):
        raise ValueError("E2SFCA zone weights must be >= 0")
    k = np.searchsorted(bounds, np.asarray(d, dtype=np.float64), side="left")
    return weights[k]


def default_zone_steps(unit, threshold=None):
    """E2SFCA zones when the user gives none: in minutes :data:`DEFAULT_STEPS`
    (10/20/30 minutes -> 1, 0.68, 0.22); in metres the same weights on the same fractions
    of the catchment threshold (thirds: ``threshold/3, 2 threshold/3, threshold``), since
    no metre distance is universal. Metres without a threshold raise ValueError."""
    if unit == "minutes":
        return DEFAULT_STEPS
    if unit != "meters":
        raise ValueError(f"unknown cost unit {unit!r}")
    if threshold is None or not np.isfinite(threshold) or not threshold > 0:
        raise ValueError("E2SFCA in metres needs a threshold or explicit zone steps")
    last = DEFAULT_STEPS[-1][0]
    return tuple((float(threshold) * b / last, w) for b, w in DEFAULT_STEPS)


def parse_zone_steps(text):
    """``"10:1,20:0.68,30:0.22"`` -> ``((10.0, 1.0), (20.0, 0.68), (30.0, 0.22))``; empty
    text gives ``None`` (the default zones). Raises ValueError on anything else."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        steps = tuple(tuple(float(x) for x in part.split(":")) for part in text.split(",") if part.strip())
    except ValueError:
        steps = ()
    if not steps or any(len(s) != 2 for s in steps):
        raise ValueError(f"zone steps must look like '10:1,20:0.68,30:0.22', got '{text}'")
    return steps


def default_param(decay, threshold):
    """Default decay parameter when none is given: gaussian sigma = threshold / 2,
    exponential beta = 3 / threshold (w = 0.05 at the threshold), linear zero at the
    threshold, power beta = 1. Needs a finite threshold except for power."""
    if decay == "power":
        return 1.0
    if decay == "step":
        return None
    if threshold is None or not np.isfinite(threshold) or threshold <= 0:
        raise ValueError(f"Decay '{decay}' needs a parameter when there is no threshold")
    return {"gaussian": threshold / 2.0, "exponential": 3.0 / threshold, "linear": float(threshold)}[decay]


def decay_weights(d, decay="step", param=None, threshold=None, steps=None):
    """Dispatch to one of :data:`DECAYS` (or ``"zones"`` for E2SFCA steps). ``param`` is
    sigma (gaussian), beta (exponential, power) or the zero-weight cost (linear); ``None``
    takes :func:`default_param`."""
    if decay == "zones":
        return zone_step_weights(d, steps or DEFAULT_STEPS)
    if decay not in DECAYS:
        raise ValueError(f"Unknown decay '{decay}'; expected one of {', '.join(DECAYS)}")
    if param is None or (decay != "power" and param == 0):
        param = default_param(decay, threshold)
    if decay == "step":
        return step_weights(d)
    if decay == "gaussian":
        return gaussian_weights(d, param)
    if decay == "exponential":
        return exponential_weights(d, param)
    if decay == "linear":
        return linear_weights(d, param)
    return power_weights(d, param)
