"""The community round trip (issue 15): generate the survey package, add places to its
GeoPackage as a collector would, give it back to caremap:supplyinventory with the
registry and find every place in the inventory with its provenance, each survey record
marked confirmed / new / conflicting in the review layer; an unverified record never
overrides a registry value (even from the most trusted source, more complete); a
KoboToolbox CSV export read by its column names; the new verified places as an .osc file
with the right tags."""
import math
import os
from xml.etree import ElementTree as ET

import pytest
from layers import ROOT, point_layer, rows
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

import processing

KOBO = os.path.join(ROOT, "tests", "data", "kobo", "care_places_kobo.csv")


def registry():
    return point_layer(
        [(-74.10, 4.60), (-74.11, 4.61), (-74.12, 4.62)],
        {"name": ["Jardín Los Pollitos", "Hogar San José", "Centro Día Nuevo Amanecer"],
         "service_type": ["kindergarten", "nursing_home", "elderly_day_care"],
         "sphere": ["community", "private", "public"], "target_group": ["children", "older", "older"],
         "capacity": [40.0, 12.0, 30.0], "hours_per_day": [8.0, 24.0, None], "days_per_week": [5.0, 7.0, 5.0],
         "source": ["registry", "registry", "registry"]},
        crs="EPSG:4326", name="facilities_registry")


def run(alg, params, feedback=None):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(alg, params, feedback=feedback or QgsProcessingFeedback(), context=context)
    run.contexts.append(context)
    return {k: (QgsProcessingUtils.mapLayerFromString(v, context) if k in ("OUTPUT", "OUTPUT_REVIEW") and isinstance(v, str) else v)
            for k, v in res.items()}


run.contexts = []

# what the collectors add: (lon, lat, values)
PLACES = [
    (-74.10008, 4.60006, {"name": "Jardin Los Pollitos", "service_type": "kindergarten", "sphere": "community",
                          "target_group": "children", "capacity": 40, "verification": "visited"}),
    (-74.11005, 4.61004, {"name": "Hogar San Jose", "service_type": "nursing_home", "capacity": 20,
                          "verification": "visited"}),
    (-74.13, 4.63, {"name": "Jardín Arcoíris", "service_type": "kindergarten", "sphere": "community",
                    "target_group": "children", "capacity": 25, "hours_per_day": 8, "days_per_week": 5,
                    "verification": "visited"}),
    (-74.135, 4.635, {"name": "Olla comunitaria La Esperanza", "service_type": "community_kitchen",
                      "sphere": "community", "capacity": 80, "verification": "phone"}),
    # the registry's day centre, only reported, with more fields and a bigger number
    (-74.12004, 4.62003, {"name": "Centro Dia Nuevo Amanecer", "service_type": "elderly_day_care", "sphere": "public",
                          "target_group": "older", "capacity": 80, "hours_per_day": 10, "days_per_week": 6,
                          "fee": 0, "verification": "reported"}),
    (-74.14, 4.64, {"name": "Cuidado Doña Marta", "service_type": "childminder", "sphere": "family",
                    "target_group": "children", "capacity": 5, "verification": "reported"}),
]


@pytest.fixture
def collected(caremap_provider, tmp_path):
    """The package generated, then filled on the 'phone' by two collectors."""
    pkg = run("caremap:fieldsurvey", {"LANGUAGE": "es", "INVENTORY": registry(),
                                      "OUTPUT_FOLDER": str(tmp_path / "pkg")})
    project = QgsProject()
    assert project.read(pkg["PROJECT"])
    layer = project.mapLayersByName("Care places")[0]
    assert layer.startEditing()
    for k, (lon, lat, values) in enumerate(PLACES):
        feat = QgsFeature(layer.fields())
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feat["source"] = "community_survey"
        feat["collector"] = "Ana" if k % 2 == 0 else "Luis"
        feat["survey_date"] = QDate(2026, 3, 1 + k)
        for key, value in values.items():
            feat[key] = value
        assert layer.addFeature(feat)
    assert layer.commitChanges(), layer.commitErrors()
    del project
    return QgsVectorLayer(f"{pkg['GEOPACKAGE']}|layername=care_places", "care_places", "ogr")


def by_name(layer, field="name"):
    return {r[field]: r for r in rows(layer)}


