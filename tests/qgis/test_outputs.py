"""Headline figures are declared outputs (issue 20): every algorithm declares each figure it
returns (QgsProcessingOutputNumber/String), returns every one it declares on every run,
explains each one in its help (PARAM_HELP, listed in the algorithm's help and in
docs/algorithms.md), never returns NaN or inf, and the figures chain in models.
Choice parameters list their static values (with the labels the dialog shows) in their help, and a wrong value's error lists
the valid ones (processing.run and qgis_process)."""
import importlib.util
import math
import os
import shutil
import subprocess

import pytest
from layers import ROOT, line_layer, point_layer, qgis_process_env, run_alg
from matrix_cases import BUILDERS, V
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProject,
)
from qgis.core import QgsProcessingModelChildParameterSource as Src

OSM = os.path.join(ROOT, "tests", "data", "sample.osm")
KOTKA = os.path.join(ROOT, "tests", "data", "kotka_karhula.osm.pbf")

# algorithms the matrix builders do not cover
EXTRA = {
    "osmsupply": lambda tmp: {"INPUT": OSM, "OUTPUT": "TEMPORARY_OUTPUT"},
    "osmnetwork": lambda tmp: {"INPUT": KOTKA, "MODE": "walk", "OUTPUT": "TEMPORARY_OUTPUT"},
    "carebatch": lambda tmp: {
        **{k: v for k, v in BUILDERS["carepipeline"](V(), tmp).items() if not k.startswith("OUTPUT")},
        "MUNICIPALITY_FIELD": "district", "OUTPUT_FOLDER": str(tmp / "batch"), "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"},
    "preflight": lambda tmp: {"OUTPUT": str(tmp / "preflight.html")},
    "fieldsurvey": lambda tmp: {"OUTPUT_FOLDER": str(tmp / "survey")},
    "syntheticgtfs": lambda tmp: {
        "ROUTES": line_layer([[(0.0, 0.0), (2000.0, 0.0)]]), "STOPS": point_layer([(0.0, 0.0), (2000.0, 0.0)]),
        "OUTPUT": str(tmp / "feed.zip")},
    "careblocks": lambda tmp: {
        "UNITS": point_layer([(0.0, 0.0), (150.0, 0.0)], {"dep": [3.0, 0.0], "care": [1.0, 2.0]}),
        "DEPENDANTS_FIELD": "dep", "CAREGIVERS_FIELD": "care", "CANDIDATES": point_layer([(50.0, 0.0)]), "K": 1,
        **{o: "TEMPORARY_OUTPUT" for o in ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_BLOCKS",
                                           "OUTPUT_INFLUENCE", "OUTPUT_UNITS")}},
}


def _figures(alg):
    """The declared outputs that are not layers or files (auto-created from a destination)."""
    return [o for o in alg.outputDefinitions() if not o.autoCreated()]


def _algs():
    return sorted(a.name() for a in QgsApplication.processingRegistry().providerById("caremap").algorithms())


def test_every_algorithm_has_a_case(caremap_provider):
    missing = [a for a in _algs() if a not in BUILDERS and a not in EXTRA]
    assert missing == [], "no small run for: " + ", ".join(missing)


def test_figures_are_numbers_or_strings_with_help(caremap_provider):
    """Each figure is a number or a string output with its own PARAM_HELP, named with it
    in the algorithm's help (so `qgis_process help` says what it means)."""
    for alg in caremap_provider.algorithms():
        helptext = alg.help_text()
        for o in _figures(alg):
            assert isinstance(o, (QgsProcessingOutputNumber, QgsProcessingOutputString)), (alg.id(), o.name())
            text = type(alg).PARAM_HELP.get(o.name(), "")
            assert text.strip() and text.strip() != o.description().strip(), (alg.id(), o.name())
            assert f"{o.description()}: {alg.tr(text)}" in helptext, (alg.id(), o.name())


