"""Which OpenStreetMap ways a mode may use, their one-way rule and their speed, from
the ways' tags (caremap:osmnetwork; the topology is ``kernels/osm_network.py``). Pure
NumPy.

Rules (OSM wiki "Key:highway", "Key:access", "Key:oneway", "OSM tags for routing/Access
restrictions", worldwide defaults):

Usable ways, per mode
    A way is a candidate when its ``highway`` class is in the mode's ``CLASSES`` (usable
    unless a tag forbids it) or ``CONDITIONAL`` (usable only when a tag explicitly allows
    it, e.g. a footway with ``bicycle=yes``). Unknown classes (``trail``, ``proposed``,
    ``construction``, ``raceway`` ...) are left out and counted.
    Access tags: the most specific tag present decides, in the order ``foot, access``
    (walk), ``bicycle, vehicle, access`` (bike), ``motorcar, motor_vehicle, vehicle,
    access`` (car). A value in ``FORBIDDEN`` (``no``, ``private``, ``use_sidepath``,
    ``agricultural``, ``forestry``, ``military``, ``delivery``, ``emergency``,
    ``permit``; ``customers`` and ``destination`` are *not* forbidden) takes the way
    out. A CONDITIONAL class opens only with the mode's own tag in ``ALLOWED``
    (``OPENING_KEYS``: ``bicycle=yes`` for a footway, ``motorcar``/``motor_vehicle=yes``
    for a track); a general ``access=permissive`` on a footway speaks for pedestrians.
    ``motorroad=yes`` (an expressway closed to pedestrians and cyclists) takes the way out
    for walk and bike unless ``foot``/``bicycle`` explicitly allow it.
    Trunk roads (``trunk``, ``trunk_link``) without a ``foot`` (or ``bicycle``) tag are
    usable on foot and by bike, as in OSM's worldwide default table, unless
    ``motorroad=yes``; where a country forbids them, the ways need ``foot=no`` in the
    data (edit the extract), since a missing tag is read as the worldwide default.
    Railways: a way whose ``railway`` is a track (``RAIL_TRACKS``: rail, subway,
    light_rail, narrow_gauge, monorail, funicular, ...) is never usable, even if it also
    carries a ``highway`` tag; ``railway=tram`` on a street way keeps the street, and
    ``railway=platform`` is walkable when it has ``highway=platform``. Ways with no
    ``highway`` tag (railways, waterways, power lines, barriers) are never usable.

One-way, per mode
    walk: 0 everywhere (a walk network can be passed with ONEWAY_FIELD and changes nothing).
    car: ``oneway=yes/true/1`` -> 1 (digitised direction), ``-1/reverse`` -> -1,
    ``no/false/0`` -> 0; without a ``oneway`` tag ``junction=roundabout/circular`` and
    ``highway=motorway/motorway_link`` are one-way (implied). ``oneway=reversible`` or
    ``alternating`` (direction changes with the time of day) takes the way out for
    cars and bikes: no fixed direction can be routed.
    bike: ``oneway:bicycle`` when present decides (``no`` -> 0); else
    ``cycleway[:left|:right|:both]=opposite*`` -> 0 (contraflow); else the car rule.

Speeds: a per-mode, per-class table in km/h (``DEFAULT_SPEEDS``); a user table overrides
entries (it does not make a way usable). Walking is ``kernels.costs.WALK_SPEED_KMH`` on
every class, so a walk network gives the same minutes as SPEED's default.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .costs import WALK_SPEED_KMH

MODES = ("walk", "bike", "car")

_ROADS = ("primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link",
          "unclassified", "residential", "living_street", "service", "road")
CLASSES = {
    "walk": frozenset(_ROADS + ("trunk", "trunk_link", "pedestrian", "footway", "path", "steps", "track",
                                "cycleway", "bridleway", "corridor", "platform", "elevator")),
    "bike": frozenset(_ROADS + ("trunk", "trunk_link", "cycleway", "path", "track")),
    "car": frozenset(_ROADS + ("motorway", "motorway_link", "trunk", "trunk_link")),
}
CONDITIONAL = {
    "walk": frozenset(),
    "bike": frozenset(("footway", "pedestrian", "bridleway", "corridor", "steps")),
    "car": frozenset(("track",)),
}
ACCESS_KEYS = {
    "walk": ("foot", "access"),
    "bike": ("bicycle", "vehicle", "access"),
    "car": ("motorcar", "motor_vehicle", "vehicle", "access"),
}
#: the tags that can open a CONDITIONAL class (a general access=yes/permissive on a
#: footway speaks for pedestrians, not for bikes)
OPENING_KEYS = {"walk": ("foot",), "bike": ("bicycle",), "car": ("motorcar", "motor_vehicle")}
FORBIDDEN = frozenset(("no", "private", "use_sidepath", "agricultural", "forestry", "military", "delivery",
                       "emergency", "permit", "disused"))
ALLOWED = frozenset(("yes", "designated", "permissive", "official", "destination", "customers", "public"))
RAIL_TRACKS = frozenset(("rail", "subway", "light_rail", "narrow_gauge", "monorail", "funicular", "miniature",
                         "preserved", "disused", "abandoned", "construction", "proposed", "razed"))
ONEWAY_YES = frozenset(("yes", "true", "1"))
ONEWAY_REVERSE = frozenset(("-1", "reverse"))
ONEWAY_NO = frozenset(("no", "false", "0"))
ONEWAY_TIMED = frozenset(("reversible", "alternating"))
IMPLIED_ONEWAY = frozenset(("motorway", "motorway_link"))
ROUNDABOUT = frozenset(("roundabout", "circular"))
CONTRAFLOW = frozenset(("opposite", "opposite_lane", "opposite_track", "opposite_share_busway"))

_WALK = {c: WALK_SPEED_KMH for c in CLASSES["walk"]}
_BIKE = {**{c: 15.0 for c in CLASSES["bike"]}, "track": 12.0, "path": 12.0, "living_street": 10.0,
         "service": 12.0, "footway": 10.0, "pedestrian": 8.0, "bridleway": 10.0, "corridor": 5.0, "steps": 2.0}
_CAR = {"motorway": 100.0, "motorway_link": 60.0, "trunk": 80.0, "trunk_link": 50.0, "primary": 50.0,
        "primary_link": 40.0, "secondary": 50.0, "secondary_link": 40.0, "tertiary": 40.0, "tertiary_link": 30.0,
        "unclassified": 30.0, "residential": 30.0, "road": 30.0, "living_street": 10.0, "service": 15.0,
        "track": 15.0}
DEFAULT_SPEEDS = {"walk": _WALK, "bike": _BIKE, "car": _CAR}

#: the tags the rules read (besides ``highway``, ``railway``)
TAG_KEYS = ("highway", "railway", "foot", "bicycle", "vehicle", "motorcar", "motor_vehicle", "access",
            "motorroad", "oneway", "oneway:bicycle", "junction", "cycleway", "cycleway:left",
            "cycleway:right", "cycleway:both")

_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def _check_mode(mode):
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got '{mode}'")


def parse_tags(other_tags, keys=TAG_KEYS, columns=None):
    """Tag columns from OGR's OSM ``other_tags`` hstore strings (``"k"=>"v",...``), one
    pass per way. ``columns`` (key -> sequence, e.g. the driver's own ``highway`` field)
    take precedence over ``other_tags``. Returns key -> object array of stripped,
    lower-case values ("" where absent)."""
    n = len(other_tags)
    out = {k: np.full(n, "", dtype=object) for k in keys}
    wanted = set(keys)
    for i, text in enumerate(other_tags):
        if not text:
            continue
        for k, v in _HSTORE.findall(str(text)):
            k = k.replace('\\"', '"')
            if k in wanted:
                out[k][i] = v.replace('\\"', '"').strip().lower()
    for k, values in (columns or {}).items():
        if k not in wanted:
            continue
        if len(values) != n:
            raise ValueError(f"column {k} has {len(values)} values for {n} ways")
        col = np.array(["" if v is None else str(v).strip().lower() for v in values], dtype=object)
        out[k] = np.where(col != "", col, out[k])
    return out


def _tag(tags, key, n):
    v = tags.get(key)
    return np.full(n, "", dtype=object) if v is None else np.asarray(v, dtype=object)


def _isin(values, choices):
    return np.isin(values.astype(str), list(choices)) if len(values) else np.zeros(0, dtype=bool)


def usable(mode, tags):
    """Boolean mask of the ways ``mode`` may use (rules in the module docstring), and a
    dict of counts of ways left out by reason (``unknown_class`` by class name,
    ``access`` (a tag forbids), ``not_allowed`` (a conditional class no tag opens),
    ``motorroad``, ``railway``)."""
    _check_mode(mode)
    hw = _tag(tags, "highway", len(next(iter(tags.values()))) if tags else 0)
    n = len(hw)
    classes, cond = CLASSES[mode], CONDITIONAL[mode]
    in_class = _isin(hw, classes)
    in_cond = _isin(hw, cond)
    # the most specific access tag present decides
    decide = np.full(n, "", dtype=object)
    for key in reversed(ACCESS_KEYS[mode]):
        v = _tag(tags, key, n)
        decide = np.where(v != "", v, decide)
    forbidden = _isin(decide, FORBIDDEN)
    opening = np.full(n, "", dtype=object)
    for key in reversed(OPENING_KEYS[mode]):
        v = _tag(tags, key, n)
        opening = np.where(v != "", v, opening)
    allowed = _isin(opening, ALLOWED)
    ok = (in_class & ~forbidden) | (in_cond & allowed)
    own = _tag(tags, ACCESS_KEYS[mode][0], n)
    motorroad = np.zeros(n, dtype=bool)
    if mode in ("walk", "bike"):
        motorroad = (_tag(tags, "motorroad", n) == "yes") & ~_isin(own, ALLOWED)
    rail = _isin(_tag(tags, "railway", n), RAIL_TRACKS)
    unknown = (hw != "") & ~(_isin(hw, CLASSES["walk"] | CLASSES["bike"] | CLASSES["car"]
                                   | CONDITIONAL["bike"] | CONDITIONAL["car"]))
    names, counts = np.unique(hw[unknown].astype(str), return_counts=True)
    report = {
        "unknown_class": dict(zip(names.tolist(), counts.astype(int).tolist())),
        "access": int(np.sum(in_class & forbidden)),
        "not_allowed": int(np.sum(in_cond & ~in_class & ~allowed)),
        "motorroad": int(np.sum(ok & motorroad)),
        "railway": int(np.sum(ok & ~motorroad & rail)),
    }
    return ok & ~motorroad & ~rail, report


def oneway(mode, tags):
    """Per-way one-way code for ``mode``: 1 = only in the digitised direction, -1 = only
    against it, 0 = both; and a mask of ways with a time-dependent direction
    (reversible/alternating), which cars and bikes cannot use."""
    _check_mode(mode)
    n = len(_tag(tags, "highway", len(next(iter(tags.values()))) if tags else 0))
    code = np.zeros(n, dtype=np.int8)
    timed = np.zeros(n, dtype=bool)
    if mode == "walk":
        return code, timed
    ow = _tag(tags, "oneway", n)
    implied = (ow == "") & (_isin(_tag(tags, "junction", n), ROUNDABOUT) | _isin(_tag(tags, "highway", n), IMPLIED_ONEWAY))
    code[_isin(ow, ONEWAY_YES) | implied] = 1
    code[_isin(ow, ONEWAY_REVERSE)] = -1
    timed = _isin(ow, ONEWAY_TIMED)
    if mode == "bike":
        contra = np.zeros(n, dtype=bool)
        for key in ("cycleway", "cycleway:left", "cycleway:right", "cycleway:both"):
            contra |= _isin(_tag(tags, key, n), CONTRAFLOW)
        code[contra] = 0
        timed &= ~contra
        ob = _tag(tags, "oneway:bicycle", n)
        code[_isin(ob, ONEWAY_NO)] = 0
        code[_isin(ob, ONEWAY_YES)] = 1
        code[_isin(ob, ONEWAY_REVERSE)] = -1
        timed = np.where(ob != "", _isin(ob, ONEWAY_TIMED), timed)
    return code, timed


def speeds(mode, highway, table=None):
    """Speed in km/h per way from its class: ``DEFAULT_SPEEDS[mode]`` updated with
    ``table`` ({class: km/h}, > 0). A class in neither is NaN."""
    _check_mode(mode)
    lut = dict(DEFAULT_SPEEDS[mode])
    for k, v in (table or {}).items():
        if not (np.isfinite(v) and v > 0):
            raise ValueError(f"The speed of class '{k}' must be > 0 km/h, got {v}")
        lut[str(k).strip().lower()] = float(v)
    return np.array([lut.get(str(h), np.nan) for h in highway], dtype=np.float64)


@dataclass
class Selection:
    """Per-way results of :func:`select`."""

    keep: np.ndarray       # bool, way usable by the mode
    oneway: np.ndarray     # int8 0/1/-1
    speed_kmh: np.ndarray  # float
    report: dict


def select(mode, tags, speed_table=None):
    """Usable ways, one-way codes and speeds of ``mode`` (see the module docstring).
    ``report`` holds the counts of ways left out by reason (``timed_oneway`` too) and
    the number kept."""
    keep, report = usable(mode, tags)
    code, timed = oneway(mode, tags)
    report["timed_oneway"] = int(np.sum(keep & timed))
    keep = keep & ~timed
    spd = speeds(mode, tags["highway"], speed_table)
    report["kept"] = int(keep.sum())
    return Selection(keep, code, spd, report)
