"""The shipped Graphical Modeler model opens and runs the same chain, and cannot drift:
every input's default reaches the steps that use it (issue 20), so a run with only the
required inputs equals the run with every input given as the dialog shows it."""
import os

import pytest
from layers import ROOT, is_null
from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.core import QgsProcessingModelChildParameterSource as Src

MODEL = os.path.join(ROOT, "models", "care_map.model3")
Source = type(Src.fromStaticValue(1).source())  # Qgis.ProcessingModelChildParameterSource


def _model():
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    return model


def _optional(definition):
    return bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)


def _empty(value):
    return value is None or value == "" or value == []


def _run(model, params, tmp_path, tag):
    import processing

    params = dict(params)
    for d in model.destinationParameterDefinitions():
        params[d.name()] = str(tmp_path / f"{tag}_{d.name().replace(':', '_')}.gpkg")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(model, params, context=context, feedback=QgsProcessingFeedback())
    key = next(k for k in res if k.startswith("priority:"))
    layer = QgsProcessingUtils.mapLayerFromString(res[key], context) if isinstance(res[key], str) else res[key]
    names = layer.fields().names()
    rows = sorted((tuple(f.attributes()) for f in layer.getFeatures()), key=repr)
    return names, rows


def test_model_loads_and_runs_on_demo(caremap_provider, demo_gpkg, tmp_path):
    model = _model()
    ids = sorted(c.algorithmId() for c in model.childAlgorithms().values())
    assert ids == sorted(["caremap:supplyinventory", "caremap:caredemand", "caremap:accessibility",
                          "caremap:caregaps", "caremap:caredeserts", "caremap:priorityindex"])
    ok, errors = model.validate()
    assert ok, errors
    names, rows = _run(model, {
        "facilities": [f"{demo_gpkg}|layername=facilities_registry"], "mappings": "",
        "units": f"{demo_gpkg}|layername=blocks", "band_mapping": "p_0_2:0-2;p_3_5:3-5",
        "caregiver": "women_15_64", "district": "district", "threshold": 15}, tmp_path, "explicit")
    assert len(rows) == 2992
    assert {"care_demand", "care_intensity", "access", "unmet", "desert", "priority"} <= set(names)


def test_every_input_default_reaches_its_steps(caremap_provider):
    """The rule make_model.py builds by: an input with a default (other than a field) feeds
    its steps only through coalesce(@input, default); a field input has the default field
    of every step it feeds; an optional input without default feeds only steps whose own
    default is empty. So leaving an input out gives its shown default, never a step's own."""
    model = _model()
    registry = QgsApplication.processingRegistry()
    inputs = {d.name(): d for d in model.parameterDefinitions() if not d.isDestination()}
    wired = {name: [] for name in inputs}
    for child in model.childAlgorithms().values():
        alg = registry.algorithmById(child.algorithmId())
        for pname, sources in child.parameterSources().items():
            step_default = alg.parameterDefinition(pname).defaultValue()
            for s in sources:
                if s.source() == Source.ModelParameter:
                    d = inputs[s.parameterName()]
                    wired[d.name()].append(child.childId())
                    if isinstance(d, QgsProcessingParameterField):
                        assert d.defaultValue() == step_default, (d.name(), child.childId(), pname)
                    else:
                        assert _empty(d.defaultValue()), (d.name(), child.childId(), pname, "default not wired")
                        assert not _optional(d) or _empty(step_default), (d.name(), child.childId(), pname)
                elif s.source() == Source.Expression:
                    for var in QgsExpression(s.expression()).referencedVariables():
                        if var in inputs:
                            d = inputs[var]
                            assert s.expression() == f"coalesce(@{var}, {QgsExpression.quotedValue(d.defaultValue())})", (
                                var, child.childId(), pname, s.expression())
                            wired[var].append(child.childId())
    assert all(wired.values()), {k: v for k, v in wired.items() if not v}  # no input left unused
    assert sorted(wired["threshold"]) == ["access", "deserts"]
    assert wired["caregiver"] == ["demand"]


def test_only_required_inputs_equal_the_explicit_run(caremap_provider, demo_gpkg, tmp_path):
    """Run with only the required inputs, and with every input as the dialog shows it: the
    care map is the same (it was not: without band_mapping care demand counted all seven age
    bands, 1,271,854 people instead of 102,803 children; without threshold deserts used 20
    minutes). Care intensity comes from the caregiver input (women_15_64 on the demo)."""
    model = _model()
    required = {"facilities": [f"{demo_gpkg}|layername=facilities_registry"],
                "units": f"{demo_gpkg}|layername=blocks"}
    assert {d.name() for d in model.parameterDefinitions()
            if not d.isDestination() and not _optional(d) and _empty(d.defaultValue())} == set(required)
    shown = {d.name(): d.defaultValue() for d in model.parameterDefinitions()
             if not d.isDestination() and d.name() not in required}
    assert shown["band_mapping"] == "p_0_2:0-2;p_3_5:3-5" and shown["threshold"] == 15
    assert shown["caregiver"] == "women_15_64" and shown["district"] == "district"
    names, bare = _run(model, required, tmp_path, "bare")
    names2, explicit = _run(model, {**required, **shown}, tmp_path, "explicit")
    assert names == names2
    assert bare == explicit
    col = {n: i for i, n in enumerate(names)}
    demand = sum(r[col["care_demand"]] or 0 for r in bare)
    assert demand == pytest.approx(102803, abs=0.5)
    intensity = [r[col["care_intensity"]] for r in bare]
    known = [v for v in intensity if not is_null(v)]
    assert len(known) > 0.9 * len(intensity) and all(v >= 0 for v in known) and max(known) > 0
    # the threshold input does reach the steps: another value gives another map
    _, rows20 = _run(model, {**required, "threshold": 20}, tmp_path, "t20")
    assert sum(r[col["desert"]] for r in rows20) != sum(r[col["desert"]] for r in bare)
