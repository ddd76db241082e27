"""Unpaid care work: hours, money value, and the hours care services free.

Hours follow the time-use approach used in ECLAC / UN Women satellite accounts of
unpaid work: population of each sex x age group times the group's average weekly
hours of unpaid care work from a national time-use survey. Money value by the
replacement-cost (generalist) method: hours x hourly wage of a care worker; the
opportunity-cost method values each sex's hours at that sex's own average wage
(ECLAC 2022, "Valuation of unpaid household and care work"; UN Women / ECLAC,
"Counting women's unpaid work", 2020). Units: hours per week and per year, money in
the wage's currency.
"""
import math
import re
from dataclasses import dataclass

import numpy as np

FEMALE = {"f", "female", "w", "woman", "women", "mujer", "mujeres", "mulher", "mulheres", "fem"}
MALE = {"m", "male", "man", "men", "hombre", "hombres", "homem", "homens", "masc", "h"}


def normalize_sex(label):
    """'F', 'Women', 'mujer'... -> 'f'; 'M', 'men', 'hombre'... -> 'm'. ValueError otherwise."""
    key = str(label).strip().lower()
    if key in FEMALE:
        return "f"
    if key in MALE:
        return "m"
    raise ValueError(f"sex value {label!r} is neither female (f, female, women...) "
                     f"nor male (m, male, men...)")


def normalize_band(band):
    """Age band label without spaces: ' 15 - 29 ' -> '15-29'."""
    return re.sub(r"\s+", "", str(band))


def time_use_rates(sex, age_band, weekly_hours):
    """Time-use table columns -> {(sex, band): weekly hours}. ValueError on a
    duplicated (sex, band) row, or hours that are missing, negative or above 168."""
    rates = {}
    for sx, band, h in zip(sex, age_band, weekly_hours):
        if sx is None or band is None:
            raise ValueError("time-use table: a row has an empty sex or age_band")
        key = (normalize_sex(sx), normalize_band(band))
        h = float(h) if h is not None else math.nan
        if not (0.0 <= h <= 168.0):
            raise ValueError(f"time-use table: weekly_hours {h} for sex {key[0]!r}, "
                             f"age band {key[1]!r} is not between 0 and 168")
        if key in rates:
            raise ValueError(f"time-use table: sex {key[0]!r}, age band {key[1]!r} appears twice")
        rates[key] = h
    if not rates:
        raise ValueError("time-use table is empty")
    return rates


def parse_band_mapping(text):
    """Parse 'f:15-29=f_15_29; m:15-29=m_15_29' (entries split by ';' or new lines)
    into {(sex, band): field}. Empty text -> {}. The field is everything after the first
    '=', trimmed: a field name may hold spaces, accents or '=' ('f:15-29=población total')."""
    mapping = {}
    for entry in re.split(r"[;\n]+", text or ""):
        entry = entry.strip()
        if not entry:
            continue
        m = re.fullmatch(r"([^:=]+):([^=]+)=(.*\S.*)", entry)
        if not m:
            raise ValueError(f"band mapping entry {entry!r} is not of the form sex:age_band=field "
                             f"(e.g. f:15-29=f_15_29)")
        mapping[(normalize_sex(m.group(1)), normalize_band(m.group(2)))] = m.group(3).strip()
    return mapping


def default_band_mapping(rates, field_names):
    """Fields named like the table rows: ('f', '15-29') -> 'f_15_29' ('+' -> 'plus'),
    case-insensitive; rows with no such field are left out."""
    lower = {f.lower(): f for f in field_names}
    out = {}
    for sx, band in rates:
        name = f"{sx}_{band}".replace("-", "_").replace("+", "plus").lower()
        for cand in (name, name.rstrip("_")):
            if cand in lower:
                out[(sx, band)] = lower[cand]
                break
    return out


@dataclass
class UnpaidCare:
    """Per unit: weekly_hours, yearly_hours, women_weekly_hours, women_share (NaN
    where no hours), replacement_value (per year), opportunity_value (per year, None if
    no wages by sex), gdp_share (per unit, None without GDP); totals in ``totals``."""

    weekly_hours: np.ndarray
    yearly_hours: np.ndarray
    women_weekly_hours: np.ndarray
    women_share: np.ndarray
    replacement_value: np.ndarray
    opportunity_value: np.ndarray
    gdp_share: np.ndarray
    totals: dict


