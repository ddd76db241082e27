"""Care demand from age-band counts: weighted demand (care units), dependency shares,
care intensity ratio and densities.

Pure NumPy (no qgis). The weights follow the Madrid scale of care units by
M.A. Duran (as used in ECLAC work on care demand): every person needs care, with
more weight for the very young and the very old.

Age bands are given by the user as integer years, inclusive: ``"0-2"``, ``"18-64"``,
``"80+"`` (open), ``"5"`` (a single year).

Band-to-scale rule (documented, hand-checked in tests): the population of a band is
taken as uniform over its single years of age, so a band's weight is the mean of the
scale's weight over the years it spans. An open band ``"a+"`` is closed at
``a + OPEN_BAND_WIDTH - 1`` (10 years by default) for this purpose. Example with the
Madrid scale: ``65-79`` -> (10 x 1.2 + 5 x 1.7) / 15 = 1.3667; ``80+`` -> (5 x 1.7 +
5 x 2) / 10 = 1.85; ``3-5`` -> (2 x 2 + 1.5) / 3 = 1.8333.
"""
from __future__ import annotations

import re

import numpy as np

#: Madrid scale (Duran): (first age, last age or None for open, care units).
MADRID_SCALE = ((0, 4, 2.0), (5, 14, 1.5), (15, 17, 1.2), (18, 64, 1.0),
                (65, 74, 1.2), (75, 84, 1.7), (85, None, 2.0))
PRESETS = ("equal", "madrid", "custom")
OPEN_BAND_WIDTH = 10
MAX_AGE = 120
#: Default age limits: dependents are children (< 15) and older people (>= 65);
#: potential caregivers are people 15-64.
CHILD_UNTIL = 14
OLDER_FROM = 65

_BAND = re.compile(r"^\s*(\d+)\s*(?:(\+)|-\s*(\d+))?\s*$")


def parse_band(text):
    """``"0-2"`` -> (0, 2); ``"80+"`` -> (80, None); ``"5"`` -> (5, 5). Raises ValueError."""
    m = _BAND.match(str(text))
    if not m:
        raise ValueError(f"age band {text!r} is not of the form 'a-b', 'a+' or 'a'")
    lo = int(m.group(1))
    if m.group(2):
        return lo, None
    hi = int(m.group(3)) if m.group(3) is not None else lo
    if hi < lo:
        raise ValueError(f"age band {text!r}: last age is below first age")
    return lo, hi


def parse_band_mapping(text):
    """Parse ``"p_0_2:0-2;p_3_5:3-5;p_80p:80+"`` (``;`` or newlines between items) into a
    list of ``(field, (lo, hi))``. Raises ValueError on malformed items or repeated fields."""
    out = []
    for item in re.split(r"[;\n]", text or ""):
        item = item.strip()
        if not item:
            continue
        if ":" not in item:
            raise ValueError(f"band mapping item {item!r} is not of the form field:age_band")
        field, band = item.rsplit(":", 1)
        field = field.strip()
        if not field:
            raise ValueError(f"band mapping item {item!r} has no field name")
        if field in [f for f, _ in out]:
            raise ValueError(f"field {field!r} appears twice in the band mapping")
        out.append((field, parse_band(band)))
    if not out:
        raise ValueError("the band mapping is empty: give items like 'p_0_2:0-2;p_80p:80+'")
    return out


def parse_custom_weights(text, fields):
    """Parse ``"p_0_2:2;p_3_5:1.5"`` into a weight per field of ``fields`` (all required)."""
    given = {}
    for item in re.split(r"[;\n]", text or ""):
        item = item.strip()
        if not item:
            continue
        if ":" not in item:
            raise ValueError(f"weight item {item!r} is not of the form field:weight")
        field, value = (p.strip() for p in item.rsplit(":", 1))
        try:
            w = float(value)
        except ValueError:
            raise ValueError(f"weight {value!r} for field {field!r} is not a number") from None
        if not np.isfinite(w) or w < 0:
            raise ValueError(f"weight for field {field!r} must be >= 0, got {value}")
        given[field] = w
    unknown = sorted(set(given) - set(fields))
    if unknown:
        raise ValueError(f"custom weights name fields not in the band mapping: {', '.join(unknown)}")
    missing = [f for f in fields if f not in given]
    if missing:
        raise ValueError(f"custom weights missing for fields: {', '.join(missing)}")
    return np.array([given[f] for f in fields], dtype=float)


