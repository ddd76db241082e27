"""How robust a care priority ranking is to its weights (issue 14 item 2), and the Bogota
preset of criteria.

Sensitivity (one weight at a time, OECD / JRC 2008 Handbook on Constructing Composite
Indicators, ch. 7): the index of ``kernels.priority.priority_index`` is recomputed with each
indicator's weight multiplied by (1 - step) and by (1 + step), the other weights unchanged
(every weighting is then rescaled to sum 1 by priority_index). With K indicators that is 2K
weightings besides the base one. Reported per unit: its rank under every weighting, the best
and worst rank, the largest move from its base rank, and whether it is in the top quintile
(priority_quintile 5) under every weighting (the units whose priority no reasonable change of
weights removes).

The Bogota preset (the criteria of the District Care System's priority of care blocks):
care demand (share of children under 5, share of people 80 or older, dependency ratio),
caregiver density (share of women aged 15 or more who only do unpaid domestic work, share of
single-parent households headed by women) and poverty, equal weights, editable.
"""
from dataclasses import dataclass

import numpy as np

from .priority import priority_index

#: the +/- change of each weight in the sensitivity report (20 %)
SENSITIVITY_STEP = 0.2

#: the Bogota preset: (criterion, the field CareMap looks for by default, weight)
BOGOTA_PRESET = (
    ("share of children under 5", "share_under5", 1.0),
    ("share of people 80 or older", "share_80plus", 1.0),
    ("dependency ratio", "dependency_ratio", 1.0),
    ("share of women who only do unpaid domestic work", "share_women_unpaid", 1.0),
    ("share of (single-parent) households headed by a woman", "fhh_share", 1.0),
    ("poverty", "poverty", 1.0),
)

#: the presets of caremap:priorityindex: name -> criteria (none = the user's own fields)
PRESETS = {"none": None, "bogota": BOGOTA_PRESET}


def weight_scenarios(weights, step=SENSITIVITY_STEP):
    """The weightings of the report: the base ``weights`` first, then for each indicator k
    its weight x (1 - step) and x (1 + step) (the others unchanged). Returns (2K + 1, K)."""
    w = np.asarray(weights, np.float64).ravel()
    if w.size == 0 or not np.all(np.isfinite(w)) or (w < 0).any() or not w.sum() > 0:
        raise ValueError("weights must be finite, >= 0 and not all 0")
    if not (0 < step < 1):
        raise ValueError(f"the step must be between 0 and 1, got {step}")
    rows = [w]
    for k in range(w.size):
        for f in (1 - step, 1 + step):
            v = w.copy()
            v[k] *= f
            rows.append(v)
    return np.vstack(rows)


@dataclass
class Sensitivity:
    """ranks (n, S): the rank (1 = highest priority) under each weighting, column 0 the base;
    rank_best / rank_worst / max_shift (n,): the best and worst rank and the largest
    |rank - base rank|; top_always (n,) bool: in the top quintile under every weighting;
    weightings (S, K): the weights used."""

    ranks: np.ndarray
    rank_best: np.ndarray
    rank_worst: np.ndarray
    max_shift: np.ndarray
    top_always: np.ndarray
    weightings: np.ndarray


def sensitivity(indicators, weights=None, methods="minmax", higher_is_priority=True, step=SENSITIVITY_STEP):
    """The sensitivity report of a priority index (see the module doc); the arguments are
    those of ``priority_index``."""
    X = np.column_stack([np.asarray(a, float).ravel() for a in indicators]) \
        if isinstance(indicators, (list, tuple)) else np.asarray(indicators, float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("give at least one indicator")
    w = np.ones(X.shape[1]) if weights is None else np.asarray(weights, float)
    scen = weight_scenarios(w, step)
    ranks, top = [], []
    for v in scen:
        res = priority_index(X, v, methods, higher_is_priority)
        ranks.append(res["rank"])
        top.append(res["quintile"] == 5)
    R = np.column_stack(ranks)
    return Sensitivity(R, R.min(axis=1), R.max(axis=1), np.abs(R - R[:, :1]).max(axis=1),
                       np.column_stack(top).all(axis=1), scen)