def unpaid_care_work(populations, rates, wage, weeks_per_year=52.0,
                     opportunity_wage=None, gdp=None):
    """Unpaid care hours and their value per unit.

    populations: {(sex, band): array of people per unit}; rates: {(sex, band): weekly
    hours per person} (see :func:`time_use_rates`). For unit u:
    H_u = sum_g P_gu h_g (hours/week), Y_u = H_u * weeks_per_year (hours/year),
    women's share = sum_{g female} P_gu h_g / H_u,
    replacement value V_u = Y_u * wage (money/year),
    opportunity value O_u = weeks * sum_g P_gu h_g wage_sex(g) if ``opportunity_wage``
    = {'f': wage, 'm': wage} is given, and gdp_share = V_u / gdp (totals likewise).
    A unit with a NaN (NULL) population gets NaN results and is left out of the totals;
    ``n_missing`` in ``totals`` counts such units. Totals with no meaning (women's share
    with no hours at all) are ``None``.
    ValueError if a group has no time-use rate, or populations are negative or infinite,
    or the wage is negative or not finite.
    """
    if not populations:
        raise ValueError("no population fields were given")
    if not (wage >= 0 and math.isfinite(wage)):
        raise ValueError(f"wage must be >= 0, got {wage}")
    groups = list(populations)
    missing = [g for g in groups if g not in rates]
    if missing:
        sx, band = missing[0]
        raise ValueError(f"time-use table has no row for sex {sx!r}, age band {band!r} "
                         f"({len(missing)} group(s) missing)")
    P = np.column_stack([np.asarray(populations[g], np.float64) for g in groups])
    if np.isinf(P).any():
        raise ValueError("population fields hold infinite values; read them as missing (NULL) first")
    if (P < 0).any():
        raise ValueError("population fields hold negative values")
    h = np.array([rates[g] for g in groups])
    female = np.array([g[0] == "f" for g in groups])
    missing = np.isnan(P).any(axis=1)
    hours_by_group = P * h
    weekly = hours_by_group.sum(axis=1)
    women = hours_by_group[:, female].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(weekly > 0, women / weekly, np.nan)
    yearly = weekly * weeks_per_year
    value = yearly * wage
    opp = None
    if opportunity_wage:
        wf = float(opportunity_wage.get("f", 0.0))
        wm = float(opportunity_wage.get("m", 0.0))
        opp = weeks_per_year * (women * wf + (weekly - women) * wm)
    gdp_share = None
    ok = ~missing
    totals = {
        "weekly_hours": float(weekly[ok].sum()),
        "yearly_hours": float(yearly[ok].sum()),
        "women_share": float(women[ok].sum() / weekly[ok].sum()) if weekly[ok].sum() > 0 else None,
        "replacement_value": float(value[ok].sum()),
        "n_missing": int(missing.sum()),
    }
    if opp is not None:
        totals["opportunity_value"] = float(opp[ok].sum())
    if gdp:
        if gdp <= 0:
            raise ValueError(f"GDP must be > 0, got {gdp}")
        gdp_share = value / gdp
        totals["gdp_share"] = float(value[ok].sum() / gdp)
    return UnpaidCare(weekly, yearly, women, share, value, opp, gdp_share, totals)


@dataclass
class FreedHours:
    """service_hours: weekly care hours each service takes over; freed_hours per unit
    (weekly); undistributed: hours of services with no demand in reach; freed_share:
    freed / unpaid weekly hours per unit, capped at 1 (None without unpaid hours)."""

    service_hours: np.ndarray
    freed_hours: np.ndarray
    undistributed: float
    freed_share: np.ndarray


def hours_freed(costs, demand, places, hours_open, substitution, threshold=None,
                unpaid_weekly=None):
    """Hours of unpaid care that services take over from households.

    Service j takes over S_j = places_j * hours_open_j * substitution hours per week
    (hours_open = hours open per week, substitution in [0, 1] = share of a place-hour
    that replaces a household care hour). S_j is shared among the units in reach of j
    (pairs of ``costs`` with cost <= threshold; all listed pairs if None)
    proportionally to their demand: F_i = sum_j S_j D_i / sum_{k in reach j} D_k.
    A service with no demand in reach frees nothing (its hours are reported as
    undistributed). A unit with NaN demand (unknown) takes no share and gets NaN.
    ``costs`` may be a :class:`~caremap.kernels.chunks.PairStream` (pairs in chunks under
    a memory budget): the two sums are then added chunk by chunk in two passes (same
    results up to the order of the additions), the stream's ``feedback`` called per chunk.
    """
    if not (0.0 <= substitution <= 1.0):
        raise ValueError(f"substitution rate must be between 0 and 1, got {substitution}")
    from .chunks import PairStream

    nd, ns = int(costs.n_demand), int(costs.n_supply)
    D = np.asarray(demand, np.float64)
    places = np.broadcast_to(np.asarray(places, np.float64), (ns,))
    hours_open = np.broadcast_to(np.asarray(hours_open, np.float64), (ns,))
    if D.shape != (nd,) or np.isinf(D).any() or (D < 0).any():
        raise ValueError("demand must hold one finite value >= 0 per unit")
    unknown = np.isnan(D)
    D = np.where(unknown, 0.0, D)
    if not np.isfinite(places).all() or (places < 0).any():
        raise ValueError("places (capacity) must be a finite number >= 0 for every service")
    if not np.isfinite(hours_open).all() or (hours_open < 0).any() or (hours_open > 168).any():
        raise ValueError("hours open per week must be between 0 and 168")
    S = places * hours_open * substitution

    def pairs(k):
        """The pairs within the threshold, whole or chunk by chunk (pass k of 2)."""
        tables = [costs]
        if isinstance(costs, PairStream):
            fb = costs.feedback
            tables = costs.chunks(None if fb is None else (lambda f: fb((k + f) / 2.0)))
        for t in tables:
            d, s, c = (np.asarray(t.demand_idx, np.int64), np.asarray(t.supply_idx, np.int64),
                       np.asarray(t.cost, np.float64))
            m = np.ones(d.size, bool) if threshold is None else c <= threshold
            yield d[m], s[m]

    reach = np.zeros(ns)
    for dm, sm in pairs(0):
        reach += np.bincount(sm, weights=D[dm], minlength=ns)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_unit = np.where(reach > 0, S / reach, 0.0)
    freed = np.zeros(nd)
    for dm, sm in pairs(1):
        freed += np.bincount(dm, weights=D[dm] * per_unit[sm], minlength=nd)
    freed[unknown] = np.nan
    share = None
    if unpaid_weekly is not None:
        U = np.asarray(unpaid_weekly, np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(U > 0, np.minimum(1.0, freed / U), np.nan)
    return FreedHours(S, freed, float(S[reach == 0].sum()), share)