def test_docs_name_every_output_with_its_meaning(caremap_provider):
    """docs/algorithms.md (as make_docs.py writes it) lists each output of each algorithm
    in that algorithm's section, with its help."""
    spec = importlib.util.spec_from_file_location("make_docs", os.path.join(ROOT, "scripts", "make_docs.py"))
    make_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_docs)
    text = make_docs.render(caremap_provider)
    for alg in caremap_provider.algorithms():
        start = text.index(f'<a id="{alg.name()}"></a>')
        end = text.find("<a id=", start + 1)
        section = text[start:end if end > 0 else len(text)]
        for o in alg.outputDefinitions():
            row = next((line for line in section.splitlines() if line.startswith(f"| `{o.name()}` |")
                        and "output" in line), None)
            assert row is not None, (alg.id(), o.name())
            helptext = type(alg).PARAM_HELP.get(o.name(), "")
            if helptext and not o.autoCreated():
                assert helptext.replace("|", "\\|") in row, (alg.id(), o.name())
    assert "cannot drift" in text  # how to build models whose defaults are wired


@pytest.mark.parametrize("name", sorted(set(BUILDERS) | set(EXTRA)))
def test_declared_outputs_are_returned_and_returned_are_declared(caremap_provider, tmp_path, name):
    alg = QgsApplication.processingRegistry().algorithmById(f"caremap:{name}")
    if alg is None:
        pytest.skip(f"caremap:{name} is not registered")
    params = (EXTRA[name] if name in EXTRA else lambda tmp: BUILDERS[name](V(), tmp))(tmp_path)
    res = run_alg(f"caremap:{name}", params)
    declared = {o.name() for o in alg.outputDefinitions()}
    returned = set(res) - {"CHILD_INPUTS", "CHILD_RESULTS"}
    assert returned <= declared, f"returned but not declared: {sorted(returned - declared)}"
    figures = {o.name() for o in _figures(alg)}
    assert figures <= returned, f"declared but not returned: {sorted(figures - returned)}"
    required = {p.name() for p in alg.destinationParameterDefinitions() if not p.flags() & p.Flag.FlagOptional}
    assert required <= returned, sorted(required - returned)
    for k in figures:
        v = res[k]
        assert v is None or isinstance(v, (int, float, str)), (k, v)
        if isinstance(v, float):
            assert math.isfinite(v), (k, v)


def test_pipeline_figures_without_report_equal_the_report_and_the_steps(caremap_provider, tmp_path):
    """carepipeline returns every figure whether or not it writes the report, and they are
    the report's own (UNMET, DESERT_SHARE) and the steps' (hand-checked on the small case)."""
    plain = run_alg("caremap:carepipeline", BUILDERS["carepipeline"](V(), tmp_path))
    with_report = run_alg("caremap:carepipeline", {**BUILDERS["carepipeline"](V(), tmp_path),
                                                  "WRITE_REPORT": True,
                                                  "OUTPUT_HTML": str(tmp_path / "r.html")})
    names = ["N_FACILITIES", "TOTAL_DEMAND", "SHARE_COVERED", "MEAN_ACCESS", "COVERAGE", "UNMET", "DESERTS",
             "DESERT_SHARE"]
    for k in names:
        assert plain[k] == pytest.approx(with_report[k]), k
    # the small case: 2 facilities (10 and 6 places), demand 100, 200, 50, 80 (sum 430)
    assert plain["N_FACILITIES"] == 2
    assert plain["TOTAL_DEMAND"] == pytest.approx(430.0)
    report = run_alg("caremap:report", {
        "UNITS": plain["OUTPUT_UNITS"], "DEMAND_FIELD": "care_demand", "THRESHOLD": 15.0,
        "OUTPUT_HTML": str(tmp_path / "r2.html")})
    assert plain["UNMET"] == pytest.approx(report["UNMET"])
    assert plain["DESERT_SHARE"] == pytest.approx(report["DESERT_SHARE"])
    # 16 places for 430 people: at most 16 are served
    assert plain["UNMET"] >= 430.0 - 16.0 - 1e-9


