"""Give back to OpenStreetMap (issue 15 item 3): new, verified care places as an osmChange
file (.osc, OSM API 0.6) that a mapper reviews and uploads with JOSM; CareMap uploads
nothing.

The tags come from the same tag table that reads OSM into the inventory
(``data/osm_care_tags.csv``, see ``kernels.supply.match_osm_tags``), read in reverse:
a service type gets the tags of the first ``service`` row that gives it (its key=value
and, when the row has one, its condition, e.g. ``amenity=social_facility`` +
``social_facility=day_care`` + ``social_facility:for=senior``), and a sphere gets the
first ``operator:type`` value of a ``sphere`` row that gives it. A key that only describes
a main tag brings that main tag (``PARENT_TAGS``): ``social_facility=*`` is written with
``amenity=social_facility`` (OSM wiki, Key:social_facility: the feature is an
``amenity=social_facility``, ``social_facility=*`` says which kind), so a community kitchen is
``amenity=social_facility`` + ``social_facility=soup_kitchen``. Read back by
``match_osm_tags``, the tags give the same service type (tested). Pure Python/NumPy.
"""
from __future__ import annotations

import math
from xml.etree import ElementTree as ET

GENERATOR = "CareMap"
#: key -> the main tag it describes, written with it when the table's row does not give it
PARENT_TAGS = {"social_facility": ("amenity", "social_facility")}


def reverse_tags(rules):
    """``({service_type: [(key, value), ...]}, {sphere: (key, value)})`` from the tag
    table's rows (dicts with kind, key, value, condition_key, condition_value,
    service_type, sphere); the first row giving a service type or sphere wins. Rows with
    a wildcard value ``*`` say nothing to write and are skipped. A key of ``PARENT_TAGS``
    brings its main tag first unless the row already gives that main key."""
    services, spheres = {}, {}
    for r in rules:
        if r.get("value") in (None, "", "*"):
            continue
        if r["kind"] == "service" and r.get("service_type") and r["service_type"] not in services:
            tags = [(r["key"], r["value"])]
            if r.get("condition_key") and r.get("condition_value"):
                tags.append((r["condition_key"], r["condition_value"]))
            given = {k for k, _ in tags}
            parents = [PARENT_TAGS[k] for k, _ in tags if k in PARENT_TAGS and PARENT_TAGS[k][0] not in given]
            services[r["service_type"]] = list(dict.fromkeys(parents)) + tags
        elif r["kind"] == "sphere" and r.get("sphere") and r["sphere"] not in spheres:
            spheres[r["sphere"]] = (r["key"], r["value"])
    return services, spheres


def _text(v):
    if v is None:
        return None
    if isinstance(v, float):
        if not math.isfinite(v):
            return None
        return str(int(v)) if v.is_integer() else f"{v:g}"
    s = str(v).strip()
    return s or None


def place_tags(service_type, rules_reversed, name=None, sphere=None, capacity=None, survey_date=None,
               survey_source=True):
    """The OSM tags of one place, or None when its service type has no tag in the table.

    The service type's tags, ``operator:type`` from the sphere, ``name``, ``capacity``
    (places, whole number) and, for a place seen on a survey, ``source=survey`` and
    ``check_date`` (the survey date, YYYY-MM-DD)."""
    services, spheres = rules_reversed
    base = services.get(_text(service_type))
    if base is None:
        return None
    tags = dict(base)
    if _text(sphere) in spheres:
        key, value = spheres[_text(sphere)]
        tags[key] = value
    if _text(name):
        tags["name"] = _text(name)
    if capacity is not None and isinstance(capacity, (int, float)) and math.isfinite(capacity) and capacity >= 0:
        tags["capacity"] = str(int(round(capacity)))
    if survey_source:
        tags["source"] = "survey"
    if _text(survey_date):
        tags["check_date"] = _text(survey_date)
    return tags


def osmchange_xml(lon, lat, tags):
    """The osmChange document (bytes, UTF-8) creating one node per place: ids -1, -2, ...
    (new objects), version 0, lat/lon with 7 decimals (OSM's precision), tags sorted by key.
    Raises ValueError for coordinates outside -180..180 / -90..90 (not WGS84)."""
    if not (len(lon) == len(lat) == len(tags)):
        raise ValueError("lon, lat and tags must have the same length")
    root = ET.Element("osmChange", version="0.6", generator=GENERATOR)
    create = ET.SubElement(root, "create")
    for k, (x, y, t) in enumerate(zip(lon, lat, tags), start=1):
        x, y = float(x), float(y)
        if not (-180 <= x <= 180 and -90 <= y <= 90):
            raise ValueError(f"place {k} is not in longitude/latitude ({x:g}, {y:g})")
        node = ET.SubElement(create, "node", id=str(-k), version="0", lat=f"{y:.7f}", lon=f"{x:.7f}")
        for key in sorted(t):
            ET.SubElement(node, "tag", k=key, v=t[key])
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"
