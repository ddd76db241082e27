"""Care supply inventory: name normalisation, cleaning rules, de-duplication across
sources, capacity imputation and full-day-equivalent capacity.

Pure NumPy/SciPy (no qgis). The method follows the supply side of the Care
Georeferencing Tool (UNDP LAC, Bogota District Care System): facilities from several
sources (registries, surveys, crowd maps, OpenStreetMap) are harmonised into one
schema, cleaned with explicit rules, and merged when two records within a short
distance carry the same normalised name.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from ._lazy import lazy_name

coo_matrix = lazy_name("scipy.sparse", "coo_matrix")
connected_components = lazy_name("scipy.sparse.csgraph", "connected_components")
cKDTree = lazy_name("scipy.spatial", "cKDTree")

#: Words too common in care-facility names to tell two facilities apart (es/pt/en).
COMMON_WORDS = frozenset(
    """
    centro centros jardin jardines jardim infantil infantiles hogar hogares comunitario
    comunitaria comunitarios cdi cai guarderia guarderias creche escuela escola sala cuna
    residencia residencial geriatrico geriatrica adulto adultos mayor mayores idoso idosos
    casa lar institucion instituto fundacion asociacion
    de del la las el los lo y e da do das dos em en a o al para
    the of and kindergarten daycare day care nursery home center centre
    """.split()
)

SCHEMA_FIELDS = ("name", "service_type", "sphere", "target_group", "capacity",
                 "hours_per_day", "days_per_week", "fee", "source")
SPHERES = ("public", "private", "community", "family")
#: caregivers: services for the caregivers themselves (respite, training, laundries, psychosocial and
#: legal support), as in the care blocks (issue 14)
TARGET_GROUPS = ("children", "older", "disability", "caregivers", "all")

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


# --------------------------------------------------------------------------- names
@lru_cache(maxsize=65536)
def strip_accents(text):
    """Lower-case ``text`` and drop its diacritics (Unicode NFKD, combining marks removed)."""
    text = str(text)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def normalize_name(name, common_words=COMMON_WORDS):
    """Normalised facility name: lower case, accents and punctuation removed, common
    words (``centro``, ``jardin``, ``de``...) dropped, whitespace collapsed.

    A name made only of common words keeps them (``"Jardin Infantil"`` ->
    ``"jardin infantil"``) so it is still compared. ``None``/blank -> ``""`` (never matches).
    """
    if name is None:
        return ""
    tokens = _NON_ALNUM.sub(" ", strip_accents(name)).split()
    kept = [t for t in tokens if t not in common_words]
    return " ".join(kept if kept else tokens)


def normalize_names(names, common_words=COMMON_WORDS):
    """Vector form of :func:`normalize_name` -> object array of str."""
    return np.array([normalize_name(n, common_words) for n in names], dtype=object)


def name_similarity(a, b):
    """Similarity in [0, 1] of two *normalised* names.

    ``max(J, R)`` where J = |A n B| / |A u B| is the Jaccard index of the token sets and
    R is difflib's ratio 2M/T (Ratcliff-Obershelp) of the sorted-token strings, which
    tolerates typos ("pollitos" / "polllitos"). Empty names score 0.
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ta, tb = set(a.split()), set(b.split())
    jaccard = len(ta & tb) / len(ta | tb)
    ratio = SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio()
    return max(jaccard, ratio)


# --------------------------------------------------------------------------- cleaning
def apply_cleaning_rules(service_type, names, whitelist=None, blacklist=None):
    """Rule-based cleaning of facility records.

    * whitelist: iterable of service types; a record passes when its service type,
      compared case- and accent-insensitively, is in the list (empty/None = all pass);
    * blacklist: a regular expression searched (case-insensitive) in the name and in
      its accent-stripped form; a hit rejects the record (e.g. ``"cerrado|closed|test"``).

    Returns ``(keep, reason, hits)``: boolean mask, object array of rejection reason
    (``None``, ``"type_not_whitelisted"``, ``"name_blacklisted"``; the whitelist is
    checked first) and a dict of hit counts per rule (a record can hit both).
    """
    n = len(names)
    not_white = np.zeros(n, dtype=bool)
    if whitelist:
        allowed = {strip_accents(w).strip() for w in whitelist if str(w).strip()}
        types = [strip_accents(t).strip() if t is not None else "" for t in service_type]
        not_white = ~np.fromiter((t in allowed for t in types), dtype=bool, count=n)
    black = np.zeros(n, dtype=bool)
    if blacklist:
        try:
            pattern = re.compile(blacklist, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"name blacklist {blacklist!r} is not a valid regular expression: {exc}") from exc
        black = np.fromiter(
            (nm is not None and bool(pattern.search(str(nm)) or pattern.search(strip_accents(nm)))
             for nm in names), dtype=bool, count=n)
    reason = np.full(n, None, dtype=object)
    reason[black] = "name_blacklisted"
    reason[not_white] = "type_not_whitelisted"
    hits = {"type_not_whitelisted": int(not_white.sum()), "name_blacklisted": int(black.sum())}
    return ~(not_white | black), reason, hits


