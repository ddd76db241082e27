"""Time in the outputs (issue 13 item 5; docs/methods.md, "Time in the outputs"): the
share of demand covered in each caregivers' time window, the temporal care deserts, and
the hours a week a service is open from its opening hours.

Accessibility writes, for each time window ``L``, the field ``covered_L`` (1 where a
facility open at some time in the window is within reach); caredeserts writes
``temporal_desert``. The dock's time-of-day profile and the report read those fields
and draw their figures from :func:`window_profile` and :func:`temporal_desert_figures`,
so the two cannot disagree. Unpaid care counts the hours freed only for the hours the
services are open: :func:`weekly_hours_open`.
"""
import numpy as np

from .opening_hours import LABEL_PATTERN, parse_time_windows, weekly_schedules

COVERED_PREFIX = "covered_"
TEMPORAL_DESERT_FIELD = "temporal_desert"
MINUTES_PER_HOUR = 60.0


def window_labels(field_names):
    """The window labels ``L`` of the fields ``covered_L`` among ``field_names``, in the
    order of the fields (``covered`` itself, the all-hours flag, is not a window)."""
    out = []
    for name in field_names:
        if name.startswith(COVERED_PREFIX):
            label = name[len(COVERED_PREFIX):]
            if LABEL_PATTERN.match(label):
                out.append(label)
    return out


def window_specs(text):
    """``'label=spec|label=spec'`` (the time windows of accessibility) -> {label: spec}, the
    hours as written (to quote them); checked by
    :func:`caremap.kernels.opening_hours.parse_time_windows` (ValueError as it raises)."""
    labels, _ = parse_time_windows(text)
    specs = {}
    for item in (text or "").split("|"):
        if "=" in item:
            label, spec = (x.strip() for x in item.split("=", 1))
            if label in labels:
                specs[label] = spec
    return specs


def _not_a_flag(values):
    """Where a 0/1 flag holds a known value other than 0 or 1 (NaN = NULL is allowed)."""
    c = np.asarray(values, dtype=float)
    return np.isfinite(c) & ~np.isin(c, (0.0, 1.0))


def flag_faults(flags):
    """The flag fields (``flags``: name -> values, NaN for NULL) that hold a value other
    than 0, 1 or NULL, which :func:`window_profile` and :func:`temporal_desert_figures`
    refuse: ``[(name, count, example)]`` in the order given, ``count`` the number of such
    values and ``example`` the first of them; [] when every field is a 0/1 flag."""
    out = []
    for name, values in flags.items():
        c = np.asarray(values, dtype=float)
        bad = _not_a_flag(c)
        if bad.any():
            out.append((name, int(bad.sum()), float(c[bad][0])))
    return out


def _share(D, flag):
    """(people, share) of demand ``D`` in units where ``flag`` is 1, over the units where
    both are known (finite); share None when that demand is 0. Raises ValueError on a
    negative or infinite demand (a share would be wrong without a word)."""
    D = np.asarray(D, dtype=float)
    if np.isinf(D).any() or (D[np.isfinite(D)] < 0).any():
        raise ValueError("demand must be finite and >= 0")
    c = np.asarray(flag, dtype=float)
    if c.shape != D.shape:
        raise ValueError("each flag field must hold one value per unit")
    bad = _not_a_flag(c)
    if bad.any():
        raise ValueError(f"{int(bad.sum())} value(s) other than 0, 1 or NULL in a 0/1 field")
    known = np.isfinite(D) & np.isfinite(c)
    total = float(D[known].sum())
    people = float(D[known & (c == 1)].sum())
    return people, (people / total if total > 0 else None)


def window_profile(demand, covered_by_label, covered=None):
    """The time-of-day profile: for each window (``covered_by_label``: label -> 0/1 array,
    in order), the people of ``demand`` in units where a facility open in that window is
    within reach, and their share of the demand of the units whose flag and demand are
    known (a NULL flag or demand is left out of that window's figure). With ``covered``
    (the all-hours flag), the profile starts with it under the label None, for comparison.

    Returns a list of dicts ``{"label", "people", "share", "units_unknown"}``; share is
    None when there is no demand. Raises ValueError on a flag other than 0, 1 or NaN."""
    D = np.asarray(demand, dtype=float)
    items = ([(None, covered)] if covered is not None else []) + list(covered_by_label.items())
    out = []
    for label, flag in items:
        people, share = _share(D, flag)
        unknown = int((np.isfinite(D) & ~np.isfinite(np.asarray(flag, dtype=float))).sum())
        out.append({"label": label, "people": people, "share": share, "units_unknown": unknown})
    return out


def temporal_desert_figures(demand, temporal):
    """Temporal care deserts (``temporal`` = the 0/1 temporal_desert field): the number of
    units, the people in them and their share of the demand of the units whose flag and
    demand are known (None when there is no such demand); NULL flags counted apart."""
    D = np.asarray(demand, dtype=float)
    t = np.asarray(temporal, dtype=float)
    people, share = _share(D, t)
    return {"units": int(np.sum((t == 1) & np.isfinite(D))), "people": people, "share": share,
            "units_unknown": int((np.isfinite(D) & ~np.isfinite(t)).sum())}


def weekly_hours_open(opening_hours, fallback):
    """Hours a week each service is open, from its opening hours (OpenStreetMap's form,
    read by :func:`caremap.kernels.opening_hours.weekly_schedules`): the open minutes of
    one Monday-to-Sunday week / 60. Where the hours are NULL or empty (no schedule given)
    or not understood, the ``fallback`` hours (a number or one per service: the hours open
    the user gave otherwise) are used instead, never a guess from the text.

    Returns (hours (n,) float, from_schedule (n,) bool, not_understood (k,) int64 indices)."""
    values = ["" if v is None else str(v).strip() for v in opening_hours]
    n = len(values)
    fb = np.broadcast_to(np.asarray(fallback, dtype=float), (n,)).astype(float)
    sched = weekly_schedules(values)
    minutes = sched.weekly_minutes()
    given = np.array([bool(v) for v in values], dtype=bool)
    from_schedule = given & np.isfinite(minutes)
    hours = np.where(from_schedule, np.nan_to_num(minutes) / MINUTES_PER_HOUR, fb)
    return hours, from_schedule, sched.not_understood
