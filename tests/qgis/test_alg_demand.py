"""caremap:caredemand and caremap:rasterdemand through processing.run: hand-checked
weights, densities, zonal sums against a brute-force per-pixel sum, the demo city, bad input."""
import os

import numpy as np
import pytest
from layers import point_layer, polygon_layer
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

_KEEP = []


def run(alg, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(f"caremap:{alg}", params, feedback=QgsProcessingFeedback(), context=context)
    _KEEP.append(context)
    return {k: QgsProcessingUtils.mapLayerFromString(v, context) if k.startswith("OUTPUT") and isinstance(v, str) else v
            for k, v in res.items()}


def rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                             for v in f.attributes()]), _geom=f.geometry()) for f in layer.getFeatures()]


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
    with pytest.raises(QgsProcessingException, match="'a0_4' of layer .* negative count"):
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