# --------------------------------------------------------------------------- dedup
@dataclass
class DedupResult:
    """``keep``: bool mask of surviving records; ``group``: component id per record;
    ``duplicate_of``: index of the kept record for dropped ones, -1 for kept ones;
    ``merged_sources``: object array, for kept records the ``;``-joined sorted distinct
    sources of their group (``None`` elsewhere); ``n_merged``: group size for kept records
    (0 for dropped); ``n_pairs``: candidate pairs scored; ``n_matches``: pairs matched."""

    keep: np.ndarray
    group: np.ndarray
    duplicate_of: np.ndarray
    merged_sources: np.ndarray
    n_merged: np.ndarray
    n_pairs: int
    n_matches: int


def candidate_pairs(x, y, distance):
    """Index pairs (i < j) of points within ``distance`` (inclusive, same units as x, y),
    from ``cKDTree.query_pairs``: O(n log n), never all n^2 pairs."""
    if len(x) < 2:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    tree = cKDTree(np.column_stack([np.asarray(x, float), np.asarray(y, float)]))
    pairs = tree.query_pairs(float(distance), output_type="ndarray")
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)


def deduplicate(x, y, names, sources, source_rank, completeness, distance=50.0,
                threshold=0.8, common_words=COMMON_WORDS, normalized=None):
    """Merge records of the same facility coming from several sources.

    Two records match when their distance is <= ``distance`` (metres) and
    ``name_similarity(normalize_name(a), normalize_name(b)) >= threshold``. Matches are
    merged transitively (union-find; here the connected components of the match graph,
    which is the same partition). In each group the record kept is the one with the
    lowest ``source_rank`` (0 = most trusted), then the highest ``completeness``
    (number of filled schema fields), then the lowest index.
    """
    n = len(names)
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    if distance < 0:
        raise ValueError(f"de-duplication distance must be >= 0, got {distance}")
    norm = normalize_names(names, common_words) if normalized is None else np.asarray(normalized, dtype=object)
    ii, jj = candidate_pairs(x, y, distance)
    n_pairs = len(ii)
    if n_pairs:
        # exact normalised matches are vectorised; only the rest go through difflib
        codes = np.unique(norm, return_inverse=True)[1]
        nonempty = norm != ""
        same = (codes[ii] == codes[jj]) & nonempty[ii]
        rest = np.flatnonzero(~same & nonempty[ii] & nonempty[jj])
        sim = np.fromiter((name_similarity(norm[ii[k]], norm[jj[k]]) for k in rest),
                          dtype=float, count=len(rest))
        match = same.copy()
        match[rest[sim >= threshold]] = True
        ii, jj = ii[match], jj[match]
    graph = coo_matrix((np.ones(len(ii)), (ii, jj)), shape=(n, n))
    _, group = connected_components(graph, directed=False)
    rank = np.asarray(source_rank, float)
    comp = np.asarray(completeness, float)
    order = np.lexsort((np.arange(n), -comp, rank, group))
    first = np.ones(n, dtype=bool)
    first[1:] = group[order][1:] != group[order][:-1]
    leader_of_group = np.empty(group.max() + 1 if n else 0, dtype=np.int64)
    leader_of_group[group[order][first]] = order[first]
    leader = leader_of_group[group]
    keep = leader == np.arange(n)
    duplicate_of = np.where(keep, -1, leader)
    size = np.bincount(group, minlength=len(leader_of_group))
    n_merged = np.where(keep, size[group], 0)
    merged_sources = np.full(n, None, dtype=object)
    src = np.array([("" if s is None else str(s)) for s in sources], dtype=object)
    merged_sources[keep] = src[keep]
    multi = np.flatnonzero(size > 1)
    if len(multi):
        members = np.argsort(group, kind="stable")
        bounds = np.concatenate([[0], np.cumsum(size)])
        for g in multi:
            ids = members[bounds[g]:bounds[g + 1]]
            merged_sources[leader_of_group[g]] = ";".join(sorted({s for s in src[ids] if s}))
    return DedupResult(keep, group, duplicate_of, merged_sources, n_merged, n_pairs, len(ii))


