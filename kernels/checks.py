"""Checks of input arrays shared by every kernel and adapter: one rule, one wording.

A check returns what it found (so the adapter can name the user's layer and field in its
message) or raises ``ValueError`` with a plain-words message when called through
:func:`require_non_negative`.
"""
import numpy as np


def negative_values(values):
    """``(count, first_value, first_row)`` of the negative values of ``values`` (NaN, the
    NULLs, are not negative); ``(0, None, None)`` when there is none."""
    arr = np.asarray(values, dtype=float)
    bad = np.flatnonzero(arr < 0)
    if len(bad) == 0:
        return 0, None, None
    return int(len(bad)), float(arr[bad[0]]), int(bad[0])


def require_non_negative(values, what):
    """Raise ``ValueError`` when ``values`` has a negative entry (counts, capacities,
    populations and costs are >= 0). ``what`` names the quantity in the message."""
    n, first, row = negative_values(values)
    if n:
        raise ValueError(f"{what} has {n} negative value(s) (e.g. {first:g} at row {row}); it must be >= 0")
