"""Community records against the registry (issue 15 item 2): the rules by which a place
seen by the community confirms, adds to or contradicts the inventory, and by which an
unverified record never overrides a registry value. Pure NumPy.

A *survey record* comes from a field survey (a layer that carries the survey's
``verification`` field: the GeoPackage of caremap:fieldsurvey or a Kobo/ODK export);
every other record (registry, OpenStreetMap, crowd map without that field) is a
*reference record*. The de-duplication of ``kernels/supply.py`` puts the records of one
place in one group.
"""
from __future__ import annotations

import numpy as np

from .supply import strip_accents

#: the values compared between a survey record and the reference record of its place
COMPARED_NUMBERS = ("capacity", "hours_per_day", "days_per_week")
COMPARED_TEXT = ("service_type", "sphere", "target_group")
STATUSES = ("confirmed", "new", "conflicting")


def demote_unverified(rank, survey, verified):
    """Source ranks where every unverified survey record ranks after every other record
    (rank max + 1), so it is never the record kept for its place when another record
    (a registry record, a verified survey record) is there too."""
    rank = np.array(rank, dtype=np.int64)
    weak = np.asarray(survey, bool) & ~np.asarray(verified, bool)
    if weak.any():
        rank[weak] = (rank.max() if len(rank) else 0) + 1
    return rank


def hide_unverified(values, survey, verified):
    """A copy of a numeric column with NaN for unverified survey records, so their values
    never fill a gap of the record kept (``supply.fill_from_duplicates``)."""
    out = np.array(values, dtype=float)
    out[np.asarray(survey, bool) & ~np.asarray(verified, bool)] = np.nan
    return out


def _same_text(a, b):
    return strip_accents(str(a)).strip() == strip_accents(str(b)).strip()


def review(group, survey, rank, numbers, texts):
    """Status of each survey record: ``confirmed`` (its place has a reference record and
    no compared value differs), ``conflicting`` (a value both give differs: the differing
    fields are listed), ``new`` (no reference record for its place).

    ``group``: the de-duplication group of every record; ``survey``: bool mask;
    ``rank``: the source rank (0 = most trusted), which picks the reference record of a
    group (lowest rank, then lowest index); ``numbers`` / ``texts``: dicts of columns
    (floats with NaN, objects with None) compared (a value missing on either side is no
    conflict; numbers equal within 1e-9). Returns ``(status, reference, conflicts)``:
    object array (None for reference records), the index of the reference record (-1
    when none) and, per record, a list of ``(field, survey value, reference value)``."""
    group = np.asarray(group)
    survey = np.asarray(survey, bool)
    n = len(group)
    ref_mask = ~survey
    reference_of_group = {}
    for i in np.lexsort((np.arange(n), np.asarray(rank), group)):
        if ref_mask[i] and group[i] not in reference_of_group:
            reference_of_group[group[i]] = int(i)
    status = np.full(n, None, dtype=object)
    reference = np.full(n, -1, dtype=np.int64)
    conflicts = [[] for _ in range(n)]
    for i in np.flatnonzero(survey):
        j = reference_of_group.get(group[i], -1)
        reference[i] = j
        if j < 0:
            status[i] = "new"
            continue
        for key, col in numbers.items():
            a, b = float(col[i]), float(col[j])
            if not (np.isnan(a) or np.isnan(b)) and abs(a - b) > 1e-9:
                conflicts[i].append((key, a, b))
        for key, col in texts.items():
            a, b = col[i], col[j]
            if a is not None and b is not None and str(a).strip() and str(b).strip() and not _same_text(a, b):
                conflicts[i].append((key, a, b))
        status[i] = "conflicting" if conflicts[i] else "confirmed"
    return status, reference, conflicts
