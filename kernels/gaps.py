"""Care gaps: coverage, unmet demand, shortfall and surplus against a policy target,
and their district aggregation.

Per unit i with demand D_i (people of the cohort, >= 0) and accessible places S_i
(places the unit can reach, >= 0; e.g. ``access * demand`` from the accessibility
output, since ``access`` is supply per unit of demand)::

    coverage_i  = 100 S_i / D_i            places per 100 people (NaN where D_i = 0)
    unmet_i     = max(0, D_i - S_i)        people without a place (1 place per person)
    required_i  = r D_i                    places the policy target r asks for
                                           (e.g. r = 1/3: one place per 3 children)
    shortfall_i = max(0, required_i - S_i)
    surplus_i   = max(0, S_i - required_i)
    below_target_i = 1 if S_i < required_i (so never where D_i = 0), else 0

Targets per cohort (age band): a policy often sets a different target for each age
band, e.g. Brazil's national education plan (Plano Nacional de Educacao, Lei 13.005/2014,
meta 1): crèche places for at least 50% of children 0-3 and pre-school for 100% of
children 4-5. With band counts n_ik (people of band k in unit i) and ratios r_k
(places per person of band k, >= 0)::

    required_i  = sum_k r_k n_ik           (:func:`cohort_required`; replaces r D_i)

and shortfall, surplus and below_target follow from it as above. The targets are
written ``"p_0_3:0.5;p_4_5:1.0"`` (field:ratio items, :func:`parse_cohort_targets`).

Without a target (r = None, no required) ``required``, ``shortfall``, ``surplus`` and
``below_target`` are omitted. District sums use ``np.bincount``; district coverage is
100 sum(S) / sum(D) (NaN where sum(D) = 0).
Places from an access ratio (the ``access`` field of caremap:accessibility is places
per person): S_i = access_i x D_i (:func:`places_from_access`).

Groups (districts) are encoded once for every algorithm by :func:`encode_groups`.
Reference: the Care Georeferencing method's supply-demand gap (UNDP LAC), and the
coverage/adequacy ratios of standard service-planning practice.
"""
import re

import numpy as np

__all__ = ["care_gaps", "cohort_required", "district_gaps", "encode_groups", "parse_cohort_targets",
           "places_from_access"]


def encode_groups(labels, missing="error"):
    """Integer codes 0..g-1 and the sorted unique labels (as text) of any label array
    (strings, numbers); the one group encoder of CareMap (districts of caregaps,
    caredeserts, equity, the report and the dock).

    A label is missing when it is ``None`` or NaN. ``missing="error"`` raises
    ``ValueError`` naming the count; ``missing="code"`` gives those units code -1 (the
    caller leaves them out and says how many). Labels are compared as text, so 1 and
    "1" are the same group. Returns ``(codes int64 (n,), labels object (g,))``.
    """
    if missing not in ("error", "code"):
        raise ValueError(f"missing must be 'error' or 'code' (got {missing!r})")
    labels = np.asarray(labels, dtype=object).ravel()
    bad = np.asarray((labels == None) | (labels != labels), dtype=bool)  # noqa: E711  None, NaN
    if bad.any() and missing == "error":
        raise ValueError(f"{int(bad.sum())} group label(s) are missing (NULL)")
    codes = np.full(labels.size, -1, dtype=np.int64)
    if (~bad).any():
        uniq, inv = np.unique(labels[~bad].astype(str), return_inverse=True)
        codes[~bad] = inv
    else:
        uniq = np.array([], dtype=str)
    return codes, uniq.astype(object)


def places_from_access(access, demand):
    """Accessible places of each unit from its access ratio (places per person):
    S_i = access_i x D_i. NaN stays NaN (the caller decides what a NULL does)."""
    a = np.asarray(access, dtype=float).ravel()
    D = np.asarray(demand, dtype=float).ravel()
    if a.size != D.size:
        raise ValueError(f"access and demand must have the same length ({a.size} and {D.size})")
    return a * D


def parse_cohort_targets(text):
    """Parse policy targets per cohort, ``"p_0_3:0.5;p_4_5:1.0"`` (items ``field:ratio``
    separated by ``;`` or new lines; the ratio in places per person of that band, e.g.
    0.5 = half of the band), into a list of ``(field, ratio)`` in the order given.

    Raises ValueError naming the item for: an item without ``:``, an empty field name, a
    ratio that is not a number, a ratio that is negative or not finite, a field listed
    twice, no item at all, and every ratio 0 (no target: leave the targets empty instead).
    A ratio of 0 for one band is allowed (that band asks for no place).
    """
    out = []
    for item in re.split(r"[;\n]", text or ""):
        item = item.strip()
        if not item:
            continue
        if ":" not in item:
            raise ValueError(f"target item {item!r} is not of the form field:ratio (e.g. 'p_0_3:0.5')")
        field, value = (p.strip() for p in item.rsplit(":", 1))
        if not field:
            raise ValueError(f"target item {item!r} has no field name")
        try:
            ratio = float(value)
        except ValueError:
            raise ValueError(f"the target {value!r} for field {field!r} is not a number "
                             f"(places per person, e.g. 0.5 for half of the band)") from None
        if not np.isfinite(ratio) or ratio < 0:
            raise ValueError(f"the target for field {field!r} must be a number >= 0 (got {value})")
        if field in [f for f, _ in out]:
            raise ValueError(f"field {field!r} is listed twice in the targets")
        out.append((field, ratio))
    if not out:
        raise ValueError("the targets are empty: give items like 'p_0_3:0.5;p_4_5:1.0'")
    if not any(r > 0 for _, r in out):
        raise ValueError("every target is 0, so no place would be required: give at least one ratio above 0")
    return out


