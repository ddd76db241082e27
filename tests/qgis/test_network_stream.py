"""caremap:accessibility by road network under a memory budget (issue 16 items 2 and 3):
with a tiny budget (the QGIS setting caremap/memory_budget_mb) the network pairs are
searched and summed in chunks (kernels.network.NetworkPairs) and every output equals the
one of the whole table; the estimate of the pairs is logged first; points off the network
are still warned about; the progress never goes back; a cancel during the chunks stops the
run with 'Canceled'. Not timed."""
import numpy as np
import pytest
from layers import Recorder, line_layer, rows, run_alg
from qgis.core import QgsProcessingException

from .test_scale import Progress  # noqa: E402
from .test_scale import layers as scale_layers  # noqa: E402

DECAY = {"gravity": "gaussian", "3sfca": "gaussian", "m2sfca": "gaussian"}


def roads(n=16, step=200.0):
    lines = [[(x * step, y * step) for x in range(n)] for y in range(n)]
    lines += [[(x * step, y * step) for y in range(n)] for x in range(n)]
    lines.append([(9000.0, 9000.0), (9010.0, 9000.0)])  # a fragment, never joined
    oneway = ["yes" if k % 5 == 0 else "no" for k in range(len(lines))]
    return line_layer(lines, {"oneway": oneway}, name="streets")


def layers(seed=0, nd=400, ns=30, side=3000.0):
    return scale_layers(seed, nd, ns, side, off_network=True)


def params(demand, supply, method="2sfca", **kw):
    p = {"DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": supply, "CAPACITY_FIELD": "cap",
         "COST_MODE": "network", "NETWORK": roads(), "SNAP_DISTANCE": 300, "COST_UNIT": "minutes", "SPEED": 5.04,
         "THRESHOLD": 8, "METHOD": method, "DECAY": DECAY.get(method, "step"),
         "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def column(layer, name):
    return np.array([np.nan if r[name] is None else r[name] for r in rows(layer)], dtype=float)


@pytest.mark.parametrize("method", ["2sfca", "3sfca", "gravity", "nearest"])
def test_chunked_network_equals_whole_table(caremap_provider, budget, method):
    demand, supply = layers()
    budget(0)  # the default, 2 GB: one table
    whole_log = Recorder()
    whole = run_alg("caremap:accessibility", params(demand, supply, method), whole_log)
    budget(0.02)  # 20 KB: chunks of about 160 pairs
    log = Recorder()
    chunked = run_alg("caremap:accessibility", params(demand, supply, method), log)
    assert any("computed in chunks" in w and "caremap/memory_budget_mb" in w for w in log.warnings), log.warnings
    assert any(i.startswith("Network costs: computed in chunks") for i in log.infos), log.infos
    assert not any("computed in chunks" in w for w in whole_log.warnings)
    assert any(i.startswith("Network costs:") and "pairs within reach" in i for i in whole_log.infos)
    for lg in (log, whole_log):
        assert any(i.startswith("Costs: about") for i in lg.infos)
        assert any(w.startswith("3 demand units of layer") and "(blocks)" in w and "road network" in w for w in lg.warnings), lg.warnings
    for out, names in (("OUTPUT_DEMAND", ("access", "access_norm", "cost_nearest", "n_reachable", "covered",
                                          "snapped_m", "off_network")),
                       ("OUTPUT_SUPPLY", ("catch_demand", "ratio", "snapped_m"))):
        for name in names:
            a, b = column(whole[out], name), column(chunked[out], name)
            assert np.array_equal(np.isnan(a), np.isnan(b)), name
            np.testing.assert_allclose(b[~np.isnan(a)], a[~np.isnan(a)], rtol=1e-12, err_msg=name)
    assert column(chunked["OUTPUT_DEMAND"], "off_network")[:3].tolist() == [1, 1, 1]
    assert chunked["MEAN_ACCESS"] == pytest.approx(whole["MEAN_ACCESS"], rel=1e-12)
    assert chunked["SHARE_COVERED"] == pytest.approx(whole["SHARE_COVERED"], rel=1e-12)


# Progress: every progress value recorded, cancel once it passes a value (shared with test_scale)


@pytest.mark.parametrize("mb", [0, 0.02])
def test_progress_never_goes_back(caremap_provider, budget, mb):
    demand, supply = layers(1)
    budget(mb)
    fb = Progress()
    run_alg("caremap:accessibility", params(demand, supply, "3sfca"), fb)
    v = fb.values
    assert len(v) >= 4 and v[-1] == 100
    assert all(b >= a for a, b in zip(v, v[1:], strict=False)), [round(x) for x in v]
    if mb:
        assert sum(60 < x < 90 for x in v) > 10  # the passes over the chunks report as they go


def test_cancel_during_the_network_chunks(caremap_provider, budget):
    demand, supply = layers(2)
    budget(0.02)
    fb = Progress(cancel_above=65)  # in the middle of the method's passes (60-90 %)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_alg("caremap:accessibility", params(demand, supply, "2sfca"), fb)
    assert fb.after_cancel <= 2
    assert max(fb.values) < 70
