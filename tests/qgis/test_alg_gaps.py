"""caremap:caregaps, caredeserts, hotspots, priorityindex and equity through
processing.run on small memory layers, the demo city chain, and bad input."""
import math

import numpy as np
import pytest
from layers import point_layer, polygon_layer
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
)

_KEEP = []


def run(alg, params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = feedback or QgsProcessingFeedback()
    params = dict(params)
    for k in ("OUTPUT", "OUTPUT_SUMMARY", "OUTPUT_LORENZ"):
        params.setdefault(k, "TEMPORARY_OUTPUT")
    res = processing.run(f"caremap:{alg}", params, feedback=feedback, context=context)
    _KEEP.append(context)
    out = {}
    for k, v in res.items():
        if isinstance(v, str) and k.startswith("OUTPUT"):
            out[k] = QgsProcessingUtils.mapLayerFromString(v, context)
        else:
            out[k] = v
    return out


def rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def col(layer, name):
    return [r[name] for r in rows(layer)]


def isnull(v):
    from qgis.core import NULL

    return v is None or v == NULL or (isinstance(v, float) and math.isnan(v))


class Canceled(QgsProcessingFeedback):
    def isCanceled(self):
        return True


# ------------------------------------------------------------------- caregaps
def gaps_layer(district=("a", "a", "b", "b")):
    return point_layer([(0, 0), (100, 0), (200, 0), (300, 0)],
                       {"kids": [30.0, 10.0, 0.0, 9.0], "places": [6.0, 12.0, 5.0, 3.0],
                        "access": [0.2, 1.2, 0.0, 1 / 3], "district": list(district)})


def test_caregaps_units_and_summary(caremap_provider):
    out = run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "kids",
                           "SUPPLY_FIELD": "places", "TARGET_RATIO": 0.5,
                           "DISTRICT_FIELD": "district"})
    lay = out["OUTPUT"]
    assert lay.featureCount() == 4
    np.testing.assert_allclose(col(lay, "unmet"), [24, 0, 0, 6])
    assert isnull(col(lay, "coverage")[2])
    assert col(lay, "below_target") == [1, 0, 0, 1]
    summ = rows(out["OUTPUT_SUMMARY"])
    assert [r["district"] for r in summ] == ["a", "b"]
    assert [r["units"] for r in summ] == [2, 2]
    np.testing.assert_allclose([r["unmet"] for r in summ], [24, 6])
    np.testing.assert_allclose([r["people_below_target"] for r in summ], [30, 9])


def test_caregaps_access_ratio_kind(caremap_provider):
    out = run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "kids",
                           "SUPPLY_FIELD": "access", "SUPPLY_KIND": "access_ratio",
                           "TARGET_RATIO": 0})
    np.testing.assert_allclose(col(out["OUTPUT"], "places"), [6, 12, 0, 3])
    assert "shortfall" not in out["OUTPUT"].fields().names()
    assert [r["district"] for r in rows(out["OUTPUT_SUMMARY"])] == ["all"]


def test_caregaps_null_district_and_zero_demand(caremap_provider):
    lay = point_layer([(0, 0), (100, 0), (200, 0)],
                      {"kids": [0.0, 0.0, 0.0], "places": [1.0, 0.0, 2.0],
                       "district": ["a", None, "a"]})
    fb = QgsProcessingFeedback()
    out = run("caregaps", {"INPUT": lay, "DEMAND_FIELD": "kids", "SUPPLY_FIELD": "places",
                           "DISTRICT_FIELD": "district"}, fb)
    summ = rows(out["OUTPUT_SUMMARY"])
    assert [r["units"] for r in summ] == [2]
    assert col(out["OUTPUT"], "unmet") == [0, 0, 0]


def test_caregaps_bad_input(caremap_provider):
    with pytest.raises(QgsProcessingException, match="nope"):
        run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "nope", "SUPPLY_FIELD": "places"})
    neg = point_layer([(0, 0), (1, 1)], {"kids": [-1.0, 2.0], "places": [1.0, 1.0]})
    with pytest.raises(QgsProcessingException, match="negative"):
        run("caregaps", {"INPUT": neg, "DEMAND_FIELD": "kids", "SUPPLY_FIELD": "places"})
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("caregaps", {"INPUT": gaps_layer(), "DEMAND_FIELD": "kids",
                         "SUPPLY_FIELD": "places"}, Canceled())