def test_a_figure_feeds_the_next_step_of_a_model(caremap_provider, tmp_path):
    """A declared figure is a model source: caregaps' TOTAL_DEMAND as a buffer distance."""
    import processing

    units = point_layer([(0.0, 0.0), (100.0, 0.0)], {"d": [3.0, 4.0], "s": [0.5, 0.25]}, name="fig_units")
    model = QgsProcessingModelAlgorithm("figures", "test")
    gaps = QgsProcessingModelChildAlgorithm("caremap:caregaps")
    gaps.setChildId("gaps")
    for k, v in {"INPUT": units.source(), "DEMAND_FIELD": "d", "SUPPLY_FIELD": "s", "SUPPLY_KIND": "access_ratio",
                 "OUTPUT": "TEMPORARY_OUTPUT"}.items():
        gaps.addParameterSources(k, [Src.fromStaticValue(v)])
    model.addChildAlgorithm(gaps)
    buf = QgsProcessingModelChildAlgorithm("native:buffer")
    buf.setChildId("buffer")
    buf.addParameterSources("INPUT", [Src.fromStaticValue(units.source())])
    buf.addParameterSources("DISTANCE", [Src.fromChildOutput("gaps", "TOTAL_DEMAND")])
    buf.addParameterSources("SEGMENTS", [Src.fromStaticValue(64)])
    out = QgsProcessingModelOutput("buffered")
    out.setChildId("buffer")
    out.setChildOutputName("OUTPUT")
    buf.setModelOutputs({"buffered": out})
    model.addChildAlgorithm(buf)
    ok, errors = model.validate()
    assert ok, errors
    QgsProject.instance().addMapLayer(units)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        res = processing.run(model, {"buffer:buffered": "TEMPORARY_OUTPUT"}, context=context,
                             feedback=QgsProcessingFeedback())
        layer = context.getMapLayer(res["buffer:buffered"]) if isinstance(res["buffer:buffered"], str) \
            else res["buffer:buffered"]
        areas = [f.geometry().area() for f in layer.getFeatures()]
    finally:
        QgsProject.instance().removeMapLayer(units.id())
    # total demand 3 + 4 = 7 -> circles of radius 7
    assert areas == pytest.approx([math.pi * 49.0] * 2, rel=0.01)


# ---- choices: help lists the static values; a wrong one lists the valid values -------------
def test_every_choice_help_lists_its_static_strings(caremap_provider):
    from caremap.processing.choices import values_of

    for alg in caremap_provider.algorithms():
        for p in alg.parameterDefinitions():
            if isinstance(p, QgsProcessingParameterEnum):
                values = values_of(p)
                assert values, (alg.id(), p.name())  # made by static_enum: labels shown, static values kept
                pairs = "; ".join(f"{v} = {lab}" for v, lab in zip(values, p.options()))
                assert p.help().endswith("Values for scripts: " + pairs + "."), (alg.id(), p.name(), p.help())


def test_wrong_choice_lists_the_valid_values(caremap_provider, tmp_path):
    params = BUILDERS["accessibility"](V(), tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:accessibility", {**params, "METHOD": "3fca"})
    assert ("'Method': '3fca' is not one of: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca, gravity."
            in str(err.value))
    # a valid static string still runs
    assert run_alg("caremap:accessibility", {**params, "METHOD": "3sfca"})["SHARE_COVERED"] is not None


@pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process not installed")
def test_qgis_process_help_lists_choices_and_refuses_a_wrong_one(tmp_path):
    env = qgis_process_env(tmp_path)

    def qgis_process(*args):
        return subprocess.run(["qgis_process", *args], env=env, capture_output=True, text=True, timeout=300,
                              cwd=ROOT)

    helped = qgis_process("help", "caremap:caredeserts")
    assert helped.returncode == 0, helped.stderr
    assert ("Values for scripts: median = Above the median; mean = Above the mean; "
            "mean_plus_std = Above the mean plus one standard deviation.") in helped.stdout
    assert "Share of demand in care deserts: Share (0 to 1) of the demand living in care deserts" in helped.stdout
    gpkg = os.path.join(ROOT, "data", "demo", "caremap_demo.gpkg")
    if not os.path.exists(gpkg):
        pytest.skip("demo city not generated yet")
    run = qgis_process("run", "caremap:accessibility", "--",
                       f"DEMAND={gpkg}|layername=blocks", f"SUPPLY={gpkg}|layername=facilities_registry",
                       "METHOD=fca", "OUTPUT_DEMAND=TEMPORARY_OUTPUT", "OUTPUT_SUPPLY=TEMPORARY_OUTPUT")
    assert run.returncode == 1
    assert "'Method': 'fca' is not one of: nearest, cumulative, 2sfca" in run.stdout + run.stderr
