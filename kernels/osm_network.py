"""A routable network from OpenStreetMap ways (caremap:osmnetwork): which ways each mode
may use, their speed and one-way rule, and the topology (ways meet at shared OSM nodes
only). Pure NumPy/SciPy; the adapter reads the OSM ``lines`` layer and writes the result.

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

Topology: ways are split at every vertex whose exact coordinates another way (or the
same way elsewhere) also has, i.e. at the shared OSM nodes; ways that only cross (a
bridge over a street, a tunnel under it) have no common vertex and stay apart. The
pieces meet only at their ends. Components are computed from the piece ends by exact
coordinate equality, before any reprojection.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ._lazy import lazy_module, lazy_name
from .costs import WALK_SPEED_KMH

sp = lazy_module("scipy.sparse")
connected_components = lazy_name("scipy.sparse.csgraph", "connected_components")

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


# --------------------------------------------------------------------------- geometry
def _checked(xy, part_offsets, part_row):
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    offs = np.asarray(part_offsets, dtype=np.int64)
    prow = np.asarray(part_row, dtype=np.int64)
    if len(offs) != len(prow) + 1 or (len(offs) and (offs[0] != 0 or offs[-1] != len(xy))):
        raise ValueError("part_offsets must start at 0, end at the number of vertices and have one more entry than part_row")
    if np.any(np.diff(offs) < 0):
        raise ValueError("part_offsets must not decrease")
    if not np.all(np.isfinite(xy)):
        raise ValueError("The ways hold non-finite coordinates")
    return xy, offs, prow


def _runs(keep_vertex, offs):
    """Drop vertices; returns new offsets of the parts (empty parts kept as empty)."""
    counts = np.add.reduceat(keep_vertex.astype(np.int64), offs[:-1]) if len(offs) > 1 and len(keep_vertex) else \
        np.zeros(max(len(offs) - 1, 0), dtype=np.int64)
    counts = np.where(np.diff(offs) > 0, counts, 0)
    out = np.zeros(len(offs), dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out


def drop_repeated_vertices(xy, part_offsets, part_row):
    """Consecutive identical vertices of a part collapse to one; parts left with fewer
    than two vertices are dropped. Returns ``(xy, part_offsets, part_row)``."""
    xy, offs, prow = _checked(xy, part_offsets, part_row)
    nv = len(xy)
    first = np.zeros(nv, dtype=bool)
    first[offs[:-1][np.diff(offs) > 0]] = True
    same = np.zeros(nv, dtype=bool)
    same[1:] = np.all(xy[1:] == xy[:-1], axis=1)
    keep = first | ~same
    new_offs = _runs(keep, offs)
    xy = xy[keep]
    good = np.diff(new_offs) >= 2
    return select_parts(xy, new_offs, prow, good)


def select_parts(xy, offs, prow, mask):
    """The parts where ``mask`` is True: ``(xy, part_offsets, part_row)``."""
    xy, offs, prow = _checked(xy, offs, prow)
    mask = np.asarray(mask, dtype=bool)
    lengths = np.diff(offs)[mask]
    starts = offs[:-1][mask]
    idx = _ranges(starts, lengths)
    out = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=out[1:])
    return xy[idx], out, prow[mask]


def _ranges(starts, lengths):
    """Concatenated ``arange(s, s + l)`` for each (s, l)."""
    lengths = np.asarray(lengths, dtype=np.int64)
    tot = int(lengths.sum())
    if tot == 0:
        return np.zeros(0, dtype=np.int64)
    rep = np.repeat(np.asarray(starts, dtype=np.int64), lengths)
    return rep + np.arange(tot) - np.repeat(np.cumsum(lengths) - lengths, lengths)


def clip_to_rect(xy, part_offsets, part_row, rect):
    """Clip parts to ``rect = (xmin, ymin, xmax, ymax)`` (Liang-Barsky per segment,
    vectorised). A part leaving and re-entering the rectangle becomes several parts of
    the same row. Vertices inside are kept bit for bit (so shared nodes stay shared);
    new vertices lie on the rectangle's edge. Returns ``(xy, part_offsets, part_row)``."""
    xy, offs, prow = _checked(xy, part_offsets, part_row)
    xmin, ymin, xmax, ymax = (float(v) for v in rect)
    if not (xmin <= xmax and ymin <= ymax):
        raise ValueError("The extent is empty")
    nv = len(xy)
    part = np.repeat(np.arange(len(prow)), np.diff(offs))
    a = np.flatnonzero(part[:-1] == part[1:]) if nv > 1 else np.zeros(0, dtype=np.int64)
    p0, p1 = xy[a], xy[a + 1]
    d = p1 - p0
    t0 = np.zeros(len(a))
    t1 = np.ones(len(a))
    ok = np.ones(len(a), dtype=bool)
    for p, q in ((-d[:, 0], p0[:, 0] - xmin), (d[:, 0], xmax - p0[:, 0]),
                 (-d[:, 1], p0[:, 1] - ymin), (d[:, 1], ymax - p0[:, 1])):
        zero = p == 0
        ok &= ~(zero & (q < 0))
        with np.errstate(divide="ignore", invalid="ignore"):
            r = np.where(zero, 0.0, q / np.where(zero, 1.0, p))
        t0 = np.where(~zero & (p < 0), np.maximum(t0, r), t0)
        t1 = np.where(~zero & (p > 0), np.minimum(t1, r), t1)
    ok &= t0 <= t1
    a, p0, p1, d, t0, t1 = a[ok], p0[ok], p1[ok], d[ok], t0[ok], t1[ok]
    ca = np.where((t0 == 0)[:, None], p0, p0 + t0[:, None] * d)
    cb = np.where((t1 == 1)[:, None], p1, p0 + t1[:, None] * d)
    m = len(a)
    start = np.ones(m, dtype=bool)
    if m > 1:
        start[1:] = (a[1:] != a[:-1] + 1) | (part[a[1:]] != part[a[:-1]]) | (t1[:-1] < 1) | (t0[1:] > 0)
    verts = np.empty((2 * m, 2))
    verts[0::2] = ca
    verts[1::2] = cb
    keep = np.empty(2 * m, dtype=bool)
    keep[0::2] = start
    keep[1::2] = True
    verts = verts[keep]
    emitted = 1 + start.astype(np.int64)
    run_start = (np.cumsum(emitted) - emitted)[start]
    new_offs = np.append(run_start, len(verts)).astype(np.int64)
    new_row = prow[part[a[start]]] if m else np.zeros(0, dtype=np.int64)
    return drop_repeated_vertices(verts, new_offs, new_row)


