"""caremap:accessibility under a memory budget (issue 16 items 2 and 4): with a tiny budget
(the QGIS setting caremap/memory_budget_mb) the pairs are computed in chunks and every
method gives the same outputs as with the whole table; the estimate is logged first; the
progress never goes back while the costs and the method run; a cancel during the chunks
stops the run with 'Canceled'. Not timed."""
import numpy as np
import pytest
from caremap.kernels import fca as kfca
from layers import Recorder, line_layer, point_layer, rows, run_alg
from qgis.core import QgsProcessingException

METHODS = kfca.METHODS
DECAY = {"gravity": "gaussian", "3sfca": "gaussian", "m2sfca": "gaussian"}


def layers(seed=0, nd=400, ns=30, side=3000.0, off_network=False):
    """Random blocks (pop) and kindergartens (cap, the first with 0 places); with
    ``off_network`` the first three blocks lie far from any street (test_network_stream)."""
    rng = np.random.default_rng(seed)
    dxy = rng.uniform(0, side, (nd, 2))
    if off_network:
        dxy[:3] = [[9000.0, 9050.0], [-900.0, 100.0], [4000.0, 4000.0]]
    sxy = rng.uniform(0, side, (ns, 2))
    pop = np.round(rng.uniform(0, 50, nd), 3)
    cap = np.round(rng.uniform(0, 20, ns), 3)
    cap[0] = 0
    return (point_layer([tuple(p) for p in dxy], {"pop": pop.tolist()}, name="blocks"),
            point_layer([tuple(p) for p in sxy], {"cap": cap.tolist()}, name="kindergartens"))


def params(demand, supply, method="2sfca", **kw):
    p = {"DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": supply, "CAPACITY_FIELD": "cap",
         "COST_MODE": "straight", "COST_UNIT": "minutes", "SPEED": 5.04, "THRESHOLD": 8, "METHOD": method,
         "DECAY": DECAY.get(method, "step"), "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
         "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def column(layer, name):
    return np.array([np.nan if r[name] is None else r[name] for r in rows(layer)], dtype=float)


@pytest.mark.parametrize("method", METHODS)
def test_chunked_equals_whole_table(caremap_provider, budget, method):
    demand, supply = layers()
    budget(0)  # the default, 2 GB: one table
    whole_log = Recorder()
    whole = run_alg("caremap:accessibility", params(demand, supply, method), whole_log)
    budget(0.02)  # 20 KB: hundreds of chunks
    log = Recorder()
    chunked = run_alg("caremap:accessibility", params(demand, supply, method), log)
    assert any("computed in chunks" in w and "caremap/memory_budget_mb" in w for w in log.warnings), log.warnings
    assert not any("computed in chunks" in w for w in whole_log.warnings)
    assert any(i.startswith("Costs: about") for i in log.infos + whole_log.infos)
    for out, names in (("OUTPUT_DEMAND", ("access", "access_norm", "cost_nearest", "n_reachable", "covered")),
                       ("OUTPUT_SUPPLY", ("catch_demand", "ratio"))):
        for name in names:
            a, b = column(whole[out], name), column(chunked[out], name)
            assert np.array_equal(np.isnan(a), np.isnan(b)), name
            np.testing.assert_allclose(b[~np.isnan(a)], a[~np.isnan(a)], rtol=1e-12, err_msg=name)
    assert chunked["MEAN_ACCESS"] == pytest.approx(whole["MEAN_ACCESS"], rel=1e-12)
    assert chunked["SHARE_COVERED"] == pytest.approx(whole["SHARE_COVERED"], rel=1e-12)


class Progress(Recorder):
    """Records every progress value; cancels once the progress passes ``cancel_above``."""

    def __init__(self, cancel_above=None):
        super().__init__()
        self.values, self.cancel_above, self.after_cancel = [], cancel_above, 0
        self.progressChanged.connect(self.values.append)

    def isCanceled(self):  # noqa: N802
        hit = self.cancel_above is not None and any(v > self.cancel_above for v in self.values)
        if hit:
            self.after_cancel += 1
        return hit


def test_progress_goes_forward_while_computing(caremap_provider, budget):
    """From the end of the reading (10 %) to the start of the writing, the progress of the
    costs and of the method's passes over the chunks never goes back."""
    demand, supply = layers(1)
    budget(0.02)
    fb = Progress()
    run_alg("caremap:accessibility", params(demand, supply, "3sfca"), fb)
    v = fb.values
    start = v.index(10)
    compute = [x for x in v[start:] if x >= 10]
    end = max(k for k, x in enumerate(compute) if x <= 90)
    compute = compute[:end + 1]
    assert len(compute) > 20 and compute[-1] >= 89
    assert all(b >= a for a, b in zip(compute, compute[1:])), compute


def test_cancel_during_the_chunks(caremap_provider, budget):
    demand, supply = layers(2)
    budget(0.02)
    fb = Progress(cancel_above=65)  # in the middle of the method's passes (60-90 %)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_alg("caremap:accessibility", params(demand, supply, "2sfca"), fb)
    # the kernel stops at the first check after the cancel: no chunk is processed after it
    assert fb.after_cancel <= 2
    assert max(fb.values) < 70


def grid_roads(n=9, step=400.0):
    lines = [[(x * step, y * step) for x in range(n)] for y in range(n)]
    lines += [[(x * step, y * step) for y in range(n)] for x in range(n)]
    return line_layer(lines, {"speed": [5.0] * len(lines)}, name="roads")


@pytest.mark.parametrize("mode, mb", [("straight", 0), ("straight", 0.02), ("network", 0)])
def test_progress_never_goes_back(caremap_provider, budget, mode, mb):
    """The whole run, reading to writing: every progress value at or above the one before."""
    demand, supply = layers(3)
    budget(mb)
    fb = Progress()
    extra = {"COST_MODE": mode, "NETWORK": grid_roads(), "SNAP_DISTANCE": 500} if mode == "network" else {}
    run_alg("caremap:accessibility", params(demand, supply, "2sfca", **extra), fb)
    v = fb.values
    assert len(v) >= 4 and v[-1] == 100
    assert all(b >= a for a, b in zip(v, v[1:])), [round(x) for x in v]
