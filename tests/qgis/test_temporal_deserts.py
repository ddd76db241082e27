"""caremap:caredeserts with a caregivers' time window (issue 13 item 5): temporal_desert
= high demand, care within reach at some hour, none open within reach in the window;
hand-checked on the six blocks of the algorithm's help."""
import pytest
from layers import point_layer, rows, run_alg
from qgis.core import QgsProcessingException, QgsProcessingFeedback


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.text = ""

    def pushInfo(self, info):
        self.text += info + "\n"

    def pushWarning(self, warning):
        self.text += warning + "\n"


def blocks(covered):
    xy = [(i * 100.0, 0.0) for i in range(6)]
    return point_layer(xy, {"pop": [10.0, 20.0, 60.0, 80.0, 90.0, 40.0],
                            "cost_nearest": [5.0, 25.0, None, 25.0, 12.0, 30.0],
                            "covered_evening": list(covered)}, name="blocks")


def run(covered, feedback=None, **kw):
    p = {"INPUT": blocks(covered), "DEMAND_FIELD": "pop", "COST_FIELD": "cost_nearest", "THRESHOLD": 20.0,
         "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return run_alg("caremap:caredeserts", p, feedback)


def test_temporal_desert_hand_checked(caremap_provider):
    fb = Log()
    res = run([1, 1, 0, 0, 0, 0], fb, WINDOW_COVERED_FIELD="covered_evening")
    out = rows(res["OUTPUT"])
    # high demand: the blocks of 80 and 90; low access: all but 5 and 12 minutes
    assert [r["high_demand"] for r in out] == [0, 0, 0, 1, 1, 0]
    assert [r["desert"] for r in out] == [0, 0, 0, 1, 0, 0]
    # the block of 90 reaches care (12 minutes) but none open in the evening
    assert [r["temporal_desert"] for r in out] == [0, 0, 0, 0, 1, 0]
    assert "1 unit with high demand" in fb.text
    out = rows(run([1, 1, 0, 0, 1, 0], WINDOW_COVERED_FIELD="covered_evening")["OUTPUT"])
    assert [r["temporal_desert"] for r in out] == [0] * 6
    # without the window: no temporal_desert field
    assert "temporal_desert" not in rows(run([0] * 6)["OUTPUT"])[0].keys()


def test_temporal_desert_null_and_bad_values(caremap_provider):
    fb = Log()
    out = rows(run([1, 1, 0, 0, None, 0], fb, WINDOW_COVERED_FIELD="covered_evening")["OUTPUT"])
    t = out[4]["temporal_desert"]
    assert t is None or str(t) == "NULL"
    assert "1 unit of layer" in fb.text and "NULL 'covered_evening'" in fb.text
    with pytest.raises(QgsProcessingException, match="other than 0 and 1"):
        run([1, 1, 0, 0, 0.5, 0], WINDOW_COVERED_FIELD="covered_evening")
