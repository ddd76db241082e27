"""Choices for planners (issue 18, item 1): every choice parameter shows readable,
translated labels in the dialog ('Two-step floating catchment (2SFCA)', 'Straight line'),
while processing.run, qgis_process, models and batch keep accepting the stable static
values (METHOD=2sfca). The dialog stores an option's index: both read as the same value.
A wrong value's message lists the valid values (processing/choices.py, processing/base.py)."""
import shutil
import subprocess

import pytest
from layers import ROOT, qgis_process_env, rows, run_alg
from matrix_cases import BUILDERS, V
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProperty,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ALL_METHODS = ("nearest", "cumulative", "2sfca", "e2sfca", "g2sfca", "3sfca", "m2sfca", "gravity")


def choice_parameters(provider):
    for alg in provider.algorithms():
        for p in alg.parameterDefinitions():
            if isinstance(p, QgsProcessingParameterEnum):
                yield alg, p


def test_every_choice_shows_labels_and_keeps_its_static_values(caremap_provider):
    from caremap.processing import choices

    seen = 0
    for alg, p in choice_parameters(caremap_provider):
        where = f"{alg.id()} {p.name()}"
        values = choices.values_of(p)
        assert values, f"{where}: not made with static_enum (no static values)"
        assert not p.usesStaticStrings(), where  # the dialog stores the option's index
        # every static value has its own label, shown in the dialog
        english = [choices.english_label(p.name(), v, alg.id()) for v in values]
        assert None not in english, f"{where}: no label for {values[english.index(None)]!r} in choices.LABELS"
        assert p.options() == english, where
        assert not set(p.options()) & set(values), where
        assert len(set(p.options())) == len(values), f"{where}: two options read the same"
        # the default is an index, the option of the static default
        assert isinstance(p.defaultValue(), int) and 0 <= p.defaultValue() < len(values), where
        # help: what to type in scripts for each option
        pairs = "; ".join(f"{v} = {lab}" for v, lab in zip(values, english))
        assert p.help().endswith("Values for scripts: " + pairs + "."), (where, p.help())
        seen += 1
    assert seen >= 25


def test_defaults_are_the_static_defaults(caremap_provider):
    from caremap.processing import choices

    expected = {("accessibility", "METHOD"): "2sfca", ("accessibility", "COST_MODE"): "straight",
                ("accessibility", "COST_UNIT"): "minutes", ("catchments", "COST_MODE"): "network",
                ("siting", "SOLVER"): "greedy", ("caredemand", "WEIGHTS"): "madrid",
                ("caregaps", "SUPPLY_KIND"): "access_ratio"}
    for (alg_id, name), value in expected.items():
        p = caremap_provider.algorithm(alg_id).parameterDefinition(name)
        assert choices.values_of(p)[p.defaultValue()] == value, (alg_id, name)


def test_label_function_for_the_report():
    from caremap.processing.choices import label

    assert label("METHOD", "2sfca") == "Two-step floating catchment (2SFCA)"
    assert label("COST_MODE", "network", "caremap:accessibility") == "Road network"
    assert label("SOLVER", "exact") == "Exact (HiGHS solver)"
    # the same name means something else in one algorithm
    assert label("WEIGHTS", "knn", "caremap:hotspots") == "Nearest neighbours"
    assert label("WEIGHTS", "madrid", "caredemand") == "By age: care-need scale of Madrid"
    # a value without a label stays as it is
    assert label("METHOD", "5sfca") == "5sfca"
    assert label("NOT_A_CHOICE", 3) == "3"