def fill_from_duplicates(values, keep, duplicate_of, rank, missing_zero=False):
    """Fill a kept record's missing value (NaN; also 0 with ``missing_zero``) from the
    records merged into it: the one with the lowest ``rank`` (most trusted source) that
    has a value, ties to the lowest index. Returns ``(values, filled)`` (new array and
    a boolean mask of the kept records that were filled)."""
    out = np.array(values, dtype=float)
    missing = np.isnan(out) | ((out == 0) if missing_zero else False)
    dup = np.flatnonzero(~np.asarray(keep) & ~missing)
    filled = np.zeros(len(out), dtype=bool)
    if len(dup) == 0:
        return out, filled
    leader = np.asarray(duplicate_of)[dup]
    order = np.lexsort((dup, np.asarray(rank)[dup], leader))
    first = np.ones(len(order), dtype=bool)
    first[1:] = leader[order][1:] != leader[order][:-1]
    best = order[first]
    target = leader[best]
    use = missing[target]
    out[target[use]] = out[dup[best[use]]]
    filled[target[use]] = True
    return out, filled


def source_ranks(sources, priority):
    """Rank of each record's source in the ordered ``priority`` list (0 = most trusted;
    case-insensitive); sources not in the list rank after all listed ones."""
    order = {strip_accents(p).strip(): k for k, p in enumerate(priority)}
    last = len(order)
    return np.array([order.get(strip_accents(s).strip() if s is not None else "", last)
                     for s in sources], dtype=np.int64)


def completeness(columns):
    """Number of filled values per record over the given columns (NaN/None/"" = empty)."""
    total = None
    for values in columns:
        arr = np.asarray(values)
        if arr.dtype.kind == "f":
            filled = ~np.isnan(arr)
        else:
            filled = np.array([v is not None and str(v).strip() != "" for v in arr], dtype=bool)
        total = filled.astype(np.int64) if total is None else total + filled
    return total