def split_at_shared_vertices(xy, part_offsets, part_row):
    """Split parts at every vertex whose exact coordinates occur more than once in the
    data (a node shared with another way, or visited twice by the same way), never at
    mere crossings. Returns ``(xy, piece_offsets, piece_row)``: pieces that meet only at
    their ends, in the direction of their way."""
    xy, offs, prow = drop_repeated_vertices(xy, part_offsets, part_row)
    nv = len(xy)
    if nv == 0:
        return xy, np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64)
    _, inv, counts = np.unique(xy, axis=0, return_inverse=True, return_counts=True)
    cut = counts[inv.ravel()] > 1
    cut[offs[:-1]] = True
    cut[offs[1:] - 1] = True
    part = np.repeat(np.arange(len(prow)), np.diff(offs))
    c = np.flatnonzero(cut)
    pair = part[c[:-1]] == part[c[1:]]
    s, e = c[:-1][pair], c[1:][pair]
    lengths = e - s + 1
    idx = _ranges(s, lengths)
    out = np.zeros(len(s) + 1, dtype=np.int64)
    np.cumsum(lengths, out=out[1:])
    return xy[idx], out, prow[part[s]]


def components(xy, piece_offsets):
    """Connected components of pieces joined at exactly equal end coordinates.
    Returns ``(label per piece, number of components)``; labels are numbered by
    decreasing total number of pieces (0 = the largest by count)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    offs = np.asarray(piece_offsets, dtype=np.int64)
    n = len(offs) - 1
    if n <= 0:
        return np.zeros(0, dtype=np.int64), 0
    ends = np.concatenate([xy[offs[:-1]], xy[offs[1:] - 1]])
    _, node = np.unique(ends, axis=0, return_inverse=True)
    node = node.ravel()
    nn = int(node.max()) + 1
    g = sp.coo_matrix((np.ones(n), (node[:n], node[n:])), shape=(nn, nn))
    ncomp, lab = connected_components(g, directed=False)
    piece_lab = lab[node[:n]]
    size = np.bincount(piece_lab, minlength=ncomp)
    rank = np.empty(ncomp, dtype=np.int64)
    rank[np.argsort(-size, kind="stable")] = np.arange(ncomp)
    return rank[piece_lab], int(ncomp)


def lengths(xy, piece_offsets):
    """Planar length of each piece, in the unit of ``xy``."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    offs = np.asarray(piece_offsets, dtype=np.int64)
    if len(offs) <= 1:
        return np.zeros(0)
    seg = np.hypot(*np.diff(xy, axis=0).T) if len(xy) > 1 else np.zeros(0)
    seg = np.append(seg, 0.0)
    # the segment from a piece's last vertex to the next piece's first is not part of either
    seg[offs[1:-1] - 1] = 0.0
    return np.add.reduceat(seg, offs[:-1])


def component_summary(component, length_m):
    """(number of components, share of the total length in the longest one, its label)."""
    component = np.asarray(component, dtype=np.int64)
    length_m = np.asarray(length_m, dtype=np.float64)
    if len(component) == 0:
        return 0, float("nan"), -1
    tot = np.bincount(component, weights=length_m)
    big = int(np.argmax(tot))
    total = float(tot.sum())
    return int(np.count_nonzero(np.bincount(component))), (float(tot[big] / total) if total > 0 else float("nan")), big


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