def _band_years(band, open_width=OPEN_BAND_WIDTH):
    lo, hi = band
    if hi is None:
        hi = lo + open_width - 1
    return np.arange(lo, min(hi, MAX_AGE) + 1)


def scale_by_year(scale=MADRID_SCALE):
    """Weight for every single year of age 0..MAX_AGE from a (lo, hi, weight) scale."""
    w = np.full(MAX_AGE + 1, np.nan)
    for lo, hi, weight in scale:
        w[lo:(MAX_AGE if hi is None else hi) + 1] = weight
    if np.isnan(w).any():
        raise ValueError("the weight scale does not cover every age from 0")
    return w


def band_weights(bands, preset="madrid", open_width=OPEN_BAND_WIDTH):
    """Care-unit weight of each age band: the mean of the preset's per-year weight over
    the band's years (population uniform within the band; open bands closed at
    ``lo + open_width - 1``). ``equal`` gives 1 for every band."""
    if preset == "equal":
        return np.ones(len(bands))
    if preset != "madrid":
        raise ValueError(f"unknown weight preset {preset!r} (expected 'equal' or 'madrid')")
    per_year = scale_by_year(MADRID_SCALE)
    return np.array([per_year[_band_years(b, open_width)].mean() for b in bands])


def band_fraction(bands, lo, hi, open_width=OPEN_BAND_WIDTH):
    """Share of each band's population aged within [lo, hi] (inclusive, hi None = open),
    under the same uniform-within-band rule."""
    hi = MAX_AGE if hi is None else hi
    out = []
    for b in bands:
        years = _band_years(b, open_width)
        out.append(np.mean((years >= lo) & (years <= hi)))
    return np.array(out)


def weighted_demand(counts, weights):
    """Care demand in care units: D_i = sum_k w_k * n_ik (n_ik persons of unit i in band k).
    A NaN count gives NaN for that unit."""
    return np.asarray(counts, float) @ np.asarray(weights, float)


def share(part, total):
    """part / total, NaN (written as NULL) where total is 0, negative, NaN or infinite, or
    part is NaN or infinite: never a division by zero, never inf. Used for the shares of
    children and older people, care intensity (dependents per potential caregiver) and
    densities."""
    part = np.asarray(part, float)
    total = np.asarray(total, float)
    part, total = np.broadcast_arrays(part, total)
    out = np.full(part.shape, np.nan)
    ok = (total > 0) & np.isfinite(total) & np.isfinite(part)
    out[ok] = part[ok] / total[ok]
    return out


def density_per_km2(values, area_m2):
    """values / (area in km2); NaN where the area is missing (NaN: a null or zero-area
    geometry), 0 or not finite, so a degenerate polygon never gets a density."""
    area = np.asarray(area_m2, float) / 1e6
    return share(values, area)


