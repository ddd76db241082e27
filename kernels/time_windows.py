"""Which fields of a result layer are caregivers' time windows (issue 13 item 5; review 31).

Accessibility writes, for each time window ``L``, a pair of fields: ``access_L`` and
``covered_L`` (1 where a facility open at some time in the window is within reach, 0
where none is). The dock's time-of-day profile takes exactly those pairs; any other
``covered_<something>`` field (a user's ``covered_area`` holding a text or a 0..100
number, the flags of a careblocks units output) is not a window and is left alone,
never an error.
"""
import numpy as np

from .time_figures import COVERED_PREFIX, window_labels

ACCESS_PREFIX = "access_"


def window_pairs(field_names):
    """The labels ``L`` that have both ``covered_L`` and ``access_L`` among ``field_names``
    (the pairs accessibility writes for each time window), in the order of the
    ``covered_L`` fields. A ``covered_<something>`` field without its ``access_`` partner
    (a user's ``covered_area``, the flags of a careblocks units output) is no window."""
    names = list(field_names)
    have = set(names)
    return [w for w in window_labels(names) if ACCESS_PREFIX + w in have]


def is_window_flag(values):
    """True when ``values`` (numbers, NaN for NULL) hold only 0, 1 or NULL, as a window's
    ``covered_L`` does; a share, a percentage or a count is not a window flag."""
    v = np.asarray(values, dtype=float)
    return bool(np.all(np.isnan(v) | (v == 0.0) | (v == 1.0)))


def time_windows(field_names, flags):
    """The caregivers' time windows of a result layer, for the time-of-day profile: of the
    pairs ``covered_L`` / ``access_L`` (:func:`window_pairs`), those whose ``covered_L``
    is numeric (``flags``: field name -> float array with NaN for NULL, numeric fields
    only) and holds only 0, 1 or NULL (:func:`is_window_flag`).

    Returns ``(windows, ignored)``: {label: flag array} in field order, and the names of
    the other ``covered_<label>`` fields (no ``access_`` partner, text, or other values),
    which are simply not windows: never an error."""
    names = list(field_names)
    windows = {}
    for label in window_pairs(names):
        flag = flags.get(COVERED_PREFIX + label)
        if flag is not None and is_window_flag(flag):
            windows[label] = np.asarray(flag, dtype=float)
    ignored = [COVERED_PREFIX + w for w in window_labels(names) if w not in windows]
    return windows, ignored
