"""Time in the outputs (issue 13 item 5): window profile, temporal deserts, hours open
from opening hours, against hand-computed values."""
import numpy as np
import pytest
from caremap.kernels import time_figures as tf


def test_window_labels_from_the_covered_fields_in_order():
    names = ["pop", "covered", "covered_evening", "access_evening", "covered_morning", "covered_", "covered_9x"]
    assert tf.window_labels(names) == ["evening", "morning"]


def test_window_profile_by_hand():
    D = np.array([100.0, 200.0, 50.0, np.nan, 150.0])
    covered = np.array([1, 1, 0, 1, 1.0])
    evening = np.array([1, 0, 0, 1, np.nan])   # the last unit's flag unknown: out of the evening figure
    morning = np.array([0, 0, 0, 0, 0.0])
    prof = tf.window_profile(D, {"evening": evening, "morning": morning}, covered=covered)
    assert [p["label"] for p in prof] == [None, "evening", "morning"]
    assert prof[0]["people"] == 450.0 and prof[0]["share"] == pytest.approx(450 / 500)
    assert prof[1]["people"] == 100.0 and prof[1]["share"] == pytest.approx(100 / 350)
    assert prof[1]["units_unknown"] == 1
    assert prof[2]["share"] == 0.0
    # invariant: a window never covers more than all hours when its flags imply covered
    assert prof[1]["people"] <= prof[0]["people"]


def test_window_profile_without_demand_and_bad_flags():
    prof = tf.window_profile(np.zeros(2), {"evening": np.array([1.0, 0.0])})
    assert prof[0]["share"] is None and prof[0]["people"] == 0.0
    with pytest.raises(ValueError, match="other than 0, 1"):
        tf.window_profile(np.ones(2), {"evening": np.array([2.0, 0.0])})


def test_temporal_desert_figures_by_hand():
    D = np.array([90.0, 10.0, 50.0, np.nan, 30.0])
    t = np.array([1, 0, 1, 1, np.nan])
    f = tf.temporal_desert_figures(D, t)
    assert f["units"] == 2 and f["people"] == 140.0
    assert f["share"] == pytest.approx(140 / 150) and f["units_unknown"] == 1


def test_weekly_hours_open_from_the_schedule_or_the_fallback():
    hours, sched, bad = tf.weekly_hours_open(
        ["Mo-Fr 08:00-17:00", "Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00", "24/7", None, "",
         "by appointment", "Mo-Fr 22:00-02:00", "Mo-Fr 08:00-18:00; We 08:00-12:00"], [40, 40, 40, 40, 30, 25, 40, 40])
    # 5 x 9 = 45; 5 x (4.5 + 4) + 4 = 46.5; 168; NULL and empty: the fallback; not understood: the fallback
    # 22:00-02:00 five nights = 20; Wednesday to noon: 4 x 10 + 4 = 44
    assert hours.tolist() == [45.0, 46.5, 168.0, 40.0, 30.0, 25.0, 20.0, 44.0]
    assert sched.tolist() == [True, True, True, False, False, False, True, True]
    assert bad.tolist() == [5]
    h, _, _ = tf.weekly_hours_open(["Sa 09:00-13:00"], 40.0)
    assert h.tolist() == [4.0]


def test_window_specs_quote_the_hours_as_written():
    assert tf.window_specs(" evening = Mo-Fr 17:00-20:00 |saturday=Sa 09:00-13:00") == {
        "evening": "Mo-Fr 17:00-20:00", "saturday": "Sa 09:00-13:00"}
    assert tf.window_specs("") == {}
    with pytest.raises(ValueError, match="given twice"):
        tf.window_specs("a=Mo 08:00-09:00|a=Tu 08:00-09:00")


def test_temporal_desert_figures_refuse_a_negative_or_infinite_demand():
    # as window_profile does: a negative demand gave a share of -100 %, an infinite one was left out silently
    with pytest.raises(ValueError, match="finite and >= 0"):
        tf.temporal_desert_figures(np.array([-50.0, 100.0]), np.array([1.0, 0.0]))
    with pytest.raises(ValueError, match="finite and >= 0"):
        tf.temporal_desert_figures(np.array([np.inf, 100.0]), np.array([1.0, 0.0]))
