"""Which covered_<label> fields are caregivers' time windows (review 31): the
access_/covered_ pairs whose covered_ holds only 0, 1 or NULL; anything else is left
alone, never an error."""
import numpy as np
from caremap.kernels import time_windows as tw


def test_pairs_need_both_fields_in_covered_order():
    names = ["pop", "covered", "covered_evening", "access_morning", "covered_area", "access_evening",
             "covered_morning", "covered_before", "access"]
    assert tw.window_pairs(names) == ["evening", "morning"]  # covered_area, covered_before: no access_ partner


def test_is_window_flag():
    assert tw.is_window_flag([0, 1, np.nan, 1.0])
    assert tw.is_window_flag([])  # no value: nothing contradicts a flag
    assert not tw.is_window_flag([0, 1, 2])
    assert not tw.is_window_flag([0.0, 0.5])
    assert not tw.is_window_flag([0, 100, 37.5])  # a percentage
    assert not tw.is_window_flag([0, np.inf])


def test_time_windows_takes_only_valid_pairs():
    names = ["pop", "covered_area", "access_evening", "covered_evening", "access_share", "covered_share",
             "access_morning", "covered_morning", "access_text", "covered_text"]
    flags = {"covered_evening": np.array([1.0, 0.0, np.nan]),
             "covered_share": np.array([0.0, 100.0, 37.5]),  # a pair by name, but a percentage
             "covered_morning": np.array([0.0, 0.0, 1.0]),
             "covered_area": np.array([0.0, 1.0, 1.0])}  # 0/1 but no access_area: not a window
    windows, ignored = tw.time_windows(names, flags)  # covered_text is text: not in flags
    assert list(windows) == ["evening", "morning"]
    assert np.array_equal(windows["evening"], [1.0, 0.0, np.nan], equal_nan=True)
    assert ignored == ["covered_area", "covered_share", "covered_text"]
    assert tw.time_windows(["covered_area", "pop"], {"covered_area": np.array([50.0])}) == ({}, ["covered_area"])
