"""Community kitchens (ollas comunes, comedores comunitarios) and OpenStreetMap's
social_facility=soup_kitchen, both ways through the one tag table (data/osm_care_tags.csv):
a checked kitchen of a field survey reaches the .osc of caremap:supplyinventory with
amenity=social_facility + social_facility=soup_kitchen, and caremap:osmsupply reads a soup
kitchen as a community kitchen of the community sphere (operator:type overrides it). A
home childminder is still left out of the .osc, with its warning."""
import csv
import os
from xml.etree import ElementTree as ET

from caremap.kernels.supply import match_osm_tags
from layers import ROOT, Recorder, point_layer, rows, run_alg

TAGS = os.path.join(ROOT, "data", "osm_care_tags.csv")


def registry():
    return point_layer([(-74.10, 4.60)], {
        "name": ["Jardín Los Pollitos"], "service_type": ["kindergarten"], "sphere": ["community"],
        "target_group": ["children"], "capacity": [40.0], "source": ["registry"]},
        crs="EPSG:4326", name="facilities_registry")


def survey():
    """Four new places seen by the collectors: two kitchens checked (a visit, a document), one
    kitchen only reported, a neighbour's childminding visited."""
    return point_layer(
        [(-74.14, 4.54), (-74.15, 4.55), (-74.16, 4.56), (-74.17, 4.57)],
        {"name": ["Olla Comunitaria Sol Naciente", "Comedor Comunitario Timiza", "Olla Comunitaria El Nogal",
                  "Cuidado Doña Rosa"],
         "service_type": ["community_kitchen", "community_kitchen", "community_kitchen", "childminder"],
         "sphere": ["community", "public", "community", "family"],
         "target_group": ["all", "all", "all", "children"],
         "capacity": [90.0, 120.0, 60.0, 5.0],
         "source": ["community_survey"] * 4,
         "collector": ["Ana", "Luis", "Ana", "Luis"],
         "survey_date": ["2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"],
         "verification": ["visited", "document", "reported", "visited"]},
        crs="EPSG:4326", name="care_places")


def test_checked_kitchens_reach_the_osc_the_childminder_stays_out(caremap_provider, tmp_path):
    fb = Recorder()
    osc = tmp_path / "new.osc"
    res = run_alg("caremap:supplyinventory", {
        "INPUTS": [registry(), survey()], "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_OSC": str(osc)}, feedback=fb)
    assert res["N_NEW"] == 4
    nodes = ET.parse(str(osc)).getroot().findall("./create/node")
    got = {t["name"]: t for t in ({x.get("k"): x.get("v") for x in n.findall("tag")} for n in nodes)}
    # the two checked kitchens, nothing else: the reported one and the childminding are not written
    assert sorted(got) == ["Comedor Comunitario Timiza", "Olla Comunitaria Sol Naciente"]
    assert got["Olla Comunitaria Sol Naciente"] == {
        "amenity": "social_facility", "social_facility": "soup_kitchen", "operator:type": "community",
        "name": "Olla Comunitaria Sol Naciente", "capacity": "90", "source": "survey", "check_date": "2026-03-05"}
    assert got["Comedor Comunitario Timiza"] == {
        "amenity": "social_facility", "social_facility": "soup_kitchen", "operator:type": "public",
        "name": "Comedor Comunitario Timiza", "capacity": "120", "source": "survey", "check_date": "2026-03-06"}
    where = {n.get("id"): (float(n.get("lon")), float(n.get("lat"))) for n in nodes}
    assert sorted(where) == ["-1", "-2"]
    assert sorted(where.values()) == [(-74.15, 4.55), (-74.14, 4.54)]
    # the childminding (a private home) is left out and said so: one place, its type named
    left = [w for w in fb.warnings if "left out of the OpenStreetMap file" in w]
    assert len(left) == 1 and left[0].startswith("1 new verified place") and "childminder" in left[0], fb.warnings
    assert "community_kitchen" not in left[0]
    # what was written reads back as a community kitchen: the writer and the reader share the table
    with open(TAGS, newline="", encoding="utf-8") as fh:
        rules = list(csv.DictReader(fh))
    for tags in got.values():
        hit = match_osm_tags(tags, rules)
        assert (hit["service_type"], hit["target_group"]) == ("community_kitchen", "all")
    assert match_osm_tags(got["Comedor Comunitario Timiza"], rules)["sphere"] == "public"