def test_round_trip_through_the_geopackage(collected, tmp_path):
    res = run("caremap:supplyinventory", {
        "INPUTS": [registry(), collected], "SOURCE_PRIORITY": "community_survey,registry",
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_REVIEW": "TEMPORARY_OUTPUT", "OUTPUT_OSC": str(tmp_path / "new.osc")})
    inv = by_name(res["OUTPUT"])
    # the registry's places, the survey's new ones; the duplicates merged
    assert set(inv) == {"Jardin Los Pollitos", "Hogar San Jose", "Centro Día Nuevo Amanecer", "Jardín Arcoíris",
                        "Olla comunitaria La Esperanza", "Cuidado Doña Marta"}
    assert res["N_FACILITIES"] == 6 and res["N_DUPLICATES"] == 3
    # provenance on every record of the survey, empty on the registry's
    new = inv["Jardín Arcoíris"]
    assert (new["source"], new["collector"], new["survey_date"], new["verification"]) == (
        "community_survey", "Ana", "2026-03-03", "visited")
    assert inv["Cuidado Doña Marta"]["verification"] == "reported"
    assert inv["Cuidado Doña Marta"]["capacity"] == 5  # unverified new places stay, marked
    # verified survey records lead (most trusted source here) and say who saw them
    assert inv["Hogar San Jose"]["capacity"] == 20 and inv["Hogar San Jose"]["collector"] == "Luis"
    # the unverified record is more complete and of the most trusted source: it still never wins
    centre = inv["Centro Día Nuevo Amanecer"]
    assert centre["source"] == "registry" and centre["capacity"] == 30
    assert centre["hours_per_day"] is None or (isinstance(centre["hours_per_day"], float)
                                              and math.isnan(centre["hours_per_day"]))
    assert centre["days_per_week"] == 5 and centre["verification"] is None

    review = by_name(res["OUTPUT_REVIEW"])
    assert len(review) == len(PLACES)
    assert review["Jardin Los Pollitos"]["status"] == "confirmed"
    assert review["Hogar San Jose"]["status"] == "conflicting"
    assert review["Hogar San Jose"]["conflicts"] == "capacity: 20 here, 12 in facilities_registry"
    assert review["Centro Dia Nuevo Amanecer"]["status"] == "conflicting"
    assert review["Centro Dia Nuevo Amanecer"]["verified"] == 0
    assert "capacity: 80 here, 30 in facilities_registry" in review["Centro Dia Nuevo Amanecer"]["conflicts"]
    assert review["Jardín Arcoíris"]["status"] == "new" and review["Jardín Arcoíris"]["verified"] == 1
    assert review["Cuidado Doña Marta"]["status"] == "new" and review["Cuidado Doña Marta"]["verified"] == 0
    assert review["Jardín Arcoíris"]["inventory_id"] == inv["Jardín Arcoíris"]["inv_id"]
    assert (res["N_CONFIRMED"], res["N_NEW"], res["N_CONFLICTING"]) == (1, 3, 2)

    # give back: only the new verified places with an OSM tag (the reported childminding is not one)
    root = ET.parse(res["OUTPUT_OSC"]).getroot()
    assert root.tag == "osmChange" and root.get("version") == "0.6"
    nodes = root.findall("./create/node")
    assert len(nodes) == 2
    node = nodes[0]
    assert node.get("id") == "-1" and abs(float(node.get("lon")) + 74.13) < 1e-6 and abs(float(node.get("lat")) - 4.63) < 1e-6
    assert {t.get("k"): t.get("v") for t in node.findall("tag")} == {
        "amenity": "kindergarten", "operator:type": "community", "name": "Jardín Arcoíris", "capacity": "25",
        "source": "survey", "check_date": "2026-03-03"}
    assert {t.get("k"): t.get("v") for t in nodes[1].findall("tag")} == {
        "amenity": "social_facility", "social_facility": "soup_kitchen", "operator:type": "community",
        "name": "Olla comunitaria La Esperanza", "capacity": "80", "source": "survey", "check_date": "2026-03-04"}


def test_kobo_csv_export_is_read_by_its_column_names(caremap_provider, tmp_path):
    res = run("caremap:supplyinventory", {
        "INPUTS": [registry(), KOBO], "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_REVIEW": "TEMPORARY_OUTPUT",
        "OUTPUT_OSC": str(tmp_path / "kobo.osc")})
    inv = by_name(res["OUTPUT"])
    assert res["N_FACILITIES"] == 5 and res["N_DUPLICATES"] == 1
    kitchen = inv["Comedor Comunitario El Sol"]
    assert (kitchen["collector"], kitchen["survey_date"], kitchen["verification"], kitchen["capacity"]) == (
        "María Gómez", "2026-03-02", "phone", 60)
    assert kitchen["days_per_week"] == 6 and kitchen["source"] == "community_survey"
    # no collector written: the Kobo account that submitted it
    assert inv["Hogar Infantil Mis Primeros Pasos"]["collector"] == "jorge_r"
    review = by_name(res["OUTPUT_REVIEW"])
    assert {k: r["status"] for k, r in review.items()} == {
        "Jardín Los Pollitos": "confirmed", "Comedor Comunitario El Sol": "new",
        "Hogar Infantil Mis Primeros Pasos": "new"}
    assert review["Hogar Infantil Mis Primeros Pasos"]["verified"] == 0
    # the kitchen, checked by phone, is new: amenity=social_facility + social_facility=soup_kitchen; the
    # childcare is only reported: left out
    root = ET.parse(res["OUTPUT_OSC"]).getroot()
    nodes = root.findall("./create/node")
    assert len(nodes) == 1
    assert {t.get("k"): t.get("v") for t in nodes[0].findall("tag")} == {
        "amenity": "social_facility", "social_facility": "soup_kitchen", "operator:type": "community",
        "name": "Comedor Comunitario El Sol", "capacity": "60", "source": "survey", "check_date": "2026-03-02"}
    assert abs(float(nodes[0].get("lon")) + 74.15) < 1e-6 and abs(float(nodes[0].get("lat")) - 4.65) < 1e-6


def test_without_a_survey_nothing_changes(caremap_provider):
    res = run("caremap:supplyinventory", {"INPUTS": [registry()], "OUTPUT": "TEMPORARY_OUTPUT",
                                          "OUTPUT_REVIEW": "TEMPORARY_OUTPUT"})
    assert (res["N_CONFIRMED"], res["N_NEW"], res["N_CONFLICTING"]) == (0, 0, 0)
    assert res["OUTPUT_REVIEW"].featureCount() == 0
    assert res["N_FACILITIES"] == 3
