"""caremap:caredemand and caremap:rasterdemand through processing.run: hand-checked
weights, densities, zonal sums against a brute-force per-pixel sum, the demo city, bad input."""
import os

import numpy as np
import pytest
from layers import Recorder, point_layer, polygon_layer, run_alg
from layers import rows as shared_rows
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)


def run(alg, params):
    return run_alg(f"caremap:{alg}", params)


def rows(layer):
    return shared_rows(layer, geometry=True)


def units():
    # two 1 km squares and a 500 m square; the last unit has no caregiver
    return polygon_layer(
        [(0, 0, 1000), (1000, 0, 1000), (0, 1000, 500), None],
        {"a0_4": [10, 0, 5, 1], "a5_14": [20, 10, 0, 1], "a15_64": [50, 30, 0, 1], "a65p": [20, 0, 5, 1],
         "women": [25, 15, 0, 1], "name": ["u1", "u2", "u3", "u4"]},
        name="units")


MAPPING = "a0_4:0-4;a5_14:5-14;a15_64:15-64;a65p:65+"


def test_caredemand_madrid_by_hand(caremap_provider):
    res = run("caredemand", {"INPUT": units(), "BAND_MAPPING": MAPPING, "WEIGHTS": "madrid",
                             "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {r["name"]: r for r in rows(res["OUTPUT"])}
    assert len(out) == 4 and out["u4"]["care_demand"] is None  # null geometry kept, NULL results
    # weights: 2, 1.5, (3 x 1.2 + 47 x 1)/50 = 1.012, 65+ closed at 74 -> 1.2
    w15_64 = (3 * 1.2 + 47 * 1.0) / 50
    u1 = out["u1"]
    assert u1["care_demand"] == pytest.approx(10 * 2 + 20 * 1.5 + 50 * w15_64 + 20 * 1.2)
    assert u1["pop_bands"] == 100 and u1["dependents"] == 50 and u1["caregivers"] == 50
    assert u1["care_intensity"] == pytest.approx(1.0)
    assert u1["share_children"] == pytest.approx(0.3) and u1["share_older"] == pytest.approx(0.2)
    assert u1["pop_density"] == pytest.approx(100.0)  # 100 persons in 1 km2
    assert out["u3"]["pop_density"] == pytest.approx(10 / 0.25)
    assert out["u3"]["care_intensity"] is None  # no one aged 15-64
    assert out["u1"]["a0_4"] == 10  # input fields kept


def test_caredemand_equal_custom_and_caregiver_field(caremap_provider):
    res = run("caredemand", {"INPUT": units(), "BAND_MAPPING": MAPPING, "WEIGHTS": "equal",
                             "CAREGIVER_FIELD": "women", "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {r["name"]: r for r in rows(res["OUTPUT"])}
    assert out["u1"]["care_demand"] == 100 and out["u1"]["care_intensity"] == pytest.approx(2.0)
    assert out["u2"]["care_intensity"] == pytest.approx(10 / 15)
    res = run("caredemand", {"INPUT": units(), "BAND_MAPPING": MAPPING, "WEIGHTS": "custom",
                             "CUSTOM_WEIGHTS": "a0_4:3;a5_14:0;a15_64:0;a65p:1", "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {r["name"]: r for r in rows(res["OUTPUT"])}
    assert out["u1"]["care_demand"] == 50


def test_caredemand_points_have_no_density(caremap_provider):
    layer = point_layer([(0, 0)], {"a0_4": [1], "a5_14": [1], "a15_64": [1], "a65p": [1]})
    out = rows(run("caredemand", {"INPUT": layer, "BAND_MAPPING": MAPPING, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])
    assert "pop_density" not in out[0] and out[0]["pop_bands"] == 4


@pytest.mark.parametrize("params, message", [
    ({"BAND_MAPPING": "a0_4:0-4;missing:5-14"}, "'missing' was not found"),
    ({"BAND_MAPPING": "name:0-4"}, "must be numeric"),
    ({"BAND_MAPPING": "a0_4=0-4"}, "field:age_band"),
    ({"BAND_MAPPING": MAPPING, "WEIGHTS": "custom", "CUSTOM_WEIGHTS": "a0_4:1"}, "missing for fields"),
])
def test_caredemand_bad_input(caremap_provider, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("caredemand", dict({"INPUT": units(), "OUTPUT": "TEMPORARY_OUTPUT"}, **params))


def test_caredemand_negative_count_writes_nothing(caremap_provider, tmp_path):
    layer = polygon_layer([(0, 0, 10), (10, 0, 10)], {"a0_4": [1, -3]}, name="neg")
    out = tmp_path / "o.gpkg"
    with pytest.raises(QgsProcessingException, match="'a0_4' of layer .* negative value"):
        run("caredemand", {"INPUT": layer, "BAND_MAPPING": "a0_4:0-4", "OUTPUT": str(out)})
    assert not out.exists()


def test_caredemand_demo_city(caremap_provider, demo_gpkg):
    blocks = QgsVectorLayer(f"{demo_gpkg}|layername=blocks", "blocks", "ogr")
    res = run("caredemand", {"INPUT": blocks, "WEIGHTS": "madrid", "CAREGIVER_FIELD": "women_15_64",
                             "OUTPUT": "TEMPORARY_OUTPUT"})
    out = rows(res["OUTPUT"])
    assert len(out) == blocks.featureCount()
    pop = np.array([r["pop_total"] for r in out], float)
    bands = np.array([r["pop_bands"] for r in out], float)
    assert np.allclose(pop, bands)  # the demo's p_* bands add up to pop_total
    demand = np.array([r["care_demand"] for r in out], float)
    assert (demand >= bands).all()  # every Madrid weight on these bands is >= 1
    assert res["TOTAL_CARE_DEMAND"] == pytest.approx(demand.sum())


# --------------------------------------------------------------------------- rasterdemand
GT = (100.0, 10.0, 0.0, 500.0, 0.0, -10.0)  # 30 x 20 pixels: x 100..400, y 300..500


def make_raster(path, values, crs="EPSG:32618", nodata=-9999.0, gt=GT):
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform(gt)
    if crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    # a path, not a QgsRasterLayer: Processing then owns the layer, so none is left for
    # Python to delete after QGIS has shut down (that crashes at exit)
    return str(path)


def crafted_values():
    rng = np.random.default_rng(7)
    values = rng.integers(0, 40, size=(20, 30)).astype(float)
    values[2, 3] = -9999.0
    values[12, 5:11] = -9999.0
    return values


ZONES = [
    "POLYGON((103 497, 203 497, 203 403, 103 403, 103 497))",
    "POLYGON((213 487, 313 437, 253 396, 213 487))",
    "POLYGON((150 390, 290 390, 290 310, 150 310, 150 390),(180 370, 220 370, 220 330, 180 330, 180 370))",
    "POLYGON((350 480, 450 480, 450 250, 350 250, 350 480))",  # partly outside the raster
    "POLYGON((900 900, 950 900, 950 950, 900 900))",  # outside
]


def brute_force(values, zones, nodata=-9999.0):
    sums = []
    for wkt in zones:
        g = QgsGeometry.fromWkt(wkt)
        total, n = 0.0, 0
        for r in range(values.shape[0]):
            for c in range(values.shape[1]):
                centre = QgsPointXY(GT[0] + (c + 0.5) * GT[1], GT[3] + (r + 0.5) * GT[5])
                if values[r, c] != nodata and g.contains(QgsGeometry.fromPointXY(centre)):
                    total += values[r, c]
                    n += 1
        sums.append(total if n else None)
    return sums


def test_rasterdemand_equals_brute_force(caremap_provider, tmp_path):
    values = crafted_values()
    raster = make_raster(tmp_path / "pop.tif", values)
    zones = polygon_layer(ZONES + [None], {"zid": [1, 2, 3, 4, 5, 6]}, name="zones")
    res = run("rasterdemand", {"RASTERS": [raster], "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = sorted(rows(res["OUTPUT"]), key=lambda r: r["zid"])
    expected = brute_force(values, ZONES)
    assert expected[4] is None and all(e > 0 for e in expected[:4])
    assert [r["pop"] for r in out[:4]] == pytest.approx(expected[:4])
    assert out[4]["pop"] is None and out[4]["n_pixels"] == 0  # outside the raster
    assert out[5]["pop"] is None  # null geometry
    assert out[3]["pop"] > 0  # partly outside: the inside part
    assert out[0]["raster_total"] == out[0]["pop"]
    # QGIS's own zonal statistics (pixel centres too) agree
    import processing

    ref = processing.run("native:zonalstatisticsfb", {"INPUT": zones, "INPUT_RASTER": raster, "RASTER_BAND": 1,
                                                      "COLUMN_PREFIX": "z_", "STATISTICS": [1],
                                                      "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ref_sums = {f["zid"]: f["z_sum"] for f in ref.getFeatures()}
    for r in out[:4]:
        assert r["pop"] == pytest.approx(ref_sums[r["zid"]])


def test_rasterdemand_total_is_none_when_no_zone_has_pixels(caremap_provider, tmp_path):
    """Zones all outside the raster: TOTAL has no meaning, so None (it was 0 people)."""
    raster = make_raster(tmp_path / "pop.tif", crafted_values())
    res = run("rasterdemand", {"RASTERS": [raster], "ZONES": polygon_layer(ZONES[4:5]), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert [r["n_pixels"] for r in rows(res["OUTPUT"])] == [0]
    assert res["TOTAL"] is None


def test_rasterdemand_zones_in_another_crs(caremap_provider, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    values = crafted_values()
    raster = make_raster(tmp_path / "pop.tif", values)
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32618"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    geoms = []
    for wkt in ZONES[:4]:
        g = QgsGeometry.fromWkt(wkt)
        g.transform(tr)
        geoms.append(g)
    zones = polygon_layer(geoms, {"zid": [1, 2, 3, 4]}, crs="EPSG:4326", name="zones_wgs84")
    out = sorted(rows(run("rasterdemand", {"RASTERS": [raster], "ZONES": zones,
                                           "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]), key=lambda r: r["zid"])
    assert [r["pop"] for r in out] == pytest.approx(brute_force(values, ZONES[:4]))


def test_rasterdemand_hexagons_conserve_the_total(caremap_provider, tmp_path):
    values = crafted_values()
    raster = make_raster(tmp_path / "pop.tif", values)
    b = make_raster(tmp_path / "Women 15-64.tif", values * 0 + 1)
    res = run("rasterdemand", {"RASTERS": [raster, b], "HEX_SIZE": 25, "HEX_ORIENTATION": "flat",
                               "OUTPUT": "TEMPORARY_OUTPUT"})
    out = rows(res["OUTPUT"])
    valid = values[values != -9999.0]
    assert sum(r["pop"] or 0 for r in out) == pytest.approx(valid.sum())
    assert sum(r["women_15_64"] for r in out) == pytest.approx(600)
    assert res["TOTAL"] == pytest.approx(valid.sum() + 600)
    area = out[0]["_geom"].area()
    assert area == pytest.approx(3 * 3 ** 0.5 / 2 * 25 ** 2)
    assert out[0]["pop_density"] == pytest.approx(out[0]["raster_total"] / (area / 1e6))
    assert all(r["n_pixels"] > 0 for r in out)


def test_raster_without_crs_is_an_error(caremap_provider, tmp_path):
    raster = make_raster(tmp_path / "nocrs.tif", crafted_values(), crs=None)
    probe = QgsRasterLayer(raster, "probe", "gdal")
    has_crs = probe.crs().isValid()
    del probe
    if has_crs:
        pytest.skip("this QGIS assigns a default CRS to rasters without one")
    out = tmp_path / "o.gpkg"
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run("rasterdemand", {"RASTERS": [raster], "ZONES": polygon_layer(ZONES[:1]), "OUTPUT": str(out)})
    assert not out.exists()


def test_empty_zone_layer(caremap_provider, tmp_path):
    raster = make_raster(tmp_path / "pop.tif", crafted_values())
    empty = polygon_layer([], {"zid": []}, name="empty")
    with pytest.raises(QgsProcessingException, match="empty"):
        run("rasterdemand", {"RASTERS": [raster], "ZONES": empty, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_negative_pixels(caremap_provider, tmp_path):
    values = crafted_values()
    values[5, 5] = -3
    bad = make_raster(tmp_path / "neg.tif", values)
    out = tmp_path / "o.gpkg"
    with pytest.raises(QgsProcessingException, match="negative pixel"):
        run("rasterdemand", {"RASTERS": [bad], "ZONES": polygon_layer(ZONES[:1]), "OUTPUT": str(out)})
    assert not out.exists()


def test_rasterdemand_demo_city(caremap_provider, demo_gpkg):
    from osgeo import gdal

    tif = os.path.join(os.path.dirname(demo_gpkg), "population.tif")
    raster = tif
    arr = gdal.Open(tif).ReadAsArray().astype(float)
    total = arr[arr != -9999].sum()
    hexes = run("rasterdemand", {"RASTERS": [raster], "HEX_SIZE": 400, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert hexes["TOTAL"] == pytest.approx(total)
    blocks = QgsVectorLayer(f"{demo_gpkg}|layername=blocks", "blocks", "ogr")
    res = run("rasterdemand", {"RASTERS": [raster], "ZONES": blocks, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert res["OUTPUT"].featureCount() == blocks.featureCount()
    assert 0.9 * total <= res["TOTAL"] <= total + 1e-6


def test_rasterdemand_hexagons_over_a_geographic_raster(caremap_provider, tmp_path):
    values = crafted_values()
    raster = make_raster(tmp_path / "wgs84.tif", values, crs="EPSG:4326", gt=(-74.2, 0.001, 0.0, 4.7, 0.0, -0.001))
    res = run("rasterdemand", {"RASTERS": [raster], "HEX_SIZE": 150, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert res["OUTPUT"].crs().authid() == "EPSG:32618"  # hexagons are made in the local UTM zone
    assert res["TOTAL"] == pytest.approx(values[values != -9999.0].sum())
    area = next(res["OUTPUT"].getFeatures()).geometry().area()
    assert area == pytest.approx(3 * 3 ** 0.5 / 2 * 150 ** 2)


# --------------------------------------------------------------------------- issue 11: named, counted warnings


def test_caredemand_null_warning_names_fields_and_counts(caremap_provider):
    """The NULL warning names each age-band field that has NULLs with its count (not only
    the number of units), and the unit's results are NULL."""
    layer = polygon_layer([(0, 0, 100), (100, 0, 100), (200, 0, 100)],
                          {"a0_4": [1.0, None, None], "a5_14": [2.0, None, 3.0]}, name="Manzanas")
    fb = Recorder()
    res = run_alg("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": "a0_4:0-4;a5_14:5-14",
                                         "OUTPUT": "TEMPORARY_OUTPUT"}, fb)
    assert [r["care_demand"] is None for r in rows(res["OUTPUT"])] == [False, True, True]
    assert any("2 units of layer" in w and "Manzanas" in w and "'a0_4': 2" in w and "'a5_14': 1" in w
               for w in fb.warnings), fb.warnings


@pytest.mark.parametrize("params, label", [
    ({"BAND_MAPPING": "a0_4=0-4"}, "'Age-band fields (field:band;...)':"),
    ({"BAND_MAPPING": MAPPING, "WEIGHTS": "custom", "CUSTOM_WEIGHTS": "a0_4:x"}, "'Custom weights (field:weight;...)':"),
])
def test_caredemand_messages_name_labels_not_ids(caremap_provider, params, label):
    with pytest.raises(QgsProcessingException) as err:
        run("caredemand", dict({"INPUT": units(), "OUTPUT": "TEMPORARY_OUTPUT"}, **params))
    assert label in str(err.value) and "BAND_MAPPING" not in str(err.value) and "CUSTOM_WEIGHTS" not in str(err.value)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_rasterdemand_non_finite_pixels_are_skipped_and_counted(caremap_provider, tmp_path, bad):
    """A NaN or +inf pixel that is not the nodata value is skipped (the zone sums its other
    pixels) and counted in a warning naming the raster; -inf is a negative pixel (error)."""
    values = crafted_values()
    expected = brute_force(values, ZONES[:1])[0]
    values[1, 1] = bad  # inside the first zone
    values[1, 2] = bad
    raster = make_raster(tmp_path / "pop_bad.tif", values)
    fb = Recorder()
    res = run_alg("caremap:rasterdemand", {"RASTERS": [raster], "ZONES": polygon_layer(ZONES[:1], name="zonas"),
                                           "OUTPUT": "TEMPORARY_OUTPUT"}, fb)
    got = [f["raster_total"] for f in res["OUTPUT"].getFeatures()][0]
    assert got == pytest.approx(expected - crafted_values()[1, 1] - crafted_values()[1, 2])
    assert any("pop_bad" in w and "2 pixels inside the zones" in w and "in 1 zone. Check" in w for w in fb.warnings), fb.warnings
    values[1, 1] = -np.inf
    with pytest.raises(QgsProcessingException, match="negative pixel"):
        run("rasterdemand", {"RASTERS": [make_raster(tmp_path / "neg_inf.tif", values)],
                             "ZONES": polygon_layer(ZONES[:1]), "OUTPUT": "TEMPORARY_OUTPUT"})


def test_rasterdemand_messages_name_labels_not_ids(caremap_provider):
    with pytest.raises(QgsProcessingException) as err:
        run("rasterdemand", {"RASTERS": [], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "'Population rasters'" in str(err.value) and "RASTERS" not in str(err.value)


def test_caredemand_counts_speak_english_singular_and_plural(caremap_provider):
    """Counts go through Qt's numerus forms (trn): one unit reads "1 unit", never "1 unit(s)"."""
    layer = polygon_layer([(0, 0, 100), (100, 0, 100)], {"a0_4": [1.0, None], "w": [None, None]}, name="Manzanas")
    fb = Recorder()
    run_alg("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": "a0_4:0-4", "CAREGIVER_FIELD": "w",
                                   "OUTPUT": "TEMPORARY_OUTPUT"}, fb)
    text = "\n".join(fb.warnings)
    assert "1 unit of layer Units with age-band counts (Manzanas) without a value" in text and "in an age-band field ('a0_4': 1)" in text
    assert "2 units of layer Units with age-band counts (Manzanas) without a value" in text and "caregivers field 'w'" in text
    assert "(s)" not in text


def test_caredemand_care_block_criteria_by_hand(caremap_provider):
    """The fields the Bogota preset of the care priority index reads, by hand, and that preset
    reading them (with poverty) without a missing-field error."""
    layer = polygon_layer(
        [(0, 0, 1000), (1000, 0, 1000)],
        {"a0_4": [10, 0], "a5_14": [20, 10], "a15_64": [50, 30], "a65p": [20, 0], "women15p": [40, 15],
         "unpaid": [10, 3], "fhh": [4, 1], "hh": [40, 20], "poverty": [0.3, 0.1], "name": ["u1", "u2"]},
        name="units")
    res = run("caredemand", {"INPUT": layer, "BAND_MAPPING": MAPPING, "CAREGIVER_FIELD": "women15p",
                             "UNPAID_WOMEN_FIELD": "unpaid", "FHH_FIELD": "fhh", "HOUSEHOLDS_FIELD": "hh",
                             "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {r["name"]: r for r in rows(res["OUTPUT"])}
    u1, u2 = out["u1"], out["u2"]
    assert u1["share_under5"] == pytest.approx(0.1) and u1["share_80plus"] == 0  # 65+ is read as 65-74
    assert u1["dependency_ratio"] == pytest.approx(50 / 50) and u2["dependency_ratio"] == pytest.approx(10 / 30)
    assert u1["share_women_unpaid"] == pytest.approx(0.25) and u2["share_women_unpaid"] == pytest.approx(0.2)
    assert u1["fhh_share"] == pytest.approx(0.1) and u2["fhh_share"] == pytest.approx(0.05)
    pri = run("priorityindex", {"INPUT": res["OUTPUT"], "PRESET": "bogota", "OUTPUT": "TEMPORARY_OUTPUT"})
    ranks = {r["name"]: r["priority_rank"] for r in rows(pri["OUTPUT"])}
    assert ranks == {"u1": 1, "u2": 2}  # u1 is higher on every criterion but share_80plus (0 for both)


def test_caredemand_care_block_criteria_need_their_denominators(caremap_provider):
    with pytest.raises(QgsProcessingException, match="Potential caregivers"):
        run("caredemand", {"INPUT": units(), "BAND_MAPPING": MAPPING, "CAREGIVER_FIELD": "",
                           "UNPAID_WOMEN_FIELD": "women", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="go together"):
        run("caredemand", {"INPUT": units(), "BAND_MAPPING": MAPPING, "FHH_FIELD": "women",
                           "OUTPUT": "TEMPORARY_OUTPUT"})
