"""The shipped Graphical Modeler model opens and runs the same chain."""
import os

from layers import ROOT
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProject,
    QgsVectorLayer,
)

MODEL = os.path.join(ROOT, "models", "care_map.model3")


def test_model_loads_and_runs_on_demo(caremap_provider, demo_gpkg, tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    ids = sorted(c.algorithmId() for c in model.childAlgorithms().values())
    assert ids == sorted(["caremap:supplyinventory", "caremap:caredemand", "caremap:accessibility",
                          "caremap:caregaps", "caremap:caredeserts", "caremap:priorityindex"])
    ok, errors = model.validate()
    assert ok, errors
    outputs = {p.name(): p for p in model.destinationParameterDefinitions()}
    params = {
        "facilities": [f"{demo_gpkg}|layername=facilities_registry"], "mappings": "",
        "units": f"{demo_gpkg}|layername=blocks", "band_mapping": "p_0_2:0-2;p_3_5:3-5",
        "district": "district", "threshold": 15,
    }
    for name in outputs:
        params[name] = str(tmp_path / (name.replace(":", "_") + ".gpkg"))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(model, params, context=context, feedback=QgsProcessingFeedback())
    units_key = next(k for k in res if k.startswith("priority:"))
    units = QgsVectorLayer(res[units_key], "u", "ogr")
    assert units.featureCount() == 2992
    assert {"care_demand", "access", "unmet", "desert", "priority"} <= set(units.fields().names())