def demand_indicators(counts, bands, weights, caregivers=None, area_m2=None,
                      child_until=CHILD_UNTIL, older_from=OLDER_FROM, open_width=OPEN_BAND_WIDTH):
    """All demand indicators per unit from an (n_units, n_bands) count matrix.

    * ``pop_total`` = sum_k n_ik; ``care_demand`` = sum_k w_k n_ik (care units);
    * ``dep_children`` = sum_k f_k(0..child_until) n_ik and ``dep_older`` with ages >=
      ``older_from`` (f_k = share of band k in the age range, uniform within band);
      ``dependents`` their sum; ``share_children``/``share_older`` of pop_total;
    * ``caregivers`` = the given field, or persons aged child_until+1 .. older_from-1
      from the bands; ``care_intensity`` = share(dependents, caregivers), dependents
      per potential caregiver (NaN where there is no caregiver);
    * with ``area_m2``: ``pop_density`` and ``demand_density`` per km2 (NaN where the
      area is missing or 0, see :func:`density_per_km2`).

    A NaN count (NULL) gives NaN results for its unit; an infinite one is a ValueError.
    """
    counts = np.asarray(counts, float)
    if np.isinf(counts).any():
        raise ValueError("age-band counts hold infinite values; read them as missing (NULL) first")
    if caregivers is not None and np.isinf(np.asarray(caregivers, float)).any():
        raise ValueError("the potential caregivers hold infinite values; read them as missing (NULL) first")
    f_child = band_fraction(bands, 0, child_until, open_width)
    f_older = band_fraction(bands, older_from, None, open_width)
    pop = counts.sum(axis=1)
    out = {"pop_total": pop, "care_demand": weighted_demand(counts, weights)}
    out["dep_children"] = counts @ f_child
    out["dep_older"] = counts @ f_older
    out["dependents"] = out["dep_children"] + out["dep_older"]
    out["share_children"] = share(out["dep_children"], pop)
    out["share_older"] = share(out["dep_older"], pop)
    if caregivers is None:
        caregivers = counts @ band_fraction(bands, child_until + 1, older_from - 1, open_width)
    out["caregivers"] = np.asarray(caregivers, float)
    out["care_intensity"] = share(out["dependents"], out["caregivers"])
    if area_m2 is not None:
        out["pop_density"] = density_per_km2(pop, area_m2)
        out["demand_density"] = density_per_km2(out["care_demand"], area_m2)
    return out


#: ages of the care-demand criteria of Bogota's care blocks (issue 14): children under 5
#: (0-4) and people aged 80 or more
UNDER5_UNTIL = 4
VERY_OLD_FROM = 80


def care_block_criteria(counts, bands, caregivers=None, unpaid_women=None, fhh=None, households=None,
                        child_until=CHILD_UNTIL, older_from=OLDER_FROM, open_width=OPEN_BAND_WIDTH):
    """The criteria of Bogota's care blocks that census counts give, under the names the Bogota
    preset of the care priority index reads (``kernels.priority_sensitivity.BOGOTA_PRESET``):

    * ``share_under5`` = persons aged 0-4 / persons in the bands; ``share_80plus`` = persons
      aged 80 or more / persons in the bands (uniform-within-band rule, so a band 3-5 gives
      2/3 of its people to the under-5s);
    * ``dependency_ratio`` = (persons under 15 + persons 65 or more) / persons aged 15-64,
      all from the bands (the demographic ratio; NaN where nobody is 15-64);
    * with ``unpaid_women`` (women aged 15 or more who only do unpaid domestic work):
      ``share_women_unpaid`` = unpaid_women / ``caregivers`` (give the women aged 15 or more
      as caregivers for the census definition);
    * with ``fhh`` and ``households`` (single-parent households headed by a woman, and all
      households): ``fhh_share`` = fhh / households.

    Every share is :func:`share`: NaN where the denominator is 0 or missing. A NaN count
    gives NaN for its unit.
    """
    counts = np.asarray(counts, float)
    pop = counts.sum(axis=1)
    out = {
        "share_under5": share(counts @ band_fraction(bands, 0, UNDER5_UNTIL, open_width), pop),
        "share_80plus": share(counts @ band_fraction(bands, VERY_OLD_FROM, None, open_width), pop),
    }
    dependants = counts @ (band_fraction(bands, 0, child_until, open_width)
                           + band_fraction(bands, older_from, None, open_width))
    working_age = counts @ band_fraction(bands, child_until + 1, older_from - 1, open_width)
    out["dependency_ratio"] = share(dependants, working_age)
    if unpaid_women is not None:
        if caregivers is None:
            raise ValueError("the share of women in unpaid domestic work needs the women aged 15 or more "
                             "(the caregivers) as its denominator")
        out["share_women_unpaid"] = share(unpaid_women, caregivers)
    if (fhh is None) != (households is None):
        raise ValueError("the share of households headed by a woman needs both the count of those "
                         "households and the count of all households")
    if fhh is not None:
        out["fhh_share"] = share(fhh, households)
    return out
