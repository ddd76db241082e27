"""Review 31, small "no silent guess / exact words" defects: the pipeline says which facility
layers lack the opening-hours field (their facilities count as open at all hours), counted per
layer; caredemand's caregiver warnings name the layer and the fields involved; fieldsurvey counts
only the base layers copied into the package and says how many online layers it references;
syntheticgtfs writes the dwell exactly (the kernel's hand cases: tests/kernels/test_synthetic_gtfs_dwell.py)."""
import csv
import io
import zipfile

import pytest
from layers import Recorder, is_null, line_layer, point_layer, polygon_layer, run_alg, square
from qgis.core import QgsProject, QgsRasterLayer

import processing


# --------------------------------------------------------------------------- 1. pipeline opening hours
def test_pipeline_warns_per_layer_without_the_opening_hours_field(caremap_provider):
    with_hours = point_layer([(50, 50), (4050, 50)], {
        "name": ["Jardin A", "Jardin B"], "capacity": [10.0, 20.0], "service_type": ["childcare"] * 2,
        "opening_hours": ["Mo-Fr 08:00-17:00", "Mo-Fr 08:00-20:00"]}, name="Registry with hours")
    without = point_layer([(2050, 50), (2060, 60), (2070, 70)], {
        "name": ["Hogar C", "Hogar D", "Hogar E"], "capacity": [5.0, 5.0, 5.0],
        "service_type": ["childcare"] * 3}, name="Survey without hours")
    units = polygon_layer([(0, 0, 100), (2000, 0, 100), (4000, 0, 100)],
                          {"p_0_2": [30.0, 2.0, 20.0], "p_3_5": [30.0, 1.0, 20.0]}, name="My blocks")
    QgsProject.instance().addMapLayers([with_hours, without, units])
    try:
        fb = Recorder()
        res = run_alg("caremap:carepipeline", {
            "FACILITIES": [with_hours.id(), without.id()], "UNITS": units.id(),
            "OPENING_HOURS_FIELD": "opening_hours", "TIME_WINDOWS": "evening=Mo-Fr 17:00-20:00",
            "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT", "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
            "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"}, fb)
        said = [w for w in fb.warnings if "open at all hours" in w]
        assert len(said) == 1, fb.warnings   # the layer with the field is not named
        text = said[0]
        assert "Layer 'Survey without hours' has no field 'opening_hours'" in text
        assert "its 3 facilities in the care supply inventory" in text
        assert "'Opening hours field of the facility layers'" in text and "OPENING_HOURS_FIELD" not in text
        assert "Registry with hours" not in text
        # and they are indeed open in the evening: the middle block (near C, D, E) is covered then
        units_out = res["OUTPUT_UNITS"]
        by_demand = {f["care_demand"]: f for f in units_out.getFeatures()}
        assert by_demand[3]["covered_evening"] == 1 and by_demand[60]["covered_evening"] == 0
    finally:
        QgsProject.instance().removeMapLayers([with_hours.id(), without.id(), units.id()])


# --------------------------------------------------------------------------- 2. caredemand caregivers
MAPPING = "a0_14:0-14;a15_64:15-64;a65p:65+"


def caredemand(layer, **params):
    fb = Recorder()
    res = run_alg("caremap:caredemand", dict({"INPUT": layer, "BAND_MAPPING": MAPPING, "OUTPUT": "TEMPORARY_OUTPUT"},
                                             **params), fb)
    return res, fb


def test_caredemand_null_and_zero_caregivers_name_the_layer_and_the_fields(caremap_provider):
    layer = polygon_layer([(0, 0, 100), (100, 0, 100), (200, 0, 100), (300, 0, 100)], {
        "a0_14": [10, 5, 5, 4], "a15_64": [20, 10, 0, 5], "a65p": [5, 5, 5, 1],
        "mujeres": [10.0, None, 0.0, None], "sin_pago": [2.0, 1.0, 0.0, 1.0]}, name="Manzanas")
    res, fb = caredemand(layer, CAREGIVER_FIELD="mujeres", UNPAID_WOMEN_FIELD="sin_pago")
    text = "\n".join(fb.warnings)
    assert ("2 units of layer Units with age-band counts (Manzanas) without a value (NULL or not a finite "
            "number) in the caregivers field 'mujeres': their care_intensity and share_women_unpaid (the field "
            "'sin_pago' over 'mujeres') are NULL.") in text, text
    assert ("1 unit of layer Units with age-band counts (Manzanas) with 0 potential caregivers in the "
            "caregivers field 'mujeres'") in text, text
    vals = [f["care_intensity"] for f in res["OUTPUT"].getFeatures()]
    assert vals[0] == pytest.approx(1.5) and all(is_null(v) for v in vals[1:])  # 15 / 10; NULL x 3

    # without the unpaid-women field: only care_intensity is named
    _res, fb = caredemand(layer, CAREGIVER_FIELD="mujeres")
    text = "\n".join(fb.warnings)
    assert "caregivers field 'mujeres': their care_intensity is NULL. Fill in 'mujeres'" in text, text
    assert "sin_pago" not in text


