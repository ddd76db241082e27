"""Agreement with pysal ``access`` (peer venv only) on random data, to 1e-9 relative.

Conventions of ``access`` matched here (read from its source, access/fca.py):
- its cost table is the list of pairs; ``max_cost`` filters ``cost <= max_cost``
  (inclusive, as ours); we give it every pair within the threshold computed by brute force,
  so its 3SFCA selection weights (computed over the whole cost table before the
  ``max_cost`` filter) use the same pairs as ours;
- demand units with no pair get NaN from ``access`` and 0 from us (docs/architecture.md, NULLs): filled with 0;
- ``weights.gaussian(sigma)`` is ``exp(-d^2 / (2 sigma^2))`` = our Gaussian decay;
- ``enhanced_two_stage_fca`` defaults to ``step_fn({10: 1, 20: 0.68, 30: 0.22})`` with
  inclusive upper bounds = our default E2SFCA zone steps;
- results are compared un-normalised (``normalize=False``).
"""
import warnings

import numpy as np
import pytest

pytest.importorskip("access")
pd = pytest.importorskip("pandas")
from access import Access, weights  # noqa: E402
from caremap.kernels.costs import straight_line_costs, to_minutes  # noqa: E402
from caremap.kernels.fca import accessibility, accessibility_all_pairs  # noqa: E402


def scenario(seed, nd=250, ns=25, extent=10_000.0):
    rng = np.random.default_rng(seed)
    dxy = rng.uniform(0, extent, (nd, 2))
    sxy = rng.uniform(0, extent, (ns, 2))
    pop = rng.uniform(1, 5000, nd)
    cap = rng.uniform(1, 100, ns)
    return dxy, sxy, pop, cap


def peer(dxy, sxy, pop, cap, max_cost, scale=1.0):
    """pysal Access object on a brute-force cost table (pairs within max_cost)."""
    full = np.hypot(dxy[:, None, 0] - sxy[None, :, 0], dxy[:, None, 1] - sxy[None, :, 1]) * scale
    i, j = np.nonzero(full <= max_cost) if max_cost is not None else np.nonzero(np.ones_like(full))
    dem_ids = np.array([f"d{k}" for k in range(len(dxy))])
    sup_ids = np.array([f"s{k}" for k in range(len(sxy))])
    cost_df = pd.DataFrame({"origin": dem_ids[i], "dest": sup_ids[j], "cost": full[i, j]})
    dem_df = pd.DataFrame({"geoid": dem_ids, "pop": pop}).set_index("geoid")
    sup_df = pd.DataFrame({"geoid": sup_ids, "cap": cap}).set_index("geoid")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        acc = Access(demand_df=dem_df, demand_index=True, demand_value="pop",
                     supply_df=sup_df, supply_index=True, supply_value="cap",
                     cost_df=cost_df, cost_origin="origin", cost_dest="dest", cost_name="cost")
    return acc, dem_ids


def column(frame, dem_ids):
    s = frame.iloc[:, 0].reindex(dem_ids)
    return s.fillna(0.0).to_numpy()


def check(ours, theirs):
    assert np.all(np.isfinite(theirs))
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=0)
    assert (ours > 0).sum() > 10   # a meaningful comparison


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_2sfca(seed):
    dxy, sxy, pop, cap = scenario(seed)
    thr = 2000.0
    acc, ids = peer(dxy, sxy, pop, cap, thr)
    theirs = column(acc.two_stage_fca(name="x", max_cost=thr), ids)
    ours = accessibility(straight_line_costs(dxy, sxy, thr), pop, cap, "2sfca", threshold=thr)
    check(ours.access, theirs)


@pytest.mark.parametrize("seed", [0, 1])
def test_e2sfca_default_steps_minutes(seed):
    dxy, sxy, pop, cap = scenario(seed)
    speed = 15.0  # km/h: 10 km in 40 minutes
    mpm = speed * 1000 / 60
    acc, ids = peer(dxy, sxy, pop, cap, 30.0, scale=1 / mpm)
    theirs = column(acc.enhanced_two_stage_fca(name="x", max_cost=30.0), ids)
    costs = to_minutes(straight_line_costs(dxy, sxy, 30.0 * mpm * (1 + 1e-9)), speed)
    ours = accessibility(costs, pop, cap, "e2sfca", threshold=30.0)
    check(ours.access, theirs)


@pytest.mark.parametrize("seed", [0, 3])
def test_g2sfca_with_and_without_cutoff(seed):
    dxy, sxy, pop, cap = scenario(seed, nd=150, ns=15)
    sigma, thr = 1500.0, 3000.0
    acc, ids = peer(dxy, sxy, pop, cap, thr)
    theirs = column(acc.two_stage_fca(name="x", max_cost=thr, weight_fn=weights.gaussian(sigma)), ids)
    ours = accessibility(straight_line_costs(dxy, sxy, thr), pop, cap, "g2sfca",
                         decay_param=sigma, threshold=thr)
    check(ours.access, theirs)
    acc, ids = peer(dxy, sxy, pop, cap, None)
    theirs = column(acc.two_stage_fca(name="x", weight_fn=weights.gaussian(sigma)), ids)
    ours = accessibility(straight_line_costs(dxy, sxy, None), pop, cap, "g2sfca", decay_param=sigma)
    check(ours.access, theirs)
    streamed = accessibility_all_pairs(dxy, sxy, pop, cap, "g2sfca", decay_param=sigma, block_cells=500)
    check(streamed.access, theirs)


@pytest.mark.parametrize("seed", [0, 4])
def test_3sfca_gaussian_and_step(seed):
    dxy, sxy, pop, cap = scenario(seed)
    sigma, thr = 1200.0, 2500.0
    acc, ids = peer(dxy, sxy, pop, cap, thr)
    theirs = column(acc.three_stage_fca(name="x", max_cost=thr, weight_fn=weights.gaussian(sigma)), ids)
    costs = straight_line_costs(dxy, sxy, thr)
    ours = accessibility(costs, pop, cap, "3sfca", decay="gaussian", decay_param=sigma, threshold=thr)
    check(ours.access, theirs)
    acc, ids = peer(dxy, sxy, pop, cap, thr)
    theirs = column(acc.three_stage_fca(name="x", max_cost=thr, weight_fn=weights.step_fn({thr: 1})), ids)
    ours = accessibility(costs, pop, cap, "3sfca", decay="step", threshold=thr)
    check(ours.access, theirs)