def test_enum_value_reads_static_value_index_label_and_expression(caremap_provider):
    alg = caremap_provider.algorithm("accessibility").create()
    context = QgsProcessingContext()
    index = ALL_METHODS.index("3sfca")
    read = [alg.enum_value(params, "METHOD", context) for params in (
        {"METHOD": "3sfca"}, {"METHOD": index}, {"METHOD": str(index)}, {"METHOD": float(index)},
        {"METHOD": " 3sfca "}, {"METHOD": "Three-step floating catchment, with competition (3SFCA)"},
        {"METHOD": QgsProperty.fromExpression("'3' || 'sfca'")})]
    assert read == ["3sfca"] * 7
    # not given: the default
    assert alg.enum_value({}, "METHOD", context) == "2sfca"
    assert alg.enum_value({"METHOD": None}, "METHOD", context) == "2sfca"
    with pytest.raises(QgsProcessingException, match="is not one of: nearest, cumulative, 2sfca"):
        alg.enum_value({"METHOD": 8}, "METHOD", context)
    # a single choice given several values is refused whole, never read as its first one
    for several in ([index, 0], ["3sfca", "2sfca"]):
        with pytest.raises(QgsProcessingException, match="is not one of"):
            alg.enum_value({"METHOD": several}, "METHOD", context)
    assert alg.enum_value({"METHOD": [index]}, "METHOD", context) == "3sfca"


def test_wrong_choices_list_the_valid_values(caremap_provider, tmp_path):
    params = BUILDERS["accessibility"](V(), tmp_path)
    for wrong in ("3fca", 8, "-1", True):
        with pytest.raises(QgsProcessingException) as err:
            run_alg("caremap:accessibility", {**params, "METHOD": wrong})
        assert (f"'Method': '{wrong}' is not one of: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca, "
                "gravity.") in str(err.value), str(err.value)


def test_static_value_and_index_give_the_same_run(caremap_provider, tmp_path):
    """METHOD=3sfca (scripts) and METHOD=5 (the dialog's index) are one run; the method
    does change the result, so the choice really reaches the kernel."""
    params = BUILDERS["accessibility"](V(), tmp_path)
    by_name = run_alg("caremap:accessibility", {**params, "METHOD": "3sfca", "COST_MODE": "straight"})
    by_index = run_alg("caremap:accessibility", {**params, "METHOD": ALL_METHODS.index("3sfca"), "COST_MODE": 0})
    other = run_alg("caremap:accessibility", {**params, "METHOD": "cumulative"})
    assert rows(by_name["OUTPUT_DEMAND"]) == rows(by_index["OUTPUT_DEMAND"])
    assert by_name["SHARE_COVERED"] == by_index["SHARE_COVERED"]
    assert rows(by_name["OUTPUT_DEMAND"]) != rows(other["OUTPUT_DEMAND"])


def test_dialog_combo_shows_labels_and_its_value_reads_as_the_static_value(caremap_provider, qgis_app):
    from qgis.gui import QgsGui, QgsProcessingGui

    alg = caremap_provider.algorithm("siting").create()
    definition = alg.parameterDefinition("SOLVER")
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(
        definition, QgsProcessingGui.WidgetType.Standard)
    context = QgsProcessingContext()
    combo = wrapper.createWrappedWidget(context)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Greedy (fast)", "Exact (HiGHS solver)"]
    assert alg.enum_value({"SOLVER": wrapper.parameterValue()}, "SOLVER", context) == "greedy"  # the default
    combo.setCurrentIndex(texts.index("Exact (HiGHS solver)"))
    assert alg.enum_value({"SOLVER": wrapper.parameterValue()}, "SOLVER", context) == "exact"


SPANISH = {
    "Two-step floating catchment (2SFCA)": "Captación flotante en dos pasos (2SFCA)",
    "Straight line": "Línea recta",
    "Greedy (fast)": "Voraz (rápido)",
}