def test_caredemand_no_caregiver_from_the_bands_names_the_band_fields(caremap_provider):
    layer = polygon_layer([(0, 0, 100), (100, 0, 100)], {
        "a0_14": [10, 5], "a15_64": [20, 0], "a65p": [5, 5]}, name="Bloques")
    _res, fb = caredemand(layer)
    text = "\n".join(fb.warnings)
    assert ("1 unit of layer Units with age-band counts (Bloques) with no one aged 15-64 in the age-band "
            "fields ('a15_64'): their care_intensity") in text, text


# --------------------------------------------------------------------------- 3. fieldsurvey base layers
def test_fieldsurvey_counts_only_the_layers_copied(caremap_provider, tmp_path):
    districts = polygon_layer([square(-74.12, 4.59, 0.03)], {"district": ["Kennedy"]}, crs="EPSG:4326",
                              name="Districts")
    tiles = QgsRasterLayer("type=xyz&url=https://tile.openstreetmap.org/{z}/{x}/{y}.png&zmax=19&zmin=0",
                           "OpenStreetMap", "wms")
    assert tiles.isValid()
    fb = Recorder()
    res = processing.run("caremap:fieldsurvey", {"LANGUAGE": "en", "BASE_LAYERS": [districts, tiles],
                                                 "OUTPUT_FOLDER": str(tmp_path / "pkg")}, feedback=fb)
    assert res["N_BASE_LAYERS"] == 1   # the districts, copied; the tiles are only referenced
    assert "Base layers: 1 copied into the package." in fb.infos, fb.infos
    assert "1 online base layer referenced, not copied: they need a connection in the field." in fb.infos
    project = QgsProject()
    assert project.read(res["PROJECT"])
    assert sorted(lyr.name() for lyr in project.mapLayers().values()) == ["Care places", "Districts",
                                                                          "OpenStreetMap"]


def test_fieldsurvey_says_nothing_of_online_layers_when_there_are_none(caremap_provider, tmp_path):
    districts = polygon_layer([square(-74.12, 4.59, 0.03)], {"district": ["Kennedy"]}, crs="EPSG:4326",
                              name="Districts")
    fb = Recorder()
    res = processing.run("caremap:fieldsurvey", {"LANGUAGE": "en", "BASE_LAYERS": [districts],
                                                 "OUTPUT_FOLDER": str(tmp_path / "pkg")}, feedback=fb)
    assert res["N_BASE_LAYERS"] == 1 and not any("online" in i for i in fb.infos)


# --------------------------------------------------------------------------- 4. syntheticgtfs dwell
def test_syntheticgtfs_dwell_is_exact_in_whole_seconds(caremap_provider, tmp_path):
    # stops at 0, 300, 2000 m at 16 km/h (67.5 s, 382.5 s), dwell 10.5 s -> 11 s, said in the log
    routes = line_layer([[(0, 0), (2000, 0)]], {"name": ["A"]}, name="Lines")
    stops = point_layer([(0, 0), (300, 0), (2000, 0)], {"name": ["s1", "s2", "s3"]}, name="Stops")
    fb = Recorder()
    out = tmp_path / "feed.zip"
    run_alg("caremap:syntheticgtfs", {"ROUTES": routes, "STOPS": stops, "DWELL": 10.5, "OUTPUT": str(out)}, fb)
    with zipfile.ZipFile(out) as z:
        st = list(csv.DictReader(io.StringIO(z.read("stop_times.txt").decode("utf-8"))))
    mid = [(r["arrival_time"], r["departure_time"]) for r in st if r["stop_sequence"] == "2"]
    assert mid == [("05:01:08", "05:01:19"), ("05:06:22", "05:06:33")]
    assert any("10.5 s is written as 11 s" in i and "DWELL" not in i for i in fb.infos), fb.infos
