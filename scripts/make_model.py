"""Build models/care_map.model3: the care-map chain as a Graphical Modeler model that
users open and adapt (Processing Toolbox > Models > Open existing model).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_model.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "bench"))
import _path  # noqa: E402,F401
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsExpression,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.core import QgsProcessingModelChildParameterSource as Src  # noqa: E402
from qgis.PyQt.QtCore import QPointF  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "models", "care_map.model3")


def param(model, definition, x, y):
    model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))
    model.parameterComponent(definition.name()).setPosition(QPointF(x, y))


def _empty(value):
    return value is None or value == "" or value == []


def wired(model, name, alg_id, child_param):
    """The source that gives child parameter ``child_param`` of ``alg_id`` the model input
    ``name`` so that the input's default reaches the step: a model run without the input
    passes nothing, and the step would fall back to its *own* default (e.g. every age band,
    or a 20-minute threshold), not the one the model shows.

    - an input with no default feeds the step directly (required, or optional where the
      step's own default is empty too);
    - a field input feeds it directly and must have the step's default field name (CareMap
      uses a default field only when the layer has it, in the model as in the step);
    - any other input with a default feeds it through ``coalesce(@input, default)``."""
    definition = model.parameterDefinition(name)
    default = definition.defaultValue()
    step = QgsApplication.processingRegistry().algorithmById(alg_id).parameterDefinition(child_param)
    if isinstance(definition, QgsProcessingParameterField) or _empty(default):
        if isinstance(definition, QgsProcessingParameterField):
            assert default == step.defaultValue(), (name, alg_id, child_param, default, step.defaultValue())
        elif definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            assert _empty(step.defaultValue()), (name, alg_id, child_param, step.defaultValue())
        return Src.fromModelParameter(name)
    return Src.fromExpression(f"coalesce(@{name}, {QgsExpression.quotedValue(default)})")


def child(model, child_id, alg_id, description, sources, x, y, outputs=None):
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    c.setPosition(QPointF(x, y))
    for name, source in sources.items():  # (setParameterSources with a dict crashes sip here)
        if isinstance(source, str):  # a model input: wired so that its default reaches the step
            source = wired(model, source, alg_id, name)
        c.addParameterSources(name, [source])
    if outputs:
        outs = {}
        for out_name, label in outputs.items():
            o = QgsProcessingModelOutput(label)
            o.setChildId(child_id)
            o.setChildOutputName(out_name)
            outs[label] = o
        c.setModelOutputs(outs)
    model.addChildAlgorithm(c)
    return child_id


def build():
    _path.qgis_app()
    m = QgsProcessingModelAlgorithm("Care map (children 0-5)", "CareMap")
    m.setHelpContent({"ALG_DESC": "Supply inventory, care demand, accessibility, gaps, deserts and priority: "
                                  "the chain of 'Care map in one run' as a model to adapt."})
    param(m, QgsProcessingParameterMultipleLayers("facilities", "Care facility layers",
                                                  QgsProcessing.SourceType.TypeVector), 80, 60)
    param(m, QgsProcessingParameterString("mappings", "Field mappings (one per layer, separated by |)", "",
                                          optional=True), 80, 120)
    param(m, QgsProcessingParameterVectorLayer("units", "Demand units",
                                               [QgsProcessing.SourceType.TypeVectorPolygon]), 80, 200)
    param(m, QgsProcessingParameterString("band_mapping", "Age bands of the cohort", "p_0_2:0-2;p_3_5:3-5"), 80, 260)
    param(m, QgsProcessingParameterField("caregiver", "Potential caregivers field (e.g. women 15-64)", "women_15_64",
                                         "units", QgsProcessingParameterField.DataType.Numeric, optional=True),
          80, 320)
    param(m, QgsProcessingParameterField("district", "District field", "district", "units", optional=True), 80, 380)
    param(m, QgsProcessingParameterNumber("threshold", "Threshold (minutes)",
                                          QgsProcessingParameterNumber.Type.Double, 15.0), 80, 440)
    # a model input is named as a string: child() wires it so that its default reaches the step
    P = str
    child(m, "inventory", "caremap:supplyinventory", "Care supply inventory",
          {"INPUTS": P("facilities"), "MAPPINGS": P("mappings")}, 400, 60, {"OUTPUT": "Inventory"})
    child(m, "demand", "caremap:caredemand", "Care demand",
          {"INPUT": P("units"), "BAND_MAPPING": P("band_mapping"), "WEIGHTS": Src.fromStaticValue("equal"),
           "CAREGIVER_FIELD": P("caregiver")}, 400, 220)
    child(m, "access", "caremap:accessibility", "Accessibility to care", {
        "DEMAND": Src.fromChildOutput("demand", "OUTPUT"), "DEMAND_FIELD": Src.fromStaticValue("care_demand"),
        "SUPPLY": Src.fromChildOutput("inventory", "OUTPUT"), "CAPACITY_FIELD": Src.fromStaticValue("capacity_fde"),
        "COST_MODE": Src.fromStaticValue("straight"), "COST_UNIT": Src.fromStaticValue("minutes"),
        "THRESHOLD": P("threshold"), "METHOD": Src.fromStaticValue("2sfca")}, 700, 140,
        {"OUTPUT_SUPPLY": "Facilities with catchment ratio"})
    child(m, "gaps", "caremap:caregaps", "Care gaps", {
        "INPUT": Src.fromChildOutput("access", "OUTPUT_DEMAND"), "DEMAND_FIELD": Src.fromStaticValue("care_demand"),
        "SUPPLY_FIELD": Src.fromStaticValue("access"), "SUPPLY_KIND": Src.fromStaticValue("access_ratio"),
        "DISTRICT_FIELD": P("district")}, 700, 260)
    child(m, "deserts", "caremap:caredeserts", "Care deserts", {
        "INPUT": Src.fromChildOutput("gaps", "OUTPUT"), "DEMAND_FIELD": Src.fromStaticValue("care_demand"),
        "COST_FIELD": Src.fromStaticValue("cost_nearest"), "THRESHOLD": P("threshold"),
        "DISTRICT_FIELD": P("district")}, 700, 380, {"OUTPUT_SUMMARY": "Care deserts by district"})
    child(m, "priority", "caremap:priorityindex", "Care priority index", {
        "INPUT": Src.fromChildOutput("deserts", "OUTPUT"), "FIELDS": Src.fromStaticValue(["unmet", "access"]),
        "INVERT_FIELDS": Src.fromStaticValue(["access"]), "NORMALIZATION": Src.fromStaticValue("rank")},
        1000, 380, {"OUTPUT": "Care map units"})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    assert m.toFile(OUT), "could not write the model"
    return OUT


if __name__ == "__main__":
    print(build())