OSM = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="caremap tests (hand-made)">
  <bounds minlat="4.50" minlon="-74.20" maxlat="4.60" maxlon="-74.00"/>
  <node id="1" version="1" lat="4.540000" lon="-74.140000">
    <tag k="name" v="Olla Comunitaria Sol Naciente"/>
    <tag k="amenity" v="social_facility"/>
    <tag k="social_facility" v="soup_kitchen"/>
    <tag k="capacity" v="150"/>
  </node>
  <node id="2" version="1" lat="4.550000" lon="-74.150000">
    <tag k="name" v="Comedor Comunitario Timiza"/>
    <tag k="amenity" v="social_facility"/>
    <tag k="social_facility" v="soup_kitchen"/>
    <tag k="social_facility:for" v="senior"/>
    <tag k="operator:type" v="government"/>
  </node>
  <node id="3" version="1" lat="4.560000" lon="-74.160000">
    <tag k="name" v="Banco de Alimentos"/>
    <tag k="amenity" v="social_facility"/>
    <tag k="social_facility" v="food_bank"/>
  </node>
  <node id="4" version="1" lat="4.570000" lon="-74.170000">
    <tag k="name" v="Restaurante El Sabor"/>
    <tag k="amenity" v="restaurant"/>
  </node>
  <node id="10" version="1" lat="4.580000" lon="-74.180000"/>
  <node id="11" version="1" lat="4.580000" lon="-74.179000"/>
  <node id="12" version="1" lat="4.581000" lon="-74.179000"/>
  <node id="13" version="1" lat="4.581000" lon="-74.180000"/>
  <way id="100" version="1">
    <nd ref="10"/>
    <nd ref="11"/>
    <nd ref="12"/>
    <nd ref="13"/>
    <nd ref="10"/>
    <tag k="name" v="Comedor Parroquial San Judas"/>
    <tag k="building" v="yes"/>
    <tag k="amenity" v="social_facility"/>
    <tag k="social_facility" v="soup_kitchen"/>
    <tag k="operator:type" v="religious"/>
  </way>
</osm>
"""


def test_osm_soup_kitchens_are_community_kitchens(caremap_provider, tmp_path):
    path = tmp_path / "kitchens.osm"
    path.write_text(OSM, encoding="utf-8")
    out = {r["name"]: r for r in rows(run_alg("caremap:osmsupply", {"INPUT": str(path),
                                                                     "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])}
    # the restaurant is no care place; the food bank stays a generic social facility
    assert sorted(out) == ["Banco de Alimentos", "Comedor Comunitario Timiza", "Comedor Parroquial San Judas",
                           "Olla Comunitaria Sol Naciente"]
    sol = out["Olla Comunitaria Sol Naciente"]
    assert (sol["service_type"], sol["target_group"], sol["sphere"], sol["capacity"], sol["matched_tag"]) == (
        "community_kitchen", "all", "community", 150, "social_facility=soup_kitchen")
    # social_facility:for=senior does not make it a social facility for older people: the kitchen row
    # comes first; operator:type=government makes it public
    timiza = out["Comedor Comunitario Timiza"]
    assert (timiza["service_type"], timiza["target_group"], timiza["sphere"]) == ("community_kitchen", "all", "public")
    parish = out["Comedor Parroquial San Judas"]
    assert (parish["service_type"], parish["sphere"], parish["osm_type"]) == ("community_kitchen", "community", "way")
    assert out["Banco de Alimentos"]["service_type"] == "social_facility"
