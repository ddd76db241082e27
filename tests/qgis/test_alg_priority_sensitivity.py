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