@pytest.fixture
def spanish(tmp_path):
    """A translator with three labels in Spanish, compiled with lrelease."""
    exe = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if exe is None:
        pytest.skip("lrelease not installed")
    messages = "".join(f"<message><source>{en}</source><translation>{es}</translation></message>"
                       for en, es in SPANISH.items())
    ts = tmp_path / "es.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
                  f"<context><name>CareMap</name>{messages}</context></TS>", encoding="utf-8")
    subprocess.run([exe, "-silent", str(ts), "-qm", str(tmp_path / "es.qm")], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "es.qm"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_labels_are_translated_and_static_values_still_work(caremap_provider, spanish):
    from caremap.processing.choices import label

    alg = caremap_provider.algorithm("accessibility").create()  # labels translated at creation
    method = alg.parameterDefinition("METHOD")
    assert method.options()[ALL_METHODS.index("2sfca")] == "Captación flotante en dos pasos (2SFCA)"
    assert alg.parameterDefinition("COST_MODE").options()[0] == "Línea recta"
    assert "2sfca = Captación flotante en dos pasos (2SFCA)" in method.help()
    assert label("SOLVER", "greedy") == "Voraz (rápido)"
    context = QgsProcessingContext()
    assert alg.enum_value({"METHOD": "2sfca"}, "METHOD", context) == "2sfca"
    assert alg.enum_value({"METHOD": "Captación flotante en dos pasos (2SFCA)"}, "METHOD", context) == "2sfca"
    assert alg.enum_value({"METHOD": ALL_METHODS.index("2sfca")}, "METHOD", context) == "2sfca"


@pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process not installed")
def test_qgis_process_takes_static_values_and_index(tmp_path, demo_gpkg):
    env = qgis_process_env(tmp_path)
    out = {}
    for tag, method in (("name", "3sfca"), ("index", str(ALL_METHODS.index("3sfca")))):
        path = tmp_path / f"{tag}.gpkg"
        done = subprocess.run(
            ["qgis_process", "run", "caremap:accessibility", "--", f"DEMAND={demo_gpkg}|layername=blocks",
             f"SUPPLY={demo_gpkg}|layername=facilities_registry", "DEMAND_FIELD=p_0_2",
             "CAPACITY_FIELD=capacity", "COST_MODE=straight", "COST_UNIT=minutes",
             f"METHOD={method}", "DECAY=step", f"OUTPUT_DEMAND={path}", "OUTPUT_SUPPLY=TEMPORARY_OUTPUT"],
            env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
        assert done.returncode == 0, done.stdout + done.stderr
        layer = QgsVectorLayer(str(path), tag, "ogr")
        assert layer.isValid() and layer.featureCount() > 0
        out[tag] = rows(layer)
    assert out["name"] == out["index"]
    helped = subprocess.run(["qgis_process", "help", "caremap:siting"], env=env, capture_output=True,
                            text=True, timeout=300, cwd=ROOT)
    assert "greedy = Greedy (fast); exact = Exact (HiGHS solver)" in helped.stdout
    wrong = subprocess.run(
        ["qgis_process", "run", "caremap:accessibility", "--", f"DEMAND={demo_gpkg}|layername=blocks",
         f"SUPPLY={demo_gpkg}|layername=facilities_registry", "METHOD=Two-step",
         "OUTPUT_DEMAND=TEMPORARY_OUTPUT", "OUTPUT_SUPPLY=TEMPORARY_OUTPUT"],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert wrong.returncode != 0
    assert "'Method': 'Two-step' is not one of: nearest, cumulative, 2sfca" in wrong.stdout + wrong.stderr



def test_qgis_checks_take_static_values_also_on_clones(caremap_provider):
    """QGIS's own check (a model validating a step given METHOD=2sfca, carebatch's clones of
    the pipeline's parameters) takes the static values, the index, and refuses the rest."""
    for definition in (caremap_provider.algorithm("accessibility").parameterDefinition("METHOD"),
                       caremap_provider.algorithm("carebatch").parameterDefinition("METHOD").clone()):
        assert definition.checkValueIsAcceptable("2sfca") and definition.checkValueIsAcceptable(0)
        assert not definition.checkValueIsAcceptable("3fca")
        assert not definition.checkValueIsAcceptable(99)


def test_recorded_parameters_name_the_static_value(caremap_provider):
    """carebatch's summary records a run's parameters: a choice the dialog gave as an index
    reads as its static value there."""
    from caremap.processing.pipeline_words import describe_value

    method = caremap_provider.algorithm("carebatch").parameterDefinition("METHOD")
    two_step = choices_values(method).index("2sfca")
    assert describe_value(two_step, method) == "2sfca"
    assert describe_value("2sfca", method) == "2sfca"
    assert describe_value(two_step) == two_step  # no definition: as given


def choices_values(definition):
    from caremap.processing.choices import values_of

    return values_of(definition)