# --------------------------------------------------------------------------- capacity
def impute_capacity(capacity, service_type, default=None):
    """Fill missing capacities with the median known capacity of the same service type.

    A capacity is *missing* when NaN (NULL). A reported 0 is a value, never imputed (the
    inventory adapter drops such records, counted, or keeps them at 0 when asked); the
    medians are taken over the known capacities above 0, so an imputed value is never 0.
    ``flag``: 0 = reported, 1 = imputed from its service type's median, 2 = imputed from
    the overall median (its type had no known capacity above 0), 3 = ``default`` (no
    record has a known capacity above 0). (The inventory adapter uses 4 for a capacity
    taken from a merged duplicate record, see :func:`fill_from_duplicates`, which runs
    first.)
    Raises ValueError on negative or infinite capacities, or when a capacity is missing,
    none is known and there is no default (> 0). Returns ``(capacity, flag)``.
    """
    cap = np.array(capacity, dtype=float)
    negative = np.flatnonzero(cap < 0)
    if len(negative):
        raise ValueError(f"negative capacity {cap[negative[0]]:g} at record {negative[0]}")
    infinite = np.flatnonzero(np.isinf(cap))
    if len(infinite):
        raise ValueError(f"infinite capacity at record {infinite[0]}; read it as missing (NULL) first")
    missing = np.isnan(cap)
    flag = np.zeros(len(cap), dtype=np.int64)
    if not missing.any():
        return cap, flag
    known = ~missing & (cap > 0)
    if not known.any():
        if default is None or not (default > 0 and np.isfinite(default)):
            raise ValueError("no facility has a known capacity above 0: give a default capacity (> 0)")
        cap[missing] = float(default)
        flag[missing] = 3
        return cap, flag
    types = np.array([strip_accents(t).strip() if t is not None else "" for t in service_type], dtype=object)
    codes = np.unique(types, return_inverse=True)[1]
    medians = np.full(codes.max() + 1, np.nan)
    order = np.lexsort((cap, codes))
    k_codes, k_cap = codes[order], cap[order]
    sel = known[order]
    k_codes, k_cap = k_codes[sel], k_cap[sel]
    starts = np.flatnonzero(np.r_[True, k_codes[1:] != k_codes[:-1]])
    ends = np.r_[starts[1:], len(k_codes)]
    medians[k_codes[starts]] = 0.5 * (k_cap[starts + (ends - starts - 1) // 2] + k_cap[starts + (ends - starts) // 2])
    by_type = medians[codes]
    overall = float(np.median(cap[known]))
    use_type = missing & ~np.isnan(by_type)
    use_all = missing & np.isnan(by_type)
    cap[use_type] = by_type[use_type]
    cap[use_all] = overall
    flag[use_type] = 1
    flag[use_all] = 2
    return cap, flag


def full_day_equivalent(capacity, hours_per_day, days_per_week, default_hours=8.0, default_days=5.0):
    """Full-day-equivalent capacity (docs/methods.md):
    ``capacity_fde = capacity * min(1, hours/8) * days/5`` (places; hours per day, days per week).

    Missing hours/days are read as ``default_hours``/``default_days`` (a full day, five
    days) and counted. Raises ValueError for hours outside [0, 24] or days outside [0, 7].
    Returns ``(capacity_fde, n_default_hours, n_default_days)``.
    """
    cap = np.asarray(capacity, float)
    hours = np.array(hours_per_day, dtype=float)
    days = np.array(days_per_week, dtype=float)
    for arr, name, hi in ((hours, "hours_per_day", 24), (days, "days_per_week", 7)):
        bad = np.flatnonzero((arr < 0) | (arr > hi))
        if len(bad):
            raise ValueError(f"{name} must be within [0, {hi}], got {arr[bad[0]]:g} at record {bad[0]}")
    nh, nd = np.isnan(hours), np.isnan(days)
    hours[nh] = default_hours
    days[nd] = default_days
    return cap * np.minimum(1.0, hours / 8.0) * days / 5.0, int(nh.sum()), int(nd.sum())


# --------------------------------------------------------------------------- mappings
def parse_field_mapping(text, allowed=SCHEMA_FIELDS):
    """Parse one layer's mapping ``"name=nombre,capacity=cupos,sphere='public'"``.

    Returns ``{schema_field: ("field", name) | ("const", value)}``; a quoted right-hand
    side is a constant for every record. Raises ValueError on unknown schema fields or
    malformed items.
    """
    out = {}
    for item in (text or "").split(","):
        item = item.strip()
        if not item:
            continue
        if "=" not in item:
            raise ValueError(f"mapping item {item!r} is not of the form schema_field=layer_field")
        key, value = (p.strip() for p in item.split("=", 1))
        if key not in allowed:
            raise ValueError(f"unknown inventory field {key!r} in mapping (expected one of {', '.join(allowed)})")
        if not value:
            raise ValueError(f"mapping item {item!r} has no layer field")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            out[key] = ("const", value[1:-1])
        else:
            out[key] = ("field", value)
    return out


def parse_other_tags(text):
    """Parse OGR's OSM ``other_tags`` HSTORE text ``"k"=>"v","k2"=>"v2"`` into a dict."""
    if not text:
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"')
            for k, v in re.findall(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"', text)}


def match_osm_tags(tags, rules):
    """Map one OSM feature's tags onto the inventory schema with a tag table.

    ``rules``: dicts with keys ``kind`` (``service`` or ``sphere``), ``key``, ``value``,
    ``condition_key``, ``condition_value``, ``service_type``, ``target_group``, ``sphere``
    (the rows of ``data/osm_care_tags.csv``). The first ``service`` rule, in table order,
    whose ``key=value`` holds and whose condition (if any) holds wins, so specific rows
    (with a condition) go before general ones. A value ``*`` matches any value. A
    condition value matches one item of a
    ``;``-separated tag value (``social_facility:for=senior;disabled``). ``sphere`` rules
    (e.g. ``operator:type=public``) override the service rule's default sphere.
    Returns ``None`` when no service rule matches, else a dict.
    """
    def holds(key, value):
        tag = tags.get(key)
        if tag is None:
            return False
        return value == "*" or value in [p.strip() for p in tag.split(";")]

    for rule in (r for r in rules if r["kind"] == "service"):
        if holds(rule["key"], rule["value"]) and (
                not rule["condition_key"] or holds(rule["condition_key"], rule["condition_value"])):
            out = {"service_type": rule["service_type"], "target_group": rule["target_group"] or "all",
                   "sphere": rule["sphere"] or None, "matched_tag": f"{rule['key']}={rule['value']}"}
            for srule in rules:
                if srule["kind"] == "sphere" and holds(srule["key"], srule["value"]):
                    out["sphere"] = srule["sphere"]
                    break
            return out
    return None
