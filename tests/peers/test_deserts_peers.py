"""Care deserts against a faithful pandas re-implementation of the reference rule
(Care Georeferencing Tool, src/care_deserts/care_deserts.py: standardize_population,
_threshold, add_high_demand_flag). Runs in the peer venv (pandas is in requirements-peers.txt)."""
import numpy as np
import pandas as pd  # noqa: E402  (in requirements-peers.txt: the oracle must run, never skip)
import pytest
from caremap.kernels.deserts import care_deserts  # noqa: E402


def _reference_threshold(values, method):
    arr = np.nan_to_num(values, nan=0.0)
    if arr.size == 0:
        return np.inf
    if method == "median":
        return float(np.median(arr))
    if method == "mean":
        return float(np.mean(arr))
    return float(np.mean(arr) + np.std(arr, ddof=0))


def reference_high_demand(pop, method, groups=None):
    """The reference's add_high_demand_flag on a DataFrame: z over all units (ddof 0);
    per group the statistic of all z of the group, else of the positive z."""
    df = pd.DataFrame({"pop": pop})
    x = df["pop"].astype(float).to_numpy()
    mu, sigma = float(np.nanmean(x)), float(np.nanstd(x, ddof=0))
    df["z"] = np.zeros_like(x) if sigma == 0 else (x - mu) / sigma
    if groups is not None:
        df["g"] = groups
        thr = (df.groupby(["g"])["z"].apply(lambda s: _reference_threshold(s.to_numpy(), method))
               .rename("thr").reset_index())
        df = df.merge(thr, on=["g"], how="left")
        df["thr"] = df["thr"].fillna(np.inf)
    else:
        positive = df.loc[df["z"] > 0, "z"].to_numpy()
        df["thr"] = _reference_threshold(positive, method)
    df["high"] = ((df["z"] >= df["thr"]) & (df["pop"] > 0)).astype(int)
    return df["thr"].to_numpy(), df["high"].to_numpy()


@pytest.mark.parametrize("method", ["median", "mean", "mean_plus_std"])
@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("districts", [False, True])
def test_high_demand_equals_the_reference(method, seed, districts):
    rng = np.random.default_rng(seed)
    n = 200
    pop = np.round(rng.lognormal(3, 1, n))
    pop[rng.random(n) < 0.1] = 0
    groups = rng.choice(["Centro", "Norte", "Sur", "Este", "Oeste"], n) if districts else None
    codes = None
    if districts:
        _, codes = np.unique(groups, return_inverse=True)
    ours = care_deserts(pop, np.full(n, np.nan), rule=method, district_codes=codes)
    thr, high = reference_high_demand(pop, method, groups)
    np.testing.assert_allclose(ours["demand_threshold"], thr, rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(ours["high_demand"], high)


def test_positive_only_per_district_would_differ():
    """The case the issue found: the old positive-only district rule disagrees with the
    reference on a sizeable share of units; ours agrees everywhere."""
    rng = np.random.default_rng(7)
    pop = np.round(rng.lognormal(3, 1, 300))
    groups = rng.choice(list("ABCDEF"), 300)
    _, codes = np.unique(groups, return_inverse=True)
    z = (pop - pop.mean()) / pop.std()
    old = np.zeros(pop.size, int)
    for g in np.unique(codes):
        m = codes == g
        pos = z[m][z[m] > 0]
        if pos.size:
            old[m] = (z[m] >= np.median(pos)) & (pop[m] > 0)
    _, high = reference_high_demand(pop, "median", groups)
    assert (old != high).mean() > 0.05
    ours = care_deserts(pop, np.full(pop.size, np.nan), district_codes=codes)
    np.testing.assert_array_equal(ours["high_demand"], high)