def cohort_required(counts, ratios):
    """Places required by targets per cohort: required_i = sum_k r_k n_ik.

    ``counts`` (n, k) people of band k in unit i (finite, >= 0; a 1-D array is one band);
    ``ratios`` (k,) places per person of each band (finite, >= 0). Returns (n,) float.
    Reference: per-band coverage targets such as Brazil's PNE meta 1 (50% of children 0-3
    in crèche, 100% of 4-5 in pre-school), see the module docstring.
    """
    n_ik = np.asarray(counts, dtype=float)
    if n_ik.ndim == 1:
        n_ik = n_ik[:, None]
    if n_ik.ndim != 2:
        raise ValueError("band counts must be a table of units x bands")
    r = np.asarray(ratios, dtype=float).ravel()
    if r.size != n_ik.shape[1]:
        raise ValueError(f"there are {n_ik.shape[1]} band count column(s) but {r.size} target(s)")
    if not np.all(np.isfinite(r)) or (r < 0).any():
        raise ValueError("targets must be finite numbers >= 0")
    if not np.all(np.isfinite(n_ik)):
        raise ValueError("band counts contain NULL/NaN or infinite values")
    if (n_ik < 0).any():
        raise ValueError(f"band counts must be >= 0 (found {n_ik.min()})")
    return n_ik @ r


def _check(name, a, n=None):
    a = np.asarray(a, dtype=float).ravel()
    if n is not None and a.size != n:
        raise ValueError(f"{name} must have {n} values (got {a.size})")
    if not np.all(np.isfinite(a)):
        raise ValueError(f"{name} contains NULL/NaN or infinite values")
    if (a < 0).any():
        raise ValueError(f"{name} must be >= 0 (found {a.min()})")
    return a


def care_gaps(demand, places, target_ratio=None, required=None):
    """Per-unit gaps (formulas in the module docstring).

    ``demand`` (n,) people; ``places`` (n,) accessible places; ``target_ratio`` places per
    person required by the policy (> 0), or None; or instead ``required`` (n,) places
    the policy requires in each unit (e.g. :func:`cohort_required` for targets per age
    band; not both). Returns a dict of (n,) float arrays ``coverage``, ``unmet`` and,
    with a target, ``required``, ``shortfall``, ``surplus`` and int ``below_target``.
    """
    D = _check("demand", demand)
    S = _check("accessible places", places, D.size)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        coverage = np.where(D > 0, 100.0 * S / np.where(D > 0, D, 1.0), np.nan)
    out = {"coverage": coverage, "unmet": np.maximum(0.0, D - S)}
    if target_ratio is not None and required is not None:
        raise ValueError("give either one target ratio or the required places per unit, not both")
    req = None
    if required is not None:
        req = _check("required places", required, D.size)
    elif target_ratio is not None:
        r = float(target_ratio)
        if not np.isfinite(r) or r <= 0:
            raise ValueError(f"target ratio must be a positive number of places per person (got {target_ratio})")
        req = r * D
    if req is not None:
        out["required"] = req
        out["shortfall"] = np.maximum(0.0, req - S)
        out["surplus"] = np.maximum(0.0, S - req)
        out["below_target"] = (S < req).astype(np.int64)
    return out


def district_gaps(demand, places, gaps, codes, n_districts=None):
    """Sum the per-unit gaps by district code (0..g-1).

    Returns a dict of (g,) arrays: ``units``, ``demand``, ``places``, ``coverage``
    (100 sum S / sum D), ``unmet`` and, when ``gaps`` holds target fields, ``required``,
    ``shortfall``, ``surplus``, ``units_below_target`` and ``people_below_target``
    (demand living in units below the target).
    """
    D = np.asarray(demand, dtype=float).ravel()
    S = np.asarray(places, dtype=float).ravel()
    codes = np.asarray(codes, dtype=np.int64).ravel()
    if codes.size != D.size:
        raise ValueError("district codes and demand must have the same length")
    if (codes < 0).any():
        raise ValueError("district codes must be >= 0")
    g = int(n_districts) if n_districts is not None else (int(codes.max()) + 1 if codes.size else 0)

    def total(v):
        return np.bincount(codes, weights=np.asarray(v, dtype=float), minlength=g)

    dem = total(D)
    pla = total(S)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        cov = np.where(dem > 0, 100.0 * pla / np.where(dem > 0, dem, 1.0), np.nan)
    out = {"units": np.bincount(codes, minlength=g).astype(np.int64), "demand": dem,
           "places": pla, "coverage": cov, "unmet": total(gaps["unmet"])}
    if "below_target" in gaps:
        below = np.asarray(gaps["below_target"]).astype(bool)
        for key in ("required", "shortfall", "surplus"):
            out[key] = total(gaps[key])
        out["units_below_target"] = np.bincount(codes, weights=below.astype(float),
                                                minlength=g).astype(np.int64)
        out["people_below_target"] = total(D * below)
    return out
