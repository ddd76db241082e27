"""caremap:priorityindex's sensitivity to the weights (issue 14 item 2), through processing.run."""
from layers import point_layer, rows, run_alg


def units():
    # indicators already in 0..1: base index 1, 0.5, 0.525, 0.05, 0.15 (ranks 1, 3, 2, 5, 4)
    return point_layer([(x, 0) for x in range(5)], {"a": [1.0, 0.0, 0.5, 0.1, 0.2], "b": [1.0, 1.0, 0.55, 0.0, 0.1]},
                       name="blocks_case")


def test_sensitivity_fields_and_figure(caremap_provider):
    res = run_alg("caremap:priorityindex", {"INPUT": units(), "FIELDS": ["a", "b"], "WEIGHTS": "a:1, b:1",
                                            "SENSITIVITY": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    r = rows(res["OUTPUT"])
    assert [u["priority_rank"] for u in r] == [1, 3, 2, 5, 4]
    # units 1 and 2 swap ranks 2 and 3 when a weight moves by 20% (by hand in the kernel test)
    assert [u["rank_best"] for u in r] == [1, 2, 2, 5, 4]
    assert [u["rank_worst"] for u in r] == [1, 3, 3, 5, 4]
    assert [u["rank_move"] for u in r] == [0, 1, 1, 0, 0]
    assert [u["top_always"] for u in r] == [1, 0, 0, 0, 0]
    assert res["N_TOP_ALWAYS"] == 1


def test_without_sensitivity_nothing_changes(caremap_provider):
    res = run_alg("caremap:priorityindex", {"INPUT": units(), "FIELDS": ["a", "b"], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "rank_best" not in res["OUTPUT"].fields().names()
    assert res["N_TOP_ALWAYS"] is None


def bogota_units(**drop):
    fields = {"share_under5": [0.10, 0.05, 0.20], "share_80plus": [0.02, 0.04, 0.03],
              "dependency_ratio": [0.5, 0.4, 0.6], "share_women_unpaid": [0.3, 0.2, 0.4],
              "fhh_share": [0.35, 0.30, 0.40], "poverty": [0.4, 0.1, 0.5], "unmet": [1.0, 2.0, 3.0]}
    for k in drop:
        fields.pop(k)
    return point_layer([(0, 0), (1, 0), (2, 0)], fields, name="blocks_case")


def test_bogota_preset_uses_its_six_criteria(caremap_provider):
    from caremap.kernels.priority import priority_index

    lay = bogota_units()
    res = run_alg("caremap:priorityindex", {"INPUT": lay, "PRESET": "bogota", "FIELDS": ["unmet"],
                                            "OUTPUT": "TEMPORARY_OUTPUT"})
    names = res["OUTPUT"].fields().names()
    crit = ["share_under5", "share_80plus", "dependency_ratio", "share_women_unpaid", "fhh_share", "poverty"]
    assert [n for n in names if n.startswith("contrib_")] == ["contrib_" + c for c in crit]
    expect = priority_index([[f[c] for f in lay.getFeatures()] for c in crit])
    got = [u["priority"] for u in rows(res["OUTPUT"])]
    assert all(abs(a - b) < 1e-12 for a, b in zip(got, expect["index"]))
    # unit 2 is highest on every criterion but the share of people 80+: rank 1
    assert [u["priority_rank"] for u in rows(res["OUTPUT"])][2] == 1
    # weights stay editable: with 20 on the share of people 80+, unit 1 (the highest share) scores
    # 20/25 = 0.8 against unit 2's 0.5 x 0.8 + 5/25 = 0.6
    heavy = run_alg("caremap:priorityindex", {"INPUT": lay, "PRESET": "bogota", "OUTPUT": "TEMPORARY_OUTPUT",
                                              "WEIGHTS": "share_under5:1, share_80plus:20, dependency_ratio:1, "
                                                         "share_women_unpaid:1, fhh_share:1, poverty:1"})
    assert [u["priority_rank"] for u in rows(heavy["OUTPUT"])] == [3, 1, 2]


def test_bogota_preset_names_the_missing_fields(caremap_provider):
    import pytest
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:priorityindex", {"INPUT": bogota_units(poverty=1, share_80plus=1), "PRESET": "bogota",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    msg = str(err.value)
    assert "share_80plus" in msg and "poverty" in msg and "blocks_case" in msg and "PRESET" not in msg
